// SPDX-License-Identifier: GPL-3.0-or-later
// "Record each person as their status column says", by clicks against the demo account: the
// file step offers it when a status column is mapped, the preview, the question before sending
// and the results follow each row's own state, and HubSpot gets each person at their state's
// endpoint.
#include "Dialogs.h"
#include "GuiTestSupport.h"
#include "HubSpotSimulator.h"
#include "MainWindow.h"
#include "SimulatedHubSpot.h"
#include "models/PreviewModel.h"
#include "models/ResultsModel.h"
#include "pages/EventPage.h"
#include "pages/FilePage.h"
#include "pages/MappingMenu.h"
#include "pages/SendPage.h"
#include "pages/VerifyPanel.h"
#include "services/Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;
using namespace attendance;
using namespace attendance::gui;
using attendance::test::child;

namespace {

constexpr int SendTimeoutMs = 30000;
const QString WorkshopId = u"412934704"_s; // "Taller práctico: Automatización de campañas"
const QString CancelledMeetupId = u"412934706"_s;
constexpr int StatusColumn = 7; // "Attendee Status" in the fixture
const QString ByStatusCounts = u"7 ready to send · 0 invalid · 1 duplicate · 1 not sent for their "
                               "status"_s;

} // namespace

class TestGuiByStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void eachRowSentInItsState();
    void hiddenWithoutStatusColumn();
    void cancelledEventAsksFirst();

private:
    void connectDemo(const QString &eventId, const char *stateRadio);
    void openFile(const QString &path);
    void openFixture();
    QCheckBox *option() const;
    QString countsText() const;
    /// The preview row of spreadsheet row @p row (the preview shows every row of the fixture).
    QModelIndex previewCell(int row, int sheetColumn) const;

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestGuiByStatus::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::setUpGuiTestApplication();
}

void TestGuiByStatus::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiByStatus::cleanup()
{
    m_window.reset();
}

