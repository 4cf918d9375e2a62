// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "spreadsheet/csv/CsvReader.h"
#include "spreadsheet/csv/TextDecoding.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace attendance;

using Rows = QList<QStringList>;

namespace {

const QString BinaryError = QStringLiteral("This looks like a binary file (an Excel workbook?). "
                                           "Save it as CSV or open an .xlsx in a later version.");

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void parsing_data();
    void parsing();
    void encodings_data();
    void encodings();
    void encodingGuessed_data();
    void encodingGuessed();
    void dataErrors_data();
    void dataErrors();
    void fileErrors_data();
    void fileErrors();
    void fileTooLarge();
    void quotedNewlineKeepsRowNumbers();
    void givenDelimiterIsUsed();
    void manyRows();
    void sepLine_data();
    void sepLine();
    void legacyEncodings_data();
    void legacyEncodings();
    void excelForMacExport();
    void macLineEnds_data();
    void macLineEnds();
    void macLineEndsWithBreakInCell();
    void macRomanNames_data();
    void macRomanNames();
    void utf8AndDecodedPathsAgree();
    void progressAndCancel();
    void lateBadByteSendsBackToDetection();
    void inPlaceMatchesCopy();
};

void TestCsvReader::fixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Rows>("rows");

    QTest::newRow("UTF-8 BOM, comma, accents")
        << QStringLiteral("utf8-bom-comma.csv") << QStringLiteral("UTF-8") << QChar(u',')
        << Rows {{QStringLiteral("Email"), QStringLiteral("First Name"),
                     QStringLiteral("Last Name"), QStringLiteral("City")},
               {QStringLiteral("jose@example.com"), QStringLiteral("José"), QStringLiteral("Núñez"),
                   QStringLiteral("Sevilla")},
               {QStringLiteral("zoe@example.org"), QStringLiteral("Zoë"), QStringLiteral("Brontë"),
                   QStringLiteral("London")},
               {QStringLiteral("frederik@example.dk"), QStringLiteral("Frederik"),
                   QStringLiteral("Ærøskøbing"), QStringLiteral("Ærø")},
               {QStringLiteral("yamada@example.jp"), QStringLiteral("山田"), QStringLiteral("太郎"),
                   QStringLiteral("東京")}};
    QTest::newRow("semicolon, unquoted commas")
        << QStringLiteral("semicolon.csv") << QStringLiteral("UTF-8") << QChar(u';')
        << Rows {{QStringLiteral("Correo electrónico"), QStringLiteral("Nombre"),
                     QStringLiteral("Apellidos"), QStringLiteral("Empresa"),
                     QStringLiteral("Fecha de registro")},
               {QStringLiteral("ana@example.es"), QStringLiteral("Ana"),
                   QStringLiteral("García, López"), QStringLiteral("Acme, S.L."),
                   QStringLiteral("2024-03-01 10:00")},
               {QStringLiteral("luis@example.es"), QStringLiteral("Luis"), QStringLiteral("Pérez"),
                   QString(), QStringLiteral("2024-03-02T09:30:00+01:00")}};
    QTest::newRow("quoted fields, CRLF")
        << QStringLiteral("quoted-crlf.csv") << QStringLiteral("UTF-8") << QChar(u',')
        << Rows {{QStringLiteral("Email"), QStringLiteral("Name"), QStringLiteral("Notes"),
                     QStringLiteral("Company")},
               {QStringLiteral("ann@example.com"), QStringLiteral("Smith, Ann"),
                   QStringLiteral("She said \"hi\""), QStringLiteral("Acme")},
               {QStringLiteral("bob@example.com"), QStringLiteral("Bob\r\nBrown"),
                   QStringLiteral("two\r\nline\r\nnote"), QStringLiteral("Quote \"Co\"")},
               {QStringLiteral("carl@example.com"), QStringLiteral("Carl"), QStringLiteral("a,b,c"),
                   QString()},
               {QString()},
               {QStringLiteral("dora@example.com"), QStringLiteral("Dora"),
                   QStringLiteral("plain \"stray\" quote"), QStringLiteral("Dora Ltd")}};
    QTest::newRow("Windows-1252, semicolon")
        << QStringLiteral("windows-1252-semicolon.csv") << QStringLiteral("windows-1252")
        << QChar(u';')
        << Rows {{QStringLiteral("E-Mail"), QStringLiteral("Vorname"), QStringLiteral("Nachname"),
                     QStringLiteral("Firma")},
               {QStringLiteral("mueller@example.de"), QStringLiteral("Hans"),
                   QStringLiteral("Müller"), QStringLiteral("Café € GmbH")},
               {QStringLiteral("francoise@example.fr"), QStringLiteral("Françoise"),
                   QStringLiteral("Lefèvre"), QStringLiteral("“Chez Nous”")}};
    QTest::newRow("bare list of emails")
        << QStringLiteral("emails-only.csv") << QStringLiteral("UTF-8") << QChar(u',')
        << Rows {{QStringLiteral("first@example.com")}, {QStringLiteral("second@example.com")},
               {QString()}, {QStringLiteral("  third@example.com  ")}};
    QTest::newRow("UTF-16LE BOM, tab")
        << QStringLiteral("utf16le-tab.csv") << QStringLiteral("UTF-16LE") << QChar(u'\t')
        << Rows {{QStringLiteral("Email"), QStringLiteral("Name")},
               {QStringLiteral("maria@example.com"), QStringLiteral("María")}};
}

