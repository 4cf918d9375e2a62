// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"
#include "results/RowResult.h"
#include "sending/SendEngine.h"

#include <QList>
#include <QString>

namespace attendance::cli {

/// The human-readable end of an import: the counts, then every skipped and failed row with its
/// reason. Rows that were never sent (the run stopped or was cancelled) share one line per reason
/// instead of one line each. One entry per line, for Console::out().
class ImportReport final
{
public:
    ImportReport() = delete;

    /// @p byStatus: the run went by each row's status, so the report counts the states.
    static QStringList text(
        const QList<RowResult> &results, const RunSummary &summary, bool byStatus = false);
    /// "12 as attend, 3 as register, 1 as cancel": the states with a count, in that order.
    static QString stateCounts(const StateCounts &counts);
    /// "3-5, 9" for rows 3, 4, 5 and 9 (sorted, ascending).
    static QString rowRanges(const QList<int> &rows);
};

} // namespace attendance::cli
