// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/RowResult.h"

namespace attendance {

QString toApiString(RowStatus status)
{
    switch (status) {
    case RowStatus::Pending:
        return QStringLiteral("pending");
    case RowStatus::Succeeded:
        return QStringLiteral("succeeded");
    case RowStatus::Failed:
        return QStringLiteral("failed");
    case RowStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

StatusCounts countByStatus(const QList<RowResult> &results)
{
    StatusCounts counts;
    for (const RowResult &r : results) {
        switch (r.status) {
        case RowStatus::Succeeded:
            ++counts.succeeded;
            break;
        case RowStatus::Failed:
            ++counts.failed;
            break;
        case RowStatus::Skipped:
            ++counts.skipped;
            break;
        case RowStatus::Pending:
            ++counts.pending;
            break;
        }
    }
    return counts;
}

} // namespace attendance
