// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/DateColumn.h"
#include "mapping/DateParsing.h"
#include "mapping/ImportPlan.h"

#include <QTest>
#include <limits>

using namespace attendance;

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

constexpr qint64 NotADate = -1;

} // namespace

class TestDateParsing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void columnOrder_data();
    void columnOrder();
    void siblingColumnSettlesOrder();
    void userFormat();
    void twoDigitYearPivot_data();
    void twoDigitYearPivot();
    void noDateMarkers_data();
    void noDateMarkers();
    void zones();
    void offsetSpansAgreeWithQDateTime_data();
    void offsetSpansAgreeWithQDateTime();
    void eventPropertyTimeIsEpochMilliseconds();
};

void TestDateParsing::formats_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<qint64>("expected"); // in UTC; NotADate = nullopt

    const auto a = DateOrder::Auto;
    const qint64 nov20 = 1795168931000; // 2026-11-20T10:02:11Z
    // ISO 8601 and relatives (Eventbrite, XLSX/ODS date cells).
    QTest::newRow("ISO, T, Z") << s(u"2026-11-20T10:02:11Z") << a << nov20;
    QTest::newRow("ISO, space") << s(u"2026-11-20 10:02:11") << a << nov20;
    QTest::newRow("ISO, offset") << s(u"2026-11-20T11:02:11+01:00") << a << nov20;
    QTest::newRow("ISO, compact offset") << s(u"2026-11-20T05:02:11-0500") << a << nov20;
    QTest::newRow("ISO, hour offset") << s(u"2026-11-20T12:02:11+02") << a << nov20;
    QTest::newRow("ISO, fraction") << s(u"2026-11-20T10:02:11.5Z") << a << nov20 + 500;
    QTest::newRow("ISO, microseconds") << s(u"2026-11-20T10:02:11.123456Z") << a << nov20 + 123;
    QTest::newRow("ISO, minutes only") << s(u"2026-11-20T10:02") << a << nov20 - 11000;
    QTest::newRow("ISO, date only") << s(u"2026-11-20") << a << qint64(1795132800000);
    QTest::newRow("year first, slashes") << s(u"2026/11/20 10:02:11") << a << nov20;
    QTest::newRow("UTC suffix") << s(u"2026-11-20 10:02:11 UTC") << a << nov20;
    QTest::newRow("GMT+1") << s(u"2026-11-20 11:02:11 GMT+1") << a << nov20;
    // Zoom.
    QTest::newRow("Zoom, month name") << s(u"Nov 20, 2026 10:02:11") << a << nov20;
    QTest::newRow("Zoom, US numeric") << s(u"11/20/2026 10:02:11 AM") << a << nov20;
    QTest::newRow("month name, PM") << s(u"Nov 20, 2026 10:02:11 PM") << a << nov20 + 43200000;
    // Teams.
    QTest::newRow("Teams, US") << s(u"11/20/26, 10:02:11 AM") << a << nov20;
    QTest::newRow("Teams, Europe") << s(u"20/11/2026, 10:02:11") << a << nov20;
    // Google Forms, both regions.
    QTest::newRow("Forms, day first") << s(u"20/11/2026 10:02:11") << a << nov20;
    QTest::newRow("Forms, month first") << s(u"11/20/2026 10:02:11") << a << nov20;
    // Excel, German and others.
    QTest::newRow("dotted, minutes") << s(u"20.11.2026 10:02") << a << nov20 - 11000;
    QTest::newRow("dashes, day first") << s(u"20-11-2026 10:02:11") << a << nov20;
    QTest::newRow("day month-name year") << s(u"20 Nov 2026 10:02:11") << a << nov20;
    QTest::newRow("day-month-year, name") << s(u"20-Nov-2026 10:02:11") << a << nov20;
    QTest::newRow("Spanish long") << s(u"20 de noviembre de 2026 10:02:11") << a << nov20;
    QTest::newRow("Spanish abbreviation") << s(u"20 nov. 2026 10:02:11") << a << nov20;
    QTest::newRow("French") << s(u"20 déc. 2026 10:02:11") << a << nov20 + 30LL * 86400000;
    QTest::newRow("German") << s(u"20. März 2026") << a << qint64(1773964800000);
    QTest::newRow("weekday first") << s(u"Friday, November 20, 2026 10:02:11") << a << nov20;
    QTest::newRow("Spanish p. m.") << s(u"20/11/2026 10:02:11 p. m.") << a << nov20 + 43200000;
    // AM/PM edges.
    QTest::newRow("12 AM is midnight")
        << s(u"11/20/2026 12:00:00 AM") << a << qint64(1795132800000);
    QTest::newRow("12 PM is noon") << s(u"11/20/2026 12:00:00 PM") << a << qint64(1795176000000);
    QTest::newRow("13 PM") << s(u"11/20/2026 13:00:00 PM") << a << NotADate;
    // The order: Auto is day first without AM/PM and month first with it.
    QTest::newRow("ambiguous, Auto") << s(u"03/04/2026") << a << qint64(1775174400000); // 3 Apr
    QTest::newRow("ambiguous, AM/PM") << s(u"03/04/2026 1:00 AM") << a << qint64(1772586000000);
    QTest::newRow("ambiguous, month first")
        << s(u"03/04/2026") << DateOrder::MonthFirst << qint64(1772582400000); // 4 Mar
    QTest::newRow("proven despite order")
        << s(u"13/04/2026") << DateOrder::MonthFirst << qint64(1776038400000);
    // Epoch values.
    QTest::newRow("epoch ms") << s(u"1795168931000") << a << nov20;
    QTest::newRow("epoch seconds (10 digits)") << s(u"1795168931") << a << nov20;
    QTest::newRow("short digits are ms") << s(u"86400000") << a << qint64(86400000);
    // Not dates.
    QTest::newRow("impossible day") << s(u"2026-02-30") << a << NotADate;
    QTest::newRow("31 November") << s(u"31/11/2026") << a << NotADate;
    QTest::newRow("bad minute") << s(u"2026-11-20 10:60") << a << NotADate;
    QTest::newRow("three-digit year") << s(u"20/11/202") << a << NotADate;
    QTest::newRow("words") << s(u"next Tuesday") << a << NotADate;
    QTest::newRow("trailing junk") << s(u"2026-11-20 10:02:11 tomorrow") << a << NotADate;
    QTest::newRow("decimal") << s(u"1.5") << a << NotADate;
    QTest::newRow("empty") << QString() << a << NotADate;
}

