// SPDX-License-Identifier: GPL-3.0-or-later
// Pause, resume, a token that stops working mid-run, an unfinished run continued at the next
// start, and "Verify in HubSpot": by clicks, against the simulator over real HTTP.
#include "Dialogs.h"
#include "GuiTestSupport.h"
#include "HubSpotSimulator.h"
#include "MainWindow.h"
#include "TemporaryHome.h"
#include "pages/ResumeOffer.h"
#include "pages/SendPage.h"
#include "pages/VerifyPanel.h"
#include "results/RowResult.h"
#include "sending/RunJournal.h"
#include "services/Session.h"
#include "widgets/MessageArea.h"
#include "widgets/TokenDialog.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace Qt::StringLiterals;
using namespace attendance;
using namespace attendance::gui;
using attendance::test::child;

namespace {

constexpr int SendTimeoutMs = 30000;
const QString FirstToken = u"pat-na1-first-11111111-2222-3333-4444-555555555555"_s;
const QString SecondToken = u"pat-na1-second-66666666-7777-8888-9999-000000000000"_s;
const QString EventName = u"Jornada de puertas abiertas"_s;
QString temporaryHome; // set by main() before the application exists

/// The emails of every attendance POST, optionally only of those HubSpot answered with 200.
QStringList postedEmails(const sim::HubSpotSimulator &simulator, bool answeredOnly)
{
    QStringList emails;
    const auto requests = simulator.requests();
    for (const auto &request : requests) {
        if (request.method != "POST" || (answeredOnly && request.status != 200))
            continue;
        const QJsonArray inputs
            = QJsonDocument::fromJson(request.body).object().value(u"inputs"_s).toArray();
        for (const QJsonValue &input : inputs)
            emails.append(input[u"email"_s].toString().toLower());
    }
    return emails;
}

int postCount(const sim::HubSpotSimulator &simulator)
{
    const auto requests = simulator.requests();
    return int(std::count_if(requests.cbegin(), requests.cend(),
        [](const sim::RecordedRequest &r) { return r.method == "POST"; }));
}

} // namespace

class TestSendControls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pauseStopsRequestsAndResumeFinishes();
    void rateLimitWaitShownThenCancel();
    void waitStaysShownWhileAnswersArrive();
    void newTokenAfter401ResumesTheRun();
    void stoppingAtTheTokenDialogKeepsTheRestResumable();
    void unfinishedRunOfferedAndContinued();
    void unfinishedRunInUseElsewhereIsNotSent();
    void discardAndLater();
    void verifyAfterApplyDelay();

private:
    void startSimulator(const sim::HubSpotSimulator::Options &options);
    void startWindow();
    void connectWithToken(const QString &token);
    void chooseEventAndOpenFile();
    void clickSend();
    void shoot(const QString &name);
    SendPage *page() const { return m_window->sendPage(); }
    QString statusText() const;

    std::unique_ptr<sim::HubSpotSimulator> m_sim;
    std::unique_ptr<MainWindow> m_window;
    QString m_eventId;
    QTemporaryDir m_dir;
};

void TestSendControls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::setUpGuiTestApplication();
    // Journals, settings and everything else below a throw-away home, never the person's.
    QVERIFY(!temporaryHome.isEmpty());
    QCOMPARE(QDir::homePath(), temporaryHome);
    QVERIFY2(RunJournal::defaultDirectory().startsWith(temporaryHome),
        qPrintable(RunJournal::defaultDirectory()));
}

void TestSendControls::init()
{
    QDir(RunJournal::defaultDirectory()).removeRecursively();
    startSimulator({});
}

