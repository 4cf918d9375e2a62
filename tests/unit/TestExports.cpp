// SPDX-License-Identifier: GPL-3.0-or-later
// Real-world exports read end to end: file -> CsvReader -> buildImportPlan.
#include "TestData.h"
#include "mapping/ImportPlan.h"
#include "spreadsheet/csv/CsvReader.h"

#include <QTest>

using namespace attendance;

using Properties = QMap<QString, QString>;
using DateOrder = ImportOptions::DateOrder;

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

struct Read
{
    ReadResult file;
    ImportPlan plan;
};

Read readExport(const QString &fixture, const QString &zone, const ImportOptions &given = {})
{
    Read read;
    read.file = CsvReader::readFile(test::dataPath(QStringLiteral("exports/") + fixture));
    if (!read.file.ok())
        qFatal("%s: %s", qPrintable(fixture), qPrintable(read.file.error));
    ImportOptions options = given;
    options.timeZone = QTimeZone(zone.toLatin1());
    if (!options.timeZone.isValid())
        qFatal("No time-zone data for %s", qPrintable(zone));
    QString error;
    read.plan.file = fixture;
    if (!buildImportPlan(read.file.sheet, options, &read.plan, &error))
        qFatal("%s: %s", qPrintable(fixture), qPrintable(error));
    return read;
}

QStringList targets(const ImportPlan &plan)
{
    QStringList names;
    for (const ColumnTarget &target : plan.mapping.columns)
        names.append(target.toString());
    return names;
}

QList<int> rowsOf(const ImportPlan &plan)
{
    QList<int> rows;
    for (const Attendee &attendee : plan.attendees)
        rows.append(attendee.row);
    return rows;
}

bool invariantHolds(const ImportPlan &plan)
{
    return plan.attendees.size() + plan.invalid.size() + plan.duplicates.size()
        + plan.skipped.size()
        == plan.totalRows;
}

Properties joinedLeft(qint64 joined, qint64 left)
{
    return {{s(u"joinedAt"), QString::number(joined)}, {s(u"leftAt"), QString::number(left)}};
}

} // namespace

class TestExports final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoomWebinarReport();
    void teamsAttendanceList();
    void teamsReportWithSections();
    void excelForMacCsv();
    void teamsSessionsMerged();
    void eventbriteOrders();
    void googleFormsSpanish();
    void googleFormsUs();
    void germanExcelAmbiguousDates();
    void frenchExcelWithSepLine();
    void bareListOfEmails();
    void messyEmails();
};

void TestExports::zoomWebinarReport()
{
    const Read read = readExport(s(u"zoom-webinar-attendees.csv"), s(u"Europe/Madrid"));
    QCOMPARE(read.file.encoding, s(u"UTF-8"));
    QCOMPARE(read.file.delimiter, QChar(u','));
    const ImportPlan &plan = read.plan;
    // Below "Webinar Details", "Host Details" and "Panelist Details" with their own headers.
    QCOMPARE(plan.headerRow, 13);
    QCOMPARE(targets(plan),
        (QStringList {s(u"status"), s(u"ignore"), s(u"contactProperties.firstname"),
            s(u"contactProperties.lastname"), s(u"email"), s(u"interactionDateTime"), s(u"ignore"),
            s(u"properties.joinedAt"), s(u"properties.leftAt"), s(u"ignore"), s(u"ignore"),
            s(u"contactProperties.country")}));
    QCOMPARE(plan.totalRows, 6); // host, panelist and summary rows above are not counted
    QCOMPARE(rowsOf(plan), (QList<int> {14, 15, 16, 17, 19}));

    const Attendee &jose = plan.attendees.at(0);
    QCOMPARE(jose.email, s(u"jose.nunez@example.es"));
    QCOMPARE(jose.contactProperties,
        (Properties {{s(u"firstname"), s(u"José")}, {s(u"lastname"), s(u"Núñez")},
            {s(u"country"), s(u"Spain")}}));
    QCOMPARE(jose.interactionDateTime, std::optional<qint64>(1793641269000)); // 18:41:09 CET
    QCOMPARE(jose.properties, joinedLeft(1795165331000, 1795168890000));
    QCOMPARE(plan.attendees.at(1).contactProperties.value(s(u"firstname")), s(u"Zoë"));
    QCOMPARE(plan.attendees.at(1).contactProperties.value(s(u"lastname")), s(u"Brontë"));

    // Registered, never joined: Zoom writes "--" for the times, which is no date, not a bad one.
    const Attendee &francois = plan.attendees.at(2);
    QCOMPARE(francois.contactProperties.value(s(u"firstname")), s(u"François"));
    QCOMPARE(francois.interactionDateTime, std::optional<qint64>(1794308400000));
    QVERIFY(francois.properties.isEmpty());

    QCOMPARE(plan.attendees.at(3).email, s(u"ANA.GARCIA@example.mx"));
    QCOMPARE(plan.attendees.at(3).contactProperties.value(s(u"firstname")), s(u"Ana María"));
    QCOMPARE(plan.attendees.at(4).contactProperties.value(s(u"lastname")), s(u"Kierkegård"));
    QCOMPARE(plan.duplicates.size(), 1);
    QCOMPARE(plan.duplicates.constFirst().row, 18);
    QCOMPARE(plan.duplicates.constFirst().email, s(u"ana.garcia@example.mx"));
    QCOMPARE(plan.duplicates.constFirst().firstRow, 17);
    QVERIFY(plan.invalid.isEmpty());
    QVERIFY(plan.repaired.isEmpty());
    QVERIFY(!plan.dateOrderAmbiguous); // month names: nothing to choose
    QCOMPARE(plan.dateOrderUsed, DateOrder::Auto);
    QVERIFY(invariantHolds(plan));
}