void TestDateParsing::formats()
{
    QFETCH(QString, cell);
    QFETCH(DateOrder, order);
    QFETCH(qint64, expected);
    const std::optional<qint64> ms = parseDateTime(cell, QString(), QTimeZone::utc(), order);
    if (expected == NotADate)
        QVERIFY2(!ms, qPrintable(QString::number(ms.value_or(0))));
    else
        QCOMPARE(ms, std::optional<qint64>(expected));
}

void TestDateParsing::columnOrder_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<DateOrder>("preferred");
    QTest::addColumn<DateOrder>("proven");
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<DateOrder>("used");

    const auto a = DateOrder::Auto;
    const auto day = DateOrder::DayFirst;
    const auto month = DateOrder::MonthFirst;
    QTest::newRow("one value proves day first") << QStringList {s(u"01/02/2026"), s(u"13/02/2026"),
        s(u"05/06/2026")} << a << day << false << day;
    QTest::newRow("one value proves month first")
        << QStringList {s(u"01/02/2026"), s(u"02/13/2026")} << a << month << false << month;
    QTest::newRow("all fit both, no AM/PM")
        << QStringList {s(u"01/02/2026"), s(u"03/04/2026")} << a << a << true << day;
    QTest::newRow("all fit both, AM/PM")
        << QStringList {s(u"01/02/2026 9:00 AM"), s(u"03/04/2026 5:30 PM")} << a << a << true
        << month;
    QTest::newRow("all fit both, user chose month first")
        << QStringList {s(u"01/02/2026"), s(u"03/04/2026")} << month << a << true << month;
    QTest::newRow("proof beats the preference")
        << QStringList {s(u"01/02/2026"), s(u"25/04/2026")} << month << day << false << day;
    QTest::newRow("more proof wins a conflict") << QStringList {s(u"13/01/2026"), s(u"14/01/2026"),
        s(u"01/13/2026")} << a << day << false << day;
    QTest::newRow("no numeric dates")
        << QStringList {s(u"2026-01-02"), s(u"Nov 20, 2026"), QString(), s(u"junk")} << a << a
        << false << a;
}

void TestDateParsing::columnOrder()
{
    QFETCH(QStringList, cells);
    QFETCH(DateOrder, preferred);
    QFETCH(DateOrder, proven);
    QFETCH(bool, ambiguous);
    QFETCH(DateOrder, used);

    DateColumn column(QString(), QTimeZone::utc());
    // Learned in two halves and merged, as the import does on two threads.
    DateColumn half(QString(), QTimeZone::utc());
    for (qsizetype i = 0; i < cells.size(); ++i)
        (i % 2 == 0 ? column : half).learn(cells.at(i));
    column.absorb(half);
    QCOMPARE(column.provenOrder(), proven);
    column.settle(preferred);
    QCOMPARE(column.ambiguous(), ambiguous);
    QCOMPARE(column.orderUsed(), used);
}

