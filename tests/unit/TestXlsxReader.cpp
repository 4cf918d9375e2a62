// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "WorkbookFixture.h"
#include "spreadsheet/CellText.h"
#include "spreadsheet/Workbook.h"
#include "spreadsheet/WorkbookError.h"
#include "spreadsheet/xlsx/XlsxReader.h"
#include "spreadsheet/xml/XmlScanner.h"
#include "spreadsheet/xml/XmlText.h"

#include <QFile>
#include <QTest>

Q_DECLARE_METATYPE(attendance::XmlScanner::Status)

using namespace attendance;

using Rows = QList<QStringList>;
using Kind = CellText::DateKind;

namespace {

Workbook readFixture(const QString &name)
{
    QFile file(test::dataPath(QStringLiteral("xlsx/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return XlsxReader::readData(file.readAll());
}

QStringList sheetNames(const Workbook &book)
{
    QStringList names;
    for (const Sheet &sheet : book.sheets)
        names.append(sheet.name);
    return names;
}

QByteArray manyCells(int rows)
{
    QByteArray data;
    for (int r = 1; r <= rows; ++r) {
        data += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r)
            + "\" t=\"inlineStr\"><is><t>person" + QByteArray::number(r)
            + "@example.com</t></is></c><c r=\"B" + QByteArray::number(r) + "\"><v>"
            + QByteArray::number(r) + "</v></c></row>";
    }
    return data;
}

/// Writes the tokens XmlScanner gives as a short log, adjacent text joined. Text may come in
/// pieces cut anywhere, even inside a character, so it is joined as bytes.
class ScanLog final : public XmlScanner::Sink
{
public:
    QStringList entries()
    {
        flush();
        return m_entries;
    }

    bool startElement(std::string_view prefix, std::string_view name,
        const std::vector<XmlScanner::Attribute> &attributes) override
    {
        flush();
        QString entry = u"<" % qualified(prefix, name);
        for (const XmlScanner::Attribute &attribute : attributes)
            entry += u' ' % qualified(attribute.qualifier, attribute.name) % u'='
                % utf8(attribute.value);
        m_entries.append(entry % u'>');
        return true;
    }
    bool endElement(std::string_view prefix, std::string_view name) override
    {
        flush();
        m_entries.append(u"</" % qualified(prefix, name) % u'>');
        return true;
    }
    bool text(std::string_view text) override
    {
        m_text += text;
        return true;
    }

private:
    void flush()
    {
        if (!m_text.empty())
            m_entries.append(u'"' % utf8(m_text) % u'"');
        m_text.clear();
    }
    static QString utf8(std::string_view text)
    {
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    static QString qualified(std::string_view prefix, std::string_view name)
    {
        return prefix.empty() ? utf8(name) : utf8(prefix) % u':' % utf8(name);
    }

    QStringList m_entries;
    std::string m_text;
};

/// Scans `document` handed over `piece` bytes at a time, as XmlStream does with what it unpacks.
QPair<QStringList, XmlScanner::Status> scanInPieces(const QByteArray &document, int piece)
{
    ScanLog log;
    XmlScanner scanner(&log, 64);
    QByteArray pending;
    qsizetype at = 0;
    for (;;) {
        const bool last = at >= document.size();
        pending += document.mid(at, piece);
        at += piece;
        const size_t used = scanner.feed(pending.constData(), size_t(pending.size()), last);
        pending.remove(0, qsizetype(used));
        if (scanner.status() != XmlScanner::Status::Ok || last)
            return {log.entries(), scanner.status()};
    }
}

} // namespace

class TestXlsxReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sheetsInWorkbookOrder();
    void fixtureRows_data();
    void fixtureRows();
    void date1904();
    void libreOfficeFile();
    void numbers_data();
    void numbers();
    void serials_data();
    void serials();
    void formatCodes_data();
    void formatCodes();
    void isoTexts_data();
    void isoTexts();
    void scanner_data();
    void scanner();
    void scannerEncodings();
    void damaged_data();
    void damaged();
    void tooManyCells();
    void zipBomb();
    void declaredTooLarge();
    void encryptedEntry();
    void progressAndCancel();
    void cancelledBeforeStart();
};

void TestXlsxReader::sheetsInWorkbookOrder()
{
    const Workbook book = readFixture(QStringLiteral("attendees.xlsx"));
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(book.format, QStringLiteral("xlsx"));
    // The chart sheet between them has no cells; hidden and very hidden sheets are kept.
    QCOMPARE(sheetNames(book),
        (QStringList {QStringLiteral("Attendees"), QStringLiteral("Title at row 3"),
            QStringLiteral("No references"), QStringLiteral("Empty")}));
    QCOMPARE(book.sheetIndex(QStringLiteral("title AT ROW 3")), 1);
    QCOMPARE(book.sheets.at(3).rowCount(), 0);
}

void TestXlsxReader::fixtureRows_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<Rows>("rows");

    QTest::newRow("shared, inline and rich strings; numbers, booleans, dates, formulas")
        << QStringLiteral("Attendees")
        << Rows {{QStringLiteral("Email"), QStringLiteral("First Name"),
                     QStringLiteral("Last Name"), QStringLiteral("Joined"), QStringLiteral("Score"),
                     QStringLiteral("Member"), QStringLiteral("Notes")},
               {QStringLiteral("ana@example.es"), QStringLiteral("José"), QStringLiteral("Núñez"),
                   QStringLiteral("2024-03-01T10:15:00"), QStringLiteral("1"),
                   QStringLiteral("TRUE"), QStringLiteral("Tab\tstop")},
               {QStringLiteral("zoe@example.org"), QStringLiteral("Zoë"), QStringLiteral("Brontë "),
                   QStringLiteral("1900-03-01"), QStringLiteral("1.5"), QStringLiteral("FALSE"),
                   QStringLiteral("  two  spaces ")},
               // Phonetic guides (rPh) are not part of the name; a formula gives its cached value.
               {QStringLiteral("yamada@example.jp"), QStringLiteral("山田"), QStringLiteral("太郎"),
                   QStringLiteral("2024-03-01T23:59:37"), QStringLiteral("0.0000001"),
                   QStringLiteral("2"), QStringLiteral("cached text")},
               {QStringLiteral("#N/A"), QStringLiteral("12345678901"), QStringLiteral("13:30:00"),
                   QStringLiteral("36:00:00"), QStringLiteral("0.1"), QStringLiteral("2024-03-01"),
                   QStringLiteral("2.5")},
               {QStringLiteral("0.25"), QStringLiteral("-1234.5"), QStringLiteral("00123"),
                   QStringLiteral("18:00:00"), QStringLiteral("1e+20"), QStringLiteral("0"),
                   QStringLiteral("2024-03-01T09:30:00")}};
    // Title merged over A1:D1, row 2 absent, formatted-but-empty rows 6-7 and cells (XFD8,
    // A1048576): numbering stays that of the sheet, and nothing is kept after row 8.
    QTest::newRow("title above the table, gaps, formatted-but-empty rows and cells")
        << QStringLiteral("Title at row 3")
        << Rows {{QStringLiteral("Webinar attendance — March")}, {},
               {QStringLiteral("Email"), QStringLiteral("Name")},
               {QStringLiteral("first@example.com"), QStringLiteral("Åsa Öberg")},
               {QStringLiteral("second@example.com"), QStringLiteral("Chloé")}, {}, {},
               {QStringLiteral("gap@example.com"), QString(), QStringLiteral("3")}};
    QTest::newRow("rows and cells without references")
        << QStringLiteral("No references")
        << Rows {{QStringLiteral("Email"), QStringLiteral("Name")},
               {QStringLiteral("noref@example.com"), QStringLiteral("No Ref")}, {}, {},
               {QStringLiteral("five@example.com"), QString(), QStringLiteral("third column"),
                   QStringLiteral("fourth")}};
}

void TestXlsxReader::fixtureRows()
{
    QFETCH(QString, sheet);
    QFETCH(Rows, rows);
    const Workbook book = readFixture(QStringLiteral("attendees.xlsx"));
    QVERIFY2(book.ok(), qPrintable(book.error));
    const int index = book.sheetIndex(sheet);
    QVERIFY(index >= 0);
    QCOMPARE(test::rowsOf(book.sheets.at(index)), rows);
}

void TestXlsxReader::date1904()
{
    const Workbook book = readFixture(QStringLiteral("date1904.xlsx"));
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(test::rowsOf(book.sheets.at(0)),
        (Rows {{QStringLiteral("When"), QStringLiteral("What")},
            {QStringLiteral("1904-01-01"), QStringLiteral("1904-01-01")},
            {QStringLiteral("2024-03-01"), QStringLiteral("2024-03-01")},
            {QStringLiteral("2024-03-01T18:45:05"), QStringLiteral("2024-03-01 18:45:05")},
            {QStringLiteral("06:00:00"), QStringLiteral("06:00")}}));
}

void TestXlsxReader::libreOfficeFile()
{
    // Saved by LibreOffice Calc from ods/attendees.ods: its own styles, spans and number formats.
    const Workbook book = readFixture(QStringLiteral("libreoffice.xlsx"));
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(sheetNames(book),
        (QStringList {QStringLiteral("Asistentes"), QStringLiteral("Segunda hoja"),
            QStringLiteral("Vacía")}));
    const Rows rows = test::rowsOf(book.sheets.at(0));
    QCOMPARE(rows.size(), 8);
    QCOMPARE(rows.at(1),
        (QStringList {QStringLiteral("ana@example.es"), QStringLiteral("José Núñez"),
            QStringLiteral("2024-03-01T10:15:00"), QStringLiteral("12.5"), QStringLiteral("0.25"),
            QStringLiteral("TRUE")}));
    QCOMPARE(rows.at(2),
        (QStringList {QStringLiteral("yamada@example.jp"), QStringLiteral("山田 太郎"),
            QStringLiteral("2024-03-02"), QStringLiteral("0.0000001"), QStringLiteral("13:30:00"),
            QStringLiteral("FALSE")}));
    QCOMPARE(rows.at(7).last(), QStringLiteral("after three blanks"));
    QCOMPARE(book.sheets.at(1).rowCount(), 4);
}

void TestXlsxReader::numbers_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << QStringLiteral("1") << QStringLiteral("1");
    QTest::newRow("decimal") << QStringLiteral("1.5") << QStringLiteral("1.5");
    QTest::newRow("exponent") << QStringLiteral("1E-7") << QStringLiteral("0.0000001");
    QTest::newRow("binary noise") << QStringLiteral("9.9999999999999995E-8")
                                  << QStringLiteral("0.0000001");
    QTest::newRow("17 digits") << QStringLiteral("0.10000000000000001") << QStringLiteral("0.1");
    QTest::newRow("large integer")
        << QStringLiteral("12345678901") << QStringLiteral("12345678901");
    QTest::newRow("integer as exponent")
        << QStringLiteral("1.2345678901E10") << QStringLiteral("12345678901");
    QTest::newRow("ten million") << QStringLiteral("1.0E7") << QStringLiteral("10000000");
    QTest::newRow("negative") << QStringLiteral("-1234.5") << QStringLiteral("-1234.5");
    QTest::newRow("negative zero") << QStringLiteral("-0") << QStringLiteral("0");
    QTest::newRow("huge") << QStringLiteral("1E+20") << QStringLiteral("1e+20");
    QTest::newRow("not a number") << QStringLiteral("n/a") << QStringLiteral("n/a");
}

