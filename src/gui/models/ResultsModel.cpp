// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResultsModel.h"

#include "sending/SendEngine.h"
#include "services/Session.h"

namespace attendance {

ResultsModel::ResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

const QList<RowResult> &ResultsModel::results() const
{
    return m_live && m_engine ? m_engine->results() : m_results;
}

void ResultsModel::setEngine(SendEngine *engine)
{
    if (m_engine) {
        // Keep showing what the engine had: a shared copy, nothing is copied.
        if (m_live)
            m_results = m_engine->results();
        m_engine->disconnect(this);
    }
    m_live = false;
    m_engine = engine;
    if (!engine)
        return;
    connect(engine, &SendEngine::started, this, &ResultsModel::onStarted);
    connect(engine, &SendEngine::rowsChanged, this, &ResultsModel::onRowsChanged);
    connect(engine, &QObject::destroyed, this, [this] {
        // Deleted without setEngine(nullptr) first: its results are gone with it.
        if (m_live) {
            beginResetModel();
            m_live = false;
            m_results.clear();
            endResetModel();
        }
    });
}

void ResultsModel::setResults(const QList<RowResult> &results)
{
    setEngine(nullptr);
    beginResetModel();
    m_results = results;
    endResetModel();
}

void ResultsModel::onStarted()
{
    // From now on the rows are read from the engine itself. Holding a copy would make the
    // engine's first change copy all of them (60 ms for 100,000 rows, on the UI thread).
    beginResetModel();
    m_results.clear();
    m_live = true;
    endResetModel();
}

void ResultsModel::onRowsChanged(int first, int last)
{
    if (first < 0 || last >= results().size() || first > last)
        return;
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(results().size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResultsModel::statusText(RowStatus status)
{
    switch (status) {
    case RowStatus::Pending:
        return tr("Pending");
    case RowStatus::Succeeded:
        return tr("Succeeded");
    case RowStatus::Failed:
        return tr("Failed");
    case RowStatus::Skipped:
        return tr("Skipped");
    }
    return {};
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<RowResult> &rows = results();
    if (index.row() >= rows.size())
        return {};
    const RowResult &r = rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RowColumn:
            return r.row;
        case EmailColumn:
            return r.email;
        case StatusColumn:
            return statusText(r.status);
        case StateColumn:
            return r.state ? gui::Session::stateLabel(*r.state) : QString();
        case ContactIdColumn:
            return r.vid != 0 ? QVariant(QString::number(r.vid)) : QVariant();
        case ErrorColumn:
            return r.error.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn && !r.error.isEmpty()) {
            QString tip = r.error.message;
            if (!r.error.category.isEmpty())
                tip += u"\n" + tr("Category: %1").arg(r.error.category);
            if (r.error.httpStatus != 0)
                tip += u"\n" + tr("HTTP status: %1").arg(r.error.httpStatus);
            if (!r.error.correlationId.isEmpty())
                tip += u"\n" + tr("HubSpot correlation id: %1").arg(r.error.correlationId);
            return tip;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn || index.column() == ContactIdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StatusRole:
        return int(r.status);
    case RowNumberRole:
        return r.row;
    case CategoryRole:
        return r.error.category;
    case StateRole:
        return r.state ? QVariant(int(*r.state)) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case EmailColumn:
        return tr("Email");
    case StatusColumn:
        return tr("Status");
    case StateColumn:
        return tr("Sent as");
    case ContactIdColumn:
        return tr("Contact ID");
    case ErrorColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace attendance
