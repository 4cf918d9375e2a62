// SPDX-License-Identifier: GPL-3.0-or-later
// The whole job by clicks and keys, as a coordinator does it, against the demo account.
#include "Dialogs.h"
#include "GuiTestSupport.h"
#include "HubSpotSimulator.h"
#include "MainWindow.h"
#include "models/PreviewModel.h"
#include "models/ResultsModel.h"
#include "pages/EventPage.h"
#include "pages/FilePage.h"
#include "pages/SendPage.h"
#include "services/Session.h"
#include "services/Settings.h"
#include "widgets/MessageArea.h"
#include "widgets/TimeZoneCombo.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
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
#include <QSortFilterProxyModel>
#include <QSpinBox>
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

} // namespace

class TestGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void wholeJobInDemoMode();
    void cancelledEventNeedsConfirmation();
    void statusColumnDecides();
    void nextAndSendNeedEverythingChosen();
    void unsupportedFileIsExplained();
    void workbookSecondSheet();
    void workbookOpensOnTheSheetWithAddresses();
    void headerRowChosenByHand();
    void headerMenuChangesTarget();
    void ambiguousDatesMonthFirst();
    void rememberedMappingReapplied();
    void repairedRowsAreMarked();
    void eventStartForRowsWithoutDate();
    void cancelThenSendFailedRowsAgain();
    void existingContactsOnlyOnSending();
    void newImportKeepsConnectionAndEvent();

private:
    void connectDemoAndChoose(const QString &filter, SubscriberState state);
    void openCsv(const QByteArray &csv, const QString &name = u"asistentes.csv"_s);
    void openFile(const QString &path, const QByteArray &data);
    void sendAndWait();
    /// Clicks the header of a sheet column and returns the menu of targets it opens.
    QMenu *openColumnMenu(int sheetColumn);
    /// Triggers an action of the column menu (or of its submenus) by object name.
    void chooseTarget(int sheetColumn, const char *action);
    QString countsText() const;
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

void TestGui::openCsv(const QByteArray &csv, const QString &name)
{
    openFile(m_dir.filePath(name), csv);
    QTRY_VERIFY(m_window->session()->hasPlan());
}

void TestGui::openFile(const QString &path, const QByteArray &data)
{
    QVERIFY(test::writeFile(path, data));
    Dialogs::setNextOpenFileName(path);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "openButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_window->filePage()->isLoading());
}

QMenu *TestGui::openColumnMenu(int sheetColumn)
{
    auto *header = child<QHeaderView>(m_window.get(), "mappingHeader");
    const int section = sheetColumn + 1; // section 0 is the row number
    const QPoint inside(header->sectionViewportPosition(section) + 4, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, inside);
    QMenu *menu = nullptr;
    [&] { QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget()))); }();
    return menu;
}

void TestGui::chooseTarget(int sheetColumn, const char *action)
{
    QMenu *menu = openColumnMenu(sheetColumn);
    QVERIFY(menu);
    auto *item = menu->findChild<QAction *>(QString::fromLatin1(action));
    QVERIFY2(item, action);
    QVERIFY2(item->isEnabled(), action);
    item->trigger();
    QTRY_VERIFY(!m_window->filePage()->isLoading());
}