void TestXlsxReader::numbers()
{
    QFETCH(QString, written);
    QFETCH(QString, text);
    QCOMPARE(CellText::number(written.toStdString()), text);
    const Workbook book = XlsxReader::readData(
        test::makeXlsx({"<row r=\"1\"><c r=\"A1\"><v>" + written.toUtf8() + "</v></c></row>"}));
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(book.sheets.at(0).row(0), QStringList {text});
}

void TestXlsxReader::serials_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("first day") << 1.0 << false << Kind::Date << QStringLiteral("1900-01-01");
    QTest::newRow("before the phantom day")
        << 59.0 << false << Kind::Date << QStringLiteral("1900-02-28");
    QTest::newRow("phantom 1900-02-29") << 60.0 << false << Kind::Date << QStringLiteral("60");
    QTest::newRow("after the phantom day")
        << 61.0 << false << Kind::Date << QStringLiteral("1900-03-01");
    QTest::newRow("day zero") << 0.0 << false << Kind::Date << QStringLiteral("0");
    QTest::newRow("date with time")
        << 45352.75 << false << Kind::Date << QStringLiteral("2024-03-01T18:00:00");
    QTest::newRow("rounded to the second")
        << 45352.000011574 << false << Kind::Date << QStringLiteral("2024-03-01T00:00:01");
    QTest::newRow("time of day") << 0.5 << false << Kind::Time << QStringLiteral("12:00:00");
    QTest::newRow("time with a date")
        << 45352.5 << false << Kind::Time << QStringLiteral("2024-03-01T12:00:00");
    QTest::newRow("duration") << 1.5 << false << Kind::Duration << QStringLiteral("36:00:00");
    QTest::newRow("1904 day zero") << 0.0 << true << Kind::Date << QStringLiteral("1904-01-01");
    QTest::newRow("1904") << 43890.0 << true << Kind::Date << QStringLiteral("2024-03-01");
    QTest::newRow("negative") << -1.0 << false << Kind::Date << QStringLiteral("-1");
    QTest::newRow("past 9999") << 3e6 << false << Kind::Date << QStringLiteral("3000000");
    QTest::newRow("plain number") << 45352.0 << false << Kind::None << QStringLiteral("45352");
}