void TestCsvReader::fixtures()
{
    QFETCH(QString, fixture);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(Rows, rows);

    const ReadResult result = CsvReader::readFile(test::dataPath(QStringLiteral("csv/") + fixture));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.delimiter, delimiter);
    QCOMPARE(result.sheet.name, fixture.chopped(4));
    QCOMPARE(result.sheet.toRows(), rows);
}

void TestCsvReader::parsing_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Rows>("rows");

    const auto s = [](const char16_t *text) { return QString::fromUtf16(text); };
    QTest::newRow("LF") << QByteArray("a,b\nc,d\n") << QChar(u',')
                        << Rows {{s(u"a"), s(u"b")}, {s(u"c"), s(u"d")}};
    QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << QChar(u',')
                          << Rows {{s(u"a"), s(u"b")}, {s(u"c"), s(u"d")}};
    QTest::newRow("lone CR") << QByteArray("a,b\rc,d\r") << QChar(u',')
                             << Rows {{s(u"a"), s(u"b")}, {s(u"c"), s(u"d")}};
    QTest::newRow("no final newline")
        << QByteArray("a,b\nc,d") << QChar(u',') << Rows {{s(u"a"), s(u"b")}, {s(u"c"), s(u"d")}};
    QTest::newRow("empty fields") << QByteArray("a,,c\n,,\n") << QChar(u',')
                                  << Rows {{s(u"a"), QString(), s(u"c")},
                                         {QString(), QString(), QString()}};
    QTest::newRow("delimiter at end of file")
        << QByteArray("a,b\nc,") << QChar(u',') << Rows {{s(u"a"), s(u"b")}, {s(u"c"), QString()}};
    QTest::newRow("blank lines kept")
        << QByteArray("a,b\n\nc,d\n\n") << QChar(u',')
        << Rows {{s(u"a"), s(u"b")}, {QString()}, {s(u"c"), s(u"d")}, {QString()}};
    QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\nd,e") << QChar(u',')
                                      << Rows {{s(u"a,b"), s(u"c")}, {s(u"d"), s(u"e")}};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\ny,z") << QChar(u',')
                                    << Rows {{s(u"say \"hi\""), s(u"x")}, {s(u"y"), s(u"z")}};
    QTest::newRow("quoted newline") << QByteArray("\"l1\nl2\",x\ny,z") << QChar(u',')
                                    << Rows {{s(u"l1\nl2"), s(u"x")}, {s(u"y"), s(u"z")}};
    QTest::newRow("quoted empty") << QByteArray("\"\",x\n\"\"\"\",y") << QChar(u',')
                                  << Rows {{QString(), s(u"x")}, {s(u"\""), s(u"y")}};
    QTest::newRow("stray quote kept") << QByteArray("ab\"c,d\ne,f\"") << QChar(u',')
                                      << Rows {{s(u"ab\"c"), s(u"d")}, {s(u"e"), s(u"f\"")}};
    QTest::newRow("text after closing quote") << QByteArray("\"ab\"cd,e\nf,g") << QChar(u',')
                                              << Rows {{s(u"abcd"), s(u"e")}, {s(u"f"), s(u"g")}};
    QTest::newRow("tab") << QByteArray("a\tb, c\n1\t2, 3") << QChar(u'\t')
                         << Rows {{s(u"a"), s(u"b, c")}, {s(u"1"), s(u"2, 3")}};
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3") << QChar(u'|')
                          << Rows {{s(u"a"), s(u"b"), s(u"c")}, {s(u"1"), s(u"2"), s(u"3")}};
    QTest::newRow("semicolon, unquoted commas")
        << QByteArray("Name;Email\nSmith, J;j@example.com\nDoe, A;a@example.com") << QChar(u';')
        << Rows {{s(u"Name"), s(u"Email")}, {s(u"Smith, J"), s(u"j@example.com")},
               {s(u"Doe, A"), s(u"a@example.com")}};
    QTest::newRow("comma, quoted semicolons")
        << QByteArray("a,\"b;c\",d\n1,\"2;3;4\",5") << QChar(u',')
        << Rows {{s(u"a"), s(u"b;c"), s(u"d")}, {s(u"1"), s(u"2;3;4"), s(u"5")}};
    QTest::newRow("tie prefers semicolon over comma") << QByteArray(
        "a,b;c\n1,2;3") << QChar(u';') << Rows {{s(u"a,b"), s(u"c")}, {s(u"1,2"), s(u"3")}};
    QTest::newRow("single column") << QByteArray("email\na@example.com\n") << QChar(u',')
                                   << Rows {{s(u"email")}, {s(u"a@example.com")}};
    QTest::newRow("mostly consistent semicolons")
        << QByteArray("a;b;c\n1;2;3\n4;5;6\n7;8\n9;10;11") << QChar(u';')
        << Rows {{s(u"a"), s(u"b"), s(u"c")}, {s(u"1"), s(u"2"), s(u"3")},
               {s(u"4"), s(u"5"), s(u"6")}, {s(u"7"), s(u"8")}, {s(u"9"), s(u"10"), s(u"11")}};
}

