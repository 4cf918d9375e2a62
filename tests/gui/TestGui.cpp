// SPDX-License-Identifier: GPL-3.0-or-later
// The whole job by clicks and keys, as a coordinator does it, against the demo account.
#include "Dialogs.h"
#include "EventPage.h"
#include "FilePage.h"
#include "GuiTestSupport.h"
#include "HubSpotSimulator.h"
#include "MainWindow.h"
#include "SendPage.h"
#include "Session.h"
#include "mapping/PreviewModel.h"
#include "results/ResultsModel.h"

#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace attendance;
using namespace attendance::gui;
using attendance::test::child;

namespace {

constexpr int SendTimeoutMs = 30000;
const QString WorkshopId = u"412934704"_s; // "Taller práctico: Automatización de campañas"

} // namespace

class TestGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void wholeJobInDemoMode();
    void nextAndSendNeedEverythingChosen();
    void workbookIsExplained();
    void cancelThenSendFailedRowsAgain();
    void newImportKeepsConnectionAndEvent();

private:
    void connectDemoAndChoose(const QString &filter, SubscriberState state);
    void openCsv(const QByteArray &csv);
    void sendAndWait();
    QAbstractItemModel *resultsProxy() const;

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::setUpGuiTestApplication();
}

void TestGui::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGui::cleanup()
{
    m_window.reset();
}

QAbstractItemModel *TestGui::resultsProxy() const
{
    return child<QTableView>(m_window.get(), "resultsView")->model();
}

void TestGui::connectDemoAndChoose(const QString &filter, SubscriberState state)
{
    QTest::mouseClick(child<QPushButton>(m_window.get(), "demoButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->step(), MainWindow::Step::Event);
    auto *view = child<QTableView>(m_window.get(), "eventsView");
    QCOMPARE(view->model()->rowCount(), 6);

    auto *filterEdit = child<QLineEdit>(m_window.get(), "filterEdit");
    QTest::keyClicks(filterEdit, filter);
    QCOMPARE(view->model()->rowCount(), 1);
    // Enter in the filter box chooses the first (here: only) match, as a keyboard user does.
    QTest::keyClick(filterEdit, Qt::Key_Return);
    QVERIFY(!m_window->session()->eventId().isEmpty());

    const char *radio = state == SubscriberState::Attend ? "attendedRadio"
        : state == SubscriberState::Register             ? "registeredRadio"
                                                         : "cancelledRadio";
    QTest::mouseClick(child<QRadioButton>(m_window.get(), radio), Qt::LeftButton);
    QCOMPARE(m_window->session()->state(), std::optional<SubscriberState>(state));
    auto *next = child<QPushButton>(m_window.get(), "nextButton");
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_window->step(), MainWindow::Step::File);
}

void TestGui::openCsv(const QByteArray &csv)
{
    const QString path = m_dir.filePath(u"asistentes.csv"_s);
    QVERIFY(test::writeFile(path, csv));
    Dialogs::setNextOpenFileName(path);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "openButton"), Qt::LeftButton);
    QTRY_VERIFY(m_window->session()->hasPlan());
}

void TestGui::sendAndWait()
{
    auto *send = child<QPushButton>(m_window.get(), "sendButton");
    QVERIFY(send->isEnabled());
    Dialogs::setNextConfirm(true);
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(m_window->step(), MainWindow::Step::Send);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->sendPage()->isRunning(), SendTimeoutMs);
}

