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

} // namespace attendance
