// SPDX-License-Identifier: GPL-3.0-or-later
// A status column (Zoom's "Attended", Eventbrite's "Attendee Status", a check-in list's "Checked
// In") decides which rows are recorded in the run's state: never a no-show as attended.
#include "TestData.h"
#include "mapping/AttendanceStatus.h"
#include "mapping/ColumnDetection.h"
#include "mapping/ImportPlan.h"
#include "spreadsheet/Workbook.h"

#include <QTest>

using namespace attendance;
using namespace Qt::StringLiterals;
using Status = AttendanceStatus;

Q_DECLARE_METATYPE(std::optional<attendance::AttendanceStatus>)

namespace {

ImportPlan planOf(const QList<QStringList> &rows, std::optional<SubscriberState> state,
    PlanDetail detail = PlanDetail::Rows)
{
    ImportOptions options;
    options.state = state;
    options.timeZone = QTimeZone::utc();
    ImportPlan plan;
    QString error;
    if (!buildImportPlan(Sheet::fromRows(u"Sheet1"_s, rows), options, &plan, &error, detail))
        qFatal("%s", qPrintable(error));
    return plan;
}

QList<int> rowsOf(const ImportPlan &plan)
{
    QList<int> rows;
    for (const Attendee &a : plan.attendees)
        rows.append(a.row);
    return rows;
}

QStringList reasonsOf(const ImportPlan &plan)
{
    QStringList reasons;
    for (const SkippedRow &r : plan.skipped)
        reasons.append(u"%1: %2"_s.arg(r.row).arg(r.reason));
    return reasons;
}

// A check-in list with every kind of status, in both languages.
const QList<QStringList> CheckIn {
    {u"Email"_s, u"Name"_s, u"Checked In"_s}, {u"ana@example.com"_s, u"Ana"_s, u"Yes"_s}, // 2
    {u"ben@example.com"_s, u"Ben"_s, u"No"_s}, // 3
    {u"cy@example.com"_s, u"Cy"_s, u"  checked-IN "_s}, // 4
    {u"dee@example.com"_s, u"Dee"_s, u"Refunded"_s}, // 5
    {u"eva@example.com"_s, u"Eva"_s, u"Attending"_s}, // 6
    {u"fe@example.com"_s, u"Fe"_s, QString()}, // 7
    {u"gil@example.com"_s, u"Gil"_s, u"Asistió"_s}, // 8
    {u"hal@example.com"_s, u"Hal"_s, u"no asistió"_s}, // 9
    {u"ida@example.com"_s, u"Ida"_s, u"Cancelado"_s}, // 10
    {u"jo@example.com"_s, u"Jo"_s, u"Maybe"_s}, // 11
};

} // namespace

class TestStatusColumn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values_data();
    void values();
    void detectedByHeader_data();
    void detectedByHeader();
    void attendSendsOnlyThoseWhoCame();
    void registerSkipsCancelled();
    void withoutStateNothingIsSkipped();
    void skippedRowsClaimNoEmail();
    void countsOnlyAgrees();
    void byStatusGivesEachRowItsState();
    void byStatusSendsThePersonsFurthestRow();
    void byStatusNeedsAStatusColumn();
    void zoomReportNeverRecordsANoShow();
    void eventbriteNotAttending();
};

