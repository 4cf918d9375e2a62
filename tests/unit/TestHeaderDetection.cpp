// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/HeaderDetection.h"

#include <QTest>

using namespace attendance;

using Rows = QList<QStringList>;

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

} // namespace

class TestHeaderDetection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void tableEnd_data();
    void tableEnd();
};

void TestHeaderDetection::detect_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<int>("header"); // 0-based; -1 = none

    QTest::newRow("first row") << Rows {{s(u"Email"), s(u"Name")}, {s(u"a@x.org"), s(u"Ann")},
        {s(u"b@x.org"), s(u"Bob")}}
                               << 0;
    QTest::newRow("title and blank row above") << Rows {{s(u"Attendee list – Café Summit")},
        {QString()}, {s(u"Name"), s(u"Email")}, {s(u"Ann"), s(u"a@x.org")}}
                                               << 2;
    QTest::newRow("title right above the data: the title heads it")
        << Rows {{s(u"Attendees")}, {s(u"a@x.org")}, {s(u"b@x.org")}} << 0;
    QTest::newRow("summary block with numbers and dates")
        << Rows {{s(u"Meeting Summary")}, {s(u"Total Number of Participants"), s(u"3")},
               {s(u"Meeting Start Time"), s(u"11/20/26, 9:58:03 AM")}, {QString()},
               {s(u"Full Name"), s(u"Join Time"), s(u"Email")},
               {s(u"Ann"), s(u"11/20/26, 10:00:00 AM"), s(u"a@x.org")},
               {s(u"Bob"), s(u"11/20/26, 10:01:00 AM"), s(u"b@x.org")}}
        << 4;
    QTest::newRow("organizer email in the summary is not a table") << Rows {
        {s(u"Meeting Title"), s(u"Summit")}, {s(u"Organizer"), s(u"org@x.org")},
        {s(u"Start"), s(u"2026-11-20 10:00")}, {s(u"End"), s(u"2026-11-20 11:00")},
        {s(u"Id"), s(u"42")}, {s(u"Name"), s(u"Email")}, {s(u"Ann"), s(u"a@x.org")},
        {s(u"Bob"), s(u"b@x.org")}, {s(u"Cy"), s(u"c@x.org")}} << 5;
    QTest::newRow("Zoom sections: the widest section with most people") << Rows {
        {s(u"Host Details")}, {s(u"Attended"), s(u"User Name"), s(u"Email")},
        {s(u"Yes"), s(u"Host"), s(u"host@x.org")}, {s(u"Attendee Details")},
        {s(u"Attended"), s(u"User Name"), s(u"First Name"), s(u"Email")},
        {s(u"Yes"), s(u"Ann"), s(u"Ann"), s(u"a@x.org")}} << 4;
    QTest::newRow("Zoom sections, more attendees") << Rows {{s(u"Host Details")},
        {s(u"Attended"), s(u"User Name"), s(u"Email")}, {s(u"Yes"), s(u"Host"), s(u"host@x.org")},
        {s(u"Attendee Details")}, {s(u"Attended"), s(u"Email"), s(u"User Name")},
        {s(u"Yes"), s(u"a@x.org"), s(u"A")}, {s(u"Yes"), s(u"b@x.org"), s(u"B")}}
                                                   << 4;
    QTest::newRow("a row inside the table that looks like a header") << Rows {
        {s(u"Email"), s(u"Name")}, {s(u"a@x.org"), s(u"A")}, {s(u"nope"), s(u"B")},
        {s(u"c@x.org"), s(u"C")}, {s(u"d@x.org"), s(u"D")}} << 0;
    QTest::newRow("mostly bad addresses still head the table")
        << Rows {{s(u"Email")}, {s(u"a@x")}, {s(u"b@@x.org")}, {s(u"c d@x.org")}} << 0;
    QTest::newRow("bare list") << Rows {{s(u"a@x.org")}, {s(u"b@x.org")}} << -1;
    QTest::newRow("bare list with names")
        << Rows {{s(u"Ann"), s(u"a@x.org")}, {s(u"Bob"), s(u"b@x.org")}} << -1;
    QTest::newRow("no addresses at all: first row")
        << Rows {{QString()}, {s(u"Name"), s(u"City")}, {s(u"Ann"), s(u"Cork")}} << 1;
    QTest::newRow("numbers only, no header found: the first row")
        << Rows {{s(u"1"), s(u"2")}, {s(u"a@x.org"), s(u"3")}} << 0;
    QTest::newRow("empty sheet") << Rows {} << -1;
    QTest::newRow("blank rows only") << Rows {{QString()}, {s(u" ")}} << -1;
    QTest::newRow("Teams sections: the participants, not the longer list of sessions") << Rows {
        {s(u"2. Participants")}, {s(u"Name"), s(u"First Join"), s(u"Email"), s(u"Role")},
        {s(u"Vidal, Carmen"), s(u"10:00"), s(u"c@x.org"), s(u"Organizer")},
        {s(u"Núñez, José"), s(u"10:02"), s(u"j@x.org"), s(u"Attendee")}, {QString()},
        {s(u"3. In-Meeting Activities")}, {s(u"Name"), s(u"Join Time"), s(u"Email")},
        {s(u"Vidal, Carmen"), s(u"10:00"), s(u"c@x.org")},
        {s(u"Núñez, José"), s(u"10:02"), s(u"j@x.org")},
        {s(u"Núñez, José"), s(u"10:30"), s(u"J@x.org")}} << 1;
}

