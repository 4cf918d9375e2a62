// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/ImportPlan.h"

namespace attendance::test {

/// A plan of @p count attendees, person0@example.com, person1@… on rows firstRow, firstRow + 1…,
/// with nothing else mapped: what the send engine's tests and benchmarks send.
inline ImportPlan samplePlan(int count, int firstRow = 2)
{
    ImportPlan plan;
    plan.attendees.reserve(count);
    for (int i = 0; i < count; ++i) {
        Attendee a;
        a.row = firstRow + i;
        a.email = QStringLiteral("person%1@example.com").arg(i);
        plan.attendees.append(a);
    }
    plan.totalRows = count;
    return plan;
}

} // namespace attendance::test