void TestSendControls::startSimulator(const sim::HubSpotSimulator::Options &options)
{
    m_sim = std::make_unique<sim::HubSpotSimulator>(options);
    QVERIFY(m_sim->listen(0));
    const QStringList scopes
        = {u"crm.objects.marketing_events.read"_s, u"crm.objects.marketing_events.write"_s};
    m_sim->addToken(FirstToken, scopes);
    m_sim->addToken(SecondToken, scopes);
    sim::SimulatedEvent event;
    event.eventName = EventName;
    event.eventType = u"WORKSHOP"_s;
    event.startDateTime = QDateTime::currentDateTimeUtc().addDays(-1);
    m_sim->addEvent(event);
    m_eventId = m_sim->events().constFirst().objectId;
}

void TestSendControls::cleanup()
{
    m_window.reset();
    m_sim.reset();
}

void TestSendControls::startWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSendControls::connectWithToken(const QString &token)
{
    auto *advanced = child<QToolButton>(m_window.get(), "advancedButton");
    if (!advanced->isChecked())
        QTest::mouseClick(advanced, Qt::LeftButton);
    auto *server = child<QLineEdit>(m_window.get(), "serverEdit");
    server->clear();
    QTest::keyClicks(server, m_sim->baseUrl().toString());
    auto *tokenEdit = child<QLineEdit>(m_window.get(), "tokenEdit");
    tokenEdit->clear();
    QTest::keyClicks(tokenEdit, token);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "connectButton"), Qt::LeftButton);
}

void TestSendControls::chooseEventAndOpenFile()
{
    connectWithToken(FirstToken);
    QTRY_COMPARE(m_window->step(), MainWindow::Step::Event);
    auto *filter = child<QLineEdit>(m_window.get(), "filterEdit");
    QTest::keyClicks(filter, u"puertas"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(m_window->session()->eventId(), m_eventId);
    QTest::mouseClick(child<QRadioButton>(m_window.get(), "attendedRadio"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "nextButton"), Qt::LeftButton);
    QCOMPARE(m_window->step(), MainWindow::Step::File);

    const QString path = m_dir.filePath(u"asistentes.csv"_s);
    QVERIFY(test::writeFile(path, test::thirtyRowCsv()));
    Dialogs::setNextOpenFileName(path);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "openButton"), Qt::LeftButton);
    QTRY_VERIFY(m_window->session()->hasPlan());
    QCOMPARE(m_window->session()->plan().attendees.size(), 27);
}

void TestSendControls::clickSend()
{
    Dialogs::setNextConfirm(true);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "sendButton"), Qt::LeftButton);
    QCOMPARE(m_window->step(), MainWindow::Step::Send);
    QVERIFY(page()->isRunning());
}

QString TestSendControls::statusText() const
{
    return child<MessageArea>(page(), "statusArea")->text();
}

void TestSendControls::shoot(const QString &name)
{
    test::saveScreenshot(m_window.get(), name);
}

