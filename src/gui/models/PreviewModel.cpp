// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PreviewModel.h"

#include "services/Session.h"

#include <QHash>
#include <algorithm>

namespace attendance {

namespace {

/// Every invalid, duplicate, skipped and repaired row of the plan, by row number. Repaired rows
/// are sent; they are listed with the problems so that every one of them can be looked at
/// ("problems only"), as what is sent is not what the file says.
QList<PreviewRow> problemsOf(const ImportPlan &plan)
{
    QList<PreviewRow> problems;
    problems.reserve(
        plan.invalid.size() + plan.duplicates.size() + plan.skipped.size() + plan.repaired.size());
    for (const InvalidRow &r : plan.invalid)
        problems.append(PreviewRow {r.row, {}, PreviewRow::Problem::Invalid, r.reason, 0, {}});
    for (const DuplicateRow &d : plan.duplicates) {
        problems.append(PreviewRow {d.row, {}, PreviewRow::Problem::Duplicate, {}, d.firstRow, {}});
        problems.last().merged = d.merged;
        if (d.sentAs != d.ownState)
            problems.last().state = d.sentAs;
    }
    for (const SkippedRow &r : plan.skipped)
        problems.append(PreviewRow {r.row, {}, PreviewRow::Problem::Skipped, r.reason, 0, {}});
    for (const RepairedRow &r : plan.repaired) {
        problems.append(PreviewRow {r.row, {}, PreviewRow::Problem::None, {}, 0, r.original});
        problems.last().repairedTo = r.email;
    }
    const auto byRow = [](const PreviewRow &a, const PreviewRow &b) { return a.row < b.row; };
    std::stable_sort(problems.begin(), problems.end(), byRow);
    return problems;
}

/// By status: the state @p row is sent in, from the plan's attendees (in row order).
std::optional<SubscriberState> sentState(const ImportPlan &plan, int row)
{
    const auto found = std::lower_bound(plan.attendees.cbegin(), plan.attendees.cend(), row,
        [](const Attendee &a, int r) { return a.row < r; });
    if (found == plan.attendees.cend() || found->row != row)
        return std::nullopt;
    return found->state;
}

} // namespace

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QList<PreviewRow> PreviewModel::previewRows(
    const Sheet &sheet, const ImportPlan &plan, int limit, int problemLimit)
{
    const QList<PreviewRow> problems = problemsOf(plan);
    QList<PreviewRow> rows;
    rows.reserve(
        std::min(limit, sheet.rowCount()) + std::min<qsizetype>(problemLimit, problems.size()));
    qsizetype nextProblem = 0;
    int shownProblems = 0;
    int dataRows = 0;
    int lastScanned = plan.headerRow;
    // The first rows in file order; headerRow is 1-based, so it is also the 0-based index of the
    // first row below the header. Only these rows are scanned: a million-row file costs no more.
    // Rows past the table's end (another table below it) are not the plan's: not shown.
    const int end = plan.tableEndRow > 0 ? plan.tableEndRow - 1 : sheet.rowCount();
    const bool byStatus = !plan.attendees.isEmpty() && plan.attendees.constFirst().state;
    for (int i = plan.headerRow; i < end && dataRows < limit; ++i) {
        lastScanned = i + 1;
        if (sheet.isBlankRow(i))
            continue;
        PreviewRow preview {i + 1, {}, PreviewRow::Problem::None, {}, 0, {}};
        while (nextProblem < problems.size() && problems.at(nextProblem).row < preview.row)
            ++nextProblem;
        if (nextProblem < problems.size() && problems.at(nextProblem).row == preview.row) {
            preview = problems.at(nextProblem++);
            ++shownProblems;
        }
        preview.cells = sheet.row(i);
        if (byStatus && preview.problem == PreviewRow::Problem::None)
            preview.state = sentState(plan, preview.row);
        rows.append(std::move(preview));
        ++dataRows;
    }
    // Then the later problems, straight from their row numbers.
    for (; nextProblem < problems.size() && shownProblems < problemLimit; ++nextProblem) {
        PreviewRow preview = problems.at(nextProblem);
        if (preview.row <= lastScanned)
            continue;
        preview.cells = sheet.row(preview.row - 1);
        if (byStatus && preview.problem == PreviewRow::Problem::None)
            preview.state = sentState(plan, preview.row);
        rows.append(std::move(preview));
        ++shownProblems;
    }
    return rows;
}

void PreviewModel::setPreview(const ImportPlan &plan, const QList<PreviewRow> &rows)
{
    beginResetModel();
    m_headers = plan.headers;
    m_mapping = plan.mapping;
    m_rows = rows;
    m_totalRows = plan.totalRows;
    endResetModel();
}

void PreviewModel::clear()
{
    beginResetModel();
    m_headers.clear();
    m_mapping = {};
    m_rows.clear();
    m_totalRows = 0;
    endResetModel();
}

int PreviewModel::rowsWithoutProblem() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const PreviewRow &r) { return r.problem == PreviewRow::Problem::None; }));
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_headers.isEmpty() ? 0 : int(m_headers.size()) + 1;
}

ColumnTarget PreviewModel::targetOf(int sheetColumn) const
{
    return m_mapping.columns.value(sheetColumn);
}

