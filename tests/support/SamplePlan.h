// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestData.h"
#include "mapping/ImportPlan.h"

namespace attendance::test {

/// A plan of @p count attendees, personEmail(0), personEmail(1)… on rows firstRow, firstRow + 1…,
/// with nothing else mapped: what the send engine's tests and benchmarks send.
inline ImportPlan samplePlan(int count, int firstRow = 2)
{
    ImportPlan plan;
    plan.attendees.reserve(count);
    for (int i = 0; i < count; ++i) {
        Attendee a;
        a.row = firstRow + i;
        a.email = personEmail(i);
        plan.attendees.append(a);
    }
    plan.totalRows = count;
    return plan;
}

} // namespace attendance::test