void TestCsvReader::parsing()
{
    QFETCH(QByteArray, data);
    QFETCH(QChar, delimiter);
    QFETCH(Rows, rows);

    const ReadResult result = CsvReader::readData(data);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.delimiter, delimiter);
    QCOMPARE(result.sheet.toRows(), rows);

    // Handed over, UTF-8 is parsed in place, each cell written over bytes already read.
    const ReadResult inPlace = CsvReader::readData(QByteArray(data.constData(), data.size()));
    QVERIFY2(inPlace.ok(), qPrintable(inPlace.error));
    QCOMPARE(inPlace.delimiter, delimiter);
    QCOMPARE(inPlace.sheet.toRows(), rows);
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("firstRow");

    const QStringList emailName {QStringLiteral("Email"), QStringLiteral("Name")};
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF"
                                                  "Email,Name\n")
                                    << QString() << QStringLiteral("UTF-8") << emailName;
    QTest::newRow("UTF-8 without BOM")
        << QByteArray("Zo\xC3\xAB,Jos\xC3\xA9\n") << QString() << QStringLiteral("UTF-8")
        << QStringList {QStringLiteral("Zoë"), QStringLiteral("José")};
    QTest::newRow("invalid UTF-8 falls back to Windows-1252")
        << QByteArray("M\xFCller,\x80\n") << QString() << QStringLiteral("windows-1252")
        << QStringList {QStringLiteral("Müller"), QStringLiteral("€")};
    QTest::newRow("UTF-16LE BOM") << QByteArray("\xFF\xFE"
                                                "E\0,\0N\0\n\0",
        10) << QString() << QStringLiteral("UTF-16LE")
                                  << QStringList {QStringLiteral("E"), QStringLiteral("N")};
    QTest::newRow("UTF-16BE BOM") << QByteArray("\xFE\xFF\0E\0,\0N\0\n", 10) << QString()
                                  << QStringLiteral("UTF-16BE")
                                  << QStringList {QStringLiteral("E"), QStringLiteral("N")};
    QTest::newRow("UTF-16LE without BOM")
        << QByteArray("E\0m\0,\0N\0\n\0", 10) << QString() << QStringLiteral("UTF-16LE")
        << QStringList {QStringLiteral("Em"), QStringLiteral("N")};
    QTest::newRow("given UTF-8, lower case")
        << QByteArray("Zo\xC3\xAB\n") << QStringLiteral("utf8") << QStringLiteral("UTF-8")
        << QStringList {QStringLiteral("Zoë")};
    QTest::newRow("given UTF-8 strips BOM")
        << QByteArray("\xEF\xBB\xBF"
                      "Email,Name")
        << QStringLiteral("UTF-8") << QStringLiteral("UTF-8") << emailName;
    QTest::newRow("given ISO-8859-1")
        << QByteArray("M\xFCller,\x80") << QStringLiteral("ISO-8859-1")
        << QStringLiteral("ISO-8859-1")
        << QStringList {QStringLiteral("Müller"), QString(QChar(0x80))};
    QTest::newRow("given latin1") << QByteArray("Fran\xE7oise") << QStringLiteral("latin1")
                                  << QStringLiteral("ISO-8859-1")
                                  << QStringList {QStringLiteral("Françoise")};
    QTest::newRow("given windows-1252")
        << QByteArray("\x93Hi\x94,\x80") << QStringLiteral("windows-1252")
        << QStringLiteral("windows-1252")
        << QStringList {QStringLiteral("“Hi”"), QStringLiteral("€")};
    QTest::newRow("given UTF-16") << QByteArray("\xFE\xFF\0A\0,\0B", 8) << QStringLiteral("UTF-16")
                                  << QStringLiteral("UTF-16")
                                  << QStringList {QStringLiteral("A"), QStringLiteral("B")};
    QTest::newRow("given UTF-16LE")
        << QByteArray("A\0,\0B\0", 6) << QStringLiteral("UTF-16LE") << QStringLiteral("UTF-16LE")
        << QStringList {QStringLiteral("A"), QStringLiteral("B")};
    QTest::newRow("given UTF-16BE")
        << QByteArray("\0A\0,\0B", 6) << QStringLiteral("UTF-16BE") << QStringLiteral("UTF-16BE")
        << QStringList {QStringLiteral("A"), QStringLiteral("B")};
    QTest::newRow("given Shift_JIS")
        << QByteArray("\x8E\x52\x93\x63,x") << QStringLiteral("Shift_JIS")
        << QStringLiteral("Shift_JIS") << QStringList {QStringLiteral("山田"), QStringLiteral("x")};
    QTest::newRow("given mac-roman")
        << QByteArray("Ren\x8E,Pe\x96"
                      "a\r")
        << QStringLiteral("mac-roman") << QStringLiteral("Mac OS Roman")
        << QStringList {QStringLiteral("René"), QStringLiteral("Peña")};
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, given);
    QFETCH(QString, encoding);
    QFETCH(QStringList, firstRow);

    CsvOptions options;
    options.encoding = given;
    const ReadResult result = CsvReader::readData(data, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, encoding);
    QVERIFY(!(result.sheet.rowCount() == 0));
    QCOMPARE(result.sheet.row(0), firstRow);
}