void TestStatusColumn::values_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<Status>>("status");
    const auto row = [](const char16_t *text, std::optional<Status> status) {
        QTest::newRow(QString::fromUtf16(text).toUtf8().constData())
            << QString::fromUtf16(text) << status;
    };
    row(u"Yes", Status::Attended);
    row(u"TRUE", Status::Attended);
    row(u"1", Status::Attended);
    row(u"Checked In", Status::Attended);
    row(u"checked_in", Status::Attended);
    row(u"Checked\nIn", Status::Attended); // a line break in a quoted cell, as in "Asistió\n"
    row(u"Asisti\u00F3\n", Status::Attended);
    row(u"Sí", Status::Attended);
    row(u"ASISTIÓ", Status::Attended);
    row(u"Attending", Status::Registered);
    row(u"Inscrita", Status::Registered);
    row(u"No", Status::Absent);
    row(u"false", Status::Absent);
    row(u"Not Attending", Status::Absent);
    row(u"no-show", Status::Absent);
    row(u"No asistió", Status::Absent);
    row(u"Ausente", Status::Absent);
    row(u"Cancelled", Status::Cancelled);
    row(u"canceled", Status::Cancelled);
    row(u"Refunded", Status::Cancelled);
    row(u"Reembolsado", Status::Cancelled);
    row(u"", std::nullopt);
    row(u"  ", std::nullopt);
    row(u"Maybe", std::nullopt);
    row(u"Yes please", std::nullopt);
    row(u"a value far too long to be any status anyone writes", std::nullopt);
}

void TestStatusColumn::values()
{
    QFETCH(QString, text);
    QFETCH(std::optional<Status>, status);
    QCOMPARE(readAttendanceStatus(text), status);
}

void TestStatusColumn::detectedByHeader_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<bool>("status");
    for (const char16_t *header : {u"Attended", u"Attendee Status", u"Checked In", u"Check-in",
             u"Asistió", u"Asistencia", u"Estado de asistencia"})
        QTest::newRow(QString::fromUtf16(header).toUtf8().constData())
            << QString::fromUtf16(header) << true;
    // A CRM's lead status or an address's state is no attendance.
    for (const char16_t *header : {u"Status", u"Estado", u"Lead Status"})
        QTest::newRow(QString::fromUtf16(header).toUtf8().constData())
            << QString::fromUtf16(header) << false;
}

void TestStatusColumn::detectedByHeader()
{
    QFETCH(QString, header);
    QFETCH(bool, status);
    const ColumnMapping mapping = detectColumnsFromHeaders({u"Email"_s, header});
    QCOMPARE(mapping.columnFor(ColumnTarget::Kind::Status) == 1, status);
}

void TestStatusColumn::attendSendsOnlyThoseWhoCame()
{
    const ImportPlan plan = planOf(CheckIn, SubscriberState::Attend);
    QCOMPARE(rowsOf(plan), (QList<int> {2, 4, 8}));
    QCOMPARE(reasonsOf(plan),
        (QStringList {u"3: did not attend: Checked In = No"_s,
            u"5: cancelled: Checked In = Refunded"_s,
            u"6: not checked in: Checked In = Attending"_s,
            u"7: no attendance recorded: Checked In is empty"_s,
            u"9: did not attend: Checked In = no asistió"_s,
            u"10: cancelled: Checked In = Cancelado"_s}));
    QCOMPARE(plan.skipped.at(0).email, u"ben@example.com"_s);
    // A status no one can read is a problem to fix, whatever the state.
    QCOMPARE(plan.invalid.size(), 1);
    QCOMPARE(plan.invalid.at(0).row, 11);
    QVERIFY2(plan.invalid.at(0).reason.startsWith(
                 u"The status 'Maybe' in column 'Checked In' is not one this program knows."_s),
        qPrintable(plan.invalid.at(0).reason));
    QCOMPARE(plan.totalRows, 10);
    QCOMPARE(plan.counts.skipped, 6);
    QCOMPARE(plan.attendees.size() + plan.invalid.size() + plan.skipped.size(), plan.totalRows);
    // The status column itself is never sent as a property.
    for (const Attendee &a : plan.attendees)
        QVERIFY(!a.contactProperties.contains(u"Checked In"_s));
}

void TestStatusColumn::registerSkipsCancelled()
{
    const ImportPlan plan = planOf(CheckIn, SubscriberState::Register);
    QCOMPARE(rowsOf(plan), (QList<int> {2, 3, 4, 6, 7, 8, 9}));
    QCOMPARE(reasonsOf(plan),
        (QStringList {
            u"5: cancelled: Checked In = Refunded"_s, u"10: cancelled: Checked In = Cancelado"_s}));
    QCOMPARE(plan.invalid.size(), 1);

    // Cancelling is what a cancelled row asks for: nothing is skipped.
    const ImportPlan cancel = planOf(CheckIn, SubscriberState::Cancel);
    QVERIFY(cancel.skipped.isEmpty());
    QCOMPARE(cancel.attendees.size(), 9);
}