void TestExports::teamsAttendanceList()
{
    const Read read = readExport(s(u"teams-attendance.csv"), s(u"Europe/Madrid"));
    QCOMPARE(read.file.encoding, s(u"UTF-16LE"));
    QCOMPARE(read.file.delimiter, QChar(u'\t'));
    const ImportPlan &plan = read.plan;
    QCOMPARE(plan.headerRow, 8); // below the meeting summary and a blank row
    QCOMPARE(plan.headers,
        (QStringList {s(u"Full Name"), s(u"Join Time"), s(u"Leave Time"), s(u"Duration"),
            s(u"Email"), s(u"Role"), s(u"Participant ID (UPN)")}));
    QCOMPARE(targets(plan),
        (QStringList {s(u"fullName"), s(u"properties.joinedAt"), s(u"properties.leftAt"),
            s(u"ignore"), s(u"email"), s(u"ignore"), s(u"ignore")}));
    QCOMPARE(plan.totalRows, 5);
    QCOMPARE(rowsOf(plan), (QList<int> {9, 10, 11, 13}));
    QCOMPARE(plan.attendees.at(0).properties, joinedLeft(1795165083000, 1795176160000));
    QCOMPARE(plan.attendees.at(1).email, s(u"jose.nunez@example.es"));
    QCOMPARE(plan.attendees.at(1).properties, joinedLeft(1795165331000, 1795168890000));
    // "12:05:00 PM" is noon, "1:00:00 PM" is 13:00.
    QCOMPARE(plan.attendees.at(3).email, s(u"Soren@Example.dk"));
    QCOMPARE(plan.attendees.at(3).properties, joinedLeft(1795172700000, 1795176000000));
    for (const Attendee &attendee : plan.attendees)
        QVERIFY(!attendee.interactionDateTime.has_value()); // join/leave are not the interaction

    QCOMPARE(plan.invalid.size(), 1);
    QCOMPARE(plan.invalid.constFirst().row, 12);
    QCOMPARE(plan.invalid.constFirst().value, QString());
    QCOMPARE(plan.invalid.constFirst().reason, s(u"No email address"));
    // 11/20/26: 20 cannot be a month.
    QVERIFY(!plan.dateOrderAmbiguous);
    QCOMPARE(plan.dateOrderUsed, DateOrder::MonthFirst);
    QVERIFY(invariantHolds(plan));
}

