// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/CellText.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTime>
#include <charconv>
#include <cmath>

namespace attendance {

namespace {

constexpr qint64 SecondsPerDay = 86'400;
// 9999-12-31, the last day Excel and LibreOffice can show.
constexpr double LastSerial = 2'958'466.0;

// Dates and times are formatted by hand: a workbook can hold a million of them, and QDate's
// and QString::arg's general formatting costs several times more.
char *digits(char *out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
    return out + width;
}

QString clock(qint64 seconds)
{
    char text[32];
    const qint64 hours = seconds / 3600;
    char *end = digits(text, hours, hours >= 100 ? int(std::log10(double(hours))) + 1 : 2);
    *end++ = ':';
    end = digits(end, seconds / 60 % 60, 2);
    *end++ = ':';
    end = digits(end, seconds % 60, 2);
    return QString::fromLatin1(text, end - text);
}

QString isoDate(QDate date, qint64 seconds, bool withTime)
{
    char text[24];
    char *end = digits(text, date.year(), 4);
    *end++ = '-';
    end = digits(end, date.month(), 2);
    *end++ = '-';
    end = digits(end, date.day(), 2);
    if (withTime) {
        *end++ = 'T';
        end = digits(end, seconds / 3600, 2);
        *end++ = ':';
        end = digits(end, seconds / 60 % 60, 2);
        *end++ = ':';
        end = digits(end, seconds % 60, 2);
    }
    return QString::fromLatin1(text, end - text);
}

/// Whether a number as written is already its own shortest round-trip text: a plain decimal of at
/// most 15 significant digits (which a double always keeps exactly), no leading zero, no trailing
/// zero after the point, in the range number(double) writes without an exponent.
bool isShortestDecimal(std::string_view text)
{
    if (text.empty() || text.size() > 17)
        return false;
    size_t i = text.front() == '-' ? 1 : 0;
    const size_t integerStart = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        ++i;
    const size_t integerDigits = i - integerStart;
    if (integerDigits == 0 || (integerDigits > 1 && text[integerStart] == '0'))
        return false;
    const bool zeroInteger = integerDigits == 1 && text[integerStart] == '0';
    if (i == text.size())
        return !(zeroInteger && integerStart == 1); // "-0" is written "0"
    if (text[i] != '.' || i + 1 == text.size() || text.back() == '0')
        return false;
    const size_t fractionStart = ++i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        ++i;
    if (i != text.size())
        return false;
    if (!zeroInteger)
        return integerDigits + (text.size() - fractionStart) <= 15;
    const size_t zeros = text.find_first_not_of('0', fractionStart) - fractionStart;
    return zeros < 10 && text.size() - fractionStart - zeros <= 15;
}

} // namespace

QString CellText::number(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("#NUM!");
    const double magnitude = std::fabs(value);
    double whole = 0;
    if (std::modf(value, &whole) == 0.0 && magnitude < 1e15)
        return QString::number(qint64(whole));
    // Plain decimals read better than exponents for any value a person would type.
    if (magnitude >= 1e-10 && magnitude < 1e15)
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

std::optional<double> CellText::parseNumber(std::string_view written)
{
    while (!written.empty() && (written.front() == ' ' || written.front() == '+'))
        written.remove_prefix(1);
    while (!written.empty() && written.back() == ' ')
        written.remove_suffix(1);
    double value = 0;
    const char *end = written.data() + written.size();
    const auto [stop, failure] = std::from_chars(written.data(), end, value);
    if (written.empty() || failure != std::errc() || stop != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString CellText::number(std::string_view written)
{
    if (isShortestDecimal(written))
        return QString::fromLatin1(written.data(), qsizetype(written.size()));
    const std::optional<double> value = parseNumber(written);
    return value ? number(*value) : QString::fromUtf8(written.data(), qsizetype(written.size()));
}

QString CellText::fromSerial(double serial, bool date1904, DateKind kind)
{
    if (kind == DateKind::None || !std::isfinite(serial) || serial < 0 || serial >= LastSerial)
        return number(serial);
    const qint64 totalSeconds = std::llround(serial * double(SecondsPerDay));
    const qint64 days = totalSeconds / SecondsPerDay;
    const qint64 seconds = totalSeconds % SecondsPerDay;
    if (kind == DateKind::Duration)
        return clock(totalSeconds);
    if (kind == DateKind::Time && days == 0)
        return clock(seconds);

    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days);
    else if (days >= 1 && days < 60)
        date = QDate(1899, 12, 31).addDays(days);
    else
        return number(serial); // day 0 ("1900-01-00") and the phantom 1900-02-29 have no date

    return isoDate(date, seconds, kind != DateKind::Date || seconds != 0);
}

CellText::DateKind CellText::builtInFormatKind(int id)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || (id >= 34 && id <= 36)
        || (id >= 50 && id <= 58))
        return DateKind::Date;
    if ((id >= 18 && id <= 21) || id == 32 || id == 33 || id == 45 || id == 47)
        return DateKind::Time;
    if (id == 46)
        return DateKind::Duration;
    return DateKind::None;
}

CellText::DateKind CellText::formatCodeKind(QStringView code)
{
    if (code.compare(u"General", Qt::CaseInsensitive) == 0)
        return DateKind::None;
    bool date = false;
    bool time = false;
    bool month = false;
    bool elapsed = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = QChar::toLower(code.at(i).unicode());
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal text, padding or fill
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1);
            // [h], [mm], [ss]: elapsed time; [Red], [$-409], [<100]: not date tokens.
            if (!inside.isEmpty()
                && std::all_of(inside.cbegin(), inside.cend(),
                    [first = inside.front().toLower()](QChar x) { return x.toLower() == first; })
                && QStringView(u"hms").contains(inside.front().toLower()))
                elapsed = true;
            i = close < 0 ? code.size() : close;
        } else if (c == u'y' || c == u'd') {
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        } else if (c == u'm') {
            month = true;
        } else if (code.mid(i, 5).compare(u"am/pm", Qt::CaseInsensitive) == 0
            || code.mid(i, 3).compare(u"a/p", Qt::CaseInsensitive) == 0) {
            time = true;
            i += code.mid(i, 5).compare(u"am/pm", Qt::CaseInsensitive) == 0 ? 4 : 2;
        }
    }
    if (elapsed)
        return DateKind::Duration;
    // "m" means minutes next to hours or seconds ("h:mm", "mm:ss"), months otherwise.
    if (date || (month && !time))
        return DateKind::Date;
    return time ? DateKind::Time : DateKind::None;
}

