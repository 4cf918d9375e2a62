// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "AppInfo.h"
#include "Application.h"
#include "Dialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>
#include <QWidget>
#include <QtEndian>
#include <array>

using namespace Qt::StringLiterals;

namespace attendance::test {

namespace {

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

void put16(QByteArray *out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out->append(reinterpret_cast<const char *>(&le), 2);
}

void put32(QByteArray *out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out->append(reinterpret_cast<const char *>(&le), 4);
}

/// A zip archive with every entry stored (not compressed): all a reader needs, in 40 lines.
QByteArray storedZip(const QList<QPair<QString, QByteArray>> &entries)
{
    QByteArray zip;
    QByteArray directory;
    for (const auto &[name, data] : entries) {
        const QByteArray path = name.toUtf8();
        const quint32 crc = crc32(data);
        const auto offset = quint32(zip.size());
        QByteArray common;
        put16(&common, 20); // version needed
        put16(&common, 0); // flags
        put16(&common, 0); // stored
        put16(&common, 0); // time
        put16(&common, 0x5821); // date: 2024-01-01
        put32(&common, crc);
        put32(&common, quint32(data.size()));
        put32(&common, quint32(data.size()));
        put16(&common, quint16(path.size()));
        put16(&common, 0); // extra
        put32(&zip, 0x04034b50);
        zip += common + path + data;
        put32(&directory, 0x02014b50);
        put16(&directory, 20); // version made by
        directory += common;
        put16(&directory, 0); // comment
        put16(&directory, 0); // disk
        put16(&directory, 0); // internal attributes
        put32(&directory, 0); // external attributes
        put32(&directory, offset);
        directory += path;
    }
    const auto directoryOffset = quint32(zip.size());
    zip += directory;
    put32(&zip, 0x06054b50);
    put16(&zip, 0);
    put16(&zip, 0);
    put16(&zip, quint16(entries.size()));
    put16(&zip, quint16(entries.size()));
    put32(&zip, quint32(directory.size()));
    put32(&zip, directoryOffset);
    put16(&zip, 0);
    return zip;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QByteArray xlsxWorkbook(const QList<TestSheet> &sheets)
{
    const QString main = u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"_s;
    const QString rel = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s;
    QString types = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                    "PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd."
                    "openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"_s;
    QString bookSheets;
    QString bookRels;
    QList<QPair<QString, QByteArray>> entries;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QString n = QString::number(i + 1);
        types += u"<Override PartName=\"/xl/worksheets/sheet%1.xml\" ContentType=\"application/"
                 "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"_s.arg(n);
        bookSheets += u"<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>"_s.arg(
            escaped(sheets.at(i).first), n);
        bookRels += u"<Relationship Id=\"rId%1\" Type=\"%2/worksheet\" "
                    "Target=\"worksheets/sheet%1.xml\"/>"_s.arg(n, rel);
        QString rows;
        const QList<QStringList> &cells = sheets.at(i).second;
        for (qsizetype r = 0; r < cells.size(); ++r) {
            rows += u"<row r=\"%1\">"_s.arg(r + 1);
            for (qsizetype c = 0; c < cells.at(r).size(); ++c) {
                if (cells.at(r).at(c).isEmpty())
                    continue;
                rows += u"<c r=\"%1%2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">%3</t>"
                        "</is></c>"_s.arg(QChar(char16_t(u'A' + c)), QString::number(r + 1),
                            escaped(cells.at(r).at(c)));
            }
            rows += u"</row>"_s;
        }
        entries.append({u"xl/worksheets/sheet%1.xml"_s.arg(n),
            (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"%1\"><sheetData>"
             "%2</sheetData></worksheet>"_s.arg(main, rows))
                .toUtf8()});
    }
    types += u"</Types>"_s;
    const QString rootRels
        = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/"
          "relationships\"><Relationship Id=\"rId1\" Type=\"%1/"
          "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"_s.arg(rel);
    const QString book
        = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"%1\" "
          "xmlns:r=\"%2\"><sheets>%3</sheets></workbook>"_s.arg(main, rel, bookSheets);
    const QString bookRelsXml = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                                "xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                "relationships\">%1</Relationships>"_s.arg(bookRels);
    entries.prepend({u"xl/_rels/workbook.xml.rels"_s, bookRelsXml.toUtf8()});
    entries.prepend({u"xl/workbook.xml"_s, book.toUtf8()});
    entries.prepend({u"_rels/.rels"_s, rootRels.toUtf8()});
    entries.prepend({u"[Content_Types].xml"_s, types.toUtf8()});
    return storedZip(entries);
}

void setUpGuiTestApplication()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(appinfo::kAppName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(appinfo::kOrganization));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(appinfo::kVersion));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    gui::Dialogs::setMessagesSuppressed(true);
    gui::installTranslators(u"en"_s);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray thirtyRowCsv()
{
    const QStringList first = {u"José"_s, u"María"_s, u"Núria"_s, u"Iñaki"_s, u"Zoë"_s, u"Chloé"_s,
        u"Joaquín"_s, u"Ana"_s, u"Sebastián"_s};
    const QStringList last
        = {u"Núñez"_s, u"Gómez"_s, u"Peña"_s, u"Ibáñez"_s, u"Müller"_s, u"Durán"_s};
    QString csv = u"Nombre,Apellido,Correo electrónico,Empresa\n"_s;
    int person = 0;
    for (int row = 2; row <= 31; ++row) {
        if (row == 6) {
            csv += u"Ángel,Ruiz,=1+1,Acme\n"_s; // a formula: must stay inert in the export
            continue;
        }
        if (row == 12) {
            csv += u"Elena,Vidal,elena.vidal@,Acme\n"_s;
            continue;
        }
        if (row == 20) {
            csv += u"José,Núñez,JOSE.NUNEZ0@EXAMPLE.COM,Acme\n"_s; // same as row 2
            continue;
        }
        const QString &f = first.at(person % first.size());
        const QString &l = last.at(person % last.size());
        csv += u"%1,%2,%3,Café Montaña\n"_s.arg(f, l,
            u"%1.%2%3@example.com"_s
                .arg(person == 0 ? u"jose"_s : u"p"_s, person == 0 ? u"nunez"_s : u"erson"_s)
                .arg(person));
        ++person;
    }
    return csv.toUtf8();
}

void saveScreenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("ATTENDANCE_TEST_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // let the window system draw what was just shown
    QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    if (shot.isNull() && window)
        shot = window->grab();
    shot.save(QDir(dir).filePath(name + u".png"));
}

} // namespace attendance::test
