// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "AppInfo.h"
#include "Application.h"
#include "Dialogs.h"
#include "ZipBuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace attendance::test {

namespace {

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
    QList<ZipEntry> entries;
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
                .toUtf8(),
            0});
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
    entries.prepend({u"xl/_rels/workbook.xml.rels"_s, bookRelsXml.toUtf8(), 0});
    entries.prepend({u"xl/workbook.xml"_s, book.toUtf8(), 0});
    entries.prepend({u"_rels/.rels"_s, rootRels.toUtf8(), 0});
    entries.prepend({u"[Content_Types].xml"_s, types.toUtf8(), 0});
    return makeZip(entries);
}

void setUpGuiTestApplication()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(appinfo::kAppName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(appinfo::kOrganization));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(appinfo::kVersion));
    QStandardPaths::setTestModeEnabled(true);
    // Each test process its own settings file: ctest runs the GUI tests side by side, and one
    // test's clear() must not wipe the settings another is in the middle of checking.
    static const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();
    gui::Dialogs::setMessagesSuppressed(true);
    gui::installTranslators(u"en"_s);
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
