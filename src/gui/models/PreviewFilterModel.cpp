// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PreviewFilterModel.h"

#include "Style.h"
#include "models/PreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace attendance::gui {

namespace {

// Light tints with dark text, so they read the same on light and dark themes.
const QColor EmailTint(0xe8, 0xf1, 0xfb);
const QColor InvalidTint(0xfd, 0xec, 0xea);
const QColor DuplicateTint(0xff, 0xf4, 0xe5);
const QColor TintedText(0x1f, 0x1f, 0x1f);

/// Reads the source model: asking our own data() here would recurse.
PreviewRow::Problem problemOf(const QModelIndex &sourceIndex)
{
    return PreviewRow::Problem(sourceIndex.data(PreviewModel::RowProblemRole).toInt());
}

} // namespace

PreviewFilterModel::PreviewFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void PreviewFilterModel::setProblemsOnly(bool problemsOnly)
{
    if (problemsOnly == m_problemsOnly)
        return;
    m_problemsOnly = problemsOnly;
    invalidateFilter();
}

bool PreviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_problemsOnly)
        return true;
    // Repaired rows are sent with another address than the file's: worth a look, so listed too.
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    return problemOf(source) != PreviewRow::Problem::None
        || !source.data(PreviewModel::RepairedFromRole).toString().isEmpty();
}

QVariant PreviewFilterModel::data(const QModelIndex &index, int role) const
{
    const QModelIndex source = mapToSource(index);
    const PreviewRow::Problem problem = problemOf(source);
    const bool emailColumn = source.data(PreviewModel::IsEmailColumnRole).toBool();
    switch (role) {
    case Qt::DecorationRole:
        if (index.column() == 0 && problem == PreviewRow::Problem::Invalid)
            return style::uiIcon(u"warning");
        if (index.column() == 0
            && (problem == PreviewRow::Problem::Duplicate
                || problem == PreviewRow::Problem::Skipped))
            return style::uiIcon(u"skip");
        if (index.column() == 0
            && !source.data(PreviewModel::RepairedFromRole).toString().isEmpty())
            return QIcon(QStringLiteral(":/gui/repaired.svg"));
        break;
    case Qt::BackgroundRole:
        if (problem == PreviewRow::Problem::Invalid)
            return QBrush(InvalidTint);
        if (problem == PreviewRow::Problem::Duplicate || problem == PreviewRow::Problem::Skipped)
            return QBrush(DuplicateTint);
        if (emailColumn)
            return QBrush(EmailTint);
        break;
    case Qt::ForegroundRole:
        if (problem != PreviewRow::Problem::None || emailColumn)
            return QBrush(TintedText);
        break;
    default:
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}

QVariant PreviewFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::FontRole
        && QSortFilterProxyModel::headerData(section, orientation, PreviewModel::IsEmailColumnRole)
               .toBool()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

} // namespace attendance::gui
