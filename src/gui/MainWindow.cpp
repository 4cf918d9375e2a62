// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Application.h"
#include "Dialogs.h"
#include "Style.h"
#include "pages/ConnectPage.h"
#include "pages/EventPage.h"
#include "pages/FilePage.h"
#include "pages/ResumeOffer.h"
#include "pages/SendPage.h"
#include "services/Session.h"
#include "services/Settings.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QShortcut>

namespace attendance::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(new Session(this))
{
    initResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/attendance-importer.svg")));
    m_ui->stepIndicator->setSteps({tr("Connect"), tr("Event"), tr("File"), tr("Send")});
    m_ui->demoBanner->setStyleSheet(QStringLiteral(
        "QLabel { background-color: #ffe8a3; color: #3d2e00; border: 1px solid #e0b000;"
        " border-radius: 4px; padding: 0.4em 0.8em; font-weight: bold; }"));
    m_ui->demoBanner->setAccessibleName(m_ui->demoBanner->text());
    m_ui->demoBanner->hide();
    m_ui->sendButton->setIcon(style::uiIcon(u"send"));

    m_connectPage = new ConnectPage(m_session, this);
    m_eventPage = new EventPage(m_session, this);
    m_filePage = new FilePage(m_session, this);
    m_sendPage = new SendPage(m_session, this);
    m_resumeOffer = new ResumeOffer(this);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->demoBanner) + 1, m_resumeOffer);
    for (QWidget *page :
        {static_cast<QWidget *>(m_connectPage), static_cast<QWidget *>(m_eventPage),
            static_cast<QWidget *>(m_filePage), static_cast<QWidget *>(m_sendPage)})
        m_ui->stack->addWidget(page);

    connect(m_ui->backButton, &QPushButton::clicked, this, &MainWindow::goBack);
    connect(m_ui->nextButton, &QPushButton::clicked, this, &MainWindow::goNext);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &MainWindow::send);
    for (const QKeySequence &keys :
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_step == Step::File && m_ui->sendButton->isEnabled())
                send();
        });
    }
    connect(m_connectPage, &ConnectPage::connected, this, [this] { goTo(Step::Event); });
    connect(m_eventPage, &EventPage::eventActivated, this, [this] {
        if (m_ui->nextButton->isEnabled())
            goNext();
    });
    connect(m_sendPage, &SendPage::newImportRequested, this, [this] {
        m_filePage->reset();
        goTo(Step::File);
    });
    connect(m_sendPage, &SendPage::runningChanged, this, &MainWindow::updateNavigation);
    connect(m_filePage, &FilePage::loadingChanged, this, &MainWindow::updateNavigation);
    connect(m_session, &Session::selectionChanged, this, &MainWindow::updateNavigation);
    connect(m_session, &Session::busyChanged, this, &MainWindow::updateNavigation);
    connect(m_session, &Session::demoChanged, this, &MainWindow::updateDemoBanner);
    connect(m_resumeOffer, &ResumeOffer::continueRequested, this, &MainWindow::continueUnfinished);
    // Connected after the connect page's own handler, which moves on to the event step first.
    connect(m_session, &Session::connectFinished, this, [this](const ApiError &error) {
        if (!m_pendingResume)
            return;
        if (!error.isError() && !m_session->isDemo())
            resumePending();
        else
            m_resumeOffer->showNeedsConnection(m_session->isDemo());
    });

    const int em = fontMetrics().height();
    resize(em * 66, em * 44);
    restoreGeometry(Settings::windowGeometry());
    m_connectPage->restore();
    goTo(Step::Connect);
    // An import that did not finish last time is offered once the window is up.
    m_resumeOffer->scan(RunJournal::defaultDirectory());
}

MainWindow::~MainWindow()
{
    // A run may still have requests on their way (quitting mid-run): its engine must go while
    // the session's client, which owns those requests, is still there.
    delete m_sendPage;
}

void MainWindow::setNetworkAccessManager(QNetworkAccessManager *network)
{
    m_session->setNetworkAccessManager(network);
}

void MainWindow::startDemo()
{
    goTo(Step::Connect);
    m_connectPage->startDemo();
}

sim::HubSpotSimulator *MainWindow::demoSimulator() const
{
    return m_session->demoSimulator();
}