void TestExports::teamsReportWithSections()
{
    // Today's Teams report: UTF-16, tabs, "Last, First" names and dates with commas (which split
    // every row alike, yet must not outvote the tabs), and three sections, each with its title.
    const Read read = readExport(s(u"teams-attendance-sections.csv"), s(u"Europe/Madrid"));
    QCOMPARE(read.file.encoding, s(u"UTF-16LE"));
    QCOMPARE(read.file.delimiter, QChar(u'\t'));
    const ImportPlan &plan = read.plan;
    // "2. Participants": a person per row, their first join and last leave.
    QCOMPARE(plan.headerRow, 10);
    QCOMPARE(targets(plan),
        (QStringList {s(u"fullName"), s(u"properties.joinedAt"), s(u"properties.leftAt"),
            s(u"ignore"), s(u"email"), s(u"ignore"), s(u"ignore")}));
    // "3. In-Meeting Activities" has other columns in another order: not read as more rows.
    QCOMPARE(plan.tableEndRow, 16);
    QCOMPARE(plan.nextTableTitle, s(u"3. In-Meeting Activities"));
    QCOMPARE(plan.rowsAfterTable, 8);
    QCOMPARE(plan.totalRows, 4);
    QCOMPARE(rowsOf(plan), (QList<int> {11, 12, 13, 14}));
    QVERIFY(plan.duplicates.isEmpty());
    QVERIFY(plan.invalid.isEmpty());

    const Attendee &carmen = plan.attendees.at(0);
    QCOMPARE(carmen.email, s(u"carmen.vidal@example.com"));
    QCOMPARE(carmen.contactProperties,
        (Properties {{s(u"firstname"), s(u"Carmen")}, {s(u"lastname"), s(u"Vidal")}}));
    // 9:58:03 AM to 11:02:40 AM in Madrid (UTC+1 in November).
    QCOMPARE(carmen.properties, joinedLeft(1795165083000, 1795168960000));
    const Attendee &jose = plan.attendees.at(1);
    QCOMPARE(jose.contactProperties,
        (Properties {{s(u"firstname"), s(u"José")}, {s(u"lastname"), s(u"Núñez")}}));
    // The first join of the first session, the last leave of the second.
    QCOMPARE(jose.properties, joinedLeft(1795165331000, 1795168710000));
    QCOMPARE(plan.attendees.at(2).contactProperties,
        (Properties {{s(u"firstname"), s(u"Siobhán")}, {s(u"lastname"), s(u"O'Brien")}}));
    QCOMPARE(plan.dateOrderUsed, DateOrder::MonthFirst);
    QVERIFY(invariantHolds(plan));
}

void TestExports::teamsSessionsMerged()
{
    // The report's list of sessions, read on purpose: a person per session. Later sessions merge
    // into the first row, which gets the earliest join and the latest leave.
    ImportOptions options;
    options.headerRow = 17;
    const Read read = readExport(s(u"teams-attendance-sections.csv"), s(u"Europe/Madrid"), options);
    const ImportPlan &plan = read.plan;
    QCOMPARE(plan.tableEndRow, 0);
    QCOMPARE(rowsOf(plan), (QList<int> {18, 19, 21, 22}));
    QCOMPARE(plan.duplicates.size(), 2);
    for (const DuplicateRow &d : plan.duplicates)
        QVERIFY(d.merged);
    QCOMPARE(plan.duplicates.at(0).row, 20);
    QCOMPARE(plan.duplicates.at(0).firstRow, 19);
    QCOMPARE(plan.counts.merged, 2);
    // José: 10:02:11 to 10:20 and 10:28 to 10:58:30; Søren: 10:05 to 10:30 and 10:31 to 11:00.
    QCOMPARE(plan.attendees.at(1).properties, joinedLeft(1795165331000, 1795168710000));
    QCOMPARE(plan.attendees.at(3).properties, joinedLeft(1795165500000, 1795168800000));
    // Carmen had one session: as it was.
    QCOMPARE(plan.attendees.at(0).properties, joinedLeft(1795165083000, 1795168960000));

    // A summary counts the same without building a row.
    ImportPlan counts;
    QString error;
    options.timeZone = QTimeZone("Europe/Madrid");
    QVERIFY(buildImportPlan(read.file.sheet, options, &counts, &error, PlanDetail::CountsOnly));
    QCOMPARE(counts.counts.merged, 2);
    QCOMPARE(counts.counts.duplicates, 2);
    QVERIFY(invariantHolds(plan));
}

void TestExports::excelForMacCsv()
{
    // "CSV (Macintosh)": Mac OS Roman, bare CR line ends. Read as windows-1252, "René" would be
    // sent to HubSpot as "RenŽ".
    const Read read = readExport(s(u"excel-mac-roman-cr.csv"), s(u"Europe/Paris"));
    QCOMPARE(read.file.encoding, s(u"Mac OS Roman"));
    const ImportPlan &plan = read.plan;
    QCOMPARE(plan.headerRow, 1);
    QCOMPARE(plan.counts.attendees, 8);
    const auto names = [&](int i) -> QString {
        const Attendee &a = plan.attendees.at(i);
        return a.contactProperties.value(s(u"firstname")) + u' '
            + a.contactProperties.value(s(u"lastname")) + u" / "
            + a.contactProperties.value(s(u"company"));
    };
    QCOMPARE(names(0), s(u"René Lefèvre / Crème Brûlée & Cie"));
    QCOMPARE(names(1), s(u"Inés Peña / Café Ñandú, S.A."));
    QCOMPARE(names(2), s(u"Françoise Côté / Librairie Élégante"));
    QCOMPARE(names(4), s(u"Björn Ångström / Ångström Optik AB"));
    QCOMPARE(names(6), s(u"Søren ØSTERGAARD / Østergaard ApS"));
    QCOMPARE(names(7), s(u"Zoë Brontë / “The Moors” Ltd"));
    QVERIFY(invariantHolds(plan));
}

