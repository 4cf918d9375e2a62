// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace attendance {

/// A grid of cell texts as read from a file. rows[i] is the row a spreadsheet program shows as i + 1;
/// blank rows are kept so that numbering stays true to the file. From CSV, a blank line is a row
/// with one empty cell, a line break inside a quoted cell stays in the cell (it does not start a
/// row), and cells are not trimmed. Rows may differ in length.
struct Sheet
{
    QString name;
    QList<QStringList> rows; ///< Being replaced by the accessors below; use those in new code.

    int rowCount() const { return int(rows.size()); }
    int columnCount(int row) const { return row >= 0 && row < rows.size() ? int(rows.at(row).size()) : 0; }
    /// The cell text, or an empty view outside the grid.
    QStringView cell(int row, int column) const
    {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
            return {};
        return rows.at(row).at(column);
    }
    QStringList row(int row) const { return row >= 0 && row < rows.size() ? rows.at(row) : QStringList(); }
    void appendRow(const QStringList &cells) { rows.append(cells); }
};

/// How to read a delimited text file; empty / null members mean "detect".
struct CsvOptions
{
    QString encoding; ///< e.g. "UTF-8"; empty = detect.
    QChar delimiter;  ///< ',', ';', '\t', '|'; null = detect.
};

/// The outcome of reading a file: a sheet, or an error that says what to do.
struct ReadResult
{
    Sheet sheet;
    QString encoding;  ///< The encoding used (detected or given).
    QChar delimiter;   ///< The delimiter used (detected or given).
    QString error;     ///< Plain-language reason the file could not be read; empty on success.

    bool ok() const { return error.isEmpty(); }
};

} // namespace attendance