void TestSendControls::pauseStopsRequestsAndResumeFinishes()
{
    sim::HubSpotSimulator::Faults faults;
    faults.latencyMs = 120; // slow enough to press Pause mid-run
    m_sim->setFaults(faults);
    startWindow();
    chooseEventAndOpenFile();
    SendEngine::Options options;
    options.batchSize = 1;
    page()->setEngineOptions(options);
    clickSend();

    auto *progress = child<QProgressBar>(m_window.get(), "progressBar");
    QTRY_VERIFY(progress->value() >= 3);
    auto *pause = child<QPushButton>(m_window.get(), "pauseButton");
    QVERIFY(pause->isVisible());
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(int(page()->engine()->state()), int(SendEngine::State::Paused));
    QCOMPARE(pause->text(), u"&Resume"_s);
    QVERIFY(statusText().startsWith(u"Paused."_s));
    shoot(u"paused"_s);

    // Requests on their way finish (one row each); then nothing new goes out while paused.
    QTRY_COMPARE(progress->value(), postCount(*m_sim));
    QTest::qWait(200);
    const int posted = postCount(*m_sim);
    const int shown = progress->value();
    QTest::qWait(1200);
    QCOMPARE(postCount(*m_sim), posted);
    QCOMPARE(progress->value(), shown);
    QVERIFY2(posted < 27, qPrintable(QString::number(posted)));
    QVERIFY(page()->isRunning());
    // The run is journalled while it goes: were the app closed now, it could continue.
    const QStringList unfinished = RunJournal::resumable(RunJournal::defaultDirectory());
    QCOMPARE(unfinished.size(), 1);
    const JournalContents journal = RunJournal::load(unfinished.constFirst());
    QCOMPARE(journal.resendableCount(), 27 - shown);
    // The header is core's (ImportPipeline), as the CLI's: the file by its path and its hash.
    const QString path = m_dir.filePath(u"asistentes.csv"_s);
    QCOMPARE(journal.header.file, QFileInfo(path).absoluteFilePath());
    QCOMPARE(journal.header.fileSha256,
        QString::fromLatin1(
            QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256).toHex()));

    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(pause->text(), u"&Pause"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isRunning(), SendTimeoutMs);
    QVERIFY(postCount(*m_sim) > posted);

    // Every row accounted for, each person posted exactly once.
    QCOMPARE(countByStatus(page()->results()).succeeded, 27);
    QCOMPARE(countByStatus(page()->results()).skipped, 3);
    QStringList emails = postedEmails(*m_sim, false);
    QCOMPARE(emails.size(), 27);
    emails.removeDuplicates();
    QCOMPARE(emails.size(), 27);
    QCOMPARE(m_sim->counters(m_eventId).attended, 27);
    QCOMPARE(child<QLabel>(m_window.get(), "summaryLabel")->text(),
        u"27 succeeded, 0 failed, 3 skipped"_s);
    // Finished runs leave no journal behind.
    QVERIFY(RunJournal::resumable(RunJournal::defaultDirectory()).isEmpty());
    QVERIFY(page()->journalPath().isEmpty());
}

void TestSendControls::rateLimitWaitShownThenCancel()
{
    // An account that allows 3 requests every 4 seconds: the engine has to wait, and says so.
    sim::HubSpotSimulator::Options limits;
    limits.rateLimitMax = 3;
    limits.rateLimitIntervalMs = 4000;
    startSimulator(limits);
    startWindow();
    chooseEventAndOpenFile();
    SendEngine::Options options;
    options.batchSize = 1;
    page()->setEngineOptions(options);
    clickSend();
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(u"Waiting "_s), 10000);
    QVERIFY2(statusText().endsWith(u" s: HubSpot's rate limit"_s), qPrintable(statusText()));
    shoot(u"waiting"_s);

    // Cancel stops after the requests on their way; the rest is listed as not sent.
    auto *cancel = child<QPushButton>(m_window.get(), "cancelButton");
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isRunning(), SendTimeoutMs);
    const QList<RowResult> &results = page()->results();
    QVERIFY(countByStatus(results).succeeded < 27);
    QCOMPARE(countByStatus(results).succeeded + countByStatus(results).failed, 27);
    QCOMPARE(countByStatus(results).pending, 0);
    QVERIFY(
        child<MessageArea>(page(), "messageArea")->text().startsWith(u"Sending was cancelled."_s));
    // A cancelled run can be continued later.
    QCOMPARE(RunJournal::resumable(RunJournal::defaultDirectory()).size(), 1);
}