void TestCsvReader::encodingGuessed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("given");
    QTest::addColumn<bool>("guessed");

    QTest::newRow("ASCII") << QByteArray("Email,Name\n") << QString() << false;
    QTest::newRow("UTF-8") << QByteArray("Zo\xC3\xAB,Jos\xC3\xA9\n") << QString() << false;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBFZo\xC3\xAB\n") << QString() << false;
    QTest::newRow("UTF-16LE without BOM")
        << QByteArray("E\0m\0,\0N\0\n\0", 10) << QString() << false;
    QTest::newRow("windows-1252 detected") << QByteArray("M\xFCller,\x80\n") << QString() << true;
    QTest::newRow("windows-1252 given")
        << QByteArray("M\xFCller,\x80\n") << QStringLiteral("windows-1252") << false;
    QTest::newRow("bad byte, given UTF-8")
        << QByteArray("M\xFCller\n") << QStringLiteral("UTF-8") << false;
}

void TestCsvReader::encodingGuessed()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, given);
    QFETCH(bool, guessed);

    CsvOptions options;
    options.encoding = given;
    const ReadResult result = CsvReader::readData(data, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encodingGuessed, guessed);
    // Workbooks carry it to the front ends.
    QCOMPARE(SpreadsheetReader::readData(data, options).encodingGuessed, guessed);
}

void TestCsvReader::dataErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("error");

    const QString empty = QStringLiteral("The file is empty.");
    QTest::newRow("empty") << QByteArray() << QString() << empty;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QString() << empty;
    QTest::newRow("blank lines only") << QByteArray("\r\n\n  \n") << QString() << empty;
    QTest::newRow("xlsx renamed") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << QString()
                                  << BinaryError;
    QTest::newRow("xls renamed") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10)
                                 << QString() << BinaryError;
    QTest::newRow("NUL bytes") << QByteArray("Email\n\0\x01\xFF junk", 12) << QString()
                               << BinaryError;
    QTest::newRow("control characters")
        << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08 abc") << QString() << BinaryError;
    QTest::newRow("quote never closed")
        << QByteArray("a,b\nc,\"open\nd,e\nf,g\n") << QString()
        << QStringLiteral(
               "The quoted cell that starts on row 2 is never closed, so the rest of the file "
               "would become one cell. Check the quotes (\") on that row.");
    QTest::newRow("unknown encoding")
        << QByteArray("a,b") << QStringLiteral("klingon")
        << QStringLiteral(
               "Unknown encoding 'klingon'. Use UTF-8, UTF-16, windows-1252, ISO-8859-1 or "
               "macroman, or leave it empty to detect it.");
}

void TestCsvReader::dataErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, given);
    QFETCH(QString, error);

    CsvOptions options;
    options.encoding = given;
    const ReadResult result = CsvReader::readData(data, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
    QVERIFY((result.sheet.rowCount() == 0));
}

void TestCsvReader::fileErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");

    const QString missing = test::dataPath(QStringLiteral("csv/does-not-exist.csv"));
    QTest::newRow("missing")
        << missing << QStringLiteral("Could not open '%1': the file does not exist.").arg(missing);
    const QString folder = test::dataPath(QStringLiteral("csv"));
    QTest::newRow("folder")
        << folder << QStringLiteral("Could not open '%1': it is a folder, not a file.").arg(folder);
    QTest::newRow("xlsx renamed") << test::dataPath(QStringLiteral("csv/workbook-renamed.csv"))
                                  << BinaryError;
    QTest::newRow("binary junk") << test::dataPath(QStringLiteral("csv/binary-junk.csv"))
                                 << BinaryError;
}

void TestCsvReader::fileErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, error);

    const ReadResult result = CsvReader::readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
}

void TestCsvReader::fileTooLarge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Sparse on most file systems: the size is checked before anything is read.
    QVERIFY(file.resize(512LL * 1024 * 1024 + 1));
    file.close();

    const ReadResult result = CsvReader::readFile(path);
    QCOMPARE(result.error,
        QStringLiteral("The file is larger than 512 MiB, more than HubSpot imports "
                       "at once. Split it into smaller files."));
}