void TestXlsxReader::serials()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(Kind, kind);
    QFETCH(QString, text);
    QCOMPARE(CellText::fromSerial(serial, date1904, kind), text);
}

void TestXlsxReader::formatCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("general") << QStringLiteral("General") << Kind::None;
    QTest::newRow("day first") << QStringLiteral("dd/mm/yyyy") << Kind::Date;
    QTest::newRow("month and year") << QStringLiteral("mmm-yy") << Kind::Date;
    QTest::newRow("date and time") << QStringLiteral("yyyy-mm-dd hh:mm") << Kind::Date;
    QTest::newRow("escaped space") << QStringLiteral("dd/mm/yyyy\\ hh:mm:ss") << Kind::Date;
    QTest::newRow("minutes, not months") << QStringLiteral("h:mm") << Kind::Time;
    QTest::newRow("minutes and seconds") << QStringLiteral("mm:ss") << Kind::Time;
    QTest::newRow("twelve-hour") << QStringLiteral("h:mm AM/PM") << Kind::Time;
    QTest::newRow("elapsed hours") << QStringLiteral("[h]:mm:ss") << Kind::Duration;
    QTest::newRow("locale prefix") << QStringLiteral("[$-409]mmmm d, yyyy") << Kind::Date;
    QTest::newRow("quoted words") << QStringLiteral("0.00\" días\"") << Kind::None;
    QTest::newRow("colour") << QStringLiteral("[Red]#,##0.00") << Kind::None;
    QTest::newRow("escaped letter") << QStringLiteral("#,##0\\ \\m") << Kind::None;
    QTest::newRow("text") << QStringLiteral("@") << Kind::None;
    QTest::newRow("scientific") << QStringLiteral("0.00E+00") << Kind::None;
}