void TestSendControls::waitStaysShownWhileAnswersArrive()
{
    // 3 requests every 4 s, each answered 400 ms late: the engine sends 3 requests and must then
    // wait with 2 on their way, whose answers must not hide the wait (the run would look stuck).
    sim::HubSpotSimulator::Options limits;
    limits.rateLimitMax = 3;
    limits.rateLimitIntervalMs = 4000;
    startSimulator(limits);
    sim::HubSpotSimulator::Faults faults;
    faults.latencyMs = 400;
    m_sim->setFaults(faults);
    startWindow();
    chooseEventAndOpenFile();
    SendEngine::Options options;
    options.batchSize = 1;
    page()->setEngineOptions(options);
    auto *progress = child<QProgressBar>(m_window.get(), "progressBar");
    QTest::qWait(4100); // the event list's request leaves the window: the engine's count is exact
    clickSend();
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(u"Waiting "_s), 10000);
    const int answeredAtStart = progress->value();
    QDeadlineTimer shownFor(1500);
    bool answeredDuringWait = false;
    while (!shownFor.hasExpired()) {
        QTest::qWait(20);
        answeredDuringWait = answeredDuringWait || progress->value() > answeredAtStart;
        QVERIFY2(statusText().startsWith(u"Waiting "_s), qPrintable(statusText()));
    }
    QVERIFY2(answeredDuringWait, "no answer arrived during the wait: the test shows nothing");

    QTest::mouseClick(child<QPushButton>(m_window.get(), "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isRunning(), SendTimeoutMs);
    QCOMPARE(countByStatus(page()->results()).pending, 0);
}

void TestSendControls::newTokenAfter401ResumesTheRun()
{
    sim::HubSpotSimulator::Faults faults;
    faults.unauthorizedAfter = 5; // the token is revoked after the fifth batch
    faults.latencyMs = 20;
    m_sim->setFaults(faults);
    startWindow();
    chooseEventAndOpenFile();
    SendEngine::Options options;
    options.batchSize = 2;
    page()->setEngineOptions(options);
    clickSend();

    TokenDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = m_window->findChild<TokenDialog *>()) && dialog->isVisible(), SendTimeoutMs);
    QCOMPARE(int(page()->engine()->state()), int(SendEngine::State::WaitingForToken));
    QVERIFY(statusText().contains(u"no longer accepts the access token"_s));
    auto *edit = child<QLineEdit>(dialog, "newTokenEdit");
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    auto *proceed = child<QPushButton>(dialog, "continueSendingButton");
    QVERIFY(!proceed->isEnabled());
    // Nothing new goes out while the dialog waits (the requests on their way take 20 ms).
    QTest::qWait(300);
    const int posted = postCount(*m_sim);
    QTest::qWait(500);
    QCOMPARE(postCount(*m_sim), posted);

    // Pasted as people do, with "Bearer " and spaces around.
    QTest::keyClicks(edit, u" Bearer "_s + SecondToken + u' ');
    shoot(u"token-dialog"_s);
    QVERIFY(proceed->isEnabled());
    QTest::mouseClick(proceed, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isRunning(), SendTimeoutMs);
    QVERIFY(!m_window->findChild<TokenDialog *>());

    // Every row succeeded, and HubSpot recorded each person exactly once.
    QCOMPARE(countByStatus(page()->results()).succeeded, 27);
    QStringList recorded = postedEmails(*m_sim, true);
    QCOMPARE(recorded.size(), 27);
    recorded.removeDuplicates();
    QCOMPARE(recorded.size(), 27);
    QCOMPARE(m_sim->counters(m_eventId).attended, 27);
    QCOMPARE(
        m_sim->requests().constLast().authorization, QByteArray("Bearer " + SecondToken.toUtf8()));
    // Neither token reached the settings file.
    QSettings settings;
    settings.sync();
    const QByteArray stored = test::readFile(settings.fileName());
    QVERIFY(!stored.contains(FirstToken.toUtf8()) && !stored.contains(SecondToken.toUtf8()));
}