QString PreviewModel::reasonFor(const PreviewRow &row) const
{
    switch (row.problem) {
    case PreviewRow::Problem::None:
        return {};
    case PreviewRow::Problem::Invalid:
    case PreviewRow::Problem::Skipped:
        return row.reason;
    case PreviewRow::Problem::Duplicate:
        if (row.merged)
            return tr("Another session of the person in row %1: merged into that row, which is "
                      "sent with the earliest join and the latest leave.")
                .arg(row.firstRow);
        if (row.state)
            return tr("Same email as row %1, which is sent instead, as %2: a person is recorded "
                      "once, in the furthest state their rows reach.")
                .arg(row.firstRow)
                .arg(gui::Session::stateLabel(*row.state));
        return tr("Same email as row %1; only that row is sent.").arg(row.firstRow);
    }
    return {};
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreviewRow &r = m_rows.at(index.row());
    const int sheetColumn = index.column() - 1;
    switch (role) {
    case Qt::DisplayRole:
        if (sheetColumn < 0)
            return r.row;
        // What is sent, then what the file says: the preview never hides a change.
        if (!r.repairedTo.isEmpty() && sheetColumn == m_mapping.emailColumn())
            return tr("%1 (was “%2”)").arg(r.repairedTo, r.repairedFrom);
        // By status: what the status says, then the state it is sent in.
        if (r.state && r.problem == PreviewRow::Problem::None
            && sheetColumn == m_mapping.columnFor(ColumnTarget::Kind::Status))
            return tr("%1 → %2").arg(
                r.cells.value(sheetColumn), gui::Session::stateLabel(*r.state));
        if (r.problem == PreviewRow::Problem::Skipped
            && sheetColumn == m_mapping.columnFor(ColumnTarget::Kind::Status))
            return r.cells.value(sheetColumn).trimmed().isEmpty()
                ? tr("(blank) → not sent")
                : tr("%1 → not sent").arg(r.cells.value(sheetColumn));
        return r.cells.value(sheetColumn);
    case Qt::ToolTipRole:
        if (r.problem != PreviewRow::Problem::None)
            return tr("Row %1 is not sent: %2").arg(r.row).arg(reasonFor(r));
        if (!r.repairedFrom.isEmpty())
            return tr("Repaired: was “%1”").arg(r.repairedFrom);
        if (r.state)
            return tr("Row %1 is sent as %2.").arg(r.row).arg(gui::Session::stateLabel(*r.state));
        break;
    case Qt::TextAlignmentRole:
        if (sheetColumn < 0)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IsEmailColumnRole:
        return sheetColumn >= 0 && sheetColumn == m_mapping.emailColumn();
    case RowProblemRole:
        return int(r.problem);
    case ProblemReasonRole:
        return reasonFor(r);
    case RowNumberRole:
        return r.row;
    case ColumnTargetRole:
        return sheetColumn >= 0 ? targetOf(sheetColumn).toString() : QString();
    case RepairedFromRole:
        return r.repairedFrom;
    case StateRole:
        return r.state && r.problem == PreviewRow::Problem::None ? QVariant(int(*r.state))
                                                                 : QVariant();
    default:
        break;
    }
    return {};
}

QString PreviewModel::targetLabel(const ColumnTarget &target)
{
    switch (target.kind) {
    case ColumnTarget::Kind::Ignore:
        return tr("(not sent)");
    case ColumnTarget::Kind::Email:
        return tr("→ email");
    case ColumnTarget::Kind::InteractionDateTime:
        return tr("→ date of interaction");
    case ColumnTarget::Kind::ContactProperty:
        return tr("→ contact: %1").arg(target.property);
    case ColumnTarget::Kind::JoinedAt:
        return tr("→ joined at");
    case ColumnTarget::Kind::LeftAt:
        return tr("→ left at");
    case ColumnTarget::Kind::Status:
        return tr("→ attendance status");
    case ColumnTarget::Kind::FullName:
        return tr("→ first + last name");
    }
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const int sheetColumn = section - 1;
    switch (role) {
    case Qt::DisplayRole:
        if (sheetColumn < 0)
            return tr("Row");
        // Two lines: what the file calls the column, and where it goes in HubSpot.
        return QString(m_headers.at(sheetColumn) + u'\n' + targetLabel(targetOf(sheetColumn)));
    case Qt::ToolTipRole:
        if (sheetColumn < 0)
            return tr("The row number as your spreadsheet program shows it.");
        switch (targetOf(sheetColumn).kind) {
        case ColumnTarget::Kind::Email:
            return tr("Column %1: people are found or created in HubSpot by this email address.")
                .arg(columnLetters(sheetColumn));
        case ColumnTarget::Kind::Ignore:
            return tr("Column %1 is not sent to HubSpot.").arg(columnLetters(sheetColumn));
        default:
            return tr("Column %1 is sent to HubSpot as %2.")
                .arg(columnLetters(sheetColumn), targetOf(sheetColumn).toString());
        }
    case IsEmailColumnRole:
        return sheetColumn >= 0 && sheetColumn == m_mapping.emailColumn();
    case ColumnTargetRole:
        return sheetColumn >= 0 ? targetOf(sheetColumn).toString() : QString();
    default:
        break;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace attendance