void MainWindow::goTo(Step step)
{
    m_step = step;
    QWidget *page = m_ui->stack->widget(int(step));
    m_ui->stack->setCurrentWidget(page);
    m_ui->stepIndicator->setCurrent(int(step));
    updateNavigation();
    page->setFocus();
}

void MainWindow::goBack()
{
    if (m_step == Step::Event)
        goTo(Step::Connect);
    else if (m_step == Step::File && !m_filePage->isLoading())
        goTo(Step::Event);
}

void MainWindow::goNext()
{
    if (!m_ui->nextButton->isEnabled())
        return;
    if (m_step == Step::Connect) {
        goTo(Step::Event);
    } else if (m_step == Step::Event) {
        // Attendance on a cancelled event is rarely right, and a wrong choice in the list is the
        // likely cause: ask, naming the event.
        // By status (chosen on the file step, kept when coming back) asks too: it records
        // attendance and registrations as well as cancellations.
        const std::optional<SubscriberState> state = m_session->state();
        const QString question = state ? m_session->cancelledEventQuestion(*state) : QString();
        if (!question.isEmpty()
            && !Dialogs::confirm(this, tr("Cancelled event"), question, tr("Use this event")))
            return;
        goTo(Step::File);
    }
}

void MainWindow::send()
{
    if (m_sendPage->confirmAndStart())
        goTo(Step::Send);
}

void MainWindow::updateNavigation()
{
    const bool connected = m_session->isConnected() && !m_session->isBusy();
    const bool eventChosen = !m_session->eventId().isEmpty() && m_session->state().has_value();
    m_ui->backButton->setVisible(m_step == Step::Event || m_step == Step::File);
    m_ui->nextButton->setVisible(m_step == Step::Connect || m_step == Step::Event);
    m_ui->nextButton->setEnabled(m_step == Step::Connect ? connected : connected && eventChosen);
    m_ui->sendButton->setVisible(m_step == Step::File);
    m_ui->sendButton->setEnabled(m_session->readyToSend() && !m_filePage->isLoading());
    // A disabled button says what it is waiting for.
    if (m_step == Step::Connect)
        m_ui->nextButton->setToolTip(
            connected ? tr("Choose the event.") : tr("Connect to HubSpot first."));
    else
        m_ui->nextButton->setToolTip(eventChosen
                ? tr("Open the spreadsheet.")
                : tr("Choose an event and what to mark the people as."));
    // The results page has its own buttons; an empty bar would only add noise.
    m_ui->navLine->setVisible(m_step != Step::Send);
}

void MainWindow::updateDemoBanner(bool demo)
{
    m_ui->demoBanner->setVisible(demo);
    setWindowTitle(demo ? tr("Attendance Importer — demo account") : tr("Attendance Importer"));
}

void MainWindow::continueUnfinished(const JournalContents &journal)
{
    m_pendingResume = journal;
    // The journal holds no token: the run continues on the account connected now, or once
    // the person connects one.
    if (m_session->isConnected() && !m_session->isDemo() && !m_session->isBusy())
        resumePending();
    else {
        m_resumeOffer->showNeedsConnection(m_session->isConnected() && m_session->isDemo());
        goTo(Step::Connect);
    }
}

void MainWindow::resumePending()
{
    if (!m_pendingResume || m_sendPage->isRunning())
        return;
    const JournalContents journal = *std::exchange(m_pendingResume, std::nullopt);
    if (m_sendPage->resumeRun(journal)) {
        m_resumeOffer->dismiss();
        goTo(Step::Send);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_sendPage->isRunning()) {
        const QString text = m_session->isDemo()
            ? tr("People are still being sent to HubSpot. Stop and quit? Rows not sent yet "
                 "will not be recorded.")
            : tr("People are still being sent to HubSpot. Stop and quit? The next time you "
                 "start the app, it offers to send the rows not sent yet.");
        if (!Dialogs::confirm(this, tr("Sending in progress"), text, tr("Stop and quit"))) {
            event->ignore();
            return;
        }
        m_sendPage->cancel();
    }
    Settings::setWindowGeometry(saveGeometry());
    event->accept();
}

} // namespace attendance::gui
