// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/ImportPlan.h"

#include "Logging.h"
#include "mapping/ColumnDetection.h"
#include "mapping/HeaderDetection.h"
#include "mapping/RowClassifier.h"

#include <QCoreApplication>
#include <algorithm>

namespace attendance {

namespace {

using Kind = ColumnTarget::Kind;

bool isBlankRow(const Sheet &sheet, int row)
{
    for (int c = 0; c < sheet.columnCount(row); ++c) {
        if (!sheet.cell(row, c).trimmed().isEmpty())
            return false;
    }
    return true;
}

int widestRow(const Sheet &sheet, int from)
{
    int width = 0;
    for (int r = std::max(from, 0); r < sheet.rowCount(); ++r)
        width = std::max(width, sheet.columnCount(r));
    return width;
}

QString placeholderHeader(int column)
{
    return QCoreApplication::translate("attendance::ImportPlan", "Column %1")
        .arg(columnLetters(column));
}

QStringList headersFromRow(const Sheet &sheet, int row)
{
    // Blank header cells get a placeholder so every column can be shown and named in --map.
    QStringList headers;
    headers.reserve(sheet.columnCount(row));
    for (int c = 0; c < sheet.columnCount(row); ++c) {
        const QStringView text = sheet.cell(row, c).trimmed();
        headers.append(text.isEmpty() ? placeholderHeader(c) : text.toString());
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

/// Header text first (a header may itself read "A" or "2"), then letters, then a 1-based number.
int resolveColumn(const QString &spec, const QStringList &headers)
{
    const QString wanted = spec.trimmed();
    for (qsizetype c = 0; c < headers.size(); ++c) {
        if (headers.at(c).compare(wanted, Qt::CaseInsensitive) == 0)
            return int(c);
    }
    const int fromLetters = columnIndexFromLetters(wanted);
    if (fromLetters >= 0)
        return fromLetters < headers.size() ? fromLetters : -1;
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= headers.size())
        return number - 1;
    return -1;
}

QString describeColumns(const QStringList &headers)
{
    QStringList described;
    described.reserve(headers.size());
    for (qsizetype c = 0; c < headers.size(); ++c)
        described.append(QStringLiteral("%1 (%2)").arg(headers.at(c), columnLetters(int(c))));
    return described.join(QStringLiteral(", "));
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

bool applyOverrides(const ImportOptions &options, ImportPlan *plan, QString *error)
{
    for (const auto &[columnSpec, targetSpec] : options.mapOverrides) {
        const int column = resolveColumn(columnSpec, plan->headers);
        if (column < 0) {
            *error = QCoreApplication::translate(
                "attendance::ImportPlan", "Unknown column '%1' in --map. Columns are: %2.")
                         .arg(columnSpec, describeColumns(plan->headers));
            return false;
        }
        const std::optional<ColumnTarget> target = ColumnTarget::parse(targetSpec);
        if (!target) {
            *error = QCoreApplication::translate("attendance::ImportPlan",
                "Unknown target '%1' in --map. Use email, interactionDateTime, "
                "contactProperties.NAME, properties.joinedAt, properties.leftAt or "
                "ignore.")
                         .arg(targetSpec);
            return false;
        }
        assignTarget(&plan->mapping, column, *target);
    }
    return true;
}

} // namespace

bool buildImportPlan(const Sheet &sheet, const ImportOptions &options, ImportPlan *plan,
    QString *error, PlanDetail detail)
{
    const QString file = plan->file;
    *plan = ImportPlan {};
    plan->file = file;
    plan->sheet = sheet.name;
    const int rowCount = sheet.rowCount();

    int headerIndex = -1; // 0-based; -1 = no header row
    int dataStart = 0;
    if (options.headerRow > 0) {
        if (options.headerRow > rowCount) {
            *error = QCoreApplication::translate(
                "attendance::ImportPlan", "Row %1 cannot be the header: the sheet ends at row %2.")
                         .arg(options.headerRow)
                         .arg(rowCount);
            return false;
        }
        headerIndex = options.headerRow - 1;
        dataStart = options.headerRow;
    } else if (options.headerRow < 0) {
        headerIndex = detectHeaderRow(sheet);
        dataStart = headerIndex + 1;
    }

    plan->headerRow = headerIndex + 1;
    // A blank header row (one chosen by hand) says nothing about the width, so the data does.
    const bool namedColumns = headerIndex >= 0 && !isBlankRow(sheet, headerIndex);
    plan->headers = namedColumns ? headersFromRow(sheet, headerIndex)
                                 : placeholderHeaders(widestRow(sheet, dataStart));
    plan->mapping = namedColumns ? detectColumnsFromHeaders(plan->headers) : ColumnMapping {};
    plan->mapping.columns.resize(plan->headers.size());

    if (plan->mapping.emailColumn() < 0) {
        const int byContent
            = detectEmailColumnByContent(sheet, dataStart, int(plan->headers.size()));
        if (byContent >= 0)
            assignTarget(&plan->mapping, byContent, ColumnTarget {Kind::Email, {}});
    }
    if (!applyOverrides(options, plan, error))
        return false;
    if (plan->mapping.emailColumn() < 0) {
        *error = QCoreApplication::translate("attendance::ImportPlan",
            "No column holds email addresses. Choose the email column with --map "
            "COLUMN=email.");
        return false;
    }

    classifyRows(sheet, dataStart, options, detail, plan);
    qCDebug(lcImport) << "Import plan:" << plan->totalRows << "rows," << plan->counts.attendees
                      << "to send," << plan->counts.invalid << "invalid," << plan->counts.duplicates
                      << "duplicates," << plan->counts.repaired << "repaired";
    return true;
}

} // namespace attendance
