// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/TokenRenewal.h"

#include "sending/SendEngine.h"
#include "services/Session.h"
#include "services/Settings.h"
#include "services/TokenStore.h"
#include "widgets/TokenDialog.h"

namespace attendance::gui {

TokenRenewal::TokenRenewal(Session *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{ }

TokenRenewal::~TokenRenewal() = default;

void TokenRenewal::ask(SendEngine *engine)
{
    if (m_dialog)
        return;
    m_engine = engine;
    // The demo token is public and never remembered.
    const bool remembered = Settings::rememberToken() && !m_session->isDemo();
    m_dialog = new TokenDialog(remembered, m_dialogParent);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &QDialog::finished, this, &TokenRenewal::onFinished);
    // open(), not exec(): the event loop and the requests on their way go on.
    m_dialog->open();
}

void TokenRenewal::abandon()
{
    if (!m_dialog)
        return;
    m_dialog->disconnect(this);
    m_dialog->reject();
    m_dialog->deleteLater();
    m_dialog = nullptr;
}

void TokenRenewal::onFinished(int result)
{
    TokenDialog *dialog = m_dialog;
    m_dialog = nullptr;
    if (!dialog)
        return;
    dialog->deleteLater();
    if (!m_engine || m_engine->state() != SendEngine::State::WaitingForToken)
        return;
    const QString token = dialog->token();
    if (result != QDialog::Accepted || token.isEmpty()) {
        Q_EMIT declined();
        return;
    }
    m_engine->resumeWithToken(token);
    if (Settings::rememberToken() && !m_session->isDemo()) {
        if (!m_store) {
            m_store = new TokenStore(this);
            connect(m_store, &TokenStore::failed, this, &TokenRenewal::keychainFailed);
        }
        m_store->write(token);
    }
    Q_EMIT renewed();
}

} // namespace attendance::gui
