// SPDX-License-Identifier: GPL-3.0-or-later
// The limits of ReadLimits at their edges: what is exactly at a limit reads, one more is refused
// with a message that names the place; and InputFile, which every reader opens its input with.
#include "WorkbookFixture.h"
#include "spreadsheet/InputFile.h"
#include "spreadsheet/ReadLimits.h"
#include "spreadsheet/Workbook.h"
#include "spreadsheet/WorkbookError.h"
#include "spreadsheet/csv/CsvReader.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <thread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/stat.h>
#endif

using namespace attendance;
using namespace Qt::StringLiterals;

namespace {

const QString Ok;

QString cellTooLong(int row, int column)
{
    return u"The cell in row %1, column %2 holds more than 32,767 characters"_s.arg(row).arg(
        column);
}

/// One row of @p columns cells.
QByteArray wideRow(int columns)
{
    QByteArray row = "a@example.com";
    row.reserve(columns * 2);
    for (int c = 1; c < columns; ++c)
        row += ",x";
    return row + '\n';
}

QByteArray ods(const QByteArray &cell)
{
    return test::makeOds("<table:table table:name=\"People\"><table:table-row>"
                         "<table:table-cell office:value-type=\"string\"><text:p>email</text:p>"
                         "</table:table-cell></table:table-row><table:table-row>"
                         "<table:table-cell/><table:table-cell office:value-type=\"string\">"
        + cell + "</table:table-cell></table:table-row></table:table>");
}

QByteArray xlsxInline(const QByteArray &text)
{
    return test::makeXlsx(
        {"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>email</t></is></c></row>"
         "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>"
            + text + "</t></is></c></row>"});
}

QByteArray xlsxShared(const QByteArray &text)
{
    return test::makeXlsx(
        {"<row r=\"1\"><c r=\"C1\" t=\"s\"><v>0</v></c></row>"}, "<si><t>" + text + "</t></si>");
}

} // namespace

class TestReadLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv_data();
    void csv();
    void csvCells();
    void workbookCells_data();
    void workbookCells();
    void inputFile();
    void inputStream();
};

