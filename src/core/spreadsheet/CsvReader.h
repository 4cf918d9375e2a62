// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheet/Sheet.h"

#include <QByteArray>
#include <QString>

namespace attendance {

/// Reads delimited text (RFC 4180 quoting, CRLF / LF / CR line ends) into a Sheet.
/// Widget-free and re-entrant: safe to call from a worker thread.
class CsvReader final
{
public:
    /// Reads a file of at most 512 MiB; the sheet is named after the file without its extension.
    static ReadResult readFile(const QString &path, const CsvOptions &options = {});
    /// Without an encoding: a BOM decides (UTF-8, UTF-16LE/BE), then UTF-16 without BOM is
    /// recognised, then UTF-8, and bytes that are not UTF-8 are read as windows-1252 (Latin-1
    /// where the platform lacks it). Workbooks and binary data are refused with an explanation.
    static ReadResult readData(const QByteArray &data, const CsvOptions &options = {});
};

} // namespace attendance