void TestDateParsing::siblingColumnSettlesOrder()
{
    // Registration dates fit both orders, but the join time proves day first (25 > 12): one
    // file, one style. A Teams-like list in Europe.
    const Sheet sheet = Sheet::fromRows(s(u"Sheet1"),
        {{s(u"Email"), s(u"Registration Date"), s(u"Join Time"), s(u"Leave Time")},
            {s(u"a@example.com"), s(u"01/11/2026 10:00"), s(u"25/11/2026 10:00"),
                s(u"25/11/2026 11:00")},
            {s(u"b@example.com"), s(u"02/11/2026 10:00"), s(u"25/11/2026 10:05"),
                s(u"25/11/2026 11:00")}});
    ImportOptions options;
    options.timeZone = QTimeZone::utc();
    options.dateOrder = DateOrder::MonthFirst; // the values' proof outranks a preference
    ImportPlan plan;
    QString error;
    QVERIFY2(buildImportPlan(sheet, options, &plan, &error), qPrintable(error));
    QVERIFY(!plan.dateOrderAmbiguous);
    QCOMPARE(plan.dateOrderUsed, DateOrder::DayFirst);
    QCOMPARE(plan.attendees.at(0).interactionDateTime, std::optional<qint64>(1793527200000));
    QCOMPARE(plan.attendees.at(1).interactionDateTime, std::optional<qint64>(1793613600000));
}

void TestDateParsing::userFormat()
{
    const QTimeZone plusOne(3600);
    // The format is tried first; other layouts still read.
    QCOMPARE(parseDateTime(s(u"20261120-1002"), s(u"yyyyMMdd-HHmm"), plusOne),
        std::optional<qint64>(1795165320000));
    QCOMPARE(parseDateTime(s(u"2026-11-20T10:02:00Z"), s(u"yyyyMMdd-HHmm"), plusOne),
        std::optional<qint64>(1795168920000));
    QCOMPARE(parseDateTime(s(u"04/03/2026"), s(u"MM/dd/yyyy"), QTimeZone::utc()),
        std::optional<qint64>(1775174400000)); // 3 April, as the format says
    QVERIFY(!parseDateTime(s(u"soon"), s(u"yyyyMMdd-HHmm"), plusOne));
}

void TestDateParsing::twoDigitYearPivot_data()
{
    // Spreadsheets read "yy" as a year among the last 80 and the next 20, never as 19yy.
    const int pivot = QDate::currentDate().year() - 80;
    const auto expected
        = [pivot](int twoDigits) { return pivot + ((twoDigits - pivot) % 100 + 100) % 100; };
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QDate>("date");
    QTest::newRow("this year") << s(u"20/11/26") << s(u"dd/MM/yy") << QDate(2026, 11, 20);
    QTest::newRow("2000") << s(u"01/02/00") << s(u"dd/MM/yy") << QDate(2000, 2, 1);
    QTest::newRow("leap day") << s(u"29.02.24 09:30") << s(u"dd.MM.yy HH:mm") << QDate(2024, 2, 29);
    QTest::newRow("last century") << s(u"31/12/99") << s(u"dd/MM/yy")
                                  << QDate(expected(99), 12, 31);
    QTest::newRow("next years") << s(u"05/06/"
                                     u"40")
                                << s(u"dd/MM/yy") << QDate(expected(40), 6, 5);
    QTest::newRow("yyyy untouched") << s(u"05/06/1940") << s(u"dd/MM/yyyy") << QDate(1940, 6, 5);
    QTest::newRow("quoted yy") << s(u"yy 05/06/1940") << s(u"'yy' dd/MM/yyyy") << QDate(1940, 6, 5);
}

void TestDateParsing::twoDigitYearPivot()
{
    QFETCH(QString, cell);
    QFETCH(QString, format);
    QFETCH(QDate, date);
    const std::optional<qint64> ms = parseDateTime(cell, format, QTimeZone::utc());
    QVERIFY(ms);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()).date(), date);
}

void TestDateParsing::noDateMarkers_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("noDate");
    QTest::newRow("Zoom double dash") << s(u"--") << true;
    QTest::newRow("dash") << s(u" - ") << true;
    QTest::newRow("em dash") << s(u"—") << true;
    QTest::newRow("N/A") << s(u"N/A") << true;
    QTest::newRow("blank is not a marker") << QString() << false;
    QTest::newRow("a date") << s(u"2026-11-20") << false;
    QTest::newRow("minus number") << s(u"-5") << false;
}

void TestDateParsing::noDateMarkers()
{
    QFETCH(QString, cell);
    QFETCH(bool, noDate);
    QCOMPARE(meansNoDate(cell), noDate);
}