QString TestGui::countsText() const
{
    return child<QLabel>(m_window.get(), "countsLabel")->text();
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

void TestGui::cancelledEventNeedsConfirmation()
{
    // The demo's meetup is cancelled in HubSpot: choosing it for Attended asks, naming it.
    QTest::mouseClick(child<QPushButton>(m_window.get(), "demoButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->step(), MainWindow::Step::Event);
    QVERIFY(m_window->eventPage()->selectEvent(u"412934706"_s));
    QTest::mouseClick(child<QRadioButton>(m_window.get(), "attendedRadio"), Qt::LeftButton);
    auto *next = child<QPushButton>(m_window.get(), "nextButton");
    Dialogs::setNextConfirm(false);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(Dialogs::lastMessage(),
        u"“Meetup: Data & Analytics Barcelona” is cancelled in HubSpot. Record the people in "
        "your file as Attended for it anyway?"_s);
    QCOMPARE(m_window->step(), MainWindow::Step::Event); // declined: still choosing

    Dialogs::setNextConfirm(true);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_window->step(), MainWindow::Step::File);

    // "(cancelled)" stays with the name: in the send question, too.
    openCsv(test::thirtyRowCsv());
    QTRY_VERIFY(child<QLabel>(m_window.get(), "readyLabel")
                    ->text()
                    .contains(u"“Meetup: Data & Analytics Barcelona (cancelled)”"_s));
    Dialogs::setNextConfirm(false);
    QVERIFY(!m_window->sendPage()->confirmAndStart());
    QVERIFY2(
        Dialogs::lastMessage().startsWith(
            u"Mark 27 people as Attended in “Meetup: Data & Analytics Barcelona (cancelled)”?"_s),
        qPrintable(Dialogs::lastMessage()));

    // Cancelling registrations is what a cancelled event needs: no question.
    QTest::mouseClick(child<QPushButton>(m_window.get(), "backButton"), Qt::LeftButton);
    QCOMPARE(m_window->step(), MainWindow::Step::Event);
    QTest::mouseClick(child<QRadioButton>(m_window.get(), "cancelledRadio"), Qt::LeftButton);
    Dialogs::setNextConfirm(false); // would keep the window on this step if it were asked
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_window->step(), MainWindow::Step::File);
}

void TestGui::statusColumnDecides()
{
    // Zoom's report marks who came: with Attended, the one "No" is shown, not sent; the person
    // who joined twice is one attendee (the second session merged into the first).
    connectDemoAndChoose(u"TALLER"_s, SubscriberState::Attend);
    const QString path = test::dataPath(u"exports/zoom-webinar-attendees.csv"_s);
    Dialogs::setNextOpenFileName(path);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "openButton"), Qt::LeftButton);
    QTRY_VERIFY(m_window->session()->hasPlan());
    auto *counts = child<QLabel>(m_window.get(), "countsLabel");
    QTRY_COMPARE(counts->text(),
        u"4 ready to send · 0 invalid · 1 session merged · 1 not sent for their status"_s);
    auto *preview = child<QTableView>(m_window.get(), "previewView");
    QTest::mouseClick(child<QCheckBox>(m_window.get(), "problemsOnlyCheck"), Qt::LeftButton);
    QAbstractItemModel *rows = preview->model();
    int noShow = -1;
    for (int r = 0; r < rows->rowCount(); ++r) {
        if (rows->index(r, 0).data(PreviewModel::RowNumberRole).toInt() == 16)
            noShow = r;
    }
    QVERIFY(noShow >= 0);
    QCOMPARE(rows->index(noShow, 0).data(PreviewModel::ProblemReasonRole).toString(),
        u"did not attend: Attended = No"_s);
    QCOMPARE(
        rows->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString().contains(u"Attended"_s),
        true);
    test::saveScreenshot(m_window.get(), u"status-column"_s);

    // Registered instead: a no-show did register, so the row is checked again and sent.
    QTest::mouseClick(child<QPushButton>(m_window.get(), "backButton"), Qt::LeftButton);
    QTest::mouseClick(child<QRadioButton>(m_window.get(), "registeredRadio"), Qt::LeftButton);
    QTRY_COMPARE(counts->text(), u"5 ready to send · 0 invalid · 1 session merged"_s);
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

void TestGui::unsupportedFileIsExplained()
{
    connectDemoAndChoose(u"summit"_s, SubscriberState::Register);
    const QString path = m_dir.filePath(u"agenda.pdf"_s);
    QVERIFY(test::writeFile(path, QByteArray("%PDF-1.7\n\x00\x01\x02\xff binary", 20)));
    Dialogs::setNextOpenFileName(path);
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    auto *message = child<QWidget>(m_window->filePage(), "messageArea");
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->accessibleName().contains(u"This kind of file cannot be read"_s),
        qPrintable(message->accessibleName()));
    QVERIFY(!m_window->session()->hasPlan());
}

