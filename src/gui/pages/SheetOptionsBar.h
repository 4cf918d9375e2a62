// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpacerItem;
class QSpinBox;

namespace attendance::gui {

/// Which sheet of a workbook and which row holds the column names: "Sheet: [Asistentes ▾]
/// Header row: [3]". The sheet picker shows only for workbooks with several sheets.
class SheetOptionsBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SheetOptionsBar)

public:
    explicit SheetOptionsBar(QWidget *parent = nullptr);

    /// Shows what the current plan used, without signalling.
    void setSheets(const QStringList &names, int current);
    /// @p headerRow is 1-based, 0 = no header; @p rowCount bounds the spin box.
    void setHeaderRow(int headerRow, int rowCount);

Q_SIGNALS:
    void sheetChosen(int index);
    void headerRowChosen(int headerRow);

private:
    QLabel *m_sheetLabel;
    QComboBox *m_sheetCombo;
    QSpinBox *m_headerSpin;
    QSpacerItem *m_sheetGap; ///< Owned by the layout.
};

} // namespace attendance::gui