void TestCsvReader::quotedNewlineKeepsRowNumbers()
{
    const ReadResult result
        = CsvReader::readFile(test::dataPath(QStringLiteral("csv/quoted-crlf.csv")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    // Nine physical lines, but Dora is on row 6 (index 5), as a spreadsheet program shows it.
    QCOMPARE(result.sheet.rowCount(), 6);
    QCOMPARE(result.sheet.row(5).constFirst(), QStringLiteral("dora@example.com"));
    QCOMPARE(result.sheet.row(4), QStringList {QString()});
}

void TestCsvReader::givenDelimiterIsUsed()
{
    CsvOptions options;
    options.delimiter = u';';
    const ReadResult result = CsvReader::readData(QByteArray("a,b;c\n1,2;3\n"), options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.delimiter, QChar(u';'));
    QCOMPARE(result.sheet.toRows(),
        (Rows {{QStringLiteral("a,b"), QStringLiteral("c")},
            {QStringLiteral("1,2"), QStringLiteral("3")}}));
}

void TestCsvReader::manyRows()
{
    constexpr int count = 200'000;
    QByteArray data("Email;Name;Notes\r\n");
    data.reserve(count * 48);
    for (int i = 0; i < count; ++i)
        data += "user" + QByteArray::number(i) + "@example.com;Name " + QByteArray::number(i)
            + ";\"a;b\"\"c\"\r\n";

    const ReadResult result = CsvReader::readData(data);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.delimiter, QChar(u';'));
    QCOMPARE(result.sheet.rowCount(), count + 1);
    QCOMPARE(result.sheet.row(result.sheet.rowCount() - 1),
        (QStringList {QStringLiteral("user199999@example.com"), QStringLiteral("Name 199999"),
            QStringLiteral("a;b\"c")}));
}

void TestCsvReader::sepLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QChar>("given");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Rows>("rows");

    const auto s = [](const char16_t *text) { return QString::fromUtf16(text); };
    const Rows ab12 {{s(u"a"), s(u"b")}, {s(u"1"), s(u"2")}};
    QTest::newRow("sep=;") << QByteArray("sep=;\na;b\n1;2") << QChar() << QChar(u';') << ab12;
    QTest::newRow("quoted, CRLF") << QByteArray("\"sep=|\"\r\na|b\r\n1|2") << QChar() << QChar(u'|')
                                  << ab12;
    QTest::newRow("upper case, re-saved with delimiters")
        << QByteArray("SEP=,,\na,b\n1,2") << QChar() << QChar(u',') << ab12;
    QTest::newRow("tab") << QByteArray("sep=\t\na\tb\n1\t2") << QChar() << QChar(u'\t') << ab12;
    QTest::newRow("given delimiter wins, line still dropped")
        << QByteArray("sep=,\na;b\n1;2") << QChar(u';') << QChar(u';') << ab12;
    QTest::newRow("UTF-8 BOM before it")
        << QByteArray("\xEF\xBB\xBFsep=;\na;b\n1;2") << QChar() << QChar(u';') << ab12;
    QTest::newRow("not a directive: a header named sep")
        << QByteArray("sep;email\nx;a@example.com") << QChar() << QChar(u';')
        << Rows {{s(u"sep"), s(u"email")}, {s(u"x"), s(u"a@example.com")}};
}

void TestCsvReader::sepLine()
{
    QFETCH(QByteArray, data);
    QFETCH(QChar, given);
    QFETCH(QChar, delimiter);
    QFETCH(Rows, rows);

    CsvOptions options;
    options.delimiter = given;
    const ReadResult result = CsvReader::readData(data, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.delimiter, delimiter);
    QCOMPARE(result.sheet.toRows(), rows);

    // Decoded text (here UTF-16) takes the other path and must agree.
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QByteArray wide = utf16.encode(QString::fromUtf8(data));
    const ReadResult fromWide = CsvReader::readData(wide, options);
    QCOMPARE(fromWide.delimiter, delimiter);
    QCOMPARE(fromWide.sheet.toRows(), rows);
}