void TestHeaderDetection::tableEnd_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<int>("header"); // 0-based
    QTest::addColumn<int>("end"); // 0-based, exclusive

    const QStringList header {s(u"Name"), s(u"Email")};
    const QStringList ann {s(u"Ann"), s(u"a@x.org")};
    const QStringList bob {s(u"Bob"), s(u"b@x.org")};
    QTest::newRow("one table") << Rows {header, ann, bob} << 0 << 3;
    QTest::newRow("no header") << Rows {ann, {QString()}, {s(u"Title")}, header} << -1 << 4;
    QTest::newRow("a section title after a blank row, then a header") << Rows {header, ann,
        {QString()}, {s(u"3. In-Meeting Activities")}, {s(u"Name"), s(u"Join Time"), s(u"Email")},
        {s(u"Ann"), s(u"10:00"), s(u"a@x.org")}} << 0 << 3;
    QTest::newRow("blank rows around the title")
        << Rows {header, ann, {QString()}, {s(u"Other Attended")}, {QString()}, header, bob} << 0
        << 3;
    QTest::newRow("a row with only a name, then data: still the table")
        << Rows {header, ann, {QString()}, {s(u"Carla")}, bob} << 0 << 5;
    QTest::newRow("a row with only a name, no blank row above: still the table")
        << Rows {header, ann, {s(u"Carla")}, {s(u"Bob"), s(u"Acme")}, bob} << 0 << 5;
    QTest::newRow("an address alone is data")
        << Rows {header, ann, {QString()}, {s(u"c@x.org")}, {s(u"Name"), s(u"City")}} << 0 << 5;
    QTest::newRow("a title at the very end: nothing below it")
        << Rows {header, ann, {QString()}, {s(u"End of report")}} << 0 << 4;
    QTest::newRow("an empty table ends at the next title")
        << Rows {header, {QString()}, {s(u"Section")}, header, ann} << 0 << 2;
}

void TestHeaderDetection::tableEnd()
{
    QFETCH(Rows, rows);
    QFETCH(int, header);
    QFETCH(int, end);
    QCOMPARE(detectTableEnd(Sheet::fromRows(s(u"Sheet1"), rows), header), end);
}

void TestHeaderDetection::detect()
{
    QFETCH(Rows, rows);
    QFETCH(int, header);
    QCOMPARE(detectHeaderRow(Sheet::fromRows(s(u"Sheet1"), rows)), header);
}

QTEST_GUILESS_MAIN(TestHeaderDetection)
#include "TestHeaderDetection.moc"