void TestXlsxReader::formatCodes()
{
    QFETCH(QString, code);
    QFETCH(Kind, kind);
    QCOMPARE(CellText::formatCodeKind(code), kind);
}

void TestXlsxReader::isoTexts_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("duration");
    QTest::newRow("date") << QStringLiteral("2024-03-01") << QStringLiteral("2024-03-01")
                          << QStringLiteral("2024-03-01");
    QTest::newRow("date-time") << QStringLiteral("2024-03-01T09:30:00")
                               << QStringLiteral("2024-03-01T09:30:00")
                               << QStringLiteral("2024-03-01T09:30:00");
    QTest::newRow("fraction rounds up")
        << QStringLiteral("2024-03-01T09:30:59.6") << QStringLiteral("2024-03-01T09:31:00")
        << QStringLiteral("2024-03-01T09:30:59.6");
    QTest::newRow("time of day") << QStringLiteral("PT13H30M00S") << QStringLiteral("PT13H30M00S")
                                 << QStringLiteral("13:30:00");
    QTest::newRow("long duration") << QStringLiteral("P1DT2H0M0.5S")
                                   << QStringLiteral("P1DT2H0M0.5S") << QStringLiteral("26:00:01");
    QTest::newRow("months have no length")
        << QStringLiteral("P1M") << QStringLiteral("P1M") << QStringLiteral("P1M");
    QTest::newRow("nothing in it")
        << QStringLiteral("PT") << QStringLiteral("PT") << QStringLiteral("PT");
    QTest::newRow("not a date") << QStringLiteral("soon") << QStringLiteral("soon")
                                << QStringLiteral("soon");
}

