// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace attendance {

/// The limits every workbook reader enforces, so that a damaged or hostile file ends in a clear
/// message instead of a crash, a hang or the machine running out of memory.
struct WorkbookLimits
{
    /// Uncompressed bytes read from one workbook: HubSpot's own import limit.
    static constexpr qint64 MaxUnpackedBytes = 512LL * 1024 * 1024;
    /// Real sheets compress to well under 100:1; bombs reach 1000:1.
    static constexpr qint64 MaxCompressionRatio = 200;
    /// Small entries cannot hurt, whatever their ratio (a bloated styles.xml compresses very well).
    static constexpr qint64 RatioCheckedFrom = 1024 * 1024;
    static constexpr int MaxRows = 2'000'000;
    static constexpr int MaxColumns = 16'384;
    /// Cells kept in memory for one workbook, blanks between filled cells included.
    static constexpr qint64 MaxCells = 20'000'000;
    /// UTF-16 code units of cell text kept for one workbook (512 MB): one long shared string used
    /// by every cell, or a row repeated a million times, must not exhaust memory.
    static constexpr qint64 MaxTextUnits = 256LL * 1024 * 1024;
    static constexpr int MaxXmlDepth = 64;
    static constexpr int MaxZipEntries = 100'000;
};

/// What one workbook may still put into its sheets; shared by every sheet it reads.
struct WorkbookBudget
{
    qint64 cells = WorkbookLimits::MaxCells;
    qint64 textUnits = WorkbookLimits::MaxTextUnits;
};

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