void TestDateParsing::zones()
{
    const QTimeZone madrid("Europe/Madrid");
    const QTimeZone newYork("America/New_York");
    if (!madrid.isValid() || !newYork.isValid())
        QSKIP("This system has no time-zone data");
    // Winter and summer time on either side of a change, read through the per-minute cache.
    DateColumn column(QString(), madrid);
    column.settle(DateOrder::Auto);
    QCOMPARE(column.read(s(u"2026-03-29 01:59:59")), std::optional<qint64>(1774745999000));
    QCOMPARE(column.read(s(u"2026-03-29 03:00:00")), std::optional<qint64>(1774746000000));
    QCOMPARE(column.read(s(u"2026-03-29 03:00:30")), std::optional<qint64>(1774746030000));
    QCOMPARE(column.read(s(u"2026-07-01 12:00")), std::optional<qint64>(1782900000000));
    // An explicit offset wins over the zone.
    QCOMPARE(column.read(s(u"2026-07-01 12:00Z")), std::optional<qint64>(1782907200000));
    DateColumn ny(QString(), newYork);
    ny.settle(DateOrder::MonthFirst);
    QCOMPARE(ny.read(s(u"11/01/2026 9:15:42 AM")), std::optional<qint64>(1793542542000));
    QCOMPARE(ny.read(s(u"10/31/2026 9:15:42 AM")), std::optional<qint64>(1793452542000));
    // The same copy for another thread reads the same.
    DateColumn copy = ny.forThread();
    QCOMPARE(copy.read(s(u"10/31/2026 9:15:42 AM")), std::optional<qint64>(1793452542000));
}

void TestDateParsing::offsetSpansAgreeWithQDateTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("change"); // a day with a transition
    QTest::newRow("Madrid, spring") << QByteArray("Europe/Madrid") << QDate(2026, 3, 29);
    QTest::newRow("Madrid, autumn") << QByteArray("Europe/Madrid") << QDate(2026, 10, 25);
    QTest::newRow("New York, autumn") << QByteArray("America/New_York") << QDate(2026, 11, 1);
    // Half an hour of daylight saving time.
    QTest::newRow("Lord Howe, spring") << QByteArray("Australia/Lord_Howe") << QDate(2026, 10, 4);
    // A whole day skipped when Samoa crossed the date line.
    QTest::newRow("Apia, 2011") << QByteArray("Pacific/Apia") << QDate(2011, 12, 30);
    // No transition for years: the span reaches from the last one to the end of time.
    QTest::newRow("Sao Paulo, no DST") << QByteArray("America/Sao_Paulo") << QDate(2026, 11, 1);
}

void TestDateParsing::offsetSpansAgreeWithQDateTime()
{
    // Dates far from a transition are converted by a subtraction, without asking the zone;
    // every instant must still be the one QDateTime gives, on either side of a change, in the
    // hour that is skipped or repeated, whatever order the dates come in.
    QFETCH(QByteArray, zone);
    QFETCH(QDate, change);
    const QTimeZone tz(zone);
    if (!tz.isValid())
        QSKIP("This system has no time-zone data");
    DateColumn forward(QString(), tz);
    DateColumn backward(QString(), tz);
    forward.settle(DateOrder::Auto);
    backward.settle(DateOrder::Auto);
    QList<QDateTime> walls;
    // Wall clock times, stepped in UTC so that no zone skips or repeats any of them.
    const QDateTime from(change.addDays(-5), QTime(0, 0, 17), QTimeZone::utc());
    for (qint64 minutes = 0; minutes < 10 * 24 * 60; minutes += 7)
        walls.append(from.addSecs(minutes * 60));
    // A date a month away first, so a span is learned before the change is reached.
    walls.prepend(QDateTime(change.addMonths(-1), QTime(12, 0, 5), QTimeZone::utc()));
    // No instant (a skipped wall time) reads as this.
    constexpr qint64 None = std::numeric_limits<qint64>::min();
    const auto check = [&](DateColumn *column, const QDateTime &wall) {
        const QString text = wall.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QDateTime inZone(wall.date(), wall.time(), tz);
        const qint64 expected = inZone.isValid() ? inZone.toMSecsSinceEpoch() : None;
        const qint64 actual = column->read(text).value_or(None);
        if (actual != expected)
            qWarning() << text << "read as" << actual << "QDateTime:" << expected;
        return actual == expected;
    };
    for (const QDateTime &wall : std::as_const(walls))
        QVERIFY(check(&forward, wall));
    const QList<QDateTime> reversed(walls.crbegin(), walls.crend());
    for (const QDateTime &wall : reversed)
        QVERIFY(check(&backward, wall));
}

void TestDateParsing::eventPropertyTimeIsEpochMilliseconds()
{
    QCOMPARE(eventPropertyTime(1795168931000), s(u"1795168931000"));
}

QTEST_GUILESS_MAIN(TestDateParsing)
#include "TestDateParsing.moc"
