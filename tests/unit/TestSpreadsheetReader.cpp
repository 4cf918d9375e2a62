// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "WorkbookFixture.h"
#include "spreadsheet/Workbook.h"
#include "spreadsheet/WorkbookError.h"
#include "spreadsheet/csv/CsvReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace attendance;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(test::dataPath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QList<QStringList>> contentOf(const Workbook &book)
{
    QList<QList<QStringList>> sheets;
    for (const Sheet &sheet : book.sheets)
        sheets.append(test::rowsOf(sheet));
    return sheets;
}

} // namespace

class TestSpreadsheetReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatFromContent_data();
    void formatFromContent();
    void csvAsBefore();
    void csvOptionsPassed();
    void refusals_data();
    void refusals();
    void missingFile();
    void progressAndCancel();
    void fileDialogFilter();
};

void TestSpreadsheetReader::formatFromContent_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("renamedTo");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("firstCell");
    QTest::newRow("xlsx") << QStringLiteral("xlsx/attendees.xlsx") << QStringLiteral("people.xlsx")
                          << QStringLiteral("xlsx") << QStringLiteral("Email");
    QTest::newRow("xlsx renamed .csv")
        << QStringLiteral("xlsx/attendees.xlsx") << QStringLiteral("people.csv")
        << QStringLiteral("xlsx") << QStringLiteral("Email");
    QTest::newRow("ods renamed .xlsx")
        << QStringLiteral("ods/attendees.ods") << QStringLiteral("people.xlsx")
        << QStringLiteral("ods") << QStringLiteral("Correo electrónico");
    QTest::newRow("xls renamed .txt")
        << QStringLiteral("xls/attendees.xls") << QStringLiteral("people.txt")
        << QStringLiteral("xls") << QStringLiteral("Email");
    QTest::newRow("csv renamed .xlsx")
        << QStringLiteral("csv/utf8-bom-comma.csv") << QStringLiteral("people.xlsx")
        << QStringLiteral("csv") << QStringLiteral("Email");
}

void TestSpreadsheetReader::formatFromContent()
{
    QFETCH(QString, fixture);
    QFETCH(QString, renamedTo);
    QFETCH(QString, format);
    QFETCH(QString, firstCell);
    QTemporaryDir dir;
    const QString path = dir.filePath(renamedTo);
    QVERIFY(QFile::copy(test::dataPath(fixture), path));

    const Workbook book = SpreadsheetReader::read(path);
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(book.format, format);
    QVERIFY(!book.sheets.isEmpty());
    QCOMPARE(book.sheets.at(0).cellText(0, 0), firstCell);

    // Bytes in memory read the same as the file.
    const Workbook fromData = SpreadsheetReader::readData(::fixture(fixture));
    QCOMPARE(fromData.format, format);
    QCOMPARE(contentOf(fromData), contentOf(book));
}

void TestSpreadsheetReader::csvAsBefore()
{
    const QString path = test::dataPath(QStringLiteral("csv/windows-1252-semicolon.csv"));
    const ReadResult csv = CsvReader::readFile(path);
    const Workbook book = SpreadsheetReader::read(path);
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(book.format, QStringLiteral("csv"));
    QCOMPARE(book.encoding, csv.encoding);
    QCOMPARE(book.delimiter, csv.delimiter);
    QCOMPARE(book.sheets.size(), 1);
    QCOMPARE(book.sheets.at(0).name, csv.sheet.name);
    QCOMPARE(test::rowsOf(book.sheets.at(0)), test::rowsOf(csv.sheet));
}

void TestSpreadsheetReader::csvOptionsPassed()
{
    CsvOptions options;
    options.delimiter = u'|';
    options.encoding = QStringLiteral("ISO-8859-1");
    const QString path = test::dataPath(QStringLiteral("csv/semicolon.csv"));
    const Workbook book = SpreadsheetReader::read(path, options);
    const ReadResult csv = CsvReader::readFile(path, options);
    QCOMPARE(book.delimiter, QChar(u'|'));
    QCOMPARE(book.encoding, csv.encoding);
    QCOMPARE(test::rowsOf(book.sheets.at(0)), test::rowsOf(csv.sheet));
}

