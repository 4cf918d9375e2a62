// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/DateParsing.h"

#include "mapping/DateColumn.h"

#include <algorithm>

namespace attendance {

namespace {

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

struct MonthName
{
    const char16_t *name;
    int month;
};

// Full names and the abbreviations exports use, in English, Spanish, German and French;
// matched without regard to case, with an optional dot after an abbreviation.
constexpr MonthName MonthNames[] = {
    {u"jan", 1},
    {u"january", 1},
    {u"ene", 1},
    {u"enero", 1},
    {u"januar", 1},
    {u"janv", 1},
    {u"janvier", 1},
    {u"feb", 2},
    {u"february", 2},
    {u"febrero", 2},
    {u"februar", 2},
    {u"févr", 2},
    {u"fevr", 2},
    {u"février", 2},
    {u"mar", 3},
    {u"march", 3},
    {u"marzo", 3},
    {u"märz", 3},
    {u"mär", 3},
    {u"mars", 3},
    {u"apr", 4},
    {u"april", 4},
    {u"abr", 4},
    {u"abril", 4},
    {u"avr", 4},
    {u"avril", 4},
    {u"may", 5},
    {u"mayo", 5},
    {u"mai", 5},
    {u"jun", 6},
    {u"june", 6},
    {u"junio", 6},
    {u"juni", 6},
    {u"juin", 6},
    {u"jul", 7},
    {u"july", 7},
    {u"julio", 7},
    {u"juli", 7},
    {u"juil", 7},
    {u"juillet", 7},
    {u"aug", 8},
    {u"august", 8},
    {u"ago", 8},
    {u"agosto", 8},
    {u"août", 8},
    {u"aout", 8},
    {u"sep", 9},
    {u"sept", 9},
    {u"september", 9},
    {u"septiembre", 9},
    {u"set", 9},
    {u"setiembre", 9},
    {u"septembre", 9},
    {u"oct", 10},
    {u"october", 10},
    {u"octubre", 10},
    {u"okt", 10},
    {u"oktober", 10},
    {u"octobre", 10},
    {u"nov", 11},
    {u"november", 11},
    {u"noviembre", 11},
    {u"novembre", 11},
    {u"dec", 12},
    {u"december", 12},
    {u"dic", 12},
    {u"diciembre", 12},
    {u"dez", 12},
    {u"dezember", 12},
    {u"déc", 12},
    {u"décembre", 12},
};

int monthFromName(QStringView word)
{
    for (const MonthName &entry : MonthNames) {
        if (word.compare(QStringView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.month;
    }
    return 0;
}

/// A read position in a cell, with the few steps the date layouts need.
class Cursor final
{
public:
    explicit Cursor(QStringView text)
        : m_text(text)
    { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char16_t peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead].unicode() : u'\0';
    }
    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }
    bool eat(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    bool eatAnyCase(char16_t lower) { return eat(lower) || eat(char16_t(lower - 0x20)); }
    int spaces()
    {
        int count = 0;
        while (peek() == u' ' || peek() == u'\t' || peek() == 0x00A0 || peek() == 0x202F) {
            ++m_pos;
            ++count;
        }
        return count;
    }
    /// Up to maxDigits digits as a number; the count read (0: none; -1: more digits follow,
    /// with the first maxDigits of them in *value).
    int number(int maxDigits, int *value)
    {
        int count = 0;
        int result = 0;
        while (count < maxDigits && isDigit(peek())) {
            result = result * 10 + (peek() - u'0');
            ++m_pos;
            ++count;
        }
        *value = result;
        return count == maxDigits && isDigit(peek()) ? -1 : count;
    }
    QStringView word()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos].isLetter())
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

bool isDateSeparator(char16_t c)
{
    return c == u'-' || c == u'/' || c == u'.';
}

/// A year of 4 digits, or of 2 digits meaning 2000-2099.
bool readYear(Cursor &c, int *year, bool twoDigitsAllowed)
{
    const int digits = c.number(4, year);
    if (digits == 2 && twoDigitsAllowed)
        *year += 2000;
    return digits == 4 || (digits == 2 && twoDigitsAllowed);
}

bool readMonthWord(Cursor &c, int *month)
{
    *month = monthFromName(c.word());
    c.eat(u'.');
    return *month > 0;
}

/// "20 Nov 2026", "20 nov. 2026", "20 de noviembre de 2026", after the day and the space.
bool readDayFirstMonthName(Cursor &c, WrittenDateTime *w)
{
    const qsizetype start = c.pos();
    if (c.word().compare(u"de", Qt::CaseInsensitive) == 0)
        c.spaces();
    else
        c.setPos(start);
    if (!readMonthWord(c, &w->first) || c.spaces() == 0)
        return false;
    const qsizetype beforeDe = c.pos();
    if (c.word().compare(u"de", Qt::CaseInsensitive) == 0)
        c.spaces();
    else
        c.setPos(beforeDe);
    w->shape = WrittenDateTime::Shape::MonthName;
    return readYear(c, &w->year, false);
}

bool readDate(Cursor &c, WrittenDateTime *w)
{
    if (!isDigit(c.peek())) {
        // "Nov 20, 2026" (Zoom), "November 20 2026".
        w->shape = WrittenDateTime::Shape::MonthName;
        if (!readMonthWord(c, &w->first))
            return false;
        c.spaces();
        if (c.number(2, &w->second) <= 0)
            return false;
        c.eat(u',');
        c.spaces();
        return readYear(c, &w->year, false);
    }
    int leading = 0;
    const int digits = c.number(4, &leading);
    const char16_t separator = c.peek();
    if (digits == 4 && isDateSeparator(separator)) {
        w->shape = WrittenDateTime::Shape::YearFirst;
        w->year = leading;
        c.eat(separator);
        return c.number(2, &w->first) > 0 && c.eat(separator) && c.number(2, &w->second) > 0;
    }
    if (digits < 1 || digits > 2)
        return false;
    // "20 Nov 2026", and German "20. März 2026" with a dot after the day.
    if (separator == u' ' || (separator == u'.' && c.peek(1) == u' ')) {
        w->second = leading;
        c.eat(u'.');
        c.spaces();
        return readDayFirstMonthName(c, w);
    }
    if (!isDateSeparator(separator))
        return false;
    c.eat(separator);
    if (!isDigit(c.peek())) {
        // "20-Nov-2026"
        w->shape = WrittenDateTime::Shape::MonthName;
        w->second = leading;
        return readMonthWord(c, &w->first) && c.eat(separator) && readYear(c, &w->year, true);
    }
    w->shape = WrittenDateTime::Shape::NumericDayMonth;
    w->first = leading;
    return c.number(2, &w->second) > 0 && c.eat(separator) && readYear(c, &w->year, true);
}

/// "AM", "pm", "a.m.", "p. m." (Spanish); nullopt when there is none.
std::optional<bool> readMeridiem(Cursor &c)
{
    const qsizetype start = c.pos();
    bool pm = false;
    if (c.eatAnyCase(u'p'))
        pm = true;
    else if (!c.eatAnyCase(u'a'))
        return std::nullopt;
    c.eat(u'.');
    c.spaces();
    if (!c.eatAnyCase(u'm')) {
        c.setPos(start);
        return std::nullopt;
    }
    c.eat(u'.');
    return pm;
}

/// "Z", "+01:00", "+0100", "-05", "UTC", "GMT+1"; false when something else follows.
bool readOffset(Cursor &c, WrittenDateTime *w)
{
    if (c.eat(u'Z') || c.eat(u'z')) {
        w->offsetSeconds = 0;
        return true;
    }
    const qsizetype start = c.pos();
    const QStringView name = c.word();
    const bool named = name.compare(u"UTC", Qt::CaseInsensitive) == 0
        || name.compare(u"GMT", Qt::CaseInsensitive) == 0;
    if (!named)
        c.setPos(start);
    int sign = 0;
    if (c.eat(u'+'))
        sign = 1;
    else if (c.eat(u'-') || c.eat(0x2212))
        sign = -1;
    if (sign == 0) {
        if (named)
            w->offsetSeconds = 0;
        return named || c.pos() == start;
    }
    int hours = 0;
    int minutes = 0;
    // "+0100": the hour is the first two digits, whatever follows.
    if (c.number(2, &hours) == 0)
        return false;
    if (c.eat(u':') ? c.number(2, &minutes) != 2
                    : (isDigit(c.peek()) && c.number(2, &minutes) != 2))
        return false;
    if (hours > 18 || minutes > 59)
        return false;
    w->offsetSeconds = sign * (hours * 3600 + minutes * 60);
    return true;
}

bool readTime(Cursor &c, WrittenDateTime *w)
{
    if (c.number(2, &w->hour) <= 0 || !c.eat(u':') || c.number(2, &w->minute) != 2)
        return false;
    if (c.eat(u':')) {
        if (c.number(2, &w->seconds) != 2)
            return false;
        if ((c.peek() == u'.' || c.peek() == u',') && isDigit(c.peek(1))) {
            c.eat(c.peek());
            int fraction = 0;
            const int digits = c.number(3, &fraction);
            w->msec = digits == 1 ? fraction * 100 : digits == 2 ? fraction * 10 : fraction;
            int ignored = 0;
            while (c.number(3, &ignored) != 0) { } // sub-millisecond digits
        }
    }
    c.spaces();
    if (const std::optional<bool> pm = readMeridiem(c)) {
        if (w->hour < 1 || w->hour > 12)
            return false;
        w->hour = w->hour % 12 + (*pm ? 12 : 0);
        w->amPm = true;
        c.spaces();
    }
    return readOffset(c, w) && w->hour <= 23 && w->minute <= 59 && w->seconds <= 59;
}

} // namespace

std::optional<WrittenDateTime> scanDateTime(QStringView text)
{
    Cursor c(text.trimmed());
    WrittenDateTime w;
    // A weekday in front ("Friday, November 20, 2026") says nothing the date does not.
    const QStringView lead = c.word();
    if (lead.isEmpty() || monthFromName(lead) > 0 || !c.eat(u','))
        c.setPos(0);
    c.spaces();
    if (!readDate(c, &w))
        return std::nullopt;
    const qsizetype afterDate = c.pos();
    const bool isoT = c.eat(u'T') || c.eat(u't');
    if (!isoT) {
        c.eat(u',');
        c.spaces();
    }
    if (isDigit(c.peek())) {
        if (!readTime(c, &w))
            return std::nullopt;
    } else {
        c.setPos(afterDate);
        c.spaces();
    }
    c.spaces();
    if (!c.atEnd())
        return std::nullopt;
    return w;
}

std::optional<qint64> parseDateTime(
    QStringView text, const QString &format, const QTimeZone &zone, DateOrder order)
{
    DateColumn column(format, zone);
    column.learn(text);
    column.settle(order);
    return column.read(text);
}

bool meansNoDate(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"n/a", Qt::CaseInsensitive) == 0)
        return true;
    return !t.isEmpty() && std::all_of(t.cbegin(), t.cend(), [](QChar c) {
        return c == u'-' || c == QChar(0x2013) || c == QChar(0x2014);
    });
}

QString eventPropertyTime(qint64 epochMs)
{
    return QString::number(epochMs);
}

} // namespace attendance
