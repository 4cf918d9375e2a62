// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"

#include <QStringView>
#include <optional>

namespace attendance {

/// What a status column (ColumnTarget::Kind::Status) says of a person: Zoom's "Attended = Yes/No",
/// Eventbrite's "Attendee Status = Checked In / Not Attending / Refunded", a check-in list's
/// "Checked In = TRUE/FALSE", in English and Spanish.
enum class AttendanceStatus {
    Attended, ///< yes, sí, true, 1, attended, checked in, present, asistió, …
    /// attending, registered, going, inscrito, …: holds a ticket, which says nothing of whether
    /// the person came (Eventbrite's "Attending" is a valid order, not a check-in).
    Registered,
    Absent, ///< no, false, 0, not attending, absent, no-show, no asistió, ausente, …
    Cancelled, ///< cancelled, canceled, refunded, cancelado, reembolsado, …
};

/// How a status cell reads, case, accents and surrounding space ignored; nullopt when the text
/// fits none of the three (blank included: the caller decides what a blank means).
std::optional<AttendanceStatus> readAttendanceStatus(QStringView text);

/// The state a row goes in by its status (SubscriberState::ByStatus): attended: Attend;
/// registered or absent: Register (they signed up, and did not come); cancelled: Cancel.
SubscriberState stateForStatus(AttendanceStatus status);

/// Of two states of one person, the one that says most of what happened: Attend, then Register,
/// then Cancel (someone who cancelled one ticket and came on another attended).
SubscriberState furthestState(SubscriberState a, SubscriberState b);

} // namespace attendance
