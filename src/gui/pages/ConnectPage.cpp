// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/ConnectPage.h"

#include "HubSpotSimulator.h"
#include "Style.h"
#include "hubspot/HubSpotClient.h"
#include "services/Session.h"
#include "services/Settings.h"
#include "services/TokenStore.h"
#include "ui_ConnectPage.h"

#include <QAction>
#include <QUrl>

namespace attendance::gui {

ConnectPage::ConnectPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectPage>())
    , m_session(session)
    , m_tokens(new TokenStore(this))
{
    m_ui->setupUi(this);
    style::makeTitle(m_ui->titleLabel);
    style::makeSubtitle(m_ui->subtitleLabel);
    style::makeMuted(m_ui->helpText);
    style::limitWidth(m_ui->content, 90);
    m_ui->helpText->hide();
    setFocusProxy(m_ui->tokenEdit);
    m_ui->advancedPanel->hide();
    m_ui->busyBar->hide();
    m_ui->busyLabel->hide();
    m_ui->serverError->hide();
    m_ui->connectButton->setIcon(style::uiIcon(u"connect"));
    // The two forms read as one: same label column width.
    const int labelWidth = std::max({m_ui->tokenLabel->sizeHint().width(),
        m_ui->versionLabel->sizeHint().width(), m_ui->serverLabel->sizeHint().width()});
    for (QLabel *label : {m_ui->tokenLabel, m_ui->versionLabel, m_ui->serverLabel})
        label->setMinimumWidth(labelWidth);
    m_ui->helpLink->setAccessibleName(tr("Where do I find my token?"));

    QPalette errorPalette = m_ui->serverError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_ui->serverError->setPalette(errorPalette);

    m_showToken = m_ui->tokenEdit->addAction(
        QIcon(QStringLiteral(":/gui/show-token.svg")), QLineEdit::TrailingPosition);
    m_showToken->setCheckable(true);
    setTokenVisible(false);
    connect(m_showToken, &QAction::toggled, this, &ConnectPage::setTokenVisible);

    m_ui->versionCombo->addItem(tr("v3 (recommended)"), toString(ApiVersion::V3));
    m_ui->versionCombo->addItem(tr("2026-03 (dated version)"), toString(ApiVersion::V2026_03));
    m_ui->versionCombo->setAccessibleName(tr("API version"));
    m_ui->serverEdit->setPlaceholderText(Settings::defaultServerAddress().toString());
    m_ui->serverEdit->setAccessibleName(tr("Server address"));

    connect(m_ui->connectButton, &QPushButton::clicked, this, &ConnectPage::connectToAccount);
    connect(m_ui->tokenEdit, &QLineEdit::returnPressed, this, &ConnectPage::connectToAccount);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &ConnectPage::startDemo);
    connect(m_ui->advancedButton, &QToolButton::toggled, this, &ConnectPage::setAdvancedVisible);
    connect(m_ui->helpLink, &QLabel::linkActivated, this,
        [this] { m_ui->helpText->setVisible(m_ui->helpText->isHidden()); });
    connect(m_ui->serverEdit, &QLineEdit::textChanged, this, [this] {
        QUrl ignored;
        checkServer(&ignored);
    });
    connect(m_ui->rememberCheck, &QCheckBox::toggled, this, &ConnectPage::onRememberToggled);
    connect(m_session, &Session::connectFinished, this, &ConnectPage::onConnectFinished);

    connect(m_tokens, &TokenStore::tokenRead, this, [this](const QString &token) {
        if (m_ui->tokenEdit->text().isEmpty())
            m_ui->tokenEdit->setText(token);
    });
    connect(m_tokens, &TokenStore::failed, this, [this](const QString &message) {
        m_ui->messageArea->showMessage(MessageArea::Kind::Warning, message);
    });
    connect(m_tokens, &TokenStore::removed, this, [this] {
        m_ui->messageArea->showMessage(MessageArea::Kind::Information,
            tr("The token is no longer kept in the system keychain."));
    });
}

ConnectPage::~ConnectPage() = default;

void ConnectPage::restore()
{
    const int version = m_ui->versionCombo->findData(toString(Settings::apiVersion()));
    m_ui->versionCombo->setCurrentIndex(std::max(0, version));
    const QUrl server = Settings::serverAddress();
    m_ui->serverEdit->setText(server.toString());
    // Show non-default connection settings: they explain odd behaviour at a glance.
    m_ui->advancedButton->setChecked(version > 0 || server != Settings::defaultServerAddress());

    const bool remember = Settings::rememberToken();
    {
        const QSignalBlocker blocker(m_ui->rememberCheck);
        m_ui->rememberCheck->setChecked(remember);
    }
    // The keychain is only touched for people who asked for it: no prompts for anyone else.
    if (remember)
        m_tokens->read();
}