void TestSendControls::stoppingAtTheTokenDialogKeepsTheRestResumable()
{
    sim::HubSpotSimulator::Faults faults;
    faults.unauthorizedAfter = 2;
    m_sim->setFaults(faults);
    startWindow();
    chooseEventAndOpenFile();
    SendEngine::Options options;
    options.batchSize = 3;
    options.maxInFlight = 1;
    page()->setEngineOptions(options);
    clickSend();
    TokenDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = m_window->findChild<TokenDialog *>()) && dialog->isVisible(), SendTimeoutMs);
    // The journal on disk while the run waits holds no token.
    const QString journal = page()->journalPath();
    QVERIFY(QFileInfo::exists(journal));
    const QByteArray onDisk = test::readFile(journal);
    QVERIFY(!onDisk.contains("pat-na1"));

    QTest::mouseClick(child<QPushButton>(dialog, "stopSendingButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isRunning(), SendTimeoutMs);
    const QList<RowResult> &results = page()->results();
    QCOMPARE(countByStatus(results).succeeded, 6);
    QCOMPARE(countByStatus(results).failed, 21);
    for (const RowResult &r : results) {
        if (r.status == RowStatus::Failed)
            QVERIFY2(isResendable(r.error.category), qPrintable(r.error.category));
    }
    QVERIFY(
        child<MessageArea>(page(), "messageArea")->text().startsWith(u"Sending stopped early:"_s));
    // Offered again at the next start, with the 21 rows not sent.
    QCOMPARE(RunJournal::resumable(RunJournal::defaultDirectory()), QStringList {journal});
    QCOMPARE(RunJournal::load(journal).resendableCount(), 21);
}

void TestSendControls::unfinishedRunOfferedAndContinued()
{
    // What a crash left behind: 6 people, two confirmed, one refused by HubSpot, one cancelled
    // while being sent and two never sent.
    ImportPlan plan;
    plan.file = m_dir.filePath(u"asistentes.csv"_s);
    for (int row = 2; row <= 7; ++row) {
        Attendee person;
        person.row = row;
        person.email = u"persona%1@example.com"_s.arg(row);
        plan.attendees.append(person);
    }
    plan.totalRows = 6;
    JournalHeader header;
    header.runId = u"run-1"_s;
    header.createdAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    header.eventId = m_eventId;
    header.eventName = EventName;
    header.state = SubscriberState::Attend;
    header.apiVersion = u"v3"_s;
    header.file = plan.file;
    const qint64 firstRunTime = QDateTime::currentMSecsSinceEpoch() - 600000;
    header.defaultInteractionTime = firstRunTime;
    const QString path = QDir(RunJournal::defaultDirectory()).filePath(u"run-crashed.jsonl"_s);
    QVERIFY(QDir().mkpath(RunJournal::defaultDirectory()));
    {
        RunJournal journal;
        QVERIFY(journal.create(path, header, plan));
        QVERIFY(journal.appendOutcomes({
            RowResult {2, u"persona2@example.com"_s, RowStatus::Succeeded, 42, {}},
            RowResult {3, u"persona3@example.com"_s, RowStatus::Succeeded, 43, {}},
            RowResult {4, u"persona4@example.com"_s, RowStatus::Failed, 0,
                RowError {u"CANCELLED"_s, u"Cancelled while being sent"_s, 0, {}}},
            RowResult {5, u"persona5@example.com"_s, RowStatus::Failed, 0,
                RowError {u"VALIDATION_ERROR"_s, u"Refused by HubSpot"_s, 200, {}}},
        }));
    }

    startWindow();
    auto *offer = m_window->resumeOffer();
    QTRY_VERIFY(offer->isVisible());
    QVERIFY2(offer->text().contains(u"“"_s + EventName
                 + u"”, marking people as Attended, "
                   "from asistentes.csv"_s),
        qPrintable(offer->text()));
    QVERIFY2(offer->text().contains(u"3 of 6 rows not sent yet."_s), qPrintable(offer->text()));
    shoot(u"resume-offer"_s);

    // Continue before connecting: the run waits for the account.
    QTest::mouseClick(child<QPushButton>(offer, "resumeContinueButton"), Qt::LeftButton);
    QCOMPARE(m_window->step(), MainWindow::Step::Connect);
    QVERIFY(offer->text().contains(u"Connect to HubSpot with your access token"_s));
    QCOMPARE(postCount(*m_sim), 0);
    connectWithToken(FirstToken);
    QTRY_COMPARE(m_window->step(), MainWindow::Step::Send);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isRunning(), SendTimeoutMs);
    QVERIFY(!offer->isVisible());

    // Only the unconfirmed rows went out; the confirmed and the refused ones kept their result.
    QStringList posted = postedEmails(*m_sim, false);
    posted.sort();
    QCOMPARE(posted,
        QStringList(
            {u"persona4@example.com"_s, u"persona6@example.com"_s, u"persona7@example.com"_s}));
    // Rows without a date are recorded at the time the first run chose, as if it had not stopped.
    const auto requests = m_sim->requests();
    for (const auto &request : requests) {
        const QJsonArray inputs
            = QJsonDocument::fromJson(request.body).object().value(u"inputs"_s).toArray();
        for (const QJsonValue &input : inputs)
            QCOMPARE(input[u"interactionDateTime"_s].toInteger(), firstRunTime);
    }
    const QList<RowResult> &results = page()->results();
    QCOMPARE(results.size(), 6);
    QCOMPARE(countByStatus(results).succeeded, 5);
    QCOMPARE(results.at(0).vid, 42);
    QCOMPARE(results.at(3).error.category, u"VALIDATION_ERROR"_s);
    QCOMPARE(child<QLabel>(m_window.get(), "summaryLabel")->text(),
        u"5 succeeded, 1 failed, 0 skipped"_s);
    // Done: the journal goes, and the next start offers nothing.
    QVERIFY(!QFileInfo::exists(path));
}

