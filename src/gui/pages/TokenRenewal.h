// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace attendance {
class SendEngine;
}

namespace attendance::gui {

class Session;
class TokenDialog;
class TokenStore;

/// When HubSpot refuses a run's token (401): asks for a new one in a TokenDialog, shown
/// window-modal with open() so nothing blocks; on Continue hands it to the engine
/// (SendEngine::resumeWithToken) and, when the person asked the app to remember their token,
/// replaces the one in the system keychain. The token is kept nowhere else.
class TokenRenewal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRenewal)

public:
    TokenRenewal(Session *session, QWidget *dialogParent);
    ~TokenRenewal() override;

    /// Opens the dialog for @p engine's run, unless it is open already.
    void ask(SendEngine *engine);
    /// The run ended some other way: closes the dialog without an answer.
    void abandon();

Q_SIGNALS:
    void renewed();
    /// "Stop sending": the caller stops the run.
    void declined();
    /// The keychain could not take the new token; a sentence to show as it is.
    void keychainFailed(const QString &message);

private:
    void onFinished(int result);

    Session *m_session;
    QWidget *m_dialogParent;
    QPointer<SendEngine> m_engine;
    QPointer<TokenDialog> m_dialog;
    TokenStore *m_store = nullptr; ///< Created the first time a remembered token is replaced.
};

} // namespace attendance::gui