void TestXlsxReader::isoTexts()
{
    QFETCH(QString, written);
    QFETCH(QString, date);
    QFETCH(QString, duration);
    QCOMPARE(CellText::isoDateTime(written), date);
    QCOMPARE(CellText::isoDuration(written), duration);
}

void TestXlsxReader::scanner_data()
{
    using Status = XmlScanner::Status;
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<Status>("status");

    const auto ok = [](const char *document, const QStringList &tokens) {
        QTest::newRow(document) << QByteArray(document) << tokens << Status::Ok;
    };
    const auto bad = [](const char *name, const QByteArray &document, Status status) {
        QTest::newRow(name) << document << QStringList() << status;
    };
    ok("<a x=\"1\" y='2'>t&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&#xe9;&#x1F600;</a>",
        {QStringLiteral("<a x=1 y=2>"), QStringLiteral("\"t&<>\"'ABé😀\""), QStringLiteral("</a>")});
    ok("<a>1\r\n2\r3\n</a>",
        {QStringLiteral("<a>"), QStringLiteral("\"1\n2\n3\n\""), QStringLiteral("</a>")});
    ok("<a v=\"x&#10;y\tz\r\nw\"/>", {QStringLiteral("<a v=x\ny z w>"), QStringLiteral("</a>")});
    ok("<a><![CDATA[<b>&amp;\r\n]]></a>",
        {QStringLiteral("<a>"), QStringLiteral("\"<b>&amp;\n\""), QStringLiteral("</a>")});
    ok("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- c -->\n<a><?pi "
       "x?>t<!--x--></a>\n",
        {QStringLiteral("<a>"), QStringLiteral("\"t\""), QStringLiteral("</a>")});
    ok("<x:c r:id=\"5\" xmlns:x=\"u\"><x:v>é</x:v></x:c>",
        {QStringLiteral("<x:c r:id=5 xmlns:x=u>"), QStringLiteral("<x:v>"), QStringLiteral("\"é\""),
            QStringLiteral("</x:v>"), QStringLiteral("</x:c>")});
    ok("<a b = '>' ></a >", {QStringLiteral("<a b=>>"), QStringLiteral("</a>")});

    bad("mismatched tags", "<a></b>", Status::SyntaxError);
    bad("unclosed", "<a><b/>", Status::SyntaxError);
    bad("unfinished tag", "<a", Status::SyntaxError);
    bad("empty", "", Status::SyntaxError);
    bad("only a declaration", "<?xml version=\"1.0\"?>", Status::SyntaxError);
    bad("DTD", "<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", Status::Doctype);
    bad("two roots", "<a/><b/>", Status::SyntaxError);
    bad("text before the root", "x<a/>", Status::SyntaxError);
    bad("CDATA outside the root", "<![CDATA[x]]><a/>", Status::SyntaxError);
    bad("unknown entity", "<a>&nbsp;</a>", Status::SyntaxError);
    bad("bare ampersand", "<a>fish & chips</a>", Status::SyntaxError);
    bad("ampersand at the end", "<a>x&", Status::SyntaxError);
    bad("NUL reference", "<a>&#0;</a>", Status::SyntaxError);
    bad("surrogate reference", "<a>&#xD800;</a>", Status::SyntaxError);
    bad("reference past Unicode", "<a>&#x110000;</a>", Status::SyntaxError);
    bad("less-than in a value", "<a b=\"<\"/>", Status::SyntaxError);
    bad("attributes run together", "<a b='1'c='2'/>", Status::SyntaxError);
    bad("attribute without value", "<a b/>", Status::SyntaxError);
    bad("unquoted value", "<a b=1/>", Status::SyntaxError);
    bad("slash not closing", "<a/ >", Status::SyntaxError);
    bad("65 deep", QByteArray("<a>").repeated(65) + QByteArray("</a>").repeated(65),
        Status::TooDeep);
    bad("unknown markup", "<a><!ELEMENT x></a>", Status::SyntaxError);
}

