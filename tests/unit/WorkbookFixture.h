// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small workbooks built in memory, for the cases a committed fixture cannot hold: limits, damage,
// zip bombs. The committed fixtures (tests/data/make_workbooks.py) cover real content.

#include "ZipBuilder.h"
#include "spreadsheet/Sheet.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace attendance::test {

inline QByteArray xlsxWorkbookXml(const QStringList &names, bool date1904 = false)
{
    QByteArray sheets;
    for (int i = 0; i < names.size(); ++i) {
        sheets += "<sheet name=\"" + names.at(i).toUtf8() + "\" sheetId=\""
            + QByteArray::number(i + 1) + "\" r:id=\"rId" + QByteArray::number(i + 1) + "\"/>";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
           "<workbookPr"
        + QByteArray(date1904 ? " date1904=\"true\"" : "") + "/><sheets>" + sheets
        + "</sheets></workbook>";
}

inline QByteArray xlsxRelsXml(int sheetCount)
{
    QByteArray rels;
    for (int i = 1; i <= sheetCount; ++i) {
        rels += "<Relationship Id=\"rId" + QByteArray::number(i)
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              "worksheet\" Target=\"worksheets/sheet"
            + QByteArray::number(i) + ".xml\"/>";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + rels + "</Relationships>";
}

inline QByteArray xlsxSheetXml(const QByteArray &sheetData)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<sheetData>"
        + sheetData + "</sheetData></worksheet>";
}

/// An .xlsx whose sheets (named Sheet1, Sheet2, ...) hold these <sheetData> contents.
inline QList<ZipEntry> xlsxEntries(
    const QList<QByteArray> &sheetData, const QByteArray &sharedStrings = {}, bool date1904 = false)
{
    QStringList names;
    for (int i = 1; i <= sheetData.size(); ++i)
        names.append(QStringLiteral("Sheet%1").arg(i));
    QList<ZipEntry> entries {{QStringLiteral("xl/workbook.xml"), xlsxWorkbookXml(names, date1904)},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), xlsxRelsXml(int(sheetData.size()))}};
    for (int i = 0; i < sheetData.size(); ++i) {
        entries.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
            xlsxSheetXml(sheetData.at(i))});
    }
    if (!sharedStrings.isEmpty()) {
        entries.append({QStringLiteral("xl/sharedStrings.xml"),
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + sharedStrings + "</sst>"});
    }
    return entries;
}

inline QByteArray makeXlsx(const QList<QByteArray> &sheetData, const QByteArray &sharedStrings = {})
{
    return makeZip(xlsxEntries(sheetData, sharedStrings));
}

/// An .ods whose office:spreadsheet holds `tables` (table:table elements).
inline QByteArray makeOds(const QByteArray &tables)
{
    const QByteArray content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                               "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                               "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                               "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                               "<office:body><office:spreadsheet>"
        + tables + "</office:spreadsheet></office:body></office:document-content>";
    return makeZip({{QStringLiteral("mimetype"),
                        QByteArrayLiteral("application/vnd.oasis.opendocument.spreadsheet"), 0},
        {QStringLiteral("content.xml"), content}});
}

/// Every row of a sheet, for comparing with an expected table.
inline QList<QStringList> rowsOf(const Sheet &sheet)
{
    QList<QStringList> rows;
    for (int r = 0; r < sheet.rowCount(); ++r)
        rows.append(sheet.row(r));
    return rows;
}

} // namespace attendance::test
