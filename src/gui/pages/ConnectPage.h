// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubspot/ApiError.h"

#include <QWidget>
#include <memory>

class QAction;
class QUrl;

namespace Ui {
class ConnectPage;
}

namespace attendance::gui {

class Session;
class TokenStore;

/// Step 1: the token (masked, optionally kept in the system keychain), the demo account and the
/// advanced connection settings. Connecting lists the events; failures are explained inline.
class ConnectPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectPage)

public:
    explicit ConnectPage(Session *session, QWidget *parent = nullptr);
    ~ConnectPage() override;

    /// Same as clicking "Try the demo account".
    void startDemo();
    /// Reads the remembered settings and, if the person asked for it, the keychain.
    void restore();

Q_SIGNALS:
    /// The account answered: its events are in the session.
    void connected();

private:
    void connectToAccount();
    void onConnectFinished(const attendance::ApiError &error);
    void onRememberToggled(bool remember);
    void setConnecting(bool connecting);
    void setAdvancedVisible(bool visible);
    void setTokenVisible(bool visible);
    bool checkServer(QUrl *url);

    std::unique_ptr<Ui::ConnectPage> m_ui;
    Session *m_session;
    TokenStore *m_tokens;
    QAction *m_showToken;
    bool m_connecting = false;
};

} // namespace attendance::gui