void ConnectPage::setTokenVisible(bool visible)
{
    m_ui->tokenEdit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    m_showToken->setIcon(QIcon(
        visible ? QStringLiteral(":/gui/hide-token.svg") : QStringLiteral(":/gui/show-token.svg")));
    m_showToken->setText(visible ? tr("Hide token") : tr("Show token"));
    m_showToken->setToolTip(m_showToken->text());
}

void ConnectPage::setAdvancedVisible(bool visible)
{
    m_ui->advancedPanel->setVisible(visible);
    m_ui->advancedButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
}

bool ConnectPage::checkServer(QUrl *url)
{
    const QString text = m_ui->serverEdit->text().trimmed();
    *url = text.isEmpty() ? Settings::defaultServerAddress() : QUrl(text, QUrl::StrictMode);
    const QString problem = checkBaseUrl(*url);
    m_ui->serverError->setText(problem);
    m_ui->serverError->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void ConnectPage::setConnecting(bool connecting)
{
    m_connecting = connecting;
    m_ui->busyBar->setVisible(connecting);
    m_ui->busyLabel->setVisible(connecting);
    m_ui->connectButton->setEnabled(!connecting);
    m_ui->demoButton->setEnabled(!connecting);
}

void ConnectPage::connectToAccount()
{
    if (m_connecting)
        return;
    m_ui->messageArea->clear();
    const QString token = cleanToken(m_ui->tokenEdit->text());
    if (token.isEmpty()) {
        m_ui->messageArea->showMessage(
            MessageArea::Kind::Error, tr("Paste your HubSpot access token first."));
        m_ui->tokenEdit->setFocus();
        return;
    }
    QUrl server;
    if (!checkServer(&server)) {
        m_ui->advancedButton->setChecked(true);
        m_ui->messageArea->showMessage(MessageArea::Kind::Error, m_ui->serverError->text());
        m_ui->serverEdit->setFocus();
        return;
    }
    if (token != m_ui->tokenEdit->text())
        m_ui->tokenEdit->setText(token); // what is sent is what the field holds
    ClientConfig config;
    config.baseUrl = server;
    config.version = apiVersionFromString(m_ui->versionCombo->currentData().toString())
                         .value_or(ApiVersion::V3);
    setConnecting(true);
    m_session->connectAccount(config, token);
}

void ConnectPage::startDemo()
{
    if (m_connecting)
        return;
    m_ui->messageArea->clear();
    QString error;
    if (!m_session->startDemo(&error)) {
        m_ui->messageArea->showMessage(MessageArea::Kind::Error, error);
        return;
    }
    setConnecting(true);
    // The demo token is public and never goes into the token field, so it cannot be remembered.
    m_session->connectAccount(m_session->demoConfig(), QString(sim::HubSpotSimulator::kDemoToken));
}

void ConnectPage::onConnectFinished(const ApiError &error)
{
    if (!m_connecting)
        return;
    setConnecting(false);
    if (error.isError()) {
        QString text = error.userMessage();
        if (!error.correlationId.isEmpty())
            text += u'\n' + tr("HubSpot reference for support: %1").arg(error.correlationId);
        m_ui->messageArea->showMessage(MessageArea::Kind::Error, text);
        return;
    }
    const int count = int(m_session->events().size());
    m_ui->messageArea->showMessage(MessageArea::Kind::Positive,
        m_session->isDemo() ? tr("Connected to the demo account: %n event(s).", nullptr, count)
                            : tr("Connected: %n marketing event(s) found.", nullptr, count));
    if (!m_session->isDemo()) {
        const ClientConfig &config = m_session->client()->config();
        Settings::setApiVersion(config.version);
        Settings::setServerAddress(config.baseUrl);
        if (m_ui->rememberCheck->isChecked())
            m_tokens->write(cleanToken(m_ui->tokenEdit->text()));
    }
    Q_EMIT connected();
}

void ConnectPage::onRememberToggled(bool remember)
{
    Settings::setRememberToken(remember);
    if (!remember) {
        m_tokens->remove();
        return;
    }
    // Already connected with a real token: keep it now rather than at the next connection.
    const QString token = cleanToken(m_ui->tokenEdit->text());
    if (m_session->isConnected() && !m_session->isDemo() && !token.isEmpty())
        m_tokens->write(token);
}

} // namespace attendance::gui