void TestReadLimits::csv_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error"); // a prefix of the message; empty: it reads

    static_assert(ReadLimits::MaxColumns == 16'384 && ReadLimits::MaxCellChars == 32'767);
    QTest::newRow("16,384 columns") << wideRow(16'384) << Ok;
    QTest::newRow("16,385 columns")
        << "Email\n" + wideRow(16'385) << u"Row 2 has more than 16,384 columns"_s;

    const QByteArray longest(32'767, 'x');
    QTest::newRow("32,767 characters") << "Email," + longest + '\n' << Ok;
    QTest::newRow("32,768 characters") << "Email," + longest + "x\n" << cellTooLong(1, 2);
    QTest::newRow("32,768 in row 3, column 2") << "Email,Name\na@example.com,A\nb@example.com,"
            + longest + "x\n" << cellTooLong(3, 2);
    // Counted as characters, not bytes: "é" is two bytes of UTF-8.
    const QByteArray accents = QString(32'767, u'é').toUtf8();
    QTest::newRow("32,767 accented") << "Email," + accents + '\n' << Ok;
    QTest::newRow("32,768 accented") << "Email," + accents + "\xC3\xA9\n" << cellTooLong(1, 2);
    // Three bytes, one code unit; four bytes, two code units (as Excel counts them).
    const QByteArray cjk = QString(32'767, u'山').toUtf8();
    QTest::newRow("32,767 CJK (98,301 bytes)") << "Email," + cjk + '\n' << Ok;
    const QByteArray emoji = u"🎉"_s.repeated(16'383).toUtf8();
    QTest::newRow("16,383 emoji and a letter") << "Email," + emoji + "x\n" << Ok;
    QTest::newRow("16,384 emoji") << "Email," + emoji + "\xF0\x9F\x8E\x89\n" << cellTooLong(1, 2);
    // A doubled quote is one character.
    const QByteArray quotes = QByteArray("\"\"").repeated(32'767);
    QTest::newRow("32,767 quotes") << "Email,\"" + quotes + "\"\n" << Ok;
    QTest::newRow("32,768 quotes") << "Email,\"" + quotes + "\"\"\"\n" << cellTooLong(1, 2);
    QTest::newRow("32,768 after a closing quote") << "Email,\"a\"" + longest + '\n'
                                                  << cellTooLong(1, 2);
    // Far more: the tokenizer gives up a few times the limit into the field.
    QTest::newRow("stray quote swallowing 1 MB")
        << "Email\n\"a@example.com\n" + QByteArray("b@example.com\n").repeated(80'000) + "\"\n"
        << cellTooLong(2, 1);
    // Decoded text (windows-1252, UTF-16) goes through the same parser.
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("32,768 in UTF-16")
        << QByteArray(utf16(u"Email,"_s + QString(32'768, u'ü') + u"\n"_s)) << cellTooLong(1, 2);
    QTest::newRow("32,768 in windows-1252") << "Email," + QByteArray(32'768, '\xFC') + '\n'
                                            << cellTooLong(1, 2);

    static_assert(ReadLimits::MaxRows == 6'000'000);
    const QByteArray rows = QByteArray("a\n").repeated(5'999'999);
    QTest::newRow("6,000,000 rows") << "Email\n" + rows << Ok;
    QTest::newRow("6,000,001 rows") << "Email\n" + rows + "z\n"
                                    << u"The file has more than 6,000,000 rows"_s;
}

void TestReadLimits::csv()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const ReadResult read = CsvReader::readData(data);
    if (error.isEmpty()) {
        QVERIFY2(read.ok(), qPrintable(read.error));
        return;
    }
    QVERIFY2(read.error.startsWith(error), qPrintable(read.error.left(300)));
    QCOMPARE(read.sheet.rowCount(), 0);
}

void TestReadLimits::csvCells()
{
    static_assert(ReadLimits::MaxCells == 40'000'000);
    // 2,442 rows of 16,384 cells: each row within the limits, the file past the cell limit. Empty
    // cells count like filled ones, and keep the test small.
    const QByteArray row = QByteArray(16'383, ',') + '\n';
    const ReadResult read = CsvReader::readData("Email" + row.repeated(2'442));
    QCOMPARE(read.error,
        u"The file holds more than 40,000,000 cells, too many to read at once. Delete the columns "
        "you do not need, or split it into smaller files."_s);
    QCOMPARE(read.sheet.rowCount(), 0);
}

void TestReadLimits::workbookCells_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("error");

    const QByteArray longest(32'767, 'x');
    QTest::newRow("xlsx: 32,767") << xlsxInline(longest) << Ok;
    QTest::newRow("xlsx: 32,768") << xlsxInline(longest + 'x')
                                  << WorkbookError::cellTooLong(u"Sheet1"_s, 2, 1);
    // Many runs, each short: the cell is refused as it grows. (Parts stay under 1 MB, where the
    // zip bomb check would refuse them first.)
    QTest::newRow("xlsx: 30,000 runs")
        << test::makeXlsx({"<row r=\"2\"><c r=\"D2\" t=\"inlineStr\"><is>"
               + QByteArray("<r><t>abcdefghij</t></r>").repeated(30'000) + "</is></c></row>"})
        << WorkbookError::cellTooLong(u"Sheet1"_s, 1, 3);
    QTest::newRow("xlsx: shared 32,768")
        << xlsxShared(longest + 'x') << WorkbookError::cellTooLong(u"Sheet1"_s, 0, 2);
    QTest::newRow("xlsx: shared 512 KB")
        << xlsxShared(QByteArray(512 * 1024, 'x')) << WorkbookError::textTooLong();

    QTest::newRow("ods: 32,767") << ods("<text:p>" + longest + "</text:p>") << Ok;
    QTest::newRow("ods: 32,768") << ods("<text:p>" + longest + "x</text:p>")
                                 << WorkbookError::cellTooLong(u"People"_s, 1, 1);
    // 24 bytes of XML for 1,024 spaces: 40,000 of them would be a cell of 40 million.
    QTest::newRow("ods: runs of spaces")
        << ods("<text:p>" + QByteArray("<text:s text:c=\"1024\"/>").repeated(40'000) + "</text:p>")
        << WorkbookError::cellTooLong(u"People"_s, 1, 1);
}

void TestReadLimits::workbookCells()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, error);
    QVERIFY(!file.isEmpty());
    const Workbook book = SpreadsheetReader::readData(file);
    QCOMPARE(book.error, error);
    if (error.isEmpty())
        QVERIFY(!book.sheets.isEmpty());
    else
        QVERIFY(book.sheets.isEmpty());
}

void TestReadLimits::inputFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"data.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(QByteArray(1000, 'a')), 1000);
    file.close();

    InputFile::Result read = InputFile::read(path, 1000);
    QVERIFY(read.ok());
    QCOMPARE(read.data, QByteArray(1000, 'a'));
    read = InputFile::read(path, 999);
    QCOMPARE(read.failure, InputFile::Failure::TooLarge);
    QVERIFY(read.data.isEmpty());
    QCOMPARE(InputFile::message(path, read), InputFile::tooLargeMessage());

    QCOMPARE(
        InputFile::read(dir.filePath(u"gone.csv"_s), 1000).failure, InputFile::Failure::Missing);
    QCOMPARE(InputFile::read(dir.path(), 1000).failure, InputFile::Failure::Folder);
#ifdef Q_OS_UNIX
    read = InputFile::read(u"/dev/null"_s, 1000);
    QVERIFY(read.ok());
    QVERIFY(read.data.isEmpty());
    // A device that never ends stops at the limit, having read little more than it.
    read = InputFile::read(u"/dev/zero"_s, 1 << 20);
    QCOMPARE(read.failure, InputFile::Failure::TooLarge);
#endif
}

void TestReadLimits::inputStream()
{
#ifndef Q_OS_UNIX
    QSKIP("FIFOs are a Unix thing");
#else
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"pipe"_s);
    const QByteArray name = QFile::encodeName(fifo);
    QCOMPARE(::mkfifo(name.constData(), 0600), 0);

    // Nobody writes: the wait for a writer ends when the read is cancelled (as the GUI does when
    // another file is opened), instead of blocking the worker forever.
    std::atomic_bool cancelled = false;
    ReadControl control;
    control.cancelled = &cancelled;
    std::thread canceller([&cancelled] {
        QThread::msleep(200);
        cancelled = true;
    });
    const InputFile::Result waited = InputFile::read(fifo, 1000, control);
    canceller.join();
    QCOMPARE(waited.failure, InputFile::Failure::Cancelled);

    // A writer sending more than the limit: refused at the limit. The writer then meets a closed
    // pipe, which must be an error for it, not a signal that ends the test.
    std::signal(SIGPIPE, SIG_IGN);
    std::thread writer([&name] {
        QFile pipe(QFile::decodeName(name));
        if (pipe.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            pipe.write(QByteArray(100'000, 'x'));
    });
    const InputFile::Result tooMuch = InputFile::read(fifo, 70'000);
    writer.join();
    QCOMPARE(tooMuch.failure, InputFile::Failure::TooLarge);
#endif
}

QTEST_GUILESS_MAIN(TestReadLimits)
#include "TestReadLimits.moc"
