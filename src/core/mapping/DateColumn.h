// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/DateParsing.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QTimeZone>
#include <limits>
#include <optional>

namespace attendance {

/// Reads every date cell of one column. First learn() each cell, so the column's values decide
/// the day/month order together; settle() the order; then read() cells.
/// Copyable on purpose: each worker thread reads with its own copy (the zone cache is not shared).
class DateColumn final
{
public:
    DateColumn(const QString &format, const QTimeZone &zone);

    void learn(QStringView cell);
    /// Adds what @p other learned (from another chunk of the same column).
    void absorb(const DateColumn &other);
    /// A copy for another thread: same settings and order, its own zone object and cache.
    DateColumn forThread() const;
    /// The order the learned values prove: a first number above 12 proves day first, a second
    /// one month first; the side with more proof wins. Auto when nothing proves either.
    DateOrder provenOrder() const;
    /// Decides the order for values that fit both: proof from the values, then @p sibling (the
    /// order another date column of the same sheet proved), then @p preferred unless it is Auto,
    /// then month first when the values are written with AM/PM (the US style of Zoom and Teams),
    /// else day first (the style of most of the world and of European Excel).
    void settle(DateOrder preferred, DateOrder sibling = DateOrder::Auto);
    /// Values of the NumericDayMonth shape fit both orders and nothing proved one: the user
    /// should be asked. Meaningful after settle().
    bool ambiguous() const { return m_ambiguous; }
    /// The order used for NumericDayMonth values; Auto when the column has none.
    DateOrder orderUsed() const { return m_numeric > 0 ? m_order : DateOrder::Auto; }

    /// Epoch milliseconds; nullopt when the cell is not a readable date (blank cells included).
    std::optional<qint64> read(QStringView cell);

private:
    std::optional<qint64> toEpoch(
        int year, int month, int day, qint64 msOfDay, std::optional<int> offsetSeconds);

    QString m_format;
    /// The first year a two-digit year ("yy" in m_format) can mean; -1 without one.
    int m_pivotYear = -1;
    QTimeZone m_zone;
    std::optional<int> m_fixedOffset; // the zone never changes offset (UTC, "UTC+01:00")
    /// Wall minute -> its first instant in m_zone; direct-mapped, as a file's dates cluster.
    struct CachedMinute
    {
        qint64 minute = std::numeric_limits<qint64>::min();
        std::optional<qint64> start;
    };
    QList<CachedMinute> m_minuteCache;
    /// A stretch of wall-clock time, a day or more from any transition of m_zone, in which every
    /// wall time is unambiguous and maps to an instant at one offset: months of a file's dates
    /// cost one subtraction each, and the zone is asked only at the first date of each stretch.
    struct OffsetSpan
    {
        qint64 wallBegin = 0; // wall milliseconds, inclusive
        qint64 wallEnd = 0; // exclusive
        int offsetSeconds = 0;
    };
    QList<OffsetSpan> m_spans;
    qsizetype m_lastSpan = 0;
    std::optional<int> spanOffset(qint64 wallMs);
    void learnSpan(qint64 instantMs);
    int m_numeric = 0;
    int m_dayFirstProof = 0;
    int m_monthFirstProof = 0;
    int m_amPm = 0;
    DateOrder m_order = DateOrder::DayFirst;
    bool m_ambiguous = false;
};

} // namespace attendance
