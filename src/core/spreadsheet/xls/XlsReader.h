// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheet/Workbook.h"

namespace attendance {

/// Reads old Excel workbooks (.xls, BIFF5 and BIFF8 in an OLE2 file) through libfreexl: every
/// worksheet, with strings, numbers and dates as CellText describes. libfreexl does not give
/// formula results, so a workbook with formulas is refused with a request to save it as .xlsx,
/// never read with those cells silently empty. Password-protected files are refused too.
class XlsReader final
{
public:
    /// Reads @p path once, as InputFile does, then as readData().
    static Workbook readFile(const QString &path, const ReadControl &control = {});
    /// Reads an .xls held in memory. libfreexl reads files only: the bytes are written to a
    /// temporary file of our own for it, so the input itself is opened once.
    static Workbook readData(const QByteArray &data, const ReadControl &control = {});
};

} // namespace attendance