void TestExports::eventbriteOrders()
{
    const Read read = readExport(s(u"eventbrite-orders.csv"), s(u"America/New_York"));
    const ImportPlan &plan = read.plan;
    QCOMPARE(plan.headerRow, 1);
    QCOMPARE(targets(plan),
        (QStringList {s(u"ignore"), s(u"interactionDateTime"), s(u"contactProperties.firstname"),
            s(u"contactProperties.lastname"), s(u"email"), s(u"ignore"), s(u"ignore"), s(u"ignore"),
            s(u"status"), s(u"contactProperties.company"), s(u"contactProperties.jobtitle"),
            s(u"contactProperties.mobilephone")}));
    QCOMPARE(rowsOf(plan), (QList<int> {2, 3, 4, 6}));
    const Attendee &maria = plan.attendees.at(0);
    QCOMPARE(maria.contactProperties,
        (Properties {{s(u"firstname"), s(u"María José")}, {s(u"lastname"), s(u"Sánchez Ortega")},
            {s(u"company"), s(u"Hernández y Asociados, S.L.")},
            {s(u"jobtitle"), s(u"Directora de Marketing")},
            {s(u"mobilephone"), s(u"+34 600 123 456")}}));
    // 1 November 2026 is the day New York leaves daylight saving time (at 02:00): 09:15 is EST.
    QCOMPARE(maria.interactionDateTime, std::optional<qint64>(1793542542000));
    QCOMPARE(plan.attendees.at(1).contactProperties.value(s(u"lastname")), s(u"Ångström"));
    QCOMPARE(
        plan.attendees.at(2).contactProperties.value(s(u"jobtitle")), s(u"Head of \"Growth\""));
    QCOMPARE(plan.attendees.at(3).contactProperties.value(s(u"firstname")), s(u"Łukasz"));
    QCOMPARE(plan.attendees.at(3).interactionDateTime, std::optional<qint64>(1793797200000));

    QCOMPARE(plan.invalid.size(), 1);
    QCOMPARE(plan.invalid.constFirst().row, 5);
    QCOMPARE(plan.invalid.constFirst().value, s(u"nandu.perez(at)example.com"));
    QCOMPARE(plan.invalid.constFirst().reason, s(u"The address has no @"));
    QVERIFY(plan.duplicates.isEmpty());
    QVERIFY(invariantHolds(plan));
}

void TestExports::googleFormsSpanish()
{
    const Read read = readExport(s(u"google-forms-es.csv"), s(u"Europe/Madrid"));
    const ImportPlan &plan = read.plan;
    QCOMPARE(targets(plan),
        (QStringList {s(u"interactionDateTime"), s(u"email"), s(u"contactProperties.firstname"),
            s(u"contactProperties.lastname"), s(u"contactProperties.company"), s(u"ignore")}));
    QCOMPARE(rowsOf(plan), (QList<int> {2, 3, 4}));
    // "20/11/2026" and "15/11/2026" prove day first, which also settles "3/11/2026".
    QVERIFY(!plan.dateOrderAmbiguous);
    QCOMPARE(plan.dateOrderUsed, DateOrder::DayFirst);
    QCOMPARE(plan.attendees.at(0).interactionDateTime, std::optional<qint64>(1795165331000));
    QCOMPARE(plan.attendees.at(1).interactionDateTime, std::optional<qint64>(1793693700000));
    QCOMPARE(plan.attendees.at(2).interactionDateTime, std::optional<qint64>(1794783599000));
    QCOMPARE(plan.attendees.at(2).contactProperties,
        (Properties {{s(u"firstname"), s(u"Inés")}, {s(u"lastname"), s(u"Ibáñez Muñoz")},
            {s(u"company"), s(u"Ibáñez, Hijos y Cía.")}}));
    QCOMPARE(plan.attendees.at(0).contactProperties.value(s(u"company")), s(u"Café Ñandú S.A."));
}

