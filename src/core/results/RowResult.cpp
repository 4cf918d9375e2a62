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

void countStatus(StatusCounts *counts, RowStatus status, int delta)
{
    switch (status) {
    case RowStatus::Succeeded:
        counts->succeeded += delta;
        break;
    case RowStatus::Failed:
        counts->failed += delta;
        break;
    case RowStatus::Skipped:
        counts->skipped += delta;
        break;
    case RowStatus::Pending:
        counts->pending += delta;
        break;
    }
}

StatusCounts countByStatus(const QList<RowResult> &results)
{
    StatusCounts counts;
    for (const RowResult &r : results)
        countStatus(&counts, r.status, +1);
    return counts;
}

StateCounts countByState(const QList<RowResult> &results, RowStatus status)
{
    StateCounts counts {};
    for (const RowResult &r : results) {
        if (r.status == status && r.state && *r.state != SubscriberState::ByStatus)
            ++counts.at(size_t(*r.state));
    }
    return counts;
}

} // namespace attendance