void TestSendControls::unfinishedRunInUseElsewhereIsNotSent()
{
    ImportPlan plan;
    for (int row = 2; row <= 4; ++row) {
        Attendee person;
        person.row = row;
        person.email = u"persona%1@example.com"_s.arg(row);
        plan.attendees.append(person);
    }
    plan.totalRows = 3;
    JournalHeader header;
    header.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    header.eventId = m_eventId;
    header.eventName = EventName;
    header.state = SubscriberState::Register;
    const QString path = QDir(RunJournal::defaultDirectory()).filePath(u"run-elsewhere.jsonl"_s);
    QVERIFY(QDir().mkpath(RunJournal::defaultDirectory()));
    {
        RunJournal journal;
        QVERIFY(journal.create(path, header, plan));
    }
    const QByteArray before = test::readFile(path);

    // Offered at the start of two windows; the other one (here, this journal held open) went first.
    startWindow();
    QTRY_VERIFY(m_window->resumeOffer()->isVisible());
    RunJournal elsewhere;
    QVERIFY(elsewhere.openForAppend(path));
    QTest::mouseClick(
        child<QPushButton>(m_window->resumeOffer(), "resumeContinueButton"), Qt::LeftButton);
    connectWithToken(FirstToken);
    QTRY_COMPARE(m_window->step(), MainWindow::Step::Send);
    auto *message = child<MessageArea>(page(), "messageArea");
    QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty(), SendTimeoutMs);
    QVERIFY(!page()->isRunning());
    QVERIFY2(message->text().startsWith(u"Nothing was sent."_s)
            && message->text().contains(u"in use by another import"_s),
        qPrintable(message->text()));
    QCOMPARE(message->kind(), MessageArea::Kind::Error);
    QCOMPARE(postCount(*m_sim), 0);
    QCOMPARE(test::readFile(path), before);
}

