// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TokenDialog.h"

#include "Style.h"
#include "hubspot/ApiConfig.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace attendance::gui {

TokenDialog::TokenDialog(bool remembered, QWidget *parent)
    : QDialog(parent)
    , m_tokenEdit(new QLineEdit(this))
    , m_showToken(nullptr)
    , m_continueButton(nullptr)
{
    setObjectName(QStringLiteral("tokenDialog"));
    setWindowTitle(tr("New access token needed"));
    auto *layout = new QVBoxLayout(this);
    // As tall as the wrapped text needs, no taller: no gaps between the paragraphs.
    layout->setSizeConstraint(QLayout::SetFixedSize);

    auto *what = new QLabel(tr("HubSpot no longer accepts the access token this import was "
                               "using: it has expired or was revoked, for example because "
                               "someone rotated the service key or deleted the private app."),
        this);
    auto *safe = new QLabel(
        tr("Sending is paused. Nothing is lost: the people not recorded yet are sent as soon as "
           "you paste a new token."),
        this);
    auto *where = new QLabel(tr("Get a new token in HubSpot: Development › Keys › Service keys, "
                                "or for a legacy private app Settings › Integrations › Private "
                                "apps › your app › Auth."),
        this);
    // A fixed text width: wrapped labels then report their true height.
    const int textWidth = fontMetrics().averageCharWidth() * 70;
    for (QLabel *label : {what, safe, where}) {
        label->setFixedWidth(textWidth);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
    }
    style::makeMuted(where);
    if (remembered) {
        auto *keychain
            = new QLabel(tr("The new token replaces the one kept in the system keychain."), this);
        keychain->setWordWrap(true);
        keychain->setFixedWidth(textWidth);
        style::makeMuted(keychain);
        layout->addWidget(keychain);
    }

    auto *form = new QFormLayout;
    m_tokenEdit->setObjectName(QStringLiteral("newTokenEdit"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("Paste the new access token"));
    m_tokenEdit->setAccessibleName(tr("New access token"));
    // The token is a password: no completion, no undo history worth keeping.
    m_tokenEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
        | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_showToken = m_tokenEdit->addAction(
        QIcon(QStringLiteral(":/gui/show-token.svg")), QLineEdit::TrailingPosition);
    m_showToken->setCheckable(true);
    connect(m_showToken, &QAction::toggled, this, &TokenDialog::setTokenVisible);
    setTokenVisible(false);
    auto *tokenLabel = new QLabel(tr("New &token:"), this);
    tokenLabel->setBuddy(m_tokenEdit);
    form->addRow(tokenLabel, m_tokenEdit);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_continueButton = buttons->addButton(tr("&Continue sending"), QDialogButtonBox::AcceptRole);
    m_continueButton->setObjectName(QStringLiteral("continueSendingButton"));
    m_continueButton->setEnabled(false);
    m_continueButton->setDefault(true);
    QPushButton *stop = buttons->addButton(tr("&Stop sending"), QDialogButtonBox::RejectRole);
    stop->setObjectName(QStringLiteral("stopSendingButton"));
    stop->setToolTip(tr("Rows not sent yet stay in the list as not sent; you can send them "
                        "again later."));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tokenEdit, &QLineEdit::textChanged, this,
        [this] { m_continueButton->setEnabled(!token().isEmpty()); });

    m_tokenEdit->setFocus();
}

TokenDialog::~TokenDialog()
{
    // Do not leave the token in a widget that outlives its use.
    m_tokenEdit->clear();
}

QString TokenDialog::token() const
{
    return cleanToken(m_tokenEdit->text());
}

void TokenDialog::setTokenVisible(bool visible)
{
    m_tokenEdit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    m_showToken->setIcon(QIcon(
        visible ? QStringLiteral(":/gui/hide-token.svg") : QStringLiteral(":/gui/show-token.svg")));
    m_showToken->setText(visible ? tr("Hide token") : tr("Show token"));
    m_showToken->setToolTip(m_showToken->text());
}

} // namespace attendance::gui