void TestGui::workbookSecondSheet()
{
    connectDemoAndChoose(u"summit"_s, SubscriberState::Register);
    const QByteArray book = test::xlsxWorkbook({
        {u"Resumen"_s, {{u"Informe de asistencia"_s}, {}, {u"Total"_s, u"3"_s}}},
        {u"Asistentes"_s,
            {{u"Correo"_s, u"Nombre"_s}, {u"ana@example.com"_s, u"Ana"_s},
                {u"iñaki@example.com"_s, u"Iñaki"_s}, {u"zoe@example.com"_s, u"Zoë"_s}}},
    });
    openFile(m_dir.filePath(u"asistencia.xlsx"_s), book);
    auto *message = child<MessageArea>(m_window->filePage(), "messageArea");
    const QString info = child<QLabel>(m_window.get(), "fileInfoLabel")->text();
    QVERIFY2(info.contains(u"Excel workbook"_s), qPrintable(info + u" / "_s + message->text()));
    // The first sheet holds no addresses: the file opens on the one that does, and says so.
    auto *sheets = child<QComboBox>(m_window.get(), "sheetCombo");
    QVERIFY(sheets->isVisible());
    QCOMPARE(sheets->count(), 2);
    QCOMPARE(sheets->currentText(), u"Asistentes"_s);
    QTRY_VERIFY(m_window->session()->hasPlan());
    QCOMPARE(message->kind(), MessageArea::Kind::Information);
    QCOMPARE(message->text(),
        u"The sheet “Asistentes” was opened: it holds the email addresses, and the sheets before "
        "it hold none."_s);
    QCOMPARE(m_window->session()->plan().sheet, u"Asistentes"_s);
    QCOMPARE(countsText(), u"3 ready to send · 0 invalid · 0 duplicates"_s);
    const QList<Attendee> &people = m_window->session()->plan().attendees;
    QCOMPARE(people.at(1).email, u"iñaki@example.com"_s);
    QCOMPARE(people.at(1).contactProperties.value(u"firstname"_s), u"Iñaki"_s);
    QCOMPARE(people.at(2).row, 4);

    // The summary can still be chosen; nothing to send there, and the warning says where to go.
    sheets->setFocus();
    QTest::keyClick(sheets, Qt::Key_Up);
    QTRY_VERIFY(!m_window->session()->hasPlan());
    QTRY_VERIFY(!m_window->filePage()->isLoading());
    QCOMPARE(m_window->filePage()->loadedFile().plan.sheet, u"Resumen"_s);
    QCOMPARE(message->kind(), MessageArea::Kind::Warning);
    QVERIFY2(message->text().endsWith(u"The sheet “Asistentes” holds email addresses."_s),
        qPrintable(message->text()));
}

void TestGui::workbookOpensOnTheSheetWithAddresses()
{
    // Issue 10: an event summary first, then the attendees, then the speakers (with addresses).
    connectDemoAndChoose(u"summit"_s, SubscriberState::Register);
    openFile(m_dir.filePath(u"summary-first.xlsx"_s),
        test::readFile(test::dataPath(u"xlsx/summary-first.xlsx"_s)));
    QTRY_VERIFY(m_window->session()->hasPlan());
    auto *sheets = child<QComboBox>(m_window.get(), "sheetCombo");
    QVERIFY(sheets->isVisible());
    QCOMPARE(sheets->count(), 3);
    QCOMPARE(sheets->currentText(), u"Attendees"_s);
    QCOMPARE(m_window->session()->plan().sheet, u"Attendees"_s);
    QCOMPARE(countsText(), u"4 ready to send · 0 invalid · 0 duplicates"_s);
    const Attendee &first = m_window->session()->plan().attendees.constFirst();
    QCOMPARE(first.contactProperties.value(u"firstname"_s), u"José"_s);
    QCOMPARE(first.contactProperties.value(u"lastname"_s), u"Núñez"_s);

    auto *message = child<MessageArea>(m_window->filePage(), "messageArea");
    QVERIFY(message->isVisible());
    QCOMPARE(message->kind(), MessageArea::Kind::Information);
    const QString said = u"The sheet “Attendees” was opened: it holds the email addresses. Other "
                         "sheets with addresses: “Speakers”. To read another, choose it in the "
                         "Sheet list."_s;
    QCOMPARE(message->text(), said);

    // A re-check of the same sheet (another time zone) keeps the sheet and the message.
    QVERIFY(child<TimeZoneCombo>(m_window.get(), "timeZoneCombo")->setTimeZoneId(u"Asia/Tokyo"_s));
    QTRY_VERIFY(!m_window->filePage()->isLoading());
    QTRY_COMPARE(m_window->filePage()->loadedFile().request.import.timeZone.id(),
        QByteArrayLiteral("Asia/Tokyo"));
    QCOMPARE(sheets->currentText(), u"Attendees"_s);
    QCOMPARE(m_window->session()->plan().sheet, u"Attendees"_s);
    QCOMPARE(message->text(), said);
}