QString CellText::isoDateTime(QStringView text)
{
    QString trimmed = text.trimmed().toString();
    if (!trimmed.contains(u'T')) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : trimmed;
    }
    QDateTime when = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!when.isValid())
        return trimmed;
    const int millis = when.time().msec();
    when = when.addMSecs(millis >= 500 ? 1000 - millis : -millis);
    return when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString CellText::isoDuration(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (!trimmed.startsWith(u'P'))
        return trimmed.toString();
    double seconds = 0;
    bool inTime = false;
    bool any = false;
    qsizetype start = 1;
    for (qsizetype i = 1; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c == u'T' && start == i) {
            inTime = true;
            start = i + 1;
            continue;
        }
        if (c.isDigit() || c == u'.')
            continue;
        bool ok = false;
        const double value = trimmed.mid(start, i - start).toDouble(&ok);
        if (!ok)
            return trimmed.toString();
        if (c == u'D' && !inTime)
            seconds += value * double(SecondsPerDay);
        else if (c == u'H' && inTime)
            seconds += value * 3600;
        else if (c == u'M' && inTime)
            seconds += value * 60;
        else if (c == u'S' && inTime)
            seconds += value;
        else
            return trimmed.toString(); // years and months have no fixed length
        start = i + 1;
        any = true;
    }
    if (!any || start != trimmed.size() || seconds >= 1e12)
        return trimmed.toString();
    return clock(std::llround(seconds));
}

} // namespace attendance