void TestExports::googleFormsUs()
{
    const Read read = readExport(s(u"google-forms-us.csv"), s(u"America/Los_Angeles"));
    const ImportPlan &plan = read.plan;
    QCOMPARE(targets(plan),
        (QStringList {s(u"interactionDateTime"), s(u"email"), s(u"contactProperties.firstname"),
            s(u"contactProperties.lastname"), s(u"contactProperties.company")}));
    QVERIFY(!plan.dateOrderAmbiguous);
    QCOMPARE(plan.dateOrderUsed, DateOrder::MonthFirst);
    QCOMPARE(plan.attendees.at(0).interactionDateTime, std::optional<qint64>(1795197731000));
    QCOMPARE(plan.attendees.at(1).interactionDateTime, std::optional<qint64>(1793726100000));
    QCOMPARE(plan.attendees.at(1).contactProperties.value(s(u"company")), s(u"Crème & Co"));
}

void TestExports::germanExcelAmbiguousDates()
{
    const Read read = readExport(s(u"excel-de-semicolon-1252.csv"), s(u"Europe/Berlin"));
    QCOMPARE(read.file.encoding, s(u"windows-1252"));
    QCOMPARE(read.file.delimiter, QChar(u';'));
    const ImportPlan &plan = read.plan;
    QCOMPARE(targets(plan),
        (QStringList {s(u"email"), s(u"contactProperties.firstname"),
            s(u"contactProperties.lastname"), s(u"contactProperties.company"),
            s(u"contactProperties.city"), s(u"interactionDateTime")}));
    QCOMPARE(plan.attendees.at(0).contactProperties,
        (Properties {{s(u"firstname"), s(u"Jürgen")}, {s(u"lastname"), s(u"Groß")},
            {s(u"company"), s(u"Müller & Söhne GmbH")}, {s(u"city"), s(u"Köln")}}));
    QCOMPARE(plan.attendees.at(1).contactProperties.value(s(u"company")),
        s(u"Café „Zur Linde“ – 5 € Rabatt"));
    QCOMPARE(plan.attendees.at(1).contactProperties.value(s(u"firstname")), s(u"Änne"));

    // Every day is 12 or less: the dates fit both orders. Without AM/PM, day first is assumed.
    QVERIFY(plan.dateOrderAmbiguous);
    QCOMPARE(plan.dateOrderUsed, DateOrder::DayFirst);
    QCOMPARE(plan.attendees.at(0).interactionDateTime, std::optional<qint64>(1793869320000));
    QCOMPARE(plan.attendees.at(2).interactionDateTime, std::optional<qint64>(1794466800000));

    ImportOptions monthFirst;
    monthFirst.dateOrder = DateOrder::MonthFirst;
    const Read chosen
        = readExport(s(u"excel-de-semicolon-1252.csv"), s(u"Europe/Berlin"), monthFirst);
    QVERIFY(chosen.plan.dateOrderAmbiguous); // still a choice the user made, not a proof
    QCOMPARE(chosen.plan.dateOrderUsed, DateOrder::MonthFirst);
    QCOMPARE(chosen.plan.attendees.at(0).interactionDateTime,
        std::optional<qint64>(1778486520000)); // 11 May, summer time
    QCOMPARE(chosen.plan.attendees.at(2).interactionDateTime, std::optional<qint64>(1796972400000));
}

void TestExports::frenchExcelWithSepLine()
{
    const Read read = readExport(s(u"excel-fr-semicolon-1252.csv"), s(u"Europe/Paris"));
    QCOMPARE(read.file.encoding, s(u"windows-1252"));
    QCOMPARE(read.file.delimiter, QChar(u';'));
    const ImportPlan &plan = read.plan;
    // Excel hides the "sep=;" line, so the header is row 1 as Excel shows it.
    QCOMPARE(plan.headerRow, 1);
    QCOMPARE(targets(plan),
        (QStringList {s(u"email"), s(u"contactProperties.firstname"),
            s(u"contactProperties.lastname"), s(u"contactProperties.company"),
            s(u"contactProperties.phone"), s(u"interactionDateTime")}));
    QCOMPARE(rowsOf(plan), (QList<int> {2, 3}));
    QCOMPARE(plan.attendees.at(0).contactProperties.value(s(u"company")), s(u"Crème Brûlée & Cie"));
    QCOMPARE(plan.attendees.at(1).contactProperties,
        (Properties {{s(u"firstname"), s(u"Hélène")}, {s(u"lastname"), s(u"Côté")},
            {s(u"company"), s(u"Œuvres d'Art « Belle Époque »")}}));
    QCOMPARE(plan.attendees.at(0).interactionDateTime, std::optional<qint64>(1795165320000));
    QCOMPARE(plan.attendees.at(1).interactionDateTime, std::optional<qint64>(1793627100000));
    QVERIFY(!plan.dateOrderAmbiguous);
}