void TestGui::headerRowChosenByHand()
{
    connectDemoAndChoose(u"summit"_s, SubscriberState::Register);
    openCsv("Informe de asistencia\n\nEmail,Nombre\nana@example.com,Ana\nluis@example.com,Luis\n");
    const auto shownHeaderRow
        = [this] { return m_window->filePage()->loadedFile().plan.headerRow; };
    auto *spin = child<QSpinBox>(m_window.get(), "headerRowSpin");
    QCOMPARE(spin->value(), shownHeaderRow());
    // Whatever was detected, the person can name the header row, and the rows follow.
    spin->setValue(1);
    QTRY_COMPARE(shownHeaderRow(), 1);
    QTRY_VERIFY(!m_window->filePage()->isLoading());
    spin->setValue(3);
    QTRY_COMPARE(shownHeaderRow(), 3);
    QTRY_COMPARE(countsText(), u"2 ready to send · 0 invalid · 0 duplicates"_s);
    const Attendee &first = m_window->session()->plan().attendees.constFirst();
    QCOMPARE(first.row, 4);
    QCOMPARE(first.contactProperties.value(u"firstname"_s), u"Ana"_s);
}

void TestGui::headerMenuChangesTarget()
{
    connectDemoAndChoose(u"summit"_s, SubscriberState::Register);
    openCsv("Email,Work email,Idioma\nn/a,ana@acme.example,es\nluis@example.com,luis@acme.example,"
            "en\nmarta@example.com,marta@acme.example,es\n");
    QCOMPARE(countsText(), u"2 ready to send · 1 invalid · 0 duplicates"_s);

    chooseTarget(1, "emailTarget");
    QTRY_COMPARE(countsText(), u"3 ready to send · 0 invalid · 0 duplicates"_s);
    const ImportPlan &plan = m_window->session()->plan();
    QCOMPARE(plan.mapping.emailColumn(), 1);
    QCOMPARE(plan.mapping.columns.at(0).kind, ColumnTarget::Kind::Ignore);
    QCOMPARE(plan.attendees.constFirst().email, u"ana@acme.example"_s);
    auto *preview = child<QTableView>(m_window.get(), "previewView");
    QCOMPARE(preview->model()->headerData(2, Qt::Horizontal).toString(), u"Work email\n→ email"_s);

    // Any contact property by its internal name; join times need the Attended state.
    QMenu *menu = openColumnMenu(2);
    QVERIFY(!menu->findChild<QAction *>(u"joinedTarget"_s)->isEnabled());
    menu->close();
    Dialogs::setNextText(u"hs_language"_s);
    chooseTarget(2, "otherPropertyTarget");
    QTRY_COMPARE(m_window->session()->plan().attendees.constFirst().contactProperties.value(
                     u"hs_language"_s),
        u"es"_s);
    QCOMPARE(
        preview->model()->headerData(3, Qt::Horizontal, PreviewModel::ColumnTargetRole).toString(),
        u"contactProperties.hs_language"_s);
}

