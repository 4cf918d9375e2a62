// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PropertyMap.h"

#include <QList>
#include <QString>
#include <optional>

namespace attendance {

/// The participation state HubSpot records; sent in the URL as register / attend / cancel.
enum class SubscriberState { Register, Attend, Cancel };

/// "register", "attend" or "cancel": the path segment HubSpot expects.
QString toApiString(SubscriberState state);
/// Parses the path segment form (case-insensitive); nullopt for anything else.
std::optional<SubscriberState> subscriberStateFromString(const QString &text);

/// One person to send, as read from the spreadsheet.
struct Attendee
{
    int row = 0; ///< 1-based row number as a spreadsheet program shows it (header = row 1).
    QString email; ///< Trimmed; case preserved as in the file.
    std::optional<qint64> interactionDateTime; ///< Epoch milliseconds; nullopt = "time of sending".
    PropertyMap contactProperties; ///< Applied by HubSpot to newly created contacts only.
    PropertyMap properties; ///< Event properties: joinedAt / leftAt (attend only).
};

/// A row set aside before sending because its email cannot be used.
struct InvalidRow
{
    int row = 0;
    QString value; ///< What the cell held.
    QString reason; ///< Plain-language reason, shown to the user.
};

/// A row set aside because the same email (case-insensitive) appears earlier in the file.
struct DuplicateRow
{
    int row = 0;
    QString email;
    int firstRow = 0; ///< Row of the first occurrence, which is the one sent.
    /// Another session of the same person (Zoom and Teams list each join): its join and leave
    /// times were merged into firstRow's attendee, which is sent with the earliest join and the
    /// latest leave.
    bool merged = false;
};

} // namespace attendance
