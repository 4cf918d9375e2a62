// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

namespace attendance::gui {

/// The preview's column headers: each sheet column shows a small ▾, and a click on it (or
/// anywhere on the header) asks for the menu of targets. Section 0 is the row number.
class MappingHeaderView final : public QHeaderView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingHeaderView)

public:
    explicit MappingHeaderView(QWidget *parent = nullptr);

Q_SIGNALS:
    /// @p sheetColumn is 0-based; @p globalPos is where the menu should open.
    void columnMenuRequested(int sheetColumn, const QPoint &globalPos);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    int arrowWidth() const;
};

} // namespace attendance::gui