void TestGui::ambiguousDatesMonthFirst()
{
    connectDemoAndChoose(u"summit"_s, SubscriberState::Register);
    QVERIFY(child<TimeZoneCombo>(m_window.get(), "timeZoneCombo")->setTimeZoneId(u"UTC"_s));
    openCsv("Email,Registration Time\nana@example.com,03/04/2026 10:00\n"
            "luis@example.com,05/06/2026 11:30\n");
    auto *notice = child<QWidget>(m_window.get(), "dateOrderNotice");
    QVERIFY(notice->isVisible());
    QVERIFY(m_window->session()->plan().dateOrderAmbiguous);
    const auto utc = [](int year, int month, int day, int hour, int minute) {
        return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc())
            .toMSecsSinceEpoch();
    };
    // Until the person chooses, dates read day first (no AM/PM in the file).
    QCOMPARE(m_window->session()->plan().attendees.at(0).interactionDateTime,
        std::optional<qint64>(utc(2026, 4, 3, 10, 0)));

    QTest::mouseClick(child<QRadioButton>(m_window.get(), "monthFirstRadio"), Qt::LeftButton);
    QTRY_COMPARE(m_window->session()->plan().attendees.at(0).interactionDateTime,
        std::optional<qint64>(utc(2026, 3, 4, 10, 0)));
    QCOMPARE(m_window->session()->plan().attendees.at(1).interactionDateTime,
        std::optional<qint64>(utc(2026, 5, 6, 11, 30)));
    QCOMPARE(m_window->session()->plan().dateOrderUsed, ImportOptions::DateOrder::MonthFirst);
    QVERIFY(child<QRadioButton>(m_window.get(), "monthFirstRadio")->isChecked());
}

void TestGui::rememberedMappingReapplied()
{
    connectDemoAndChoose(u"summit"_s, SubscriberState::Register);
    const QByteArray first = "Correo,Empresa,Cargo\nana@example.com,Acme,CTO\n";
    openCsv(first, u"semana-1.csv"_s);
    QCOMPARE(m_window->session()->plan().mapping.columns.at(2).toString(),
        u"contactProperties.jobtitle"_s);
    chooseTarget(2, "ignoreTarget");
    QTRY_COMPARE(
        m_window->session()->plan().mapping.columns.at(2).kind, ColumnTarget::Kind::Ignore);
    auto *note = child<QLabel>(m_window.get(), "choicesNote");
    QVERIFY(note->isVisible());

    // Next week's export: same headers (spelled a little differently), other people.
    openCsv("correo,EMPRESA,Cargo\nluis@example.com,Globex,CEO\n", u"semana-2.csv"_s);
    const ImportPlan &plan = m_window->session()->plan();
    QCOMPARE(plan.attendees.constFirst().email, u"luis@example.com"_s);
    QCOMPARE(plan.mapping.columns.at(2).kind, ColumnTarget::Kind::Ignore);
    QVERIFY(!plan.attendees.constFirst().contactProperties.contains(u"jobtitle"_s));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"Using your saved column choices"_s));

    // Reset forgets them: detection decides again, here and for the next file.
    QVERIFY(QMetaObject::invokeMethod(note, "linkActivated", Q_ARG(QString, u"reset"_s)));
    QTRY_COMPARE(m_window->session()->plan().mapping.columns.at(2).toString(),
        u"contactProperties.jobtitle"_s);
    QVERIFY(!note->isVisible());
    openCsv(first, u"semana-3.csv"_s);
    QCOMPARE(m_window->session()->plan().mapping.columns.at(2).toString(),
        u"contactProperties.jobtitle"_s);
}

void TestGui::repairedRowsAreMarked()
{
    connectDemoAndChoose(u"summit"_s, SubscriberState::Register);
    openCsv("Email,Nombre\nmailto:ada@example.org,Ada\nAlan Turing <alan@example.org>,Alan\n"
            "grace@example.org,Grace\n");
    QCOMPARE(countsText(), u"3 ready to send · 0 invalid · 0 duplicates · 2 repaired"_s);
    const ImportPlan &plan = m_window->session()->plan();
    QCOMPARE(plan.attendees.at(0).email, u"ada@example.org"_s);
    QCOMPARE(plan.attendees.at(1).email, u"alan@example.org"_s);
    QAbstractItemModel *preview = child<QTableView>(m_window.get(), "previewView")->model();
    QVERIFY(!preview->index(0, 0).data(Qt::DecorationRole).isNull());
    QCOMPARE(preview->index(0, 1).data(Qt::ToolTipRole).toString(),
        u"Repaired: was “mailto:ada@example.org”"_s);
    QVERIFY(preview->index(2, 0).data(Qt::DecorationRole).isNull());
}