void TestCsvReader::legacyEncodings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("codec");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("Polish, windows-1250")
        << QStringLiteral("email;Imię;Nazwisko;Miasto\njan@example.pl;Łukasz;Żółć;Łódź\n"
                          "ola@example.pl;Ślęża;Wąs;Kraków\nzosia@example.pl;Zofia;Główczyńska;"
                          "Gdańsk\n")
        << QByteArray("windows-1250") << QStringLiteral("windows-1250");
    QTest::newRow("Russian, windows-1251")
        << QStringLiteral("email;Имя;Фамилия\nivan@example.ru;Иван;Петров\n"
                          "olga@example.ru;Ольга;Смирнова\n")
        << QByteArray("windows-1251") << QStringLiteral("windows-1251");
    QTest::newRow("Japanese, Shift_JIS")
        << QStringLiteral("email,名前,会社\nuser0@example.jp,山田 太郎,株式会社テスト東京\n"
                          "user1@example.jp,佐藤 花子,株式会社サンプル大阪\n"
                          "user2@example.jp,鈴木 一郎,有限会社見本名古屋\n")
        << QByteArray("Shift_JIS") << QStringLiteral("Shift_JIS");
    // A short German file: uchardet says windows-1250, which would read the same here but
    // garble French; windows-1252 reads at least as well, so it wins.
    QTest::newRow("short German, windows-1252")
        << QStringLiteral("E-Mail;Vorname;Nachname;Firma\nmueller@example.de;Hans;Müller;"
                          "Café € GmbH\n")
        << QByteArray("windows-1252") << QStringLiteral("windows-1252");
    QTest::newRow("French, ISO-8859-1 answer read as windows-1252")
        << QStringLiteral("Email;Prénom;Nom\nx@example.fr;Françoise;Lefèvre\n"
                          "y@example.fr;Jérôme;Dupré\n")
        << QByteArray("windows-1252") << QStringLiteral("windows-1252");
}

void TestCsvReader::legacyEncodings()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, codec);
    QFETCH(QString, encoding);

    QStringEncoder encoder(codec.constData());
    QVERIFY(encoder.isValid());
    const QByteArray data = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    const ReadResult result = CsvReader::readData(data);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, encoding);
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(result.sheet.rowCount(), lines.size());
    for (int r = 0; r < lines.size(); ++r)
        QCOMPARE(result.sheet.row(r), lines.at(r).split(result.delimiter));
}

void TestCsvReader::excelForMacExport()
{
    // Excel for Mac, "CSV (Macintosh)": Mac OS Roman with a bare CR after every row. uchardet
    // calls it ISO-8859-1, and windows-1252 would read "RenŽ", "Pe–a", "Fran\x8Doise".
    const ReadResult result
        = CsvReader::readFile(test::dataPath(QStringLiteral("exports/excel-mac-roman-cr.csv")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, QStringLiteral("Mac OS Roman"));
    QCOMPARE(result.delimiter, QChar(u','));
    const auto s = [](const char16_t *text) { return QString::fromUtf16(text); };
    QCOMPARE(result.sheet.toRows(),
        (Rows {{s(u"First Name"), s(u"Last Name"), s(u"Email"), s(u"Company")},
            {s(u"René"), s(u"Lefèvre"), s(u"rene.lefevre@example.fr"), s(u"Crème Brûlée & Cie")},
            {s(u"Inés"), s(u"Peña"), s(u"ines.pena@example.es"), s(u"Café Ñandú, S.A.")},
            {s(u"Françoise"), s(u"Côté"), s(u"francoise.cote@example.ca"),
                s(u"Librairie Élégante")},
            {s(u"Jürgen"), s(u"Müller"), s(u"juergen.mueller@example.de"),
                s(u"Müller & Söhne GmbH")},
            {s(u"Björn"), s(u"Ångström"), s(u"bjorn.angstrom@example.se"), s(u"Ångström Optik AB")},
            {s(u"José"), s(u"NÚÑEZ"), s(u"jose.nunez@example.mx"), s(u"Señor Taco")},
            {s(u"Søren"), s(u"ØSTERGAARD"), s(u"soren.ostergaard@example.dk"),
                s(u"Østergaard ApS")},
            {s(u"Zoë"), s(u"Brontë"), s(u"zoe.bronte@example.co.uk"), s(u"“The Moors” Ltd")}}));
}

void TestCsvReader::macLineEnds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("codec");
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addColumn<QString>("encoding");

    const QString names = QStringLiteral(
        "Email;Nombre;Apellidos;Empresa\nrene@example.fr;René;Lefèvre;Crème Brûlée\n"
        "ines@example.es;Inés;Peña Núñez;Café Ñandú\nfrancoise@example.fr;Françoise;Côté;"
        "Élégance\njuergen@example.de;Jürgen;Müller;Müller & Söhne\n");
    QTest::newRow("Mac OS Roman, bare CR")
        << names << QByteArray("macintosh") << QByteArray("\r") << QStringLiteral("Mac OS Roman");
    // Only letters windows-1252 reads as letters too (René as "RenŽ", Jürgen as "JŸrgen",
    // Björn as "Bjšrn"): the capital after a small letter is what tells.
    QTest::newRow("Mac OS Roman, bare CR, no telltale symbol")
        << QStringLiteral("Email;Name\nrene@example.fr;René\njuergen@example.de;Jürgen\n"
                          "bjorn@example.se;Björn\nraul@example.es;Raúl\n")
        << QByteArray("macintosh") << QByteArray("\r") << QStringLiteral("Mac OS Roman");
    QTest::newRow("Polish, Mac Central European, bare CR") << QStringLiteral(
        "email;Imię;Nazwisko;Miasto\njan@example.pl;Łukasz;Żółć;Łódź\n"
        "ola@example.pl;Ślęża;Wąs;Kraków\nzosia@example.pl;Zofia;Główczyńska;"
        "Gdańsk\n") << QByteArray("MAC-CENTRALEUROPE") << QByteArray("\r")
                                                           << QStringLiteral("MAC-CENTRALEUROPE");
    QTest::newRow("windows-1252, bare CR") << names << QByteArray("windows-1252")
                                           << QByteArray("\r") << QStringLiteral("windows-1252");
    QTest::newRow("windows-1252, bare CR, German")
        << QStringLiteral("E-Mail;Vorname;Nachname;Ort\nj@example.de;Jürgen;Groß;Köln\n"
                          "a@example.de;Änne;Müller;Düsseldorf\nz@example.at;Zoë;Öztürk;Wien\n")
        << QByteArray("windows-1252") << QByteArray("\r") << QStringLiteral("windows-1252");
    QTest::newRow("windows-1252, CRLF") << names << QByteArray("windows-1252") << QByteArray("\r\n")
                                        << QStringLiteral("windows-1252");
    QTest::newRow("windows-1252, LF") << names << QByteArray("windows-1252") << QByteArray("\n")
                                      << QStringLiteral("windows-1252");
}

