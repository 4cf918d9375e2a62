// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/ImportPlan.h"

#include <QString>
#include <QStringView>
#include <QTimeZone>
#include <optional>

namespace attendance {

using DateOrder = ImportOptions::DateOrder;

/// A date and time as written in a cell, before a time zone gives it an instant.
struct WrittenDateTime
{
    /// How the date part is laid out. Only NumericDayMonth depends on the day/month order.
    enum class Shape { YearFirst, NumericDayMonth, MonthName };

    Shape shape = Shape::YearFirst;
    int year = 0;
    int first = 0; ///< NumericDayMonth: the first number (day or month); else the month.
    int second = 0; ///< NumericDayMonth: the second number; else the day.
    int hour = 0;
    int minute = 0;
    int seconds = 0;
    int msec = 0;
    bool amPm = false; ///< Written with AM/PM (the hour is already on 24 hours).
    std::optional<int> offsetSeconds; ///< "Z", "+01:00", "UTC"; nullopt = a wall time.
};

/// Reads the date layouts of the exports we know, without a user format:
/// - ISO 8601 and its relatives: "2026-11-20T10:02:11Z", "2026-11-20 10:02:11.5+01:00",
///   "2026/11/20 10:02", "2026-11-20" (midnight) — Eventbrite, XLSX/ODS date cells, APIs;
/// - numbers with the day and month in either order: "11/20/2026 10:02:11 AM" (Zoom, Google
///   Forms in the US), "11/20/26, 10:02:11 AM" (Teams), "20/11/2026, 10:02:11" (Teams, Google
///   Forms in Europe), "20.11.2026 10:02" (German Excel), "20-11-2026";
/// - month names in English, Spanish, German or French: "Nov 20, 2026 10:02:11" (Zoom),
///   "20 Nov 2026", "20-nov-2026", "20 de noviembre de 2026", "20. März 2026".
/// A time may follow after a space, "T" or ", ", with seconds and a fraction, AM/PM and an
/// offset ("Z", "+01:00", "+0100", "UTC", "GMT+1"). Two-digit years are 2000–2099.
/// Returns nullopt when the text is none of these; does not check that the date exists.
std::optional<WrittenDateTime> scanDateTime(QStringView text);

/// Reads a date-time cell as epoch milliseconds; nullopt when it is not a date this version
/// understands or names a day that does not exist. Tried in order: format (a Qt date-time
/// format, when not empty); digits alone as epoch milliseconds — or epoch seconds when there are
/// exactly 10 digits, since Unix time in seconds has had 10 digits from 2001 to 2286 and no
/// millisecond value of those years does; then scanDateTime(). A time without an offset is read
/// in zone (the system zone when zone is invalid); @p order settles "03/04/2026" (Auto: month
/// first when written with AM/PM, else day first).
std::optional<qint64> parseDateTime(QStringView text, const QString &format, const QTimeZone &zone,
    DateOrder order = DateOrder::Auto);

/// Whether a cell says "no date" the way exports do: Zoom writes "--" for the join time of
/// someone who registered but never joined; others write "-", "—" or "N/A". Such cells are
/// treated as empty, not as unreadable dates.
bool meansNoDate(QStringView text);

/// The text sent for properties.joinedAt and properties.leftAt: epoch milliseconds as a decimal
/// string. HubSpot documents neither their format nor an example (see hubspot-api.md §3.1, marked
/// UNCERTAIN there; ISO 8601 is the other candidate); epoch milliseconds is how HubSpot writes
/// every other timestamp, interactionDateTime included. Change it here and only here.
QString eventPropertyTime(qint64 epochMs);

} // namespace attendance