void TestGui::eventStartForRowsWithoutDate()
{
    connectDemoAndChoose(u"novedades"_s, SubscriberState::Register);
    openCsv("Email\nana@example.com\nluis@example.com\n");
    auto *eventStart = child<QRadioButton>(m_window.get(), "eventStartRadio");
    QVERIFY(eventStart->isVisible());
    const QDateTime start = m_window->session()->chosenEvent().startDateTime;
    QVERIFY(start.isValid());
    QVERIFY(eventStart->text().contains(
        start.toTimeZone(QTimeZone::systemTimeZone()).toString(u"yyyy-MM-dd HH:mm"_s)));
    QTest::mouseClick(eventStart, Qt::LeftButton);
    QCOMPARE(m_window->session()->defaultInteractionTime(),
        std::optional<qint64>(start.toMSecsSinceEpoch()));
    sendAndWait();
    // What reached HubSpot: the event's start for every row.
    int inputs = 0;
    const auto requests = m_window->demoSimulator()->requests();
    for (const auto &request : requests) {
        if (request.method != "POST")
            continue;
        const QJsonArray batch
            = QJsonDocument::fromJson(request.body).object().value(u"inputs"_s).toArray();
        for (const QJsonValue &input : batch) {
            QCOMPARE(input[u"interactionDateTime"_s].toInteger(), start.toMSecsSinceEpoch());
            ++inputs;
        }
    }
    QCOMPARE(inputs, 2);
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

void TestGui::existingContactsOnlyOnSending()
{
    // The confirmation offers it; ticked, only the people HubSpot knows are recorded, and the
    // others are listed with the reason, not created.
    connectDemoAndChoose(u"novedades"_s, SubscriberState::Attend);
    sim::HubSpotSimulator *hubspot = m_window->demoSimulator();
    QVERIFY(hubspot);
    hubspot->addContact({u"known.one@example.com"_s, {}, {}});
    hubspot->addContact({u"Known.Two@Example.com"_s, {}, {}});
    openCsv("Email,First name\nknown.one@example.com,Uno\nnew.one@example.com,Nuevo\n"
            "known.two@example.com,Dos\nnew.two@example.com,Nueva\n"_ba,
        u"contacts-only.csv"_s);
    const auto postsBefore = hubspot->requests().size();
    // The real dialog, answered as a person would: tick the box, then Send.
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->checkBox());
        QVERIFY(!box->checkBox()->isChecked()); // off until chosen
        QVERIFY(box->checkBox()->text().startsWith(u"Only people who are already contacts"_s));
        box->checkBox()->setChecked(true);
        test::saveScreenshot(box, u"confirm-existing-contacts"_s);
        QPushButton *send = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                send = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(send);
        send->click();
        answered = true;
    });
    QTest::mouseClick(child<QPushButton>(m_window.get(), "sendButton"), Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(m_window->step(), MainWindow::Step::Send);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->sendPage()->isRunning(), SendTimeoutMs);
    QVERIFY2(Dialogs::lastMessage().contains(u"To record only people who are already contacts, and "
                                             "skip the others, tick the box below"_s),
        qPrintable(Dialogs::lastMessage()));

    QStringList posted;
    const QList<sim::RecordedRequest> requests = hubspot->requests().mid(postsBefore);
    for (const sim::RecordedRequest &request : requests) {
        if (!request.path.endsWith(u"/email-create"))
            continue;
        for (const QJsonValue &input :
            QJsonDocument::fromJson(request.body).object()[u"inputs"_s].toArray())
            posted << input[u"email"_s].toString();
    }
    QCOMPARE(posted, (QStringList {u"known.one@example.com"_s, u"known.two@example.com"_s}));
    const QList<RowResult> &results = m_window->sendPage()->results();
    QCOMPARE(results.size(), 4);
    QCOMPARE(results.at(1).status, RowStatus::Skipped);
    QCOMPARE(results.at(1).error.category, u"NOT_A_CONTACT"_s);
    QCOMPARE(results.at(3).error.category, u"NOT_A_CONTACT"_s);
    QCOMPARE(results.at(2).status, RowStatus::Succeeded);
    QCOMPARE(child<QLabel>(m_window.get(), "summaryLabel")->text(),
        u"2 succeeded, 0 failed, 2 skipped · 2 not contacts in HubSpot (skipped, not created)"_s);
    // Remembered for the next import, until unticked.
    QVERIFY(Settings::existingContactsOnly());
    Settings::setExistingContactsOnly(false);
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