void TestExports::bareListOfEmails()
{
    const Read read = readExport(s(u"bare-emails.csv"), s(u"UTC"));
    const ImportPlan &plan = read.plan;
    QCOMPARE(plan.headerRow, 0);
    QCOMPARE(plan.headers, QStringList {s(u"Column A")});
    QCOMPARE(targets(plan), QStringList {s(u"email")});
    QCOMPARE(plan.totalRows, 4); // the blank line is not counted
    QCOMPARE(rowsOf(plan), (QList<int> {1, 2, 4}));
    QCOMPARE(plan.attendees.at(2).email, s(u"carmen.ruiz@example.es"));
    QCOMPARE(plan.duplicates.size(), 1);
    QCOMPARE(plan.duplicates.constFirst().row, 5);
    QCOMPARE(plan.duplicates.constFirst().firstRow, 2);
    QVERIFY(invariantHolds(plan));
}

void TestExports::messyEmails()
{
    const Read read = readExport(s(u"messy-emails.csv"), s(u"UTC"));
    const ImportPlan &plan = read.plan;
    QCOMPARE(targets(plan),
        (QStringList {s(u"fullName"), s(u"email"), s(u"contactProperties.company")}));
    QCOMPARE(plan.totalRows, 12);
    QCOMPARE(rowsOf(plan), (QList<int> {2, 4, 5, 6, 7, 11, 12, 14}));
    const QStringList sent {s(u"ada@example.org"), s(u"grace@example.com"),
        s(u"alan@example.co.uk"), s(u"edsger@example.nl"), s(u"katherine@example.com"),
        s(u"ñoño@ejemplo.es"), s(u"josé@correo.españa"), s(u"tim@example.org")};
    for (qsizetype i = 0; i < sent.size(); ++i)
        QCOMPARE(plan.attendees.at(i).email, sent.at(i));

    // Repaired rows are sent and listed; surrounding NBSP and zero-width space (row 7) are
    // cleaned without counting as a repair. Row 3 is repaired too, but it is a duplicate.
    const QList<RepairedRow> expectedRepairs {
        {2, s(u"mailto:ada@example.org"), s(u"ada@example.org")},
        {4, s(u"<grace@example.com>"), s(u"grace@example.com")},
        {5, s(u"alan@example.co.uk;"), s(u"alan@example.co.uk")},
        {6, s(u"\"edsger@example.nl\""), s(u"edsger@example.nl")},
        {14, s(u"MAILTO:tim@example.org."), s(u"tim@example.org")},
    };
    QCOMPARE(plan.repaired.size(), expectedRepairs.size());
    for (qsizetype i = 0; i < expectedRepairs.size(); ++i) {
        QCOMPARE(plan.repaired.at(i).row, expectedRepairs.at(i).row);
        QCOMPARE(plan.repaired.at(i).original, expectedRepairs.at(i).original);
        QCOMPARE(plan.repaired.at(i).email, expectedRepairs.at(i).email);
    }

    QCOMPARE(plan.duplicates.size(), 1);
    QCOMPARE(plan.duplicates.constFirst().row, 3);
    QCOMPARE(plan.duplicates.constFirst().email, s(u"ADA@example.org"));
    QCOMPARE(plan.duplicates.constFirst().firstRow, 2);

    const QList<InvalidRow> expectedInvalid {
        {8, s(u"hedy@lamarr"), s(u"The domain 'lamarr' has no dot (like example.com)")},
        {9, s(u"margaret@example.com, mh@example.com"),
            s(u"The cell holds more than one address; keep one per row")},
        {10, QString(), s(u"No email address")},
    };
    QCOMPARE(plan.invalid.size(), expectedInvalid.size());
    for (qsizetype i = 0; i < expectedInvalid.size(); ++i) {
        QCOMPARE(plan.invalid.at(i).row, expectedInvalid.at(i).row);
        QCOMPARE(plan.invalid.at(i).value, expectedInvalid.at(i).value);
        QCOMPARE(plan.invalid.at(i).reason, expectedInvalid.at(i).reason);
    }
    QVERIFY(invariantHolds(plan));
}

QTEST_GUILESS_MAIN(TestExports)
#include "TestExports.moc"
