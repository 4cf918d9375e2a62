// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/SheetBuilder.h"

#include "spreadsheet/WorkbookError.h"

namespace attendance {

SheetBuilder::SheetBuilder(const QString &name, WorkbookBudget *budget)
    : m_budget(budget)
{
    m_sheet.name = name;
}

bool SheetBuilder::addRow(qint64 index, QStringList cells, qint64 repeat)
{
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast();
    if (cells.isEmpty() || repeat <= 0)
        return true;
    if (index < m_sheet.rowCount()) {
        m_error = WorkbookError::outOfOrder(m_sheet.name);
        return false;
    }
    if (index + repeat > ReadLimits::MaxRows) {
        m_error = WorkbookError::tooManyRows(m_sheet.name);
        return false;
    }
    qint64 text = 0;
    for (const QString &cell : std::as_const(cells))
        text += cell.size();
    if (repeat > m_budget->cells / cells.size()
        || repeat > m_budget->textUnits / std::max<qint64>(text, 1)) {
        m_error = WorkbookError::tooManyCells();
        return false;
    }
    m_budget->cells -= repeat * cells.size();
    m_budget->textUnits -= repeat * text;
    for (qint64 blank = m_sheet.rowCount(); blank < index; ++blank)
        m_sheet.appendRow({});
    for (qint64 i = 0; i < repeat; ++i)
        m_sheet.appendRow(cells);
    return true;
}

bool SheetBuilder::setCell(
    QStringList *cells, qint64 index, qint64 column, const QString &text, qint64 repeat)
{
    if (text.isEmpty() || repeat <= 0)
        return true;
    Q_ASSERT(column >= cells->size());
    if (column + repeat > ReadLimits::MaxColumns) {
        m_error = WorkbookError::tooManyColumns(m_sheet.name);
        return false;
    }
    if (text.size() > ReadLimits::MaxCellChars) {
        m_error = WorkbookError::cellTooLong(m_sheet.name, index, column);
        return false;
    }
    if (repeat > 1)
        cells->reserve(column + repeat);
    cells->resize(column);
    for (qint64 i = 0; i < repeat; ++i)
        cells->append(text);
    return true;
}

} // namespace attendance