void TestGui::wholeJobInDemoMode()
{
    connectDemoAndChoose(u"TALLER"_s, SubscriberState::Attend);
    QCOMPARE(m_window->session()->eventId(), WorkshopId);
    QVERIFY(child<QLabel>(m_window.get(), "demoBanner")->isVisible());

    openCsv(test::thirtyRowCsv());
    auto *counts = child<QLabel>(m_window.get(), "countsLabel");
    QTRY_COMPARE(counts->text(), u"27 ready to send · 2 invalid · 1 duplicate"_s);
    QVERIFY(child<QLabel>(m_window.get(), "fileInfoLabel")->text().contains(u"UTF-8"_s));

    // The preview: every row, the three problems on their own with the filter.
    auto *preview = child<QTableView>(m_window.get(), "previewView");
    QCOMPARE(preview->model()->rowCount(), 30);
    QTest::mouseClick(child<QCheckBox>(m_window.get(), "problemsOnlyCheck"), Qt::LeftButton);
    QCOMPARE(preview->model()->rowCount(), 3);
    QCOMPARE(preview->model()->index(0, 0).data(PreviewModel::RowNumberRole).toInt(), 6);
    QVERIFY(!preview->model()->index(0, 0).data(Qt::DecorationRole).isNull());
    QVERIFY(preview->model()->index(2, 1).data(Qt::ToolTipRole).toString().contains(u"row 2"_s));

    // Send, confirming through the seam; the question names people, state, event and skips.
    sendAndWait();
    QCOMPARE(Dialogs::lastMessage().section(u'\n', 0, 0),
        u"Mark 27 people as Attended in “Taller práctico: Automatización de campañas”? "
        "3 rows will be skipped."_s);

    const QList<RowResult> &results = m_window->sendPage()->results();
    QCOMPARE(results.size(), 30);
    int succeeded = 0;
    int skipped = 0;
    for (const RowResult &r : results) {
        if (r.status == RowStatus::Succeeded) {
            ++succeeded;
            QVERIFY2(r.vid > (qint64(1) << 32), qPrintable(QString::number(r.vid)));
        } else {
            QCOMPARE(r.status, RowStatus::Skipped);
            QVERIFY(!r.error.message.isEmpty());
            ++skipped;
        }
    }
    QCOMPARE(succeeded, 27);
    QCOMPARE(skipped, 3);
    QCOMPARE(child<QLabel>(m_window.get(), "summaryLabel")->text(),
        u"27 succeeded, 0 failed, 3 skipped"_s);
    QCOMPARE(m_window->demoSimulator()->counters(WorkshopId).attended, 27);

    // The table: status icons; failures only leaves the three skipped rows.
    QAbstractItemModel *table = resultsProxy();
    QCOMPARE(table->rowCount(), 30);
    QVERIFY(!table->index(0, ResultsModel::StatusColumn).data(Qt::DecorationRole).isNull());
    QTest::mouseClick(child<QCheckBox>(m_window.get(), "failuresOnlyCheck"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(!child<QPushButton>(m_window.get(), "retryButton")->isEnabled());

    // Export through the seam: every row, formulas neutralised, UTF-8 with BOM.
    const QString exported = m_dir.filePath(u"resultados.csv"_s);
    Dialogs::setNextSaveFileName(exported);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "exportButton"), Qt::LeftButton);
    const QByteArray csv = test::readFile(exported);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 31);
    QVERIFY(lines.at(0).startsWith(u"row,email,status,contact_id"_s));
    QCOMPARE(text.count(u",succeeded,"_s), 27);
    QCOMPARE(text.count(u",skipped,"_s), 3);
    QVERIFY(lines.at(5).startsWith(u"6,'=1+1,skipped,"_s));
    QVERIFY(text.contains(u"Taller práctico: Automatización de campañas"_s));
    QVERIFY(text.contains(u",attend"_s));
}

