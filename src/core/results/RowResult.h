// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace attendance {

/// Where one spreadsheet row stands. Every row ends as Succeeded, Failed or Skipped.
enum class RowStatus { Pending, Succeeded, Failed, Skipped };

QString toApiString(RowStatus status); ///< "pending", "succeeded", "failed", "skipped"

/// Why a row failed or was skipped. For skipped rows httpStatus is 0.
struct RowError
{
    /// HubSpot's category (VALIDATION_ERROR, ...) or ours (INVALID_EMAIL, DUPLICATE,
    /// NOT_CONFIRMED, ...).
    QString category;
    QString message; ///< Plain-language reason.
    int httpStatus = 0;
    QString correlationId; ///< HubSpot's id for the request, for support tickets.

    bool isEmpty() const { return category.isEmpty() && message.isEmpty(); }
};

/// The outcome of one spreadsheet row.
struct RowResult
{
    int row = 0; ///< 1-based spreadsheet row.
    QString email;
    RowStatus status = RowStatus::Pending;
    qint64 vid = 0; ///< HubSpot contact id; 0 when none.
    RowError error;
};

/// How many rows are in each status.
struct StatusCounts
{
    int succeeded = 0;
    int failed = 0;
    int skipped = 0;
    int pending = 0;
};

StatusCounts countByStatus(const QList<RowResult> &results);
/// Adds @p delta (+1 or -1) to the count of @p status in @p counts.
void countStatus(StatusCounts *counts, RowStatus status, int delta);

} // namespace attendance