void TestGuiByStatus::connectDemo(const QString &eventId, const char *stateRadio)
{
    QTest::mouseClick(child<QPushButton>(m_window.get(), "demoButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->step(), MainWindow::Step::Event);
    QVERIFY(m_window->eventPage()->selectEvent(eventId));
    QTest::mouseClick(child<QRadioButton>(m_window.get(), stateRadio), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "nextButton"), Qt::LeftButton);
    QCOMPARE(m_window->step(), MainWindow::Step::File);
}

void TestGuiByStatus::openFile(const QString &path)
{
    Dialogs::setNextOpenFileName(path);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "openButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->filePage()->isLoading());
    QTRY_VERIFY(m_window->session()->hasPlan());
}

void TestGuiByStatus::openFixture()
{
    openFile(test::dataPath(u"exports/eventbrite-checkin-by-status.csv"_s));
}

QCheckBox *TestGuiByStatus::option() const
{
    return child<QCheckBox>(m_window.get(), "byStatusCheck");
}

QString TestGuiByStatus::countsText() const
{
    return child<QLabel>(m_window.get(), "countsLabel")->text();
}

QModelIndex TestGuiByStatus::previewCell(int row, int sheetColumn) const
{
    const QAbstractItemModel *preview = child<QTableView>(m_window.get(), "previewView")->model();
    const QModelIndex cell = preview->index(row - 2, sheetColumn + 1);
    return cell.data(PreviewModel::RowNumberRole).toInt() == row ? cell : QModelIndex();
}

void TestGuiByStatus::eachRowSentInItsState()
{
    connectDemo(WorkshopId, "attendedRadio");
    openFixture();
    // Attended for everyone: only the check-ins go. The option is there, off.
    QCOMPARE(countsText(),
        u"3 ready to send · 0 invalid · 0 duplicates · 6 not sent for their status"_s);
    QVERIFY(option()->isVisible());
    QVERIFY(!option()->isChecked());
    QCOMPARE(option()->text().remove(u'&'), u"Record each person as their status column says:"_s);
    QCOMPARE(child<QLabel>(m_window.get(), "byStatusHint")->text(),
        u"attended → Attended, absent or registered → Registered, cancelled → Cancelled"_s);

    QTest::mouseClick(option(), Qt::LeftButton);
    QCOMPARE(m_window->session()->state(), std::optional(SubscriberState::ByStatus));
    QCOMPARE(m_window->session()->chosenState(), std::optional(SubscriberState::Attend));
    QTRY_VERIFY(!m_window->filePage()->isLoading());
    QTRY_COMPARE(countsText(), ByStatusCounts);
    QVERIFY(option()->isChecked());

    // The preview: each row's status and the state it goes in; a blank status is not sent.
    const QList<QPair<int, QString>> shown
        = {{2, u"Checked In → Attended"_s}, {3, u"Attending → Registered"_s},
            {4, u"Not Attending → Registered"_s}, {5, u"Refunded → Cancelled"_s},
            {6, u"Cancelled → Cancelled"_s}, {8, u"Checked In → Attended"_s},
            {10, u"Checked In → Attended"_s}, {9, u"(blank) → not sent"_s}};
    for (const auto &[row, text] : shown) {
        const QModelIndex cell = previewCell(row, StatusColumn);
        QVERIFY2(cell.isValid(), qPrintable(QString::number(row)));
        QCOMPARE(cell.data().toString(), text);
    }
    QCOMPARE(previewCell(5, StatusColumn).data(PreviewModel::StateRole).toInt(),
        int(SubscriberState::Cancel));
    QCOMPARE(previewCell(9, 0).data(PreviewModel::RowProblemRole).toInt(),
        int(PreviewRow::Problem::Skipped));
    QCOMPARE(previewCell(9, 0).data(PreviewModel::ProblemReasonRole).toString(),
        u"no status to go by: Attendee Status is empty"_s);
    QVERIFY(previewCell(9, 0).data(PreviewModel::StateRole).isNull());
    QCOMPARE(previewCell(7, 0).data(PreviewModel::ProblemReasonRole).toString(),
        u"Same email as row 8, which is sent instead, as Attended: a person is recorded once, in "
        "the furthest state their rows reach."_s);
    const QString counts = u"3 as Attended, 2 as Registered, 2 as Cancelled"_s;
    // (The plural form of "people" comes from the English catalogue.)
    const QString ready = child<QLabel>(m_window.get(), "readyLabel")->text();
    QVERIFY2(ready.startsWith(u"Ready: 7 "_s)
            && ready.endsWith(u" will be marked by each row's status in “Taller práctico: "
                              "Automatización de campañas”: %1."_s.arg(counts)),
        qPrintable(ready));
    child<QTableView>(m_window.get(), "previewView")->scrollTo(previewCell(9, StatusColumn));
    test::saveScreenshot(m_window.get(), u"by-status-file"_s);

    // The question before sending, as shown (not pre-answered): the count in each state.
    bool answered = false;
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, this, [this, poll, &answered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        test::saveScreenshot(m_window.get(), u"by-status-confirmation"_s);
        answered = true;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    poll->start();
    QTest::mouseClick(child<QPushButton>(m_window.get(), "sendButton"), Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(Dialogs::lastMessage().section(u'\n', 0, 0),
        u"Mark 7 people by each row's status in “Taller práctico: Automatización de campañas”: "
        "%1? 2 rows will be skipped."_s.arg(counts));
    QCOMPARE(m_window->step(), MainWindow::Step::Send);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->sendPage()->isRunning(), SendTimeoutMs);

    // Each person once, at the endpoint of the state their own row says.
    const QHash<QString, QString> expected {
        {u"ana.lopez@example.es"_s, u"attend"_s},
        {u"ben.carter@example.com"_s, u"register"_s},
        {u"chloe.dubois@example.fr"_s, u"register"_s},
        {u"diego.ruiz@example.mx"_s, u"cancel"_s},
        {u"elena.marin@example.es"_s, u"cancel"_s},
        {u"farid.haddad@example.com"_s, u"attend"_s},
        {u"hugo.blanc@example.fr"_s, u"attend"_s},
    };
    QHash<QString, QString> sent;
    for (const auto &post : test::postsWith(*m_window->demoSimulator()).requests) {
        QVERIFY(post.path.contains(WorkshopId));
        const QString state = post.path.section(u'/', -2, -2);
        const QJsonArray batch = QJsonDocument::fromJson(post.body).object()[u"inputs"_s].toArray();
        for (const QJsonValue &input : batch) {
            const QString email = input[u"email"_s].toString();
            QVERIFY2(!sent.contains(email), qPrintable(email));
            sent.insert(email, state);
        }
    }
    QCOMPARE(sent, expected);
    const auto hubspot = m_window->demoSimulator()->counters(WorkshopId);
    QCOMPARE(hubspot.attended, 3);
    QCOMPARE(hubspot.registered, 2);
    QCOMPARE(hubspot.cancelled, 2);

    // The results: each row's state in its own column, none for the rows never sent.
    QTableView *table = child<QTableView>(m_window.get(), "resultsView");
    QVERIFY(!table->isColumnHidden(ResultsModel::StateColumn));
    const ResultsModel *results = m_window->sendPage()->resultsModel();
    QCOMPARE(results->rowCount(), 9);
    const QStringList states = {u"Attended"_s, u"Registered"_s, u"Registered"_s, u"Cancelled"_s,
        u"Cancelled"_s, QString(), u"Attended"_s, QString(), u"Attended"_s};
    for (int r = 0; r < results->rowCount(); ++r) {
        QCOMPARE(results->index(r, ResultsModel::RowColumn).data().toInt(), r + 2);
        QCOMPARE(results->index(r, ResultsModel::StateColumn).data().toString(), states.at(r));
    }
    QCOMPARE(
        results->headerData(ResultsModel::StateColumn, Qt::Horizontal).toString(), u"Sent as"_s);
    QCOMPARE(child<QLabel>(m_window.get(), "summaryLabel")->text(),
        u"7 succeeded (%1), 0 failed, 2 skipped"_s.arg(counts));
    QCOMPARE(child<QLabel>(m_window->sendPage(), "subtitleLabel")->text(),
        u"Results for “Taller práctico: Automatización de campañas”, marked by each row's "
        "status."_s);
    test::saveScreenshot(m_window.get(), u"by-status-results"_s);

    // Verified state by state.
    RunVerifier::Options verify;
    verify.interval = std::chrono::milliseconds(100);
    m_window->sendPage()->setVerifierOptions(verify);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "verifyButton"), Qt::LeftButton);
    auto *panel = child<VerifyPanel>(m_window.get(), "verifyPanel");
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 20000);
    const QString verified = panel->text();
    QVERIFY2(verified.startsWith(u"Verified: HubSpot shows everything this import recorded. "
                                 "Expected, recorded by this import: %1. HubSpot shows in the "
                                 "event: %1. All 7 "_s.arg(counts))
            && verified.endsWith(u" checked one by one are there, each as their status said."_s),
        qPrintable(verified));
}

