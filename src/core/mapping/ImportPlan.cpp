// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/ImportPlan.h"

#include "Logging.h"
#include "mapping/ColumnDetection.h"
#include "mapping/DateParsing.h"
#include "mapping/EmailCheck.h"

#include <QHash>
#include <algorithm>

namespace attendance {

namespace {

using Kind = ColumnTarget::Kind;

bool isBlank(const QString &cell)
{
    for (const QChar c : cell) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool isBlankRow(const QStringList &row)
{
    return std::all_of(row.cbegin(), row.cend(), isBlank);
}

QString cellAt(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? row.at(column) : QString();
}

bool hasValidEmail(const QStringList &row)
{
    return std::any_of(
        row.cbegin(), row.cend(), [](const QString &cell) { return checkEmail(cell).valid; });
}

int widestRow(const Sheet &sheet, qsizetype from)
{
    qsizetype width = 0;
    for (qsizetype r = from; r < sheet.rows.size(); ++r)
        width = std::max(width, sheet.rows.at(r).size());
    return int(width);
}

QString placeholderHeader(int column)
{
    return QStringLiteral("Column %1").arg(columnLetters(column));
}

QStringList headersFromRow(const QStringList &row)
{
    // Blank header cells get a placeholder so every column can be shown and named in --map.
    QStringList headers;
    headers.reserve(row.size());
    for (qsizetype c = 0; c < row.size(); ++c) {
        const QString text = row.at(c).trimmed();
        headers.append(text.isEmpty() ? placeholderHeader(int(c)) : text);
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
            *error = QStringLiteral("Unknown column '%1' in --map. Columns are: %2.")
                         .arg(columnSpec, describeColumns(plan->headers));
            return false;
        }
        const std::optional<ColumnTarget> target = ColumnTarget::parse(targetSpec);
        if (!target) {
            *error = QStringLiteral("Unknown target '%1' in --map. Use email, interactionDateTime, "
                                    "contactProperties.NAME, properties.joinedAt, "
                                    "properties.leftAt or ignore.")
                         .arg(targetSpec);
            return false;
        }
        assignTarget(&plan->mapping, column, *target);
    }
    return true;
}

/// Reads the rows below the header into attendees, invalid rows and duplicates.
class RowSorter final
{
public:
    RowSorter(const ImportOptions &options, ImportPlan *plan)
        : m_options(options)
        , m_plan(plan)
        , m_email(plan->mapping.emailColumn())
        , m_date(plan->mapping.columnFor(Kind::InteractionDateTime))
        , m_joined(plan->mapping.columnFor(Kind::JoinedAt))
        , m_left(plan->mapping.columnFor(Kind::LeftAt))
    {
        for (qsizetype c = 0; c < plan->mapping.columns.size(); ++c) {
            if (plan->mapping.columns.at(c).kind == Kind::ContactProperty)
                m_properties.append(int(c));
        }
    }

    void add(int row, const QStringList &cells)
    {
        ++m_plan->totalRows;
        const QString raw = cellAt(cells, m_email);
        const EmailCheck check = checkEmail(raw);
        if (!check.valid) {
            m_plan->invalid.append(InvalidRow {row, raw, check.reason});
            return;
        }
        const QString key = check.email.toCaseFolded();
        if (const auto first = m_firstRows.constFind(key); first != m_firstRows.cend()) {
            m_plan->duplicates.append(DuplicateRow {row, check.email, first.value()});
            return;
        }

        Attendee attendee;
        attendee.row = row;
        attendee.email = check.email;
        QString dateError;
        attendee.interactionDateTime = readDate(cells, m_date, &dateError);
        if (const auto joined = readDate(cells, m_joined, &dateError))
            attendee.properties.insert(QStringLiteral("joinedAt"), QString::number(*joined));
        if (const auto left = readDate(cells, m_left, &dateError))
            attendee.properties.insert(QStringLiteral("leftAt"), QString::number(*left));
        // Only a row that will be sent claims its email: a later row with a good date still goes.
        if (!dateError.isEmpty()) {
            m_plan->invalid.append(InvalidRow {row, raw, dateError});
            return;
        }
        for (const int column : m_properties) {
            const QString value = cellAt(cells, column).trimmed();
            if (!value.isEmpty())
                attendee.contactProperties.insert(
                    m_plan->mapping.columns.at(column).property, value);
        }
        m_firstRows.insert(key, row);
        m_plan->attendees.append(std::move(attendee));
    }

private:
    /// nullopt for an empty cell or unmapped column; a cell that is not a date sets *error
    /// (the first such cell only, so the reason names one problem).
    std::optional<qint64> readDate(const QStringList &cells, int column, QString *error) const
    {
        const QString text = cellAt(cells, column).trimmed();
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<qint64> ms
            = parseDateTime(text, m_options.dateFormat, m_options.timeZone);
        if (!ms && error->isEmpty()) {
            *error = QStringLiteral("Could not read the date '%1' in column '%2'")
                         .arg(text, m_plan->headers.value(column));
        }
        return ms;
    }

    const ImportOptions &m_options;
    ImportPlan *m_plan;
    int m_email;
    int m_date;
    int m_joined;
    int m_left;
    QList<int> m_properties;
    QHash<QString, int> m_firstRows; // case-folded email -> row of the attendee sent
};

} // namespace

bool buildImportPlan(
    const Sheet &sheet, const ImportOptions &options, ImportPlan *plan, QString *error)
{
    const QString file = plan->file;
    *plan = ImportPlan {};
    plan->file = file;
    plan->sheet = sheet.name;
    const int rowCount = int(sheet.rows.size());

    int headerIndex = -1; // 0-based; -1 = no header row
    int dataStart = 0;
    if (options.headerRow > 0) {
        if (options.headerRow > rowCount) {
            *error = QStringLiteral("Row %1 cannot be the header: the sheet ends at row %2.")
                         .arg(options.headerRow)
                         .arg(rowCount);
            return false;
        }
        headerIndex = options.headerRow - 1;
        dataStart = options.headerRow;
    } else if (options.headerRow < 0) {
        const auto first = std::find_if_not(sheet.rows.cbegin(), sheet.rows.cend(), isBlankRow);
        dataStart = int(first - sheet.rows.cbegin());
        // A first row that already holds an address is data: the file is a bare list.
        if (first != sheet.rows.cend() && !hasValidEmail(*first)) {
            headerIndex = dataStart;
            ++dataStart;
        }
    }

    plan->headerRow = headerIndex + 1;
    // A blank header row (one chosen by hand) says nothing about the width, so the data does.
    const bool namedColumns = headerIndex >= 0 && !isBlankRow(sheet.rows.at(headerIndex));
    plan->headers = namedColumns ? headersFromRow(sheet.rows.at(headerIndex))
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
        *error = QStringLiteral("No column holds email addresses. Choose the email column with "
                                "--map COLUMN=email.");
        return false;
    }

    RowSorter sorter(options, plan);
    // Nearly every row is sent; one reservation beats a million-row file growing the list.
    plan->attendees.reserve(rowCount - dataStart);
    for (int r = dataStart; r < rowCount; ++r) {
        const QStringList &cells = sheet.rows.at(r);
        if (!isBlankRow(cells))
            sorter.add(r + 1, cells);
    }
    qCDebug(lcImport) << "Import plan:" << plan->totalRows << "rows," << plan->attendees.size()
                      << "to send," << plan->invalid.size() << "invalid," << plan->duplicates.size()
                      << "duplicates";
    return true;
}

} // namespace attendance
