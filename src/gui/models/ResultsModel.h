// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/RowResult.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace attendance {

class SendEngine;

/// The results table: one line per spreadsheet row. Follows a SendEngine: reset when a run
/// starts, dataChanged for each settled batch.
class ResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsModel)

public:
    /// StateColumn: the state each row is (or was to be) recorded in; empty for rows never sent.
    enum Column {
        RowColumn,
        EmailColumn,
        StatusColumn,
        StateColumn,
        ContactIdColumn,
        ErrorColumn,
        ColumnCount
    };
    /// StateRole: int(SubscriberState) of RowResult::state; null when it has none.
    enum Role { StatusRole = Qt::UserRole + 1, RowNumberRole, CategoryRole, StateRole };

    explicit ResultsModel(QObject *parent = nullptr);

    void setEngine(SendEngine *engine);
    /// Shows a fixed list (e.g. results loaded from elsewhere); detaches from any engine.
    void setResults(const QList<RowResult> &results);
    /// The rows shown: the engine's own while it runs or last ran, else those of setResults().
    const QList<RowResult> &results() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(RowStatus status);

private:
    void onStarted();
    void onRowsChanged(int first, int last);

    QPointer<SendEngine> m_engine;
    QList<RowResult> m_results;
    bool m_live = false; ///< Rows read from m_engine (since its last start).
};

} // namespace attendance