void TestSendControls::discardAndLater()
{
    ImportPlan plan;
    Attendee ana;
    ana.row = 2;
    ana.email = u"ana@example.com"_s;
    plan.attendees.append(ana);
    plan.totalRows = 1;
    JournalHeader header;
    header.createdAt = QDateTime::currentDateTimeUtc();
    header.eventId = m_eventId;
    header.eventName = EventName;
    header.state = SubscriberState::Register;
    const QString path = QDir(RunJournal::defaultDirectory()).filePath(u"run-left.jsonl"_s);
    QVERIFY(QDir().mkpath(RunJournal::defaultDirectory()));
    {
        RunJournal journal;
        QVERIFY(journal.create(path, header, plan));
    }

    // Later: nothing happens to the journal; it is offered again at the next start.
    startWindow();
    QTRY_VERIFY(m_window->resumeOffer()->isVisible());
    QTest::mouseClick(
        child<QPushButton>(m_window->resumeOffer(), "resumeLaterButton"), Qt::LeftButton);
    QVERIFY(!m_window->resumeOffer()->isVisible());
    QVERIFY(QFileInfo::exists(path));

    startWindow();
    QTRY_VERIFY(m_window->resumeOffer()->isVisible());
    // Discard, once confirmed, forgets it for good.
    Dialogs::setNextConfirm(false);
    QTest::mouseClick(
        child<QPushButton>(m_window->resumeOffer(), "resumeDiscardButton"), Qt::LeftButton);
    QVERIFY(QFileInfo::exists(path));
    Dialogs::setNextConfirm(true);
    QTest::mouseClick(
        child<QPushButton>(m_window->resumeOffer(), "resumeDiscardButton"), Qt::LeftButton);
    QVERIFY(!QFileInfo::exists(path));
    QTRY_VERIFY(!m_window->resumeOffer()->isVisible());
    QCOMPARE(postCount(*m_sim), 0);
}

void TestSendControls::verifyAfterApplyDelay()
{
    sim::HubSpotSimulator::Faults faults;
    faults.applyDelayMs = 1500; // HubSpot shows what it recorded only after a while
    m_sim->setFaults(faults);
    startWindow();
    chooseEventAndOpenFile();
    RunVerifier::Options verify;
    verify.interval = std::chrono::milliseconds(250);
    verify.timeout = std::chrono::milliseconds(20000);
    page()->setVerifierOptions(verify);
    auto *button = child<QPushButton>(m_window.get(), "verifyButton");
    clickSend();
    QVERIFY(!button->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isRunning(), SendTimeoutMs);
    QVERIFY(button->isEnabled());

    QTest::mouseClick(button, Qt::LeftButton);
    auto *panel = child<VerifyPanel>(m_window.get(), "verifyPanel");
    QVERIFY(panel->isRunning());
    QVERIFY(!button->isEnabled());
    QVERIFY(child<QWidget>(panel, "verifyBar")->isVisible());
    QVERIFY(child<QPushButton>(panel, "verifyCancelButton")->isVisible());
    // The first answers come before HubSpot has applied the run: not yet all there.
    QTRY_VERIFY(panel->report().attempts >= 1);
    QVERIFY(panel->report().countForState < 27);
    QVERIFY(panel->text().contains(u"asked again"_s));
    shoot(u"verifying"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 25000);

    const RunVerifier::Report &report = panel->report();
    QCOMPARE(report.expected, 27);
    QCOMPARE(report.countForState, 27);
    QVERIFY(report.complete());
    QVERIFY(report.attempts > 1);
    QVERIFY2(panel->text().startsWith(u"Verified: HubSpot shows everything this import recorded. "
                                      "Expected: 27 people recorded as Attended by this import. "
                                      "HubSpot shows: 27 people as Attended in the event."_s),
        qPrintable(panel->text()));
    QVERIFY(button->isEnabled());
    shoot(u"verified"_s);

    // Asked again and stopped: it says so, and nothing is left running.
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(panel->isRunning());
    QTest::mouseClick(child<QPushButton>(panel, "verifyCancelButton"), Qt::LeftButton);
    QVERIFY(!panel->isRunning());
    QVERIFY(panel->text().startsWith(u"Checking stopped."_s));
    QVERIFY(button->isEnabled());
}

int main(int argc, char **argv)
{
    // Before the application reads any path: HOME (and so QStandardPaths' test locations, where
    // settings and journals go) is a throw-away folder.
    const test::TemporaryHome home;
    if (!home.isValid())
        return 1;
    temporaryHome = home.path();
    QApplication app(argc, argv);
    TestSendControls test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestSendControls.moc"
