// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/DateParsing.h"

#include <QDateTime>
#include <array>

namespace attendance {

namespace {

std::optional<qint64> toEpochMs(const QDateTime &parsed, const QTimeZone &zone)
{
    if (!parsed.isValid())
        return std::nullopt;
    // Qt reads a text without an offset as local time; the user's zone says what it meant.
    if (parsed.timeSpec() == Qt::LocalTime) {
        const QTimeZone effective = zone.isValid() ? zone : QTimeZone::systemTimeZone();
        const QDateTime inZone(parsed.date(), parsed.time(), effective);
        if (!inZone.isValid())
            return std::nullopt;
        return inZone.toMSecsSinceEpoch();
    }
    return parsed.toMSecsSinceEpoch();
}

std::optional<qint64> parseEpochMs(QStringView text)
{
    // 19 digits is the most a qint64 holds; toLongLong reports overflow through ok.
    if (text.size() > 19)
        return std::nullopt;
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

std::optional<qint64> parseDateTime(QStringView text, const QString &format, const QTimeZone &zone)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return std::nullopt;

    if (!format.isEmpty()) {
        if (auto ms = toEpochMs(QDateTime::fromString(trimmed, format), zone))
            return ms;
    }
    if (auto ms = parseEpochMs(trimmed))
        return ms;
    // Qt's ISO reader also takes a space instead of "T" and a date without a time.
    if (auto ms = toEpochMs(QDateTime::fromString(trimmed, Qt::ISODateWithMs), zone))
        return ms;

    static const std::array<QString, 2> fallbacks {
        QStringLiteral("yyyy/MM/dd HH:mm:ss"), QStringLiteral("yyyy/MM/dd HH:mm")};
    for (const QString &fallback : fallbacks) {
        if (auto ms = toEpochMs(QDateTime::fromString(trimmed, fallback), zone))
            return ms;
    }
    return std::nullopt;
}

} // namespace attendance
