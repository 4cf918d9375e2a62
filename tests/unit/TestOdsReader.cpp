// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "WorkbookFixture.h"
#include "spreadsheet/Workbook.h"
#include "spreadsheet/WorkbookError.h"
#include "spreadsheet/ods/OdsReader.h"

#include <QFile>
#include <QTest>

using namespace attendance;

using Rows = QList<QStringList>;

namespace {

Workbook readFixture(const QString &name)
{
    QFile file(test::dataPath(QStringLiteral("ods/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return OdsReader::readData(file.readAll());
}

QByteArray table(const QByteArray &name, const QByteArray &rows)
{
    return "<table:table table:name=\"" + name + "\">" + rows + "</table:table>";
}

QByteArray text(const QByteArray &value, const QByteArray &repeat = {})
{
    const QByteArray attribute
        = repeat.isEmpty() ? QByteArray() : " table:number-columns-repeated=\"" + repeat + "\"";
    return "<table:table-cell office:value-type=\"string\"" + attribute + "><text:p>" + value
        + "</text:p></table:table-cell>";
}

QByteArray row(const QByteArray &cells, const QByteArray &repeat = {})
{
    const QByteArray attribute
        = repeat.isEmpty() ? QByteArray() : " table:number-rows-repeated=\"" + repeat + "\"";
    return "<table:table-row" + attribute + ">" + cells + "</table:table-row>";
}

QByteArray blanks(const QByteArray &repeat)
{
    return "<table:table-cell table:number-columns-repeated=\"" + repeat + "\"/>";
}

} // namespace

class TestOdsReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureRows_data();
    void fixtureRows();
    void libreOfficeFile();
    void passwordProtected_data();
    void passwordProtected();
    void repeats_data();
    void repeats();
    void limits_data();
    void limits();
    void progressAndCancel();
};

void TestOdsReader::fixtureRows_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<Rows>("rows");

    QTest::newRow("typed cells, repeats, paragraphs, comments")
        << QStringLiteral("Asistentes")
        << Rows {{QStringLiteral("Correo electrónico"), QStringLiteral("Nombre"),
                     QStringLiteral("Fecha"), QStringLiteral("Importe"),
                     QStringLiteral("Asistencia"), QStringLiteral("Activo")},
               // Values, not their display ("12,50 €", "25%", "VERDADERO").
               {QStringLiteral("ana@example.es"), QStringLiteral("José Núñez"),
                   QStringLiteral("2024-03-01T10:15:00"), QStringLiteral("12.5"),
                   QStringLiteral("0.25"), QStringLiteral("TRUE")},
               {QStringLiteral("yamada@example.jp"), QStringLiteral("山田 太郎"),
                   QStringLiteral("2024-03-02"), QStringLiteral("0.0000001"),
                   QStringLiteral("13:30:00"), QStringLiteral("FALSE")},
               // A string repeated over three columns; a covered (merged) cell is a blank.
               {QStringLiteral("repeat@example.com"), QStringLiteral("x"), QStringLiteral("x"),
                   QStringLiteral("x"), QString(), QStringLiteral("12345678901")},
               {}, {},
               // The comment is left out; paragraphs join with a line break; text:s, tab,
               // line-break.
               {QStringLiteral("first   line\ttab\nsecond\nthird"), QStringLiteral("#N/A"),
                   QStringLiteral("2"), QStringLiteral("from attribute"), QStringLiteral("0.1"),
                   QStringLiteral("36:00:00")},
               {QString(), QString(), QString(), QStringLiteral("after three blanks")}};
    QTest::newRow("a row repeated with content")
        << QStringLiteral("Segunda hoja")
        << Rows {{QStringLiteral("Email")},
               {QStringLiteral("same@example.com"), QStringLiteral("Same")},
               {QStringLiteral("same@example.com"), QStringLiteral("Same")},
               {QStringLiteral("same@example.com"), QStringLiteral("Same")}};
    QTest::newRow("a million blank rows") << QStringLiteral("Vacía") << Rows {};
}

void TestOdsReader::fixtureRows()
{
    QFETCH(QString, sheet);
    QFETCH(Rows, rows);
    const Workbook book = readFixture(QStringLiteral("attendees.ods"));
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(book.format, QStringLiteral("ods"));
    QCOMPARE(book.sheets.size(), 3);
    const int index = book.sheetIndex(sheet);
    QVERIFY(index >= 0);
    QCOMPARE(test::rowsOf(book.sheets.at(index)), rows);
}

void TestOdsReader::libreOfficeFile()
{
    // Saved by LibreOffice Calc from xlsx/attendees.xlsx: every row repeats blanks to column
    // 16,384, spans and covered cells, its own styles.
    const Workbook book = readFixture(QStringLiteral("libreoffice.ods"));
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(book.sheets.size(), 5);
    const Sheet &attendees = book.sheets.at(0);
    QCOMPARE(attendees.name, QStringLiteral("Attendees"));
    QCOMPARE(attendees.row(1),
        (QStringList {QStringLiteral("ana@example.es"), QStringLiteral("José"),
            QStringLiteral("Núñez"), QStringLiteral("2024-03-01T10:15:00"), QStringLiteral("1"),
            QStringLiteral("1"), QStringLiteral("Tab\tstop")}));
    QCOMPARE(attendees.row(3),
        (QStringList {QStringLiteral("yamada@example.jp"), QStringLiteral("山田"),
            QStringLiteral("太郎"), QStringLiteral("2024-03-01T23:59:37"),
            QStringLiteral("0.0000001"), QStringLiteral("2"), QStringLiteral("cached text")}));
    QCOMPARE(attendees.row(4).first(), QStringLiteral("#N/A"));
    const Sheet &titled = book.sheets.at(1);
    QCOMPARE(titled.rowCount(), 8);
    QCOMPARE(titled.row(0), QStringList {QStringLiteral("Webinar attendance — March")});
    QCOMPARE(titled.row(2), (QStringList {QStringLiteral("Email"), QStringLiteral("Name")}));
    QCOMPARE(titled.row(7),
        (QStringList {QStringLiteral("gap@example.com"), QString(), QStringLiteral("3")}));
}

void TestOdsReader::passwordProtected_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("saved by LibreOffice with a password") << QStringLiteral("password.ods");
    QTest::newRow("manifest says encrypted") << QStringLiteral("encrypted.ods");
}

