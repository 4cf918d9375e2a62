// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheet/Workbook.h"

#include <QByteArray>

namespace attendance {

class ZipArchive;

/// Reads Office Open XML workbooks (.xlsx, .xlsm): every worksheet in workbook order, hidden ones
/// included, chart sheets left out. Cells become text as CellText describes; formulas give their
/// cached value; shared and inline strings keep their rich-text runs, not their phonetic guides.
/// Sheet XML is streamed, never loaded whole.
class XlsxReader final
{
public:
    /// Reads an archive already known to hold xl/workbook.xml.
    static Workbook read(ZipArchive &zip, const ReadControl &control = {});
    /// Reads an .xlsx held in memory.
    static Workbook readData(const QByteArray &data, const ReadControl &control = {});
};

} // namespace attendance
