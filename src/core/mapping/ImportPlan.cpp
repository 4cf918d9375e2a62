// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/ImportPlan.h"

#include "Logging.h"
#include "mapping/ColumnDetection.h"
#include "mapping/HeaderDetection.h"
#include "mapping/Mojibake.h"
#include "mapping/RowClassifier.h"

#include <QCoreApplication>
#include <algorithm>

namespace attendance {

namespace {

using Kind = ColumnTarget::Kind;

int widestRow(const Sheet &sheet, int from)
{
    int width = 0;
    for (int r = std::max(from, 0); r < sheet.rowCount(); ++r)
        width = std::max(width, sheet.columnCount(r));
    return width;
}

int firstFilledColumn(const Sheet &sheet, int row)
{
    for (int c = 0; c < sheet.columnCount(row); ++c) {
        if (!sheet.isBlankCell(row, c))
            return c;
    }
    return 0;
}

QString placeholderHeader(int column)
{
    return QCoreApplication::translate("attendance::ImportPlan", "Column %1")
        .arg(columnLetters(column));
}

QStringList headersFromRow(const Sheet &sheet, int row)
{
    // Blank header cells get a placeholder so every column can be shown and chosen by name.
    QStringList headers;
    headers.reserve(sheet.columnCount(row));
    for (int c = 0; c < sheet.columnCount(row); ++c) {
        const QString text = sheet.cellText(row, c).trimmed();
        headers.append(text.isEmpty() ? placeholderHeader(c) : text);
    }
    return headers;
}

QStringList placeholderHeaders(int count)
{
    QStringList headers;
    headers.reserve(count);
    for (int c = 0; c < count; ++c)
        headers.append(placeholderHeader(c));
    return headers;
}

/// A target that can only have one column takes it from the column that had it before.
void assignTarget(ColumnMapping *mapping, int column, const ColumnTarget &target)
{
    if (target.kind != Kind::Ignore) {
        for (ColumnTarget &other : mapping->columns) {
            const bool sameProperty = target.kind == Kind::ContactProperty
                && other.kind == Kind::ContactProperty
                && other.property.compare(target.property, Qt::CaseInsensitive) == 0;
            if ((target.kind != Kind::ContactProperty && other.kind == target.kind) || sameProperty)
                other = ColumnTarget {};
        }
    }
    mapping->columns[column] = target;
}

bool applyChoices(const ImportOptions &options, ImportPlan *plan, QString *error)
{
    for (const ColumnChoice &choice : options.columnChoices) {
        if (choice.column < 0 || choice.column >= plan->headers.size()) {
            *error = QCoreApplication::translate("attendance::ImportPlan",
                "Column %1 was chosen, but this sheet has no such column. Its columns are: %2.")
                         .arg(columnLetters(choice.column), describeColumns(plan->headers));
            return false;
        }
        assignTarget(&plan->mapping, choice.column, choice.target);
    }
    return true;
}

} // namespace

bool sheetLayout(const Sheet &sheet, int headerRow, SheetLayout *layout, QString *error)
{
    *layout = SheetLayout {};
    const int rowCount = sheet.rowCount();
    if (headerRow > 0) {
        if (headerRow > rowCount) {
            *error = QCoreApplication::translate(
                "attendance::ImportPlan", "Row %1 cannot be the header: the sheet ends at row %2.")
                         .arg(headerRow)
                         .arg(rowCount);
            return false;
        }
        layout->headerIndex = headerRow - 1;
    } else if (headerRow < 0) {
        layout->headerIndex = detectHeaderRow(sheet);
    }
    layout->dataStart = layout->headerIndex + 1;
    layout->dataEnd = detectTableEnd(sheet, layout->headerIndex);
    // A blank header row (one chosen by hand) says nothing about the width, so the data does.
    layout->namedColumns = layout->headerIndex >= 0 && !sheet.isBlankRow(layout->headerIndex);
    layout->headers = layout->namedColumns
        ? headersFromRow(sheet, layout->headerIndex)
        : placeholderHeaders(widestRow(sheet, layout->dataStart));
    return true;
}

bool holdsEmailColumn(const Sheet &sheet)
{
    // The same detection as buildImportPlan()'s, without the table's end (a scan of every row
    // for section titles) or any row check.
    const int header = detectHeaderRow(sheet);
    const bool named = header >= 0 && !sheet.isBlankRow(header);
    if (named && detectColumnsFromHeaders(headersFromRow(sheet, header)).emailColumn() >= 0)
        return true;
    const int columns = named ? sheet.columnCount(header) : widestRow(sheet, header + 1);
    return detectEmailColumnByContent(sheet, header + 1, columns) >= 0;
}

bool buildImportPlan(const Sheet &sheet, const ImportOptions &options, ImportPlan *plan,
    QString *error, PlanDetail detail)
{
    const QString file = plan->file;
    const QString sha256 = plan->fileSha256;
    *plan = ImportPlan {};
    plan->file = file;
    plan->fileSha256 = sha256;
    plan->sheet = sheet.name;
    SheetLayout layout;
    if (!sheetLayout(sheet, options.headerRow, &layout, error))
        return false;
    const int dataStart = layout.dataStart;
    plan->headerRow = layout.headerIndex + 1;
    plan->headers = layout.headers;
    plan->mapping
        = layout.namedColumns ? detectColumnsFromHeaders(plan->headers) : ColumnMapping {};
    plan->mapping.columns.resize(plan->headers.size());

    if (plan->mapping.emailColumn() < 0) {
        const int byContent
            = detectEmailColumnByContent(sheet, dataStart, int(plan->headers.size()));
        if (byContent >= 0)
            assignTarget(&plan->mapping, byContent, ColumnTarget {Kind::Email, {}});
    }
    if (!applyChoices(options, plan, error))
        return false;
    if (plan->mapping.emailColumn() < 0) {
        *error = QCoreApplication::translate(
            "attendance::ImportPlan", "No column holds email addresses. Choose the email column.");
        return false;
    }
    if (options.state == SubscriberState::ByStatus && plan->mapping.columnFor(Kind::Status) < 0) {
        *error = QCoreApplication::translate("attendance::ImportPlan",
            "Going by each row's status needs a status column (Attended, Attendee Status, "
            "Checked In…), and none is mapped. Map one to \"status\", or choose a state.");
        return false;
    }

    if (layout.dataEnd < sheet.rowCount()) {
        plan->tableEndRow = layout.dataEnd + 1;
        plan->nextTableTitle
            = sheet.cellText(layout.dataEnd, firstFilledColumn(sheet, layout.dataEnd)).trimmed();
        for (int row = layout.dataEnd; row < sheet.rowCount(); ++row)
            plan->rowsAfterTable += !sheet.isBlankRow(row);
    }
    if (const auto hit = findMojibake(sheet, dataStart, layout.dataEnd)) {
        plan->mojibakeRow = hit->row;
        plan->mojibakeValue = hit->value;
    }
    classifyRows(sheet, dataStart, layout.dataEnd, options, detail, plan);
    qCDebug(lcImport) << "Import plan:" << plan->totalRows << "rows," << plan->counts.attendees
                      << "to send," << plan->counts.invalid << "invalid," << plan->counts.duplicates
                      << "duplicates," << plan->counts.repaired << "repaired";
    return true;
}

} // namespace attendance
