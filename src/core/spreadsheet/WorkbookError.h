// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheet/ReadLimits.h"

#include <QString>

namespace attendance {

/// The plain-language messages of the workbook readers, in one place and one translation context.
class WorkbookError final
{
public:
    static QString cancelled();
    static QString damagedZip();
    static QString notASpreadsheetZip();
    static QString binaryExcel();
    static QString passwordProtected();
    static QString zipBomb();
    static QString tooLarge();
    static QString tooManyRows(const QString &sheet);
    static QString tooManyColumns(const QString &sheet);
    static QString tooManyCells();
    /// The cell at 0-based @p row and @p column holds more than ReadLimits::MaxCellChars.
    static QString cellTooLong(const QString &sheet, qint64 row, qint64 column);
    /// A text of the workbook (one not yet placed in a cell) is longer than any cell may be.
    static QString textTooLong();
    static QString tooDeep(const QString &part);
    static QString missingPart(const QString &part);
    /// Rows or cells of a sheet that come back to a place already filled.
    static QString outOfOrder(const QString &sheet);
    /// A part of the workbook is missing or its content cannot be understood.
    static QString damaged(const QString &part, const QString &detail);
    static QString noSheets();
    static QString oldExcel();
    static QString damagedXls();
    static QString xlsFormulas();
    static QString notAWorkbook();
};

} // namespace attendance
