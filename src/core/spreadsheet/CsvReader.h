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
    static ReadResult readFile(const QString &path, const CsvOptions &options = {});
    static ReadResult readData(const QByteArray &data, const CsvOptions &options = {});
};

} // namespace attendance
