// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QTimeZone>
#include <optional>

namespace attendance {

/// Reads a date-time cell as epoch milliseconds; nullopt when the text is not a date this
/// version understands. Tried in order: format (a Qt date-time format, when not empty), epoch
/// milliseconds (digits only), ISO 8601 with or without offset ("T" or a space between date and
/// time; a date alone is midnight), "yyyy/MM/dd HH:mm[:ss]". A time without an offset is read
/// in zone (the system zone when zone is invalid).
std::optional<qint64> parseDateTime(QStringView text, const QString &format, const QTimeZone &zone);

} // namespace attendance
