// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheet/Sheet.h"
#include "spreadsheet/WorkbookError.h"

namespace attendance {

/// Fills a Sheet from rows read at the positions a workbook gives them, so that rows[i] is the row
/// a spreadsheet program shows as i + 1. Blank rows between filled ones are inserted; blank rows
/// and cells at the end (formatted-but-empty, or repeated a million times) are never stored.
/// Enforces the limits of rows, columns and cell size, and the budget of cells and text shared by
/// every sheet of the workbook.
class SheetBuilder final
{
public:
    SheetBuilder(const QString &name, WorkbookBudget *budget);
    SheetBuilder(const SheetBuilder &) = delete;
    SheetBuilder &operator=(const SheetBuilder &) = delete;

    /// Adds `cells` as the row at 0-based `index`, `repeat` times. Trailing blank cells are dropped
    /// and a row left blank is not stored. False, with error(), past a limit or when rows come out
    /// of order.
    bool addRow(qint64 index, QStringList cells, qint64 repeat = 1);
    QString error() const { return m_error; }
    const QString &name() const { return m_sheet.name; }
    Sheet take() { return std::move(m_sheet); }

    /// Puts `text` at 0-based `column` (at or after the row's end) of `cells`, the row at 0-based
    /// `index`, `repeat` times, padding with blanks; blank text is not stored. False, with
    /// error(), when the column is past the limit or the text longer than a cell may be.
    bool setCell(
        QStringList *cells, qint64 index, qint64 column, const QString &text, qint64 repeat = 1);

private:
    Sheet m_sheet;
    WorkbookBudget *m_budget;
    QString m_error;
};

} // namespace attendance