void TestCsvReader::macLineEnds()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, codec);
    QFETCH(QByteArray, lineEnd);
    QFETCH(QString, encoding);

    QStringEncoder encoder(codec.constData());
    QVERIFY(encoder.isValid());
    QByteArray data = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    data.replace('\n', lineEnd);
    const ReadResult result = CsvReader::readData(data);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, encoding);
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(result.sheet.rowCount(), lines.size());
    for (int r = 0; r < lines.size(); ++r)
        QCOMPARE(result.sheet.row(r), lines.at(r).split(u';'));
}

void TestCsvReader::macLineEndsWithBreakInCell()
{
    // Excel breaks a line inside a cell with LF, also in a file whose rows end in a bare CR.
    const QByteArray data("Email,Name,Notes\rrene@example.fr,Ren\x8E,\"Caf\x8E\nd\x8Esir\x8E\"\r"
                          "juergen@example.de,J\x9Frgen,\r");
    const ReadResult result = CsvReader::readData(data);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.encoding, QStringLiteral("Mac OS Roman"));
    QCOMPARE(result.sheet.row(1),
        (QStringList {QStringLiteral("rene@example.fr"), QStringLiteral("René"),
            QStringLiteral("Café\ndésiré")}));
    QCOMPARE(result.sheet.cellText(2, 1), QStringView(u"Jürgen").toString());
}

