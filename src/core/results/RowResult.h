// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"

#include <QList>
#include <QString>
#include <optional>

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
    RowResult() = default;
    RowResult(int row, QString email, RowStatus status, qint64 vid, RowError error,
        std::optional<SubscriberState> state = std::nullopt)
        : row(row)
        , email(std::move(email))
        , status(status)
        , vid(vid)
        , error(std::move(error))
        , state(state)
    { }

    int row = 0; ///< 1-based spreadsheet row.
    QString email;
    RowStatus status = RowStatus::Pending;
    qint64 vid = 0; ///< HubSpot contact id; 0 when none.
    RowError error;
    /// The state the row is (or was to be) recorded in; nullopt for a row never to be sent
    /// (invalid, duplicate, skipped). Differs from row to row in a ByStatus run.
    std::optional<SubscriberState> state;
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
/// Of the rows in @p status, how many in each state (RowResult::state; rows without one are not
/// counted).
StateCounts countByState(const QList<RowResult> &results, RowStatus status);
/// Adds @p delta (+1 or -1) to the count of @p status in @p counts.
void countStatus(StatusCounts *counts, RowStatus status, int delta);

} // namespace attendance
