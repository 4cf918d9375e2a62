// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <optional>
#include <string_view>

namespace attendance {

/// Turns the typed values of workbook cells into the text a Sheet holds, the same way for XLSX,
/// ODS and XLS: numbers as the shortest text that reads back to the same number (integers
/// without ".0" or exponent), booleans as TRUE / FALSE, and dates as ISO 8601 wall times
/// ("yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd" for a date without time, "HH:mm:ss" for a time of day)
/// with no offset: the mapping step applies the user's time zone.
class CellText final
{
public:
    /// What a cell's number format shows of a serial day number.
    enum class DateKind {
        None, ///< a plain number
        Date, ///< a calendar date, perhaps with a time
        Time, ///< a time of day
        Duration, ///< elapsed time, [h]:mm:ss
    };

    static QString number(double value);
    /// A number as a file writes it ("1.5", "1E-7", "12345678901"); other text is kept as it is.
    static QString number(std::string_view written);
    /// A number as a file writes it, or nullopt.
    static std::optional<double> parseNumber(std::string_view written);
    static QString boolean(bool value)
    {
        return value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    }

    /// A spreadsheet serial day number shown with a date or time format. The 1900 system counts
    /// from 1899-12-31 and has Lotus 1-2-3's phantom 29 February 1900 (serial 60); the 1904
    /// system counts from 1904-01-01. Values with no real date stay numbers.
    static QString fromSerial(double serial, bool date1904, DateKind kind);

    /// Excel's built-in number formats by id (14-22, 45-47, and the East Asian 27-36, 50-58).
    static DateKind builtInFormatKind(int id);
    /// A format code such as "dd/mm/yyyy hh:mm" or "[h]:mm"; quoted text, escapes and [colour]
    /// or [$-locale] sections are not date tokens.
    static DateKind formatCodeKind(QStringView code);

    /// An ISO 8601 date or date-time from a file (ODS office:date-value, XLSX t="d"), rounded to
    /// the second; left as it is when it is not one.
    static QString isoDateTime(QStringView text);
    /// An XML Schema duration (ODS office:time-value, "PT12H30M00S") as "HH:mm:ss"; hours go past
    /// 23 for longer durations. Left as it is when it is not one.
    static QString isoDuration(QStringView text);
};

} // namespace attendance
