// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/DateColumn.h"

#include <QDateTime>

namespace attendance {

namespace {

constexpr qint64 MsPerMinute = 60'000;
constexpr qint64 MsPerDay = 86'400'000;
constexpr qsizetype CacheSize = 4096; // a power of two
// The margin an OffsetSpan keeps from each transition, larger than any offset change (the most
// ever is a day, when Samoa crossed the date line), so no wall time inside it is skipped or
// repeated by a transition.
constexpr qint64 SpanMargin = 2 * MsPerDay;
constexpr qsizetype MaxSpans = 64;

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

bool isValidDate(int year, int month, int day)
{
    static constexpr int Days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    return day <= Days[month - 1] + (month == 2 && isLeapYear(year));
}

/// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil): plain
/// arithmetic, where QDate would go through its calendar system for each of a million cells.
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

/// Digits alone: epoch milliseconds, or epoch seconds when there are exactly 10 digits (every
/// Unix time in seconds from 2001 to 2286; a millisecond value with 10 digits would fall in
/// January 1970).
std::optional<qint64> parseEpoch(QStringView text)
{
    // 19 digits is the most a qint64 holds; toLongLong reports overflow through ok.
    if (text.isEmpty() || text.size() > 19)
        return std::nullopt;
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return text.size() == 10 ? value * 1000 : value;
}

QStringView trimmedCell(QStringView cell)
{
    return cell.trimmed();
}

/// Whether a Qt date-time format reads a two-digit year: a run of exactly two 'y' outside
/// quoted text ("dd/MM/yy", not "yyyy" nor "'yy'").
bool hasTwoDigitYear(QStringView format)
{
    bool quoted = false;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == u'\'') {
            quoted = !quoted;
            ++i;
            continue;
        }
        qsizetype run = 1;
        while (i + run < format.size() && format.at(i + run) == c)
            ++run;
        if (!quoted && c == u'y' && run == 2)
            return true;
        i += run;
    }
    return false;
}

} // namespace

DateColumn::DateColumn(const QString &format, const QTimeZone &zone)
    : m_format(format)
    , m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
{
    // As spreadsheets read "yy": a year among the last 80 or the next 20, never 19yy by default.
    if (hasTwoDigitYear(m_format))
        m_pivotYear = QDate::currentDate().year() - 80;
    // A zone that never changes offset needs no lookups at all.
    if (m_zone.isValid() && !m_zone.hasTransitions() && !m_zone.hasDaylightTime())
        m_fixedOffset = m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
}

void DateColumn::learn(QStringView cell)
{
    // With a user format the user has said how dates read; values it misses fall back to the
    // Auto rule without a vote.
    if (!m_format.isEmpty())
        return;
    const QStringView text = trimmedCell(cell);
    // Year first ("2026-11-20 ...", the usual case in big files) never depends on the order.
    if (text.size() >= 5 && text[4] == u'-' && text[0].isDigit() && text[3].isDigit())
        return;
    if (text.isEmpty() || parseEpoch(text))
        return;
    const std::optional<WrittenDateTime> written = scanDateTime(text);
    if (!written || written->shape != WrittenDateTime::Shape::NumericDayMonth)
        return;
    ++m_numeric;
    if (written->amPm)
        ++m_amPm;
    const bool firstIsDay = written->first > 12 && written->second <= 12;
    const bool secondIsDay = written->second > 12 && written->first <= 12;
    m_dayFirstProof += firstIsDay;
    m_monthFirstProof += secondIsDay;
}

void DateColumn::absorb(const DateColumn &other)
{
    m_numeric += other.m_numeric;
    m_dayFirstProof += other.m_dayFirstProof;
    m_monthFirstProof += other.m_monthFirstProof;
    m_amPm += other.m_amPm;
}

DateColumn DateColumn::forThread() const
{
    DateColumn copy = *this;
    copy.m_minuteCache = {};
    copy.m_spans = {};
    copy.m_lastSpan = 0;
    // QTimeZone shares its backend between copies; a zone of its own keeps threads apart.
    const QTimeZone own(m_zone.id());
    if (own.isValid())
        copy.m_zone = own;
    return copy;
}

DateOrder DateColumn::provenOrder() const
{
    if (m_dayFirstProof > m_monthFirstProof)
        return DateOrder::DayFirst;
    if (m_monthFirstProof > m_dayFirstProof)
        return DateOrder::MonthFirst;
    return DateOrder::Auto;
}

void DateColumn::settle(DateOrder preferred, DateOrder sibling)
{
    m_ambiguous = false;
    if (const DateOrder proven = provenOrder(); proven != DateOrder::Auto) {
        m_order = proven;
    } else if (sibling != DateOrder::Auto) {
        m_order = sibling;
    } else {
        m_ambiguous = m_numeric > 0;
        if (preferred != DateOrder::Auto)
            m_order = preferred;
        else
            m_order = m_amPm * 2 > m_numeric ? DateOrder::MonthFirst : DateOrder::DayFirst;
    }
}