void TestCsvReader::macRomanNames_data()
{
    QTest::addColumn<QString>("given");

    // The spellings of --encoding a user may try; ICU's own name for it is "macintosh".
    for (const char *name : {"Mac OS Roman", "macroman", "mac-roman", "MacRoman", "macintosh",
             "x-mac-roman", " MACINTOSH ", "csMacintosh"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCsvReader::macRomanNames()
{
    QFETCH(QString, given);

    const std::optional<TextEncoding> named = textEncodingNamed(given);
    QVERIFY(named.has_value());
    QCOMPARE(named->name, QStringLiteral("Mac OS Roman"));
    // The name shown is not one ICU knows; decoding must still find the code page.
    QCOMPARE(decodeText(QByteArrayView("Ren\x8E Pe\x96"
                                       "a \xAF"
                                       "STERGAARD"),
                 *named),
        QStringView(u"René Peña ØSTERGAARD").toString());
    QCOMPARE(textEncodingNamed(named->name)->name, named->name);
}

void TestCsvReader::utf8AndDecodedPathsAgree()
{
    // UTF-8 is split as bytes; other encodings are decoded first. Both must give the same rows.
    const QString text = QStringLiteral(
        "Email,Nombre,Notas\r\njose@example.es,José Núñez,\"dijo \"\"¡hola!\"\"\"\r\n"
        "\"zoe@example.org\",\"Zoë\r\nBrontë\",\"a,b\"tail\r\n\r\n山田@example.jp,太郎,\"\"\r\n"
        "last@example.com,€ \u00A0,x");
    const ReadResult utf8 = CsvReader::readData(text.toUtf8());
    QCOMPARE(utf8.encoding, QStringLiteral("UTF-8"));
    QStringEncoder utf16(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    const ReadResult wide = CsvReader::readData(utf16.encode(text));
    QCOMPARE(wide.encoding, QStringLiteral("UTF-16BE"));
    QVERIFY(utf8.ok() && wide.ok());
    QCOMPARE(utf8.sheet.toRows(), wide.sheet.toRows());
    QCOMPARE(utf8.sheet.rowCount(), 6); // the blank line is a row
    QCOMPARE(utf8.sheet.cellText(1, 2), QStringView(u"dijo \"¡hola!\"").toString());
    QCOMPARE(utf8.sheet.cellText(2, 1), QStringView(u"Zoë\r\nBrontë").toString());
    QCOMPARE(utf8.sheet.cellText(2, 2), QStringView(u"a,btail").toString());
    QCOMPARE(utf8.sheet.cellText(4, 0), QStringView(u"山田@example.jp").toString());
    QCOMPARE(utf8.sheet.cellText(5, 1), QStringView(u"€ \u00A0").toString());
}

void TestCsvReader::progressAndCancel()
{
    constexpr int count = 50'000;
    QByteArray data("Email,Name\n");
    for (int i = 0; i < count; ++i)
        data += "user" + QByteArray::number(i) + "@example.com,Nombre " + QByteArray::number(i)
            + '\n';

    QList<qint64> reported;
    ReadControl control;
    control.progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(data.size()));
        reported.append(done);
    };
    const ReadResult read = CsvReader::readData(data, {}, control);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.sheet.rowCount(), count + 1);
    QVERIFY(reported.size() >= count / 4096);
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
    QCOMPARE(reported.constLast(), qint64(data.size()));

    std::atomic_bool cancelled = false;
    ReadControl cancelling;
    cancelling.cancelled = &cancelled;
    cancelling.progress = [&](qint64, qint64) { cancelled = true; };
    const ReadResult stopped = CsvReader::readData(data, {}, cancelling);
    QVERIFY(stopped.cancelled);
    QCOMPARE(stopped.error, QStringLiteral("Reading the file was cancelled."));
    QCOMPARE(stopped.sheet.rowCount(), 0);
}

void TestCsvReader::lateBadByteSendsBackToDetection()
{
    // UTF-8 is judged on the first megabyte; a windows-1252 byte after it still counts.
    QByteArray data("Email;Name\n");
    while (data.size() < 2 * 1024 * 1024)
        data += "someone@example.com;Plain ASCII name\n";
    data += "mueller@example.de;M\xFCller\n";
    const ReadResult detected = CsvReader::readData(data);
    QVERIFY2(detected.ok(), qPrintable(detected.error));
    QCOMPARE(detected.encoding, QStringLiteral("windows-1252"));
    QVERIFY(detected.encodingGuessed);
    QCOMPARE(detected.sheet.cellText(detected.sheet.rowCount() - 1, 1),
        QStringView(u"Müller").toString());

    // Said to be UTF-8 by the user: it stays UTF-8, the bad byte shown as U+FFFD.
    CsvOptions utf8;
    utf8.encoding = QStringLiteral("UTF-8");
    const ReadResult given = CsvReader::readData(data, utf8);
    QCOMPARE(given.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(given.sheet.cellText(given.sheet.rowCount() - 1, 1),
        QStringView(u"M\uFFFDller").toString());
    QCOMPARE(given.sheet.rowCount(), detected.sheet.rowCount());

    // Handed over, the buffer is not spent on a UTF-8 reading that cannot finish.
    const ReadResult handedOver = CsvReader::readData(QByteArray(data.constData(), data.size()));
    QCOMPARE(handedOver.encoding, QStringLiteral("windows-1252"));
    QCOMPARE(handedOver.sheet.toRows(), detected.sheet.toRows());
    const ReadResult givenHandedOver
        = CsvReader::readData(QByteArray(data.constData(), data.size()), utf8);
    QCOMPARE(givenHandedOver.sheet.toRows(), given.sheet.toRows());
}

void TestCsvReader::inPlaceMatchesCopy()
{
    // Every kind of cell the in-place writer must get right, many times over: doubled quotes
    // (the cell is shorter than its bytes), text after a closing quote, line breaks in quotes,
    // multi-byte characters, empty cells and blank lines, a BOM and a "sep=" line in front.
    QByteArray data("\xEF\xBB\xBFsep=;\r\nEmail;Name;Note\r\n");
    for (int i = 0; i < 20'000; ++i) {
        data += "p" + QByteArray::number(i) + "@example.com;";
        data += i % 3 == 0 ? "\"Zo\xC3\xAB \"\"Z\"\" M\xC3\xBCller\";" : "Plain;";
        data += i % 5 == 0 ? "\"line one\nline two\"tail\r\n" : ";\r\n";
        if (i % 7 == 0)
            data += "\r\n";
    }
    const ReadResult copied = CsvReader::readData(data);
    const ReadResult inPlace = CsvReader::readData(QByteArray(data.constData(), data.size()));
    QVERIFY2(copied.ok() && inPlace.ok(), qPrintable(copied.error + inPlace.error));
    QCOMPARE(inPlace.delimiter, QChar(u';'));
    QCOMPARE(inPlace.sheet.rowCount(), copied.sheet.rowCount());
    QCOMPARE(inPlace.sheet.toRows(), copied.sheet.toRows());
    QCOMPARE(inPlace.sheet.cellText(1, 1), QStringView(u"Zoë \"Z\" Müller").toString());
    QCOMPARE(inPlace.sheet.cellText(1, 2), QStringView(u"line one\nline twotail").toString());
    // The text is the file's bytes, compacted: no more than the file.
    QVERIFY(inPlace.sheet.textSize() < data.size());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
