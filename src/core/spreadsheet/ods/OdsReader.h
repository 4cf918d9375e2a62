// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheet/Workbook.h"

#include <QByteArray>

namespace attendance {

class ZipArchive;

/// Reads OpenDocument spreadsheets (.ods, as LibreOffice and Google Sheets save them): every table
/// in document order. Repeated rows and columns are expanded where they hold something and
/// dropped at the end of a row or sheet, where files repeat blanks up to the last column and row.
/// Dates, times, numbers, percentages, currencies and booleans become text as CellText describes;
/// string cells keep their paragraphs (joined by line breaks), spaces and tabs, not their comments.
class OdsReader final
{
public:
    /// True when the archive's mimetype entry names an OpenDocument spreadsheet (or template).
    static bool isSpreadsheet(ZipArchive &zip);
    static Workbook read(ZipArchive &zip, const ReadControl &control = {});
    /// Reads an .ods held in memory.
    static Workbook readData(const QByteArray &data, const ReadControl &control = {});
};

} // namespace attendance