std::optional<qint64> DateColumn::read(QStringView cell)
{
    const QStringView text = trimmedCell(cell);
    if (text.isEmpty())
        return std::nullopt;
    if (!m_format.isEmpty()) {
        QDateTime parsed = QDateTime::fromString(text.toString(), m_format);
        if (parsed.isValid() && m_pivotYear >= 0) {
            // Qt reads "yy" as 1900-1999; move it to the pivot's hundred years. Both centuries
            // agree on 29 February for every year that parses (1900 never does).
            const int twoDigits = parsed.date().year() % 100;
            const int year = m_pivotYear + ((twoDigits - m_pivotYear) % 100 + 100) % 100;
            parsed = parsed.addYears(year - parsed.date().year());
        }
        if (parsed.isValid()) {
            // Qt reads a text without an offset as local time; the user's zone says what it meant.
            if (parsed.timeSpec() != Qt::LocalTime)
                return parsed.toMSecsSinceEpoch();
            const QDate date = parsed.date();
            return toEpoch(date.year(), date.month(), date.day(),
                parsed.time().msecsSinceStartOfDay(), std::nullopt);
        }
    }
    if (const std::optional<qint64> epoch = parseEpoch(text))
        return epoch;
    const std::optional<WrittenDateTime> w = scanDateTime(text);
    if (!w)
        return std::nullopt;
    int month = w->first;
    int day = w->second;
    if (w->shape == WrittenDateTime::Shape::NumericDayMonth && m_order != DateOrder::MonthFirst)
        std::swap(month, day);
    const qint64 msOfDay = ((w->hour * 60LL + w->minute) * 60 + w->seconds) * 1000 + w->msec;
    return toEpoch(w->year, month, day, msOfDay, w->offsetSeconds);
}

std::optional<qint64> DateColumn::toEpoch(
    int year, int month, int day, qint64 msOfDay, std::optional<int> offsetSeconds)
{
    if (!isValidDate(year, month, day))
        return std::nullopt;
    const qint64 wallMs = daysFromCivil(year, month, day) * MsPerDay + msOfDay;
    if (offsetSeconds)
        return wallMs - *offsetSeconds * 1000LL;
    if (m_fixedOffset)
        return wallMs - *m_fixedOffset * 1000LL;
    if (const std::optional<int> offset = spanOffset(wallMs))
        return wallMs - *offset * 1000LL;

    // Zones change offset on whole minutes, so every second of a wall-clock minute shares its
    // offset: one zone lookup per distinct minute instead of one per cell.
    const qint64 minute
        = wallMs >= 0 ? wallMs / MsPerMinute : (wallMs - MsPerMinute + 1) / MsPerMinute;
    if (m_minuteCache.isEmpty())
        m_minuteCache.resize(CacheSize);
    CachedMinute &cached = m_minuteCache[qsizetype(quint64(minute) & (CacheSize - 1))];
    if (cached.minute != minute) {
        const int minuteOfDay = int(msOfDay / MsPerMinute);
        const QDateTime inZone(
            QDate(year, month, day), QTime(minuteOfDay / 60, minuteOfDay % 60), m_zone);
        cached.minute = minute;
        cached.start
            = inZone.isValid() ? std::optional<qint64>(inZone.toMSecsSinceEpoch()) : std::nullopt;
        if (cached.start)
            learnSpan(*cached.start);
    }
    if (!cached.start)
        return std::nullopt;
    return *cached.start + (wallMs - minute * MsPerMinute);
}

std::optional<int> DateColumn::spanOffset(qint64 wallMs)
{
    // Dates in a file cluster: the span of the last one almost always holds the next.
    if (m_lastSpan < m_spans.size()) {
        const OffsetSpan &last = m_spans.at(m_lastSpan);
        if (wallMs >= last.wallBegin && wallMs < last.wallEnd)
            return last.offsetSeconds;
    }
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        const OffsetSpan &span = m_spans.at(i);
        if (wallMs >= span.wallBegin && wallMs < span.wallEnd) {
            m_lastSpan = i;
            return span.offsetSeconds;
        }
    }
    return std::nullopt;
}

void DateColumn::learnSpan(qint64 instantMs)
{
    // Only a zone that can list its transitions can say where its offset stays the same.
    if (!m_zone.hasTransitions() || m_spans.size() >= MaxSpans)
        return;
    const QDateTime instant = QDateTime::fromMSecsSinceEpoch(instantMs, QTimeZone::utc());
    const int offset = m_zone.offsetFromUtc(instant);
    // previousTransition() is strictly before its argument: one ms later finds one at instant.
    const QTimeZone::OffsetData before = m_zone.previousTransition(instant.addMSecs(1));
    const QTimeZone::OffsetData after = m_zone.nextTransition(instant);
    const qint64 offsetMs = offset * 1000LL;
    constexpr qint64 Far = std::numeric_limits<qint64>::max() / 4;
    const qint64 begin
        = before.atUtc.isValid() ? before.atUtc.toMSecsSinceEpoch() + offsetMs + SpanMargin : -Far;
    const qint64 end
        = after.atUtc.isValid() ? after.atUtc.toMSecsSinceEpoch() + offsetMs - SpanMargin : Far;
    if (end > begin)
        m_spans.append(OffsetSpan {begin, end, offset});
}

} // namespace attendance
