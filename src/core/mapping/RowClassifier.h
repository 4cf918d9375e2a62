// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/ImportPlan.h"
#include "spreadsheet/Sheet.h"

namespace attendance {

/// Classifies the rows of @p sheet from @p firstRow up to @p endRow (0-based, exclusive: the end of
/// the table) into plan->attendees, invalid,
/// duplicates and repaired, following plan->mapping and plan->headers; counts plan->totalRows
/// and settles the day/month order of the date columns (plan->dateOrderAmbiguous,
/// dateOrderUsed). Blank rows are skipped silently.
///
/// The first row with an email claims it; a later row with the same email (case-insensitive) is
/// a duplicate pointing at it. A row whose email is valid but whose date cannot be read is
/// invalid and claims nothing. Rows are checked on several threads when there are many (every
/// result is the same as on one thread: the claiming pass runs in row order). plan->counts is
/// always set; with PlanDetail::CountsOnly the same checks run but no attendee or row list is
/// built, so the counts are those the full plan would have.
/// Internal to buildImportPlan().
void classifyRows(const Sheet &sheet, int firstRow, int endRow, const ImportOptions &options,
    PlanDetail detail, ImportPlan *plan);

} // namespace attendance
