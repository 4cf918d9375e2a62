// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;

namespace attendance::gui {

/// Asks for a new access token when HubSpot refuses the one a run was using (401). Says in plain
/// words what happened and where a new token comes from; the field is masked like the connect
/// page's. Shown window-modal with open(), so the event loop and the requests in flight go on.
class TokenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenDialog)

public:
    /// @p remembered: the old token is in the system keychain and the new one will replace it.
    explicit TokenDialog(bool remembered, QWidget *parent = nullptr);
    ~TokenDialog() override;

    /// The pasted token, cleaned (spaces, quotes and "Bearer " removed); empty when none.
    QString token() const;

private:
    void setTokenVisible(bool visible);

    QLineEdit *m_tokenEdit;
    QAction *m_showToken;
    QPushButton *m_continueButton;
};

} // namespace attendance::gui