void TestOdsReader::passwordProtected()
{
    QFETCH(QString, fixture);
    const Workbook book = readFixture(fixture);
    QCOMPARE(book.error, WorkbookError::passwordProtected());
    QVERIFY(book.sheets.isEmpty());
}

void TestOdsReader::repeats_data()
{
    QTest::addColumn<QByteArray>("tables");
    QTest::addColumn<Rows>("rows");
    QTest::newRow("trailing blanks to the last column and row")
        << table("T", row(text("a") + blanks("16383")) + row(blanks("16384"), "1048575"))
        << Rows {{QStringLiteral("a")}};
    QTest::newRow("huge blank repeats between content")
        << table(
               "T", row(blanks("1000") + text("far")) + row(blanks("1024"), "999") + row(text("b")))
        << [] {
               Rows rows {QStringList(1000, QString()) << QStringLiteral("far")};
               rows += Rows(999);
               rows.append({QStringLiteral("b")});
               return rows;
           }();
    QTest::newRow("repeated content cells and rows")
        << table("T", row(text("x", "2") + text("y"), "2"))
        << Rows {{QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("y")},
               {QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("y")}};
    QTest::newRow("a long run of spaces is capped")
        << table("T",
               row("<table:table-cell><text:p>a<text:s "
                   "text:c=\"100000000\"/>b</text:p></table:table-cell>"))
        << Rows {{QStringLiteral("a") + QString(1024, u' ') + QStringLiteral("b")}};
    QTest::newRow("header rows and row groups count like any row")
        << table("T",
               "<table:table-header-rows>" + row(text("h"))
                   + "</table:table-header-rows>"
                     "<table:table-row-group>"
                   + row(text("1")) + row(text("2")) + "</table:table-row-group>")
        << Rows {{QStringLiteral("h")}, {QStringLiteral("1")}, {QStringLiteral("2")}};
    // Not valid ODF (found by fuzz_ods): the inner table's end used to end the sheet while its
    // row was open, and the row was then added to a sheet that no longer existed.
    QTest::newRow("a table inside a row, outside a cell, is skipped")
        << table("T",
               row(text("a") + table("Inner", row(text("inner"))) + text("b")) + row(text("c")))
        << Rows {{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c")}};
}

void TestOdsReader::repeats()
{
    QFETCH(QByteArray, tables);
    QFETCH(Rows, rows);
    const Workbook book = OdsReader::readData(test::makeOds(tables));
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(test::rowsOf(book.sheets.at(0)), rows);
}

void TestOdsReader::limits_data()
{
    QTest::addColumn<QByteArray>("tables");
    QTest::addColumn<QString>("error");
    QTest::newRow("content repeated past the last column") << table(
        "Wide", row(text("x", "16385"))) << WorkbookError::tooManyColumns(QStringLiteral("Wide"));
    QTest::newRow("content after 16,384 blank columns") << table("Wide",
        row(blanks("16384") + text("x"))) << WorkbookError::tooManyColumns(QStringLiteral("Wide"));
    QTest::newRow("content repeated past 6,000,000 rows") << table(
        "Long", row(text("x"), "6000001")) << WorkbookError::tooManyRows(QStringLiteral("Long"));
    QTest::newRow("more cells than the budget")
        << table("Big", row(text("x", "16384"), "2500")) << WorkbookError::tooManyCells();
    QTest::newRow("nested 70 deep") << QByteArray("<table:table-row-group>").repeated(70)
                                    << WorkbookError::tooDeep(QStringLiteral("content.xml"));
    QTest::newRow("no tables") << QByteArray() << WorkbookError::noSheets();
}

void TestOdsReader::limits()
{
    QFETCH(QByteArray, tables);
    QFETCH(QString, error);
    const Workbook book = OdsReader::readData(test::makeOds(tables));
    QCOMPARE(book.error, error);
    QVERIFY(book.sheets.isEmpty());
}

void TestOdsReader::progressAndCancel()
{
    QByteArray rows;
    for (int i = 0; i < 20000; ++i)
        rows += row(text("person" + QByteArray::number(i) + "@example.com") + text("Name"));
    const QByteArray file = test::makeOds(table("People", rows));
    qint64 last = -1;
    qint64 total = -1;
    ReadControl control;
    control.progress = [&](qint64 done, qint64 of) {
        QVERIFY(done >= last);
        last = done;
        total = of;
    };
    const Workbook book = OdsReader::readData(file, control);
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(book.sheets.at(0).rowCount(), 20000);
    QCOMPARE(last, total);

    std::atomic_bool cancelled = false;
    ReadControl cancelling;
    cancelling.cancelled = &cancelled;
    cancelling.progress = [&](qint64, qint64) { cancelled = true; };
    const Workbook stopped = OdsReader::readData(file, cancelling);
    QVERIFY(stopped.cancelled);
    QCOMPARE(stopped.error, WorkbookError::cancelled());
    QVERIFY(stopped.sheets.isEmpty());
}

QTEST_GUILESS_MAIN(TestOdsReader)
#include "TestOdsReader.moc"