void TestSpreadsheetReader::refusals_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("a zip of photos")
        << test::makeZip({{QStringLiteral("photo.jpg"), QByteArray(100, 'x')}})
        << WorkbookError::notASpreadsheetZip();
    QTest::newRow("a text document") << test::makeZip(
        {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", 0},
            {QStringLiteral("content.xml"), "<x/>"}})
                                     << WorkbookError::notASpreadsheetZip();
    QTest::newRow("xlsb") << test::makeZip(
        {{QStringLiteral("xl/workbook.bin"), QByteArray(10, '\0')}})
                          << WorkbookError::binaryExcel();
    QTest::newRow("truncated zip header")
        << fixture(QStringLiteral("csv/workbook-renamed.csv")) << WorkbookError::damagedZip();
    // minizip refuses an archive with no entries; to a person it is an incomplete file.
    QTest::newRow("an empty zip") << QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0')
                                  << WorkbookError::damagedZip();
    QTest::newRow("encrypted xlsx")
        << fixture(QStringLiteral("xlsx/encrypted.xlsx")) << WorkbookError::passwordProtected();
    QTest::newRow("binary junk")
        << fixture(QStringLiteral("csv/binary-junk.csv"))
        << CsvReader::readData(fixture(QStringLiteral("csv/binary-junk.csv"))).error;
}

void TestSpreadsheetReader::refusals()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    QVERIFY(!error.isEmpty());
    const Workbook book = SpreadsheetReader::readData(data);
    QCOMPARE(book.error, error);
    QVERIFY(book.sheets.isEmpty());

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("file.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    QCOMPARE(SpreadsheetReader::read(file.fileName()).error, error);
}

void TestSpreadsheetReader::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.xlsx"));
    const Workbook book = SpreadsheetReader::read(path);
    QCOMPARE(book.error, CsvReader::readFile(path).error);
    QVERIFY(book.error.contains(QStringLiteral("does not exist")));
}

void TestSpreadsheetReader::progressAndCancel()
{
    QByteArray rows;
    for (int r = 1; r <= 20000; ++r)
        rows += "<row><c t=\"inlineStr\"><is><t>p" + QByteArray::number(r)
            + "@example.com</t></is></c></row>";
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("big.xlsx")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::makeXlsx({rows}));
    file.close();

    std::atomic_bool cancelled = false;
    ReadControl control;
    control.cancelled = &cancelled;
    int reports = 0;
    control.progress = [&](qint64, qint64) { ++reports; };
    const Workbook book = SpreadsheetReader::read(file.fileName(), {}, control);
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(book.sheets.at(0).rowCount(), 20000);
    QVERIFY(reports > 2);

    control.progress = [&](qint64, qint64) { cancelled = true; };
    const Workbook stopped = SpreadsheetReader::read(file.fileName(), {}, control);
    QVERIFY(stopped.cancelled);
    QCOMPARE(stopped.error, QStringLiteral("Reading was cancelled."));

    // A CSV cannot be stopped half-way yet, but a cancelled read still says so.
    const Workbook csv
        = SpreadsheetReader::read(test::dataPath(QStringLiteral("csv/semicolon.csv")), {}, control);
    QVERIFY(csv.cancelled);
    QVERIFY(csv.sheets.isEmpty());
}

void TestSpreadsheetReader::fileDialogFilter()
{
    const QString filter = SpreadsheetReader::fileDialogFilter();
    const QString all = filter.section(QStringLiteral(";;"), 0, 0);
    for (const char *pattern : {"*.csv", "*.tsv", "*.txt", "*.xlsx", "*.ods", "*.xls)"})
        QVERIFY2(all.contains(QLatin1String(pattern)), pattern);
    QVERIFY(filter.endsWith(QStringLiteral("All files (*)")));
    QCOMPARE(filter.count(QStringLiteral(";;")), 4);
}

QTEST_GUILESS_MAIN(TestSpreadsheetReader)
#include "TestSpreadsheetReader.moc"
