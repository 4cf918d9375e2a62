// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/Sheet.h"

#include <QTest>

using namespace attendance;
using namespace Qt::StringLiterals;

class TestSheet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesEveryFormAsUtf8_data();
    void storesEveryFormAsUtf8();
    void badUtf8BecomesReplacement_data();
    void badUtf8BecomesReplacement();
    void decodeReusesItsBuffer();
    void blankCells_data();
    void blankCells();
    void utf16Size_data();
    void utf16Size();
    void gridEdges();
};

void TestSheet::storesEveryFormAsUtf8_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << u"ada@example.com"_s;
    QTest::newRow("latin-1") << u"Zoë Müller, São Paulo"_s;
    QTest::newRow("cjk") << u"山田太郎@example.jp"_s;
    QTest::newRow("astral") << u"party 🎉 time"_s;
    QTest::newRow("nbsp and ideographic space") << u"\u00A0a\u3000"_s;
}

void TestSheet::storesEveryFormAsUtf8()
{
    QFETCH(QString, text);
    const QByteArray utf8 = text.toUtf8();
    Sheet sheet;
    sheet.appendCell(QStringView(text));
    QVERIFY(sheet.appendCell(QUtf8StringView(utf8)));
    const bool latin1
        = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x100; });
    const QByteArray latin1Bytes = text.toLatin1();
    if (latin1)
        sheet.appendCell(QLatin1StringView(latin1Bytes));
    sheet.endRow();

    QCOMPARE(sheet.rowCount(), 1);
    QCOMPARE(sheet.columnCount(0), latin1 ? 3 : 2);
    for (int c = 0; c < sheet.columnCount(0); ++c) {
        QCOMPARE(QByteArray(sheet.cellUtf8(0, c).data(), sheet.cellUtf8(0, c).size()), utf8);
        QCOMPARE(sheet.cellText(0, c), text);
    }
    // The text takes the bytes of UTF-8, not two bytes per character.
    QCOMPARE(sheet.textSize(), utf8.size() * sheet.columnCount(0));
}

void TestSheet::badUtf8BecomesReplacement_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("stored");
    QTest::newRow("stray continuation") << QByteArray("a\x80z") << u"a\uFFFDz"_s;
    QTest::newRow("windows-1252 byte") << QByteArray("Ren\xE9") << u"Ren\uFFFD"_s;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << u"\uFFFD\uFFFD"_s;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << u"\uFFFD\uFFFD\uFFFD"_s;
    QTest::newRow("past U+10FFFF")
        << QByteArray("\xF4\x90\x80\x80") << u"\uFFFD\uFFFD\uFFFD\uFFFD"_s;
    QTest::newRow("cut sequence") << QByteArray("ok\xE2\x82") << u"ok\uFFFD\uFFFD"_s;
}

void TestSheet::badUtf8BecomesReplacement()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, stored);
    Sheet sheet;
    QVERIFY(!sheet.appendCell(QUtf8StringView(bytes)));
    // A lone surrogate from UTF-16 input is replaced too.
    sheet.appendCell(QStringView(u"x\xD800y"));
    sheet.endRow();
    QCOMPARE(sheet.cellText(0, 0), stored);
    QCOMPARE(sheet.cellText(0, 1), u"x\uFFFDy"_s);
    for (int c = 0; c < 2; ++c) {
        const QUtf8StringView cell = sheet.cellUtf8(0, c);
        QVERIFY(QByteArrayView(cell.data(), cell.size()).isValidUtf8());
    }
}

void TestSheet::decodeReusesItsBuffer()
{
    const Sheet sheet = Sheet::fromRows(u"s"_s, {{u"a long cell of plain text"_s, u"ñ"_s, u""_s}});
    QString buffer;
    bool ascii = false;
    QStringView view = Sheet::decode(sheet.cellUtf8(0, 0), &buffer, &ascii);
    QCOMPARE(view, u"a long cell of plain text");
    QVERIFY(ascii);
    const QChar *storage = buffer.constData();
    view = Sheet::decode(sheet.cellUtf8(0, 1), &buffer, &ascii);
    QCOMPARE(view, u"ñ");
    QVERIFY(!ascii);
    QCOMPARE(buffer.constData(), storage); // no allocation for a shorter cell
    view = Sheet::decode(sheet.cellUtf8(0, 2), &buffer, &ascii);
    QVERIFY(view.isEmpty());
    QVERIFY(ascii);
}

void TestSheet::blankCells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("blank");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("spaces and tabs") << u" \t \r\n"_s << true;
    QTest::newRow("no-break space") << u"\u00A0"_s << true;
    QTest::newRow("ideographic space") << u" \u3000 "_s << true;
    QTest::newRow("letter") << u"  a "_s << false;
    QTest::newRow("zero-width space is not white space") << u"\u200B"_s << false;
    QTest::newRow("accented letter") << u"\u00A0é"_s << false;
}

void TestSheet::blankCells()
{
    QFETCH(QString, text);
    QFETCH(bool, blank);
    const Sheet sheet = Sheet::fromRows(u"s"_s, {{text}, {text, u"x"_s}});
    QCOMPARE(sheet.isBlankCell(0, 0), blank);
    QCOMPARE(sheet.isBlankRow(0), blank);
    QCOMPARE(sheet.isBlankRow(1), false);
    // The same verdict as QString's own trimming.
    QCOMPARE(sheet.isBlankCell(0, 0), text.trimmed().isEmpty());
}

void TestSheet::utf16Size_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << u"abc"_s;
    QTest::newRow("two-byte") << u"éü"_s;
    QTest::newRow("three-byte") << u"山田"_s;
    QTest::newRow("four-byte") << u"🎉🎉x"_s;
}

void TestSheet::utf16Size()
{
    QFETCH(QString, text);
    QCOMPARE(Sheet::utf16Size(QUtf8StringView(text.toUtf8())), text.size());
}

void TestSheet::gridEdges()
{
    const Sheet sheet = Sheet::fromRows(u"s"_s, {{u"a"_s, u"b"_s}, {}, {u"c"_s}});
    QCOMPARE(sheet.rowCount(), 3);
    QCOMPARE(sheet.columnCount(1), 0);
    QVERIFY(sheet.isBlankRow(1));
    QVERIFY(sheet.isBlankRow(7));
    QVERIFY(sheet.cellUtf8(0, 2).isEmpty());
    QVERIFY(sheet.cellUtf8(-1, 0).isEmpty());
    QVERIFY(sheet.cellText(3, 0).isEmpty());
    QCOMPARE(sheet.cellText(2, 0), u"c"_s);
    QCOMPARE(sheet.row(0), QStringList({u"a"_s, u"b"_s}));
}

QTEST_GUILESS_MAIN(TestSheet)
#include "TestSheet.moc"
