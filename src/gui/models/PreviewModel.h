// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/ImportPlan.h"
#include "spreadsheet/Sheet.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace attendance {

/// One spreadsheet row as the preview shows it: its cells and, when it will not be sent, why.
struct PreviewRow
{
    enum class Problem { None, Invalid, Duplicate, Skipped };

    int row = 0; ///< 1-based spreadsheet row.
    QStringList cells;
    Problem problem = Problem::None;
    QString reason; ///< Invalid rows: why the email cannot be used. Empty otherwise.
    int firstRow = 0; ///< Duplicate rows: the row with the same email that is sent instead.
    QString repairedFrom; ///< The email cell as it was, when it was repaired to be sent.
    QString repairedTo {}; ///< Then: the address sent, shown in the email cell before the original.
    bool merged = false; ///< Duplicate rows: a session merged into firstRow (DuplicateRow::merged).
    /// By status: the state a row is sent in; for a duplicate row, the one firstRow is sent in
    /// when its own status says another (DuplicateRow::sentAs). nullopt otherwise.
    std::optional<SubscriberState> state {};
};

/// The table a person checks before sending: a leading "Row" column with the spreadsheet row
/// number, then one column per sheet column, headed by the header text and where it goes.
///
/// Core has no QtGui, so nothing here is a colour or an icon: the email column and the problem
/// rows are exposed through custom roles and the view side decides how they look.
/// A mapping editor can re-run buildImportPlan() and call setPreview() again; headers, targets and
/// problems all follow the plan it is given.
class PreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewModel)

public:
    static constexpr int DefaultLimit = 200;

    enum Role {
        IsEmailColumnRole = Qt::UserRole + 1, ///< bool, on cells and on the horizontal header.
        RowProblemRole, ///< int(PreviewRow::Problem) of the row.
        ProblemReasonRole, ///< QString: why the row is not sent; empty when it is.
        RowNumberRole, ///< int: 1-based spreadsheet row.
        ColumnTargetRole, ///< QString: ColumnTarget::toString() of the column (header and cells).
        RepairedFromRole, ///< QString: the email cell before its repair; empty when not repaired.
        StateRole, ///< int(SubscriberState) a by-status row is sent in; null for other rows.
    };

    explicit PreviewModel(QObject *parent = nullptr);

    /// At most this many rows with a problem are held: a view over a few thousand rows stays
    /// quick, and a file with more problems than that has a column or a setting wrong, which the
    /// first ones show. The counts always cover the whole file.
    static constexpr int DefaultProblemLimit = 5000;

    /// The rows worth showing: the first @p limit data rows plus the rows with a problem (the
    /// first @p problemLimit of them), so "problems only" is complete for any sensible file.
    /// Blank rows are left out, as the plan leaves them out. Repaired rows carry the cell as it
    /// was. Re-entrant and widget-free: meant to run on a worker thread.
    static QList<PreviewRow> previewRows(const Sheet &sheet, const ImportPlan &plan,
        int limit = DefaultLimit, int problemLimit = DefaultProblemLimit);

    /// Shows @p rows (from previewRows()) under the headers and mapping of @p plan.
    void setPreview(const ImportPlan &plan, const QList<PreviewRow> &rows);
    void clear();

    /// Data rows of the plan (blank rows excluded), shown or not.
    int totalRows() const { return m_totalRows; }
    /// Rows held without a problem: at most the limit given to previewRows().
    int rowsWithoutProblem() const;
    /// Rows held with a problem: fewer than the plan's when it has more than the problem limit.
    int rowsWithProblem() const { return int(m_rows.size()) - rowsWithoutProblem(); }
    /// Sheet column (0-based) of the email, or -1.
    int emailColumn() const { return m_mapping.emailColumn(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "→ email", "→ contact: firstname", "(not sent)": where a column goes, for headers.
    static QString targetLabel(const ColumnTarget &target);

private:
    QString reasonFor(const PreviewRow &row) const;
    ColumnTarget targetOf(int sheetColumn) const;

    QStringList m_headers;
    ColumnMapping m_mapping;
    QList<PreviewRow> m_rows;
    int m_totalRows = 0;
};

} // namespace attendance
