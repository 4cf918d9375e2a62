// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "spreadsheet/WorkbookError.h"
#include "spreadsheet/xls/XlsReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace attendance;

using Rows = QList<QStringList>;

namespace {

Rows rowsOf(const Sheet &sheet)
{
    Rows rows;
    for (int r = 0; r < sheet.rowCount(); ++r)
        rows.append(sheet.row(r));
    return rows;
}

QString xls(const QString &name)
{
    return test::dataPath(QStringLiteral("xls/") + name);
}

} // namespace

class TestXlsReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strings_numbers_dates();
    void refused_data();
    void refused();
    void damaged();
    void cancelled();
};

void TestXlsReader::strings_numbers_dates()
{
    // Saved as "Excel 97-2003" by LibreOffice Calc (tests/data/make_workbooks.py --office).
    const Workbook book = XlsReader::readFile(xls(QStringLiteral("attendees.xls")));
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(book.format, QStringLiteral("xls"));
    QCOMPARE(book.sheets.size(), 2);
    QCOMPARE(book.sheets.at(0).name, QStringLiteral("People"));
    QCOMPARE(rowsOf(book.sheets.at(0)),
        (Rows {{QStringLiteral("Email"), QStringLiteral("Name"), QStringLiteral("Joined"),
                   QStringLiteral("Minutes"), QStringLiteral("Day"), QStringLiteral("Start")},
            {QStringLiteral("ana@example.es"), QStringLiteral("José Núñez"),
                QStringLiteral("2024-03-01T10:15:30"), QStringLiteral("42"),
                QStringLiteral("2024-03-01"), QStringLiteral("10:30:00")},
            {},
            {QStringLiteral("yamada@example.jp"), QStringLiteral("山田 太郎"), QString(),
                QStringLiteral("1.25"), QStringLiteral("1900-03-01")},
            {QStringLiteral("zoe@example.org"), QString(), QStringLiteral("not a date"),
                QStringLiteral("12345678901")}}));
    QCOMPARE(book.sheets.at(1).name, QStringLiteral("Other"));
    QCOMPARE(rowsOf(book.sheets.at(1)), (Rows {{}, {QString(), QStringLiteral("Ærøskøbing")}}));
}

void TestXlsReader::refused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    QTest::newRow("formulas") << xls(QStringLiteral("formulas.xls"))
                              << WorkbookError::xlsFormulas();
    QTest::newRow("password") << xls(QStringLiteral("password.xls"))
                              << WorkbookError::passwordProtected();
    QTest::newRow("encrypted .xlsx in OLE2")
        << test::dataPath(QStringLiteral("xlsx/encrypted.xlsx"))
        << WorkbookError::passwordProtected();
}

void TestXlsReader::refused()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    const Workbook book = XlsReader::readFile(path);
    QCOMPARE(book.error, error);
    QVERIFY(book.sheets.isEmpty());
}

void TestXlsReader::damaged()
{
    QFile source(xls(QStringLiteral("attendees.xls")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray whole = source.readAll();
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QByteArray &data) {
        QFile file(dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(data);
        return file.fileName();
    };
    QCOMPARE(
        XlsReader::readFile(write(QStringLiteral("half.xls"), whole.left(whole.size() / 2))).error,
        WorkbookError::damagedXls());
    QByteArray scrambled = whole;
    for (qsizetype i = 512; i < scrambled.size(); i += 7)
        scrambled[i] = char(scrambled[i] ^ 0xA5);
    const Workbook book = XlsReader::readFile(write(QStringLiteral("scrambled.xls"), scrambled));
    QVERIFY(!book.ok());
    QVERIFY(book.sheets.isEmpty());
    QCOMPARE(XlsReader::readFile(write(QStringLiteral("header.xls"), whole.left(512))).error,
        WorkbookError::damagedXls());
}

void TestXlsReader::cancelled()
{
    std::atomic_bool cancelled = true;
    ReadControl control;
    control.cancelled = &cancelled;
    const Workbook book = XlsReader::readFile(xls(QStringLiteral("attendees.xls")), control);
    QVERIFY(book.cancelled);
    QCOMPARE(book.error, WorkbookError::cancelled());
    QVERIFY(book.sheets.isEmpty());
}

QTEST_GUILESS_MAIN(TestXlsReader)
#include "TestXlsReader.moc"