void TestStatusColumn::withoutStateNothingIsSkipped()
{
    const ImportPlan plan = planOf(CheckIn, std::nullopt);
    QVERIFY(plan.skipped.isEmpty());
    QCOMPARE(plan.attendees.size(), 9);
    QCOMPARE(plan.invalid.size(), 1);
}

void TestStatusColumn::skippedRowsClaimNoEmail()
{
    // Registered twice: the row that says the person came is the one recorded, and the earlier
    // "No" is no duplicate of it.
    const ImportPlan plan = planOf({{u"Email"_s, u"Attended"_s}, {u"ana@example.com"_s, u"No"_s},
                                       {u"ANA@example.com"_s, u"Yes"_s}},
        SubscriberState::Attend);
    QCOMPARE(rowsOf(plan), QList<int> {3});
    QVERIFY(plan.duplicates.isEmpty());
    QCOMPARE(plan.skipped.size(), 1);
    QCOMPARE(plan.skipped.at(0).row, 2);
}

void TestStatusColumn::countsOnlyAgrees()
{
    QList<QStringList> rows {{u"Email"_s, u"Attended"_s}};
    const QStringList statuses {u"Yes"_s, u"No"_s, u"Cancelled"_s, u"Maybe"_s, QString()};
    // Enough rows for several checking threads.
    for (int i = 0; i < 120'000; ++i)
        rows.append({u"p%1@example.com"_s.arg(i % 90'000), statuses.at(i % statuses.size())});
    for (const auto state :
        {std::optional<SubscriberState>(), std::optional(SubscriberState::Attend),
            std::optional(SubscriberState::Register), std::optional(SubscriberState::ByStatus)}) {
        const ImportPlan full = planOf(rows, state);
        const ImportPlan counted = planOf(rows, state, PlanDetail::CountsOnly);
        QCOMPARE(counted.counts.attendees, full.attendees.size());
        QCOMPARE(counted.counts.skipped, full.skipped.size());
        QCOMPARE(counted.counts.invalid, full.invalid.size());
        QCOMPARE(counted.counts.duplicates, full.duplicates.size());
        QCOMPARE(full.attendees.size() + full.invalid.size() + full.duplicates.size()
                + full.skipped.size(),
            full.totalRows);
    }
}

void TestStatusColumn::byStatusGivesEachRowItsState()
{
    const ImportPlan plan = planOf(CheckIn, SubscriberState::ByStatus);
    QList<QPair<int, SubscriberState>> states;
    for (const Attendee &a : plan.attendees)
        states.append({a.row, a.state.value_or(SubscriberState::ByStatus)});
    using S = SubscriberState;
    QCOMPARE(states,
        (QList<QPair<int, SubscriberState>> {{2, S::Attend}, {3, S::Register}, {4, S::Attend},
            {5, S::Cancel}, {6, S::Register}, {8, S::Attend}, {9, S::Register}, {10, S::Cancel}}));
    // Nothing to go by: a blank status is skipped, an unknown one is a problem to fix.
    QCOMPARE(reasonsOf(plan), QStringList {u"7: no status to go by: Checked In is empty"_s});
    QCOMPARE(plan.invalid.size(), 1);
    QCOMPARE(plan.invalid.at(0).row, 11);
    QCOMPARE(countByState(plan.attendees, S::ByStatus), (StateCounts {3, 3, 2}));
}

void TestStatusColumn::byStatusSendsThePersonsFurthestRow()
{
    // Ana refunded one ticket and came on another; Ben registered twice and did not come; Cy's
    // first row already says she came. The row sent is the one whose own status is recorded.
    const ImportPlan plan
        = planOf({{u"Email"_s, u"Attendee Status"_s}, {u"ana@example.com"_s, u"Refunded"_s}, // 2
                     {u"ben@example.com"_s, u"Attending"_s}, // 3
                     {u"cy@example.com"_s, u"Checked In"_s}, // 4
                     {u"ANA@example.com"_s, u"Not Attending"_s}, // 5
                     {u"ana@example.com"_s, u"Checked In"_s}, // 6
                     {u"ben@example.com"_s, u"Not Attending"_s}, // 7
                     {u"cy@example.com"_s, u"Cancelled"_s}}, // 8
            SubscriberState::ByStatus);
    QCOMPARE(rowsOf(plan), (QList<int> {3, 4, 6}));
    QCOMPARE(plan.attendees.at(2).state, SubscriberState::Attend);
    QList<QPair<int, int>> duplicates;
    for (const DuplicateRow &d : plan.duplicates) {
        duplicates.append({d.row, d.firstRow});
        QCOMPARE(d.sentAs.has_value(), true);
    }
    QCOMPARE(duplicates, (QList<QPair<int, int>> {{2, 6}, {5, 6}, {7, 3}, {8, 4}}));
    QCOMPARE(plan.duplicates.at(0).ownState, SubscriberState::Cancel);
    QCOMPARE(plan.duplicates.at(0).sentAs, SubscriberState::Attend);
    QCOMPARE(plan.counts.duplicates, 4);
}

void TestStatusColumn::byStatusNeedsAStatusColumn()
{
    ImportOptions options;
    options.state = SubscriberState::ByStatus;
    ImportPlan plan;
    QString error;
    QVERIFY(!buildImportPlan(Sheet::fromRows(u"Sheet1"_s, {{u"Email"_s}, {u"ana@example.com"_s}}),
        options, &plan, &error));
    QVERIFY2(
        error.startsWith(u"Going by each row's status needs a status column"_s), qPrintable(error));
}

void TestStatusColumn::zoomReportNeverRecordsANoShow()
{
    const Workbook book
        = SpreadsheetReader::read(test::dataPath(u"exports/zoom-webinar-attendees.csv"_s));
    QVERIFY2(book.ok(), qPrintable(book.error));
    ImportOptions options;
    options.state = SubscriberState::Attend;
    options.timeZone = QTimeZone("Europe/Madrid");
    ImportPlan plan;
    QString error;
    QVERIFY2(buildImportPlan(book.sheets.at(0), options, &plan, &error), qPrintable(error));
    QCOMPARE(plan.mapping.columnFor(ColumnTarget::Kind::Status), 0);
    QVERIFY(!plan.skipped.isEmpty());
    for (const SkippedRow &r : plan.skipped)
        QCOMPARE(r.reason, u"did not attend: Attended = No"_s);
    // Every row sent says Yes.
    const Sheet &sheet = book.sheets.at(0);
    for (const Attendee &a : plan.attendees)
        QCOMPARE(sheet.cellText(a.row - 1, 0), u"Yes"_s);
}

void TestStatusColumn::eventbriteNotAttending()
{
    const Workbook book
        = SpreadsheetReader::read(test::dataPath(u"exports/eventbrite-orders.csv"_s));
    QVERIFY2(book.ok(), qPrintable(book.error));
    ImportOptions options;
    options.timeZone = QTimeZone("America/New_York");
    ImportPlan plan;
    QString error;
    // Registered: the ticket holders are; the one who is not attending is too (he registered).
    options.state = SubscriberState::Register;
    QVERIFY2(buildImportPlan(book.sheets.at(0), options, &plan, &error), qPrintable(error));
    QVERIFY(plan.skipped.isEmpty());
    // Attended: a ticket is not a check-in.
    options.state = SubscriberState::Attend;
    QVERIFY2(buildImportPlan(book.sheets.at(0), options, &plan, &error), qPrintable(error));
    QVERIFY(plan.attendees.isEmpty());
    QCOMPARE(plan.skipped.size(), plan.totalRows - plan.invalid.size() - plan.duplicates.size());
}

QTEST_GUILESS_MAIN(TestStatusColumn)
#include "TestStatusColumn.moc"