void TestGuiByStatus::hiddenWithoutStatusColumn()
{
    connectDemo(WorkshopId, "attendedRadio");
    QVERIFY(test::writeFile(m_dir.filePath(u"asistentes.csv"_s), test::thirtyRowCsv()));
    openFile(m_dir.filePath(u"asistentes.csv"_s));
    QVERIFY(!option()->isVisible());

    // On with a status column; mapped away, the state chosen on the event step is back.
    openFixture();
    QVERIFY(option()->isVisible());
    QTest::mouseClick(option(), Qt::LeftButton);
    QTRY_COMPARE(countsText(), ByStatusCounts);
    QMenu *menu = m_window->filePage()->showColumnMenu(StatusColumn, QPoint(10, 10));
    QVERIFY(menu);
    // Join times go with the rows that go as attended, so the menu offers them.
    QVERIFY(menu->findChild<QAction *>(u"joinedTarget"_s)->isEnabled());
    menu->findChild<QAction *>(u"ignoreTarget"_s)->trigger();
    QTRY_VERIFY(!m_window->filePage()->isLoading());
    QTRY_COMPARE(countsText(), u"8 ready to send · 0 invalid · 1 duplicate"_s);
    QVERIFY(m_window->filePage()->loadedFile().planError.isEmpty());
    QCOMPARE(m_window->session()->state(), std::optional(SubscriberState::Attend));
    QVERIFY(!option()->isVisible());
    QVERIFY(m_window->session()->hasPlan());
    QVERIFY(std::none_of(m_window->session()->plan().attendees.cbegin(),
        m_window->session()->plan().attendees.cend(),
        [](const Attendee &a) { return a.state.has_value(); }));

    // The status column again: offered, off.
    menu = m_window->filePage()->showColumnMenu(StatusColumn, QPoint(10, 10));
    QVERIFY(menu);
    menu->findChild<QAction *>(u"statusTarget"_s)->trigger();
    QTRY_VERIFY(!m_window->filePage()->isLoading());
    QTRY_VERIFY(option()->isVisible());
    QVERIFY(!option()->isChecked());
    QTRY_COMPARE(countsText(),
        u"3 ready to send · 0 invalid · 0 duplicates · 6 not sent for their status"_s);

    // On, then another file without a status column: planned for Attended, not refused.
    QTest::mouseClick(option(), Qt::LeftButton);
    QTRY_COMPARE(countsText(), ByStatusCounts);
    openFile(m_dir.filePath(u"asistentes.csv"_s));
    QCOMPARE(countsText(), u"27 ready to send · 2 invalid · 1 duplicate"_s);
    QCOMPARE(m_window->session()->state(), std::optional(SubscriberState::Attend));
    QVERIFY(!option()->isVisible());
}