void TestXlsxReader::scanner()
{
    QFETCH(QByteArray, document);
    QFETCH(QStringList, tokens);
    QFETCH(XmlScanner::Status, status);
    // Every way of cutting the document into pieces gives the same tokens.
    for (const int piece : {1, 2, 3, 5, 8, 1 << 20}) {
        const auto [scanned, result] = scanInPieces(document, piece);
        QCOMPARE(result, status);
        if (status == XmlScanner::Status::Ok)
            QCOMPARE(scanned, tokens);
    }
}

void TestXlsxReader::scannerEncodings()
{
    QVERIFY(XmlText::acceptsEncoding("<a/>"));
    QVERIFY(XmlText::acceptsEncoding("\xEF\xBB\xBF<a/>"));
    QVERIFY(XmlText::acceptsEncoding("<?xml version=\"1.0\" encoding=\"utf-8\"?><a/>"));
    QVERIFY(XmlText::acceptsEncoding("<?xml version='1.0' standalone='yes'?><a/>"));
    QVERIFY(!XmlText::acceptsEncoding("<?xml version=\"1.0\" encoding=\"windows-1252\"?><a/>"));
    QVERIFY(!XmlText::acceptsEncoding(std::string_view("\xFF\xFE<\0a\0/\0>\0", 10)));
    QVERIFY(!XmlText::acceptsEncoding(std::string_view("<\0?\0", 4)));

    // Such a part is read by expat instead, with the same result.
    auto entries = test::xlsxEntries({"<row/>"});
    entries[2].data
        = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet><sheetData><row r=\"1\">"
          "<c r=\"A1\" t=\"inlineStr\"><is><t>Jos\xE9</t></is></c></row></sheetData></worksheet>";
    const Workbook book = XlsxReader::readData(test::makeZip(entries));
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(book.sheets.at(0).row(0), QStringList {QStringLiteral("José")});
}

