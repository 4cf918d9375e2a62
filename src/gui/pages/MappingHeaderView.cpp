// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/MappingHeaderView.h"

#include <QPainter>
#include <QStyleOption>

namespace attendance::gui {

MappingHeaderView::MappingHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(false);
    setToolTip(tr("Click a column's header to choose where it goes in HubSpot."));
    connect(this, &QHeaderView::sectionClicked, this, [this](int section) {
        if (section <= 0)
            return;
        const QPoint below(sectionViewportPosition(section), height());
        Q_EMIT columnMenuRequested(section - 1, viewport()->mapToGlobal(below));
    });
}

int MappingHeaderView::arrowWidth() const
{
    return fontMetrics().height();
}

QSize MappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (logicalIndex > 0)
        size.rwidth() += arrowWidth();
    return size;
}

void MappingHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    QHeaderView::paintSection(painter, rect, logicalIndex);
    if (logicalIndex <= 0 || rect.width() < arrowWidth() * 2)
        return;
    // The ▾ sits at the right, level with the second line (where the target is named).
    QStyleOption option;
    option.initFrom(this);
    const int side = arrowWidth() * 2 / 3;
    option.rect = QRect(rect.right() - arrowWidth(), rect.center().y(), side, side);
    painter->save();
    style()->drawPrimitive(QStyle::PE_IndicatorArrowDown, &option, painter, this);
    painter->restore();
}

} // namespace attendance::gui
