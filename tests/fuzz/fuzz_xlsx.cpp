// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the .xlsx reader. An input that starts like a zip is read as it is, which
// fuzzes the archive layer; any other input is split into the parts of a workbook and zipped here
// (stored, not compressed), so that mutations reach the XML instead of breaking checksums.
//
// Part layout: workbook.xml, workbook.xml.rels, styles.xml, sharedStrings.xml and sheet XML, in
// that order, separated by the byte 0x1E (ASCII record separator). Missing parts get a default.

#include "FuzzSupport.h"
#include "ZipBuilder.h"
#include "spreadsheet/xlsx/XlsxReader.h"

#include <cstddef>
#include <cstdint>

using namespace attendance;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("PK")) {
        fuzz::check(XlsxReader::readData(bytes));
        return 0;
    }
    const QList<QByteArray> parts = bytes.split('\x1e');
    static const QByteArray defaults[]
        = {"<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" r:id=\"1\"/></sheets></workbook>",
            "<Relationships><Relationship Id=\"1\" Type=\"x/worksheet\" "
            "Target=\"worksheets/sheet1.xml\"/>"
            "</Relationships>",
            "<styleSheet/>", "<sst/>", "<worksheet><sheetData/></worksheet>"};
    static const char *const names[] = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels",
        "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"};
    QList<test::ZipEntry> entries;
    for (size_t i = 0; i < std::size(names); ++i) {
        entries.append({QString::fromLatin1(names[i]),
            qsizetype(i) < parts.size() ? parts.at(qsizetype(i)) : defaults[i], 0});
    }
    fuzz::check(XlsxReader::readData(test::makeZip(entries)));
    return 0;
}
