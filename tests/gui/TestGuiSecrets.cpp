// SPDX-License-Identifier: GPL-3.0-or-later
// A token typed into the window must never end up in a log line, the settings file or an export.
#include "Dialogs.h"
#include "GuiTestSupport.h"
#include "HubSpotSimulator.h"
#include "MainWindow.h"
#include "pages/ConnectPage.h"
#include "pages/SendPage.h"
#include "services/Session.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
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

const QString Sentinel = u"pat-na1-SENTINEL-7f3c9a2e-5b1d-4e8f-a6c0-d9e2b4f71a38"_s;

QMutex logMutex;
QStringList capturedLog; // every message, from every thread
QtMessageHandler testLibHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&logMutex);
        capturedLog.append(
            QString::fromLatin1(context.category ? context.category : "default") + u": " + message);
    }
    // Warnings still reach the test output; debug lines would drown it.
    if (testLibHandler && type != QtDebugMsg && type != QtInfoMsg)
        testLibHandler(type, context, message);
}

QStringList linesWithSentinel()
{
    const QMutexLocker lock(&logMutex);
    QStringList hits;
    for (const QString &line : std::as_const(capturedLog)) {
        if (line.contains(Sentinel) || line.contains(u"SENTINEL"_s))
            hits.append(line);
    }
    return hits;
}

} // namespace

class TestGuiSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tokenStaysSecret();

private:
    QTemporaryDir m_dir;
};

void TestGuiSecrets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // QTest installed its own handler when the run started; capture in front of it.
    testLibHandler = qInstallMessageHandler(captureMessage);
    test::setUpGuiTestApplication();
}

void TestGuiSecrets::cleanupTestCase()
{
    // Hand the chain back before QTest removes its own handler.
    qInstallMessageHandler(testLibHandler);
    testLibHandler = nullptr;
}

void TestGuiSecrets::tokenStaysSecret()
{
    sim::HubSpotSimulator simulator;
    QVERIFY(simulator.listen(0));
    simulator.addToken(Sentinel,
        {u"crm.objects.marketing_events.read"_s, u"crm.objects.marketing_events.write"_s});
    sim::SimulatedEvent event;
    event.eventName = u"Conferencia anual"_s;
    event.eventType = u"CONFERENCE"_s;
    event.startDateTime = QDateTime::currentDateTimeUtc().addDays(3);
    simulator.addEvent(event);

    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *token = child<QLineEdit>(window.get(), "tokenEdit");
    auto *server = child<QLineEdit>(window.get(), "serverEdit");
    auto *connectButton = child<QPushButton>(window.get(), "connectButton");
    QVERIFY(token->echoMode() == QLineEdit::Password);
    QVERIFY(!child<QWidget>(window.get(), "rememberCheck")->property("checked").toBool());

    // First a server that does not answer: the error path must not leak the token either.
    QTest::mouseClick(child<QToolButton>(window.get(), "advancedButton"), Qt::LeftButton);
    server->clear();
    QTest::keyClicks(server, u"http://127.0.0.1:1"_s);
    QTest::keyClicks(token, u"  Bearer "_s + Sentinel + u' ');
    QTest::mouseClick(connectButton, Qt::LeftButton);
    auto *message = child<QWidget>(window->connectPage(), "messageArea");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && connectButton->isEnabled(), 20000);
    QCOMPARE(window->step(), MainWindow::Step::Connect);
    QVERIFY(!message->accessibleName().contains(Sentinel));
    QCOMPARE(token->text(), Sentinel); // cleaned: no "Bearer ", no spaces

    // Then the simulator.
    server->clear();
    QTest::keyClicks(server, simulator.baseUrl().toString());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_COMPARE(window->step(), MainWindow::Step::Event);
    QVERIFY(!window->session()->isDemo());
    QVERIFY(window->demoSimulator() == nullptr);

    auto *events = child<QTableView>(window.get(), "eventsView");
    QTest::mouseClick(events->viewport(), Qt::LeftButton, {},
        events->visualRect(events->model()->index(0, 0)).center());
    QTest::mouseClick(child<QRadioButton>(window.get(), "registeredRadio"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(window.get(), "nextButton"), Qt::LeftButton);
    QCOMPARE(window->step(), MainWindow::Step::File);

    const QString csvPath = m_dir.filePath(u"people.csv"_s);
    QVERIFY(test::writeFile(
        csvPath, "Email,Name\nana@example.com,Ana\nluis@example.com,Luis\nbad-address,Bad\n"));
    Dialogs::setNextOpenFileName(csvPath);
    QTest::mouseClick(child<QPushButton>(window.get(), "openButton"), Qt::LeftButton);
    QTRY_VERIFY(window->session()->hasPlan());
    Dialogs::setNextConfirm(true);
    QTest::mouseClick(child<QPushButton>(window.get(), "sendButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->sendPage()->isRunning(), 20000);
    QCOMPARE(
        child<QLabel>(window.get(), "summaryLabel")->text(), u"2 succeeded, 0 failed, 1 skipped"_s);

    const QString exported = m_dir.filePath(u"results.csv"_s);
    Dialogs::setNextSaveFileName(exported);
    QTest::mouseClick(child<QPushButton>(window.get(), "exportButton"), Qt::LeftButton);
    window->close(); // writes the window geometry
    window.reset();

    // The token really was used (else this test would prove nothing)...
    const QList<sim::RecordedRequest> requests = simulator.requests();
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.constLast().authorization, QByteArray("Bearer " + Sentinel.toLatin1()));

    // ... and is nowhere else.
    {
        const QMutexLocker lock(&logMutex);
        QVERIFY2(capturedLog.size() > 10, "the log capture saw (almost) nothing");
        QVERIFY(std::any_of(capturedLog.cbegin(), capturedLog.cend(),
            [](const QString &l) { return l.startsWith(u"attendance.net: "_s); }));
    }
    const QStringList leaks = linesWithSentinel();
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));

    QSettings settings;
    settings.sync();
    const QByteArray settingsFile = test::readFile(settings.fileName());
    QVERIFY2(!settingsFile.isEmpty(), qPrintable(settings.fileName()));
    QVERIFY(settingsFile.contains(simulator.baseUrl().toString().toUtf8()));
    QVERIFY(!settingsFile.contains("SENTINEL"));
    QVERIFY(!settingsFile.contains(Sentinel.toUtf8()));

    const QByteArray export_ = test::readFile(exported);
    QVERIFY(export_.contains("ana@example.com"));
    QVERIFY(!export_.contains("SENTINEL"));
}

int main(int argc, char *argv[])
{
    // Everything at debug level, Qt's own categories included. Set before the application
    // exists: QT_LOGGING_RULES is read once, and it outranks anything set in code.
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QApplication app(argc, argv);
    TestGuiSecrets test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestGuiSecrets.moc"