void TestGui::nextAndSendNeedEverythingChosen()
{
    auto *next = child<QPushButton>(m_window.get(), "nextButton");
    QVERIFY(!next->isEnabled());
    QTest::mouseClick(child<QPushButton>(m_window.get(), "demoButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->step(), MainWindow::Step::Event);
    // Nothing preselected: an event and a state are both needed.
    QVERIFY(!next->isEnabled());
    QVERIFY(m_window->eventPage()->selectEvent(WorkshopId));
    QVERIFY(!next->isEnabled());
    // Filtering hides the chosen event without unchoosing it; it is highlighted again after.
    auto *filterEdit = child<QLineEdit>(m_window.get(), "filterEdit");
    auto *view = child<QTableView>(m_window.get(), "eventsView");
    QTest::keyClicks(filterEdit, u"no such event"_s);
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(m_window->session()->eventId(), WorkshopId);
    filterEdit->clear();
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().constFirst().data(Qt::DisplayRole).toString(),
             u"Taller práctico: Automatización de campañas"_s);
    QTest::mouseClick(child<QRadioButton>(m_window.get(), "registeredRadio"), Qt::LeftButton);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    auto *send = child<QPushButton>(m_window.get(), "sendButton");
    QVERIFY(send->isVisible());
    QVERIFY(!send->isEnabled()); // no file yet

    // Only invalid rows: nothing to send, Send stays disabled.
    openCsv("Email\nnot-an-address\n");
    QVERIFY(m_window->session()->plan().attendees.isEmpty());
    QVERIFY(!send->isEnabled());

    // A declined confirmation sends nothing.
    openCsv(test::thirtyRowCsv());
    QVERIFY(send->isEnabled());
    Dialogs::setNextConfirm(false);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_window->step(), MainWindow::Step::File);
    QCOMPARE(m_window->demoSimulator()->counters(WorkshopId).registered, 0);
    QVERIFY(Dialogs::lastMessage().startsWith(u"Mark 27 people as Registered"_s));
}

void TestGui::workbookIsExplained()
{
    connectDemoAndChoose(u"summit"_s, SubscriberState::Register);
    const QString path = m_dir.filePath(u"lista.xlsx"_s);
    QVERIFY(test::writeFile(path, QByteArray("PK\x03\x04", 4)));
    Dialogs::setNextOpenFileName(path);
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    auto *message = child<QWidget>(m_window->filePage(), "messageArea");
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->accessibleName().contains(
        u"Excel and LibreOffice files come in the next version; save the sheet as CSV (UTF-8) meanwhile"_s));
    QVERIFY(!m_window->session()->hasPlan());
}

void TestGui::cancelThenSendFailedRowsAgain()
{
    connectDemoAndChoose(u"novedades"_s, SubscriberState::Attend);
    openCsv(test::thirtyRowCsv());
    SendEngine::Options options;
    options.batchSize = 1; // many requests, so there is time to cancel
    m_window->sendPage()->setEngineOptions(options);
    Dialogs::setNextConfirm(true);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "sendButton"), Qt::LeftButton);
    auto *cancel = child<QPushButton>(m_window.get(), "cancelButton");
    QVERIFY(m_window->sendPage()->isRunning());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!m_window->sendPage()->isRunning());
    QCOMPARE(m_window->sendPage()->results().size(), 30);
    const auto failedCount = [this] {
        const QList<RowResult> &all = m_window->sendPage()->results();
        return std::count_if(all.cbegin(), all.cend(),
            [](const RowResult &r) { return r.status == RowStatus::Failed; });
    };
    QVERIFY(failedCount() > 0);

    auto *retry = child<QPushButton>(m_window.get(), "retryButton");
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->sendPage()->isRunning(), SendTimeoutMs);
    QCOMPARE(failedCount(), 0);
    // The table shows the whole file again, retried rows merged in.
    QCOMPARE(resultsProxy()->rowCount(), 30);
    QCOMPARE(child<QLabel>(m_window.get(), "summaryLabel")->text(),
        u"27 succeeded, 0 failed, 3 skipped"_s);
    QCOMPARE(m_window->demoSimulator()->counters(u"412934701"_s).attended, 27);
    QVERIFY(!retry->isEnabled());
}

void TestGui::newImportKeepsConnectionAndEvent()
{
    connectDemoAndChoose(u"novedades"_s, SubscriberState::Cancel);
    openCsv(test::thirtyRowCsv());
    sendAndWait();
    QTest::mouseClick(child<QPushButton>(m_window.get(), "newImportButton"), Qt::LeftButton);
    QCOMPARE(m_window->step(), MainWindow::Step::File);
    QVERIFY(m_window->session()->isConnected());
    QCOMPARE(m_window->session()->eventId(), u"412934701"_s);
    QVERIFY(!m_window->session()->hasPlan());
    QVERIFY(!child<QPushButton>(m_window.get(), "sendButton")->isEnabled());
}

QTEST_MAIN(TestGui)
#include "TestGui.moc"