void TestXlsxReader::damaged_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("error");

    const QString sheet1 = QStringLiteral("xl/worksheets/sheet1.xml");
    QTest::newRow("row past 6,000,000")
        << test::makeXlsx({"<row r=\"6000001\"><c r=\"A6000001\"><v>1</v></c></row>"})
        << WorkbookError::tooManyRows(QStringLiteral("Sheet1"));
    QTest::newRow("column past XFD")
        << test::makeXlsx({"<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"})
        << WorkbookError::tooManyColumns(QStringLiteral("Sheet1"));
    QTest::newRow("rows out of order")
        << test::makeXlsx({"<row r=\"2\"><c><v>1</v></c></row><row r=\"1\"><c><v>1</v></c></row>"})
        << WorkbookError::outOfOrder(QStringLiteral("Sheet1"));
    QTest::newRow("cells out of order")
        << test::makeXlsx({"<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row>"})
        << WorkbookError::outOfOrder(QStringLiteral("Sheet1"));
    QTest::newRow("nested 70 deep")
        << test::makeXlsx({QByteArray("<row>").repeated(70) + QByteArray("</row>").repeated(70)})
        << WorkbookError::tooDeep(sheet1);
    QTest::newRow("shared string not there")
        << test::makeXlsx(
               {"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row>"}, "<si><t>only</t></si>")
        << WorkbookError::damaged(QStringLiteral("Sheet1"),
               QStringLiteral("a cell refers to text 3, which is not there"));
    QTest::newRow("DTD") << test::makeZip([&] {
        auto entries = test::xlsxEntries({"<row/>"});
        entries[2].data = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaa\">]>"
                          "<worksheet><sheetData/></worksheet>";
        return entries;
    }()) << WorkbookError::damaged(sheet1, QStringLiteral("it declares a DTD"));
    QTest::newRow("unclosed element") << test::makeZip([&] {
        auto entries = test::xlsxEntries({"<row/>"});
        entries[2].data = "<worksheet><sheetData><row></sheetData></worksheet>";
        return entries;
    }()) << WorkbookError::damaged(sheet1, QStringLiteral("%1")).section(u'%', 0, 0);
    QTest::newRow("sheet part missing") << test::makeZip([&] {
        auto entries = test::xlsxEntries({"<row/>"});
        entries.removeAt(2);
        return entries;
    }()) << WorkbookError::missingPart(sheet1);
    QTest::newRow("relationships missing") << test::makeZip([&] {
        auto entries = test::xlsxEntries({"<row/>"});
        entries.removeAt(1);
        return entries;
    }()) << WorkbookError::missingPart(QStringLiteral("xl/_rels/workbook.xml.rels"));
    QTest::newRow("no worksheets") << test::makeZip([&] {
        auto entries = test::xlsxEntries({"<row/>"});
        entries[1].data.replace("/worksheet\"", "/chartsheet\"");
        return entries;
    }()) << WorkbookError::noSheets();
    QByteArray truncated = test::makeXlsx({manyCells(50)});
    truncated.truncate(truncated.size() / 2);
    QTest::newRow("truncated zip") << truncated << WorkbookError::damagedZip();
    QByteArray corrupted = test::makeXlsx({manyCells(200)});
    // Flip bytes in the middle of the compressed sheet: inflating fails or the checksum differs.
    for (qsizetype i = corrupted.size() / 2; i < corrupted.size() / 2 + 16; ++i)
        corrupted[i] = char(corrupted[i] ^ 0x55);
    QTest::newRow("corrupted entry") << corrupted << WorkbookError::damagedZip();
}

void TestXlsxReader::damaged()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, error);
    QVERIFY(!file.isEmpty());
    const Workbook book = XlsxReader::readData(file);
    // XML syntax errors end with Qt's own description, which differs between Qt versions.
    if (error.endsWith(u'('))
        QVERIFY2(book.error.startsWith(error), qPrintable(book.error));
    else
        QCOMPARE(book.error, error);
    QVERIFY(book.sheets.isEmpty());
    QVERIFY(!book.cancelled);
}

void TestXlsxReader::tooManyCells()
{
    // Cells in A and XFD make each row 16,384 cells wide: 2,500 rows pass 40,000,000.
    QByteArray data;
    for (int r = 1; r <= 2500; ++r) {
        const QByteArray n = QByteArray::number(r);
        data += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>1</v></c><c r=\"XFD" + n
            + "\"><v>2</v></c></row>";
    }
    const Workbook book = XlsxReader::readData(test::makeXlsx({data}));
    QCOMPARE(book.error, WorkbookError::tooManyCells());
}

