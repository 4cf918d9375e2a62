// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PropertyMap.h"

#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace attendance {

/// The participation state HubSpot records; sent in the URL as register / attend / cancel.
///
/// ByStatus is a run's choice, never a state sent: each row goes in the state its status column
/// says (attended: attend; registered or absent: register; cancelled: cancel), which the plan
/// puts in Attendee::state.
enum class SubscriberState : quint8 { Register, Attend, Cancel, ByStatus };

/// "register", "attend" or "cancel": the path segment HubSpot expects ("by-status" for ByStatus,
/// which is never sent).
QString toApiString(SubscriberState state);
/// Parses the path segment form (case-insensitive) and "by-status"; nullopt for anything else.
std::optional<SubscriberState> subscriberStateFromString(const QString &text);

/// How many people go (or went) in each state sent, indexed by SubscriberState: Register,
/// Attend, Cancel. A by-status run tells them apart; any other run has one.
using StateCounts = std::array<int, 3>;

/// One person to send, as read from the spreadsheet.
struct Attendee
{
    int row = 0; ///< 1-based row number as a spreadsheet program shows it (header = row 1).
    /// The state this row is sent in when the run's is SubscriberState::ByStatus; nullopt = the
    /// run's state. Never ByStatus itself.
    std::optional<SubscriberState> state;
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
    /// By status (SubscriberState::ByStatus): the state this row's own status asks for, and the
    /// one firstRow is sent in, the furthest any row of the person reaches (attend, then
    /// register, then cancel). nullopt in other runs.
    std::optional<SubscriberState> ownState;
    std::optional<SubscriberState> sentAs;
};

/// Of @p attendees, how many go in each state: their own, else @p run.
StateCounts countByState(const QList<Attendee> &attendees, SubscriberState run);

} // namespace attendance