void TestGuiByStatus::cancelledEventAsksFirst()
{
    // Cancelling on a cancelled event needs no question; going by status records attendance and
    // registrations too, so it is asked, naming the event.
    connectDemo(CancelledMeetupId, "cancelledRadio");
    openFixture();
    const QString question = u"“Meetup: Data & Analytics Barcelona” is cancelled in HubSpot. "
                             "Record the people in your file as their status column says "
                             "(attended, registered or cancelled) for it anyway?"_s;
    Dialogs::setNextConfirm(false);
    QTest::mouseClick(option(), Qt::LeftButton);
    QCOMPARE(Dialogs::lastMessage(), question);
    QVERIFY(!option()->isChecked());
    QCOMPARE(m_window->session()->state(), std::optional(SubscriberState::Cancel));

    Dialogs::setNextConfirm(true);
    QTest::mouseClick(option(), Qt::LeftButton);
    QVERIFY(option()->isChecked());
    QCOMPARE(m_window->session()->state(), std::optional(SubscriberState::ByStatus));
    QTRY_VERIFY(!m_window->filePage()->isLoading());

    // Back on the event step, by status is still what the file step chose: Next asks again.
    QTest::mouseClick(child<QPushButton>(m_window.get(), "backButton"), Qt::LeftButton);
    QCOMPARE(m_window->step(), MainWindow::Step::Event);
    QVERIFY(child<QLabel>(m_window.get(), "stateHint")->text().contains(u"status column"_s));
    Dialogs::setNextConfirm(false);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "nextButton"), Qt::LeftButton);
    QCOMPARE(Dialogs::lastMessage(), question);
    QCOMPARE(m_window->step(), MainWindow::Step::Event);
}

QTEST_MAIN(TestGuiByStatus)
#include "TestGuiByStatus.moc"