void TestXlsxReader::zipBomb()
{
    // 64 MiB of blanks deflate to about 64 KiB: a ratio near 1000:1.
    auto entries = test::xlsxEntries({"<row/>"});
    entries[2].data
        = "<worksheet><sheetData>" + QByteArray(64 * 1024 * 1024, ' ') + "</sheetData></worksheet>";
    entries[2].level = 9;
    const Workbook book = XlsxReader::readData(test::makeZip(entries));
    QCOMPARE(book.error, WorkbookError::zipBomb());

    // The same amount of ordinary rows compresses far less, and reads.
    const Workbook ordinary = XlsxReader::readData(test::makeXlsx({manyCells(20000)}));
    QVERIFY2(ordinary.ok(), qPrintable(ordinary.error));
    QCOMPARE(ordinary.sheets.at(0).rowCount(), 20000);
    QCOMPARE(ordinary.sheets.at(0).row(19999),
        (QStringList {QStringLiteral("person20000@example.com"), QStringLiteral("20000")}));
}

void TestXlsxReader::declaredTooLarge()
{
    // The archive claims 600 MiB for the sheet: refused before anything is unpacked.
    QByteArray file = test::makeXlsx({manyCells(10)});
    const QByteArray name = "xl/worksheets/sheet1.xml";
    qsizetype at = file.indexOf("PK\x01\x02");
    for (; at >= 0; at = file.indexOf("PK\x01\x02", at + 4)) {
        if (file.mid(at + 46, name.size()) == name)
            break;
    }
    QVERIFY(at >= 0);
    const quint32 size = 600u * 1024 * 1024;
    for (int i = 0; i < 4; ++i)
        file[at + 24 + i] = char((size >> (8 * i)) & 0xFF);
    const Workbook book = XlsxReader::readData(file);
    QCOMPARE(book.error, WorkbookError::tooLarge());
}

void TestXlsxReader::encryptedEntry()
{
    auto entries = test::xlsxEntries({manyCells(3)});
    entries[2].password = "secret";
    const Workbook book = XlsxReader::readData(test::makeZip(entries));
    QCOMPARE(book.error, WorkbookError::passwordProtected());
}

void TestXlsxReader::progressAndCancel()
{
    const QByteArray file = test::makeXlsx({manyCells(30000), manyCells(10)});
    QList<qint64> done;
    qint64 total = -2;
    ReadControl control;
    control.progress = [&](qint64 d, qint64 t) {
        done.append(d);
        total = t;
    };
    const Workbook book = XlsxReader::readData(file, control);
    QVERIFY2(book.ok(), qPrintable(book.error));
    QVERIFY(done.size() > 3);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
    QCOMPARE(done.last(), total);
    QVERIFY(total > 30000 * 60);

    // Cancelled from the progress callback, as the GUI's Cancel button would from another thread.
    std::atomic_bool cancelled = false;
    ReadControl cancelling;
    cancelling.cancelled = &cancelled;
    int reports = 0;
    cancelling.progress = [&](qint64, qint64) {
        if (++reports == 2)
            cancelled = true;
    };
    const Workbook stopped = XlsxReader::readData(file, cancelling);
    QVERIFY(stopped.cancelled);
    QCOMPARE(stopped.error, WorkbookError::cancelled());
    QCOMPARE(stopped.error, QStringLiteral("Reading was cancelled."));
    QVERIFY(stopped.sheets.isEmpty());
    QVERIFY(reports < done.size());
}

void TestXlsxReader::cancelledBeforeStart()
{
    std::atomic_bool cancelled = true;
    ReadControl control;
    control.cancelled = &cancelled;
    const Workbook book = XlsxReader::readData(test::makeXlsx({manyCells(5)}), control);
    QVERIFY(book.cancelled);
    QCOMPARE(book.error, WorkbookError::cancelled());
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
