// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheet/Sheet.h"
#include "spreadsheet/Workbook.h"

#include <QByteArray>
#include <QString>

namespace attendance {

/// Reads delimited text (RFC 4180 quoting, CRLF / LF / CR line ends) into a Sheet.
/// Widget-free and re-entrant: safe to call from a worker thread.
///
/// Excel's "sep=;" first line names the delimiter (unless one is given) and is not a row, as in
/// Excel: row 1 is the line after it.
class CsvReader final
{
public:
    /// Reads a file (or a pipe, or a device) as InputFile does, within the limits of ReadLimits;
    /// the sheet is named after the file without its extension. Reports progress in bytes
    /// through @p control and stops soon after it is cancelled (the result then has cancelled
    /// set and an error saying so).
    static ReadResult readFile(
        const QString &path, const CsvOptions &options = {}, const ReadControl &control = {});
    /// Without an encoding: see detectTextEncoding() — a BOM, UTF-16 without BOM, UTF-8, then
    /// uchardet's guess (windows-1252 when in doubt). Workbooks and binary data are refused with
    /// an explanation.
    static ReadResult readData(
        const QByteArray &data, const CsvOptions &options = {}, const ReadControl &control = {});
    /// Same, and when @p data is UTF-8 and not shared, its buffer becomes the sheet's text: a
    /// file is then held once, not twice.
    static ReadResult readData(
        QByteArray &&data, const CsvOptions &options = {}, const ReadControl &control = {});
};

} // namespace attendance
