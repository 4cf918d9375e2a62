// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace attendance::gui {

/// Gives core's PreviewModel its looks and the "problems only" filter: the email column is
/// tinted with a bold header, rows that will not be sent are tinted and carry an icon, and
/// rows whose email was repaired carry an info icon.
class PreviewFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewFilterModel)

public:
    explicit PreviewFilterModel(QObject *parent = nullptr);

    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const { return m_problemsOnly; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_problemsOnly = false;
};

} // namespace attendance::gui
