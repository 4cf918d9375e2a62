// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace attendance {

/// Every limit the spreadsheet readers enforce, in one place: a damaged or hostile file, or
/// something that is no file at all (/dev/zero, a pipe that never ends), ends in a clear message
/// instead of a crash, a hang or the machine running out of memory. README.md ("Limits") shows
/// them as a table; keep the two in step.
struct ReadLimits
{
    /// Bytes read from one input, whatever its format and whatever it is (a file, a pipe, a
    /// device): HubSpot's own import limit. It also keeps every offset of a Sheet within 32 bits.
    static constexpr qint64 MaxInputBytes = 512LL * 1024 * 1024;
    /// Uncompressed bytes unpacked from one workbook (.xlsx, .ods).
    static constexpr qint64 MaxUnpackedBytes = 512LL * 1024 * 1024;
    /// Real sheets compress to well under 100:1; bombs reach 1000:1.
    static constexpr qint64 MaxCompressionRatio = 200;
    /// Small entries cannot hurt, whatever their ratio (a bloated styles.xml compresses very well).
    static constexpr qint64 RatioCheckedFrom = 1024 * 1024;
    /// Rows of one sheet (of a CSV file: its lines, or records when a quoted cell spans lines).
    /// A 5-million-row export (about 400 MB) still reads; each row costs 4 bytes of offsets.
    static constexpr int MaxRows = 6'000'000;
    /// Columns of one row: Excel's own limit (XFD).
    static constexpr int MaxColumns = 16'384;
    /// Cells kept in memory for one file; in workbooks, blanks between filled cells included.
    /// Each costs 4 bytes of offsets besides its text: at most 160 MB.
    static constexpr qint64 MaxCells = 40'000'000;
    /// UTF-16 code units of cell text kept for one workbook (at most 768 MB of UTF-8 in the
    /// sheets, 256 MB for ASCII): one long shared string used by every cell, or a row repeated a
    /// million times, must not exhaust memory. A CSV file's text is bounded by MaxInputBytes
    /// instead (it holds every character it shows).
    static constexpr qint64 MaxTextUnits = 256LL * 1024 * 1024;
    /// Characters (UTF-16 code units) in one cell: Excel's own limit. A longer cell is damage, or
    /// a stray quote in a CSV file that swallowed the lines after it.
    static constexpr qsizetype MaxCellChars = 32'767;
    static constexpr int MaxXmlDepth = 64;
    static constexpr int MaxZipEntries = 100'000;
};

/// What one workbook may still put into its sheets; shared by every sheet it reads.
struct WorkbookBudget
{
    qint64 cells = ReadLimits::MaxCells;
    qint64 textUnits = ReadLimits::MaxTextUnits;
};

} // namespace attendance
