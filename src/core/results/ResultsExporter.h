// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/RowResult.h"

#include <QList>
#include <QString>

namespace attendance {

/// Writes results as CSV a spreadsheet program opens safely: UTF-8 with BOM (so Excel reads
/// accents), RFC 4180 quoting, and cells that begin with = + - @ (or a tab / CR) prefixed with
/// an apostrophe so they are never run as formulas. The file is readable by its owner only.
class ResultsExporter final
{
public:
    struct Context
    {
        QString eventId;
        QString eventName;
        QString state;
    };

    static bool writeCsv(const QString &path, const QList<RowResult> &results,
        const Context &context, QString *error);
    static QByteArray toCsv(const QList<RowResult> &results, const Context &context);
    /// The cell as written: formula triggers neutralised, quoted when needed.
    static QString csvCell(const QString &value);
};

} // namespace attendance
