// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/SheetOptionsBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpacerItem>
#include <QSpinBox>

namespace attendance::gui {

SheetOptionsBar::SheetOptionsBar(QWidget *parent)
    : QWidget(parent)
    , m_sheetLabel(new QLabel(tr("&Sheet:"), this))
    , m_sheetCombo(new QComboBox(this))
    , m_headerSpin(new QSpinBox(this))
    , m_sheetGap(new QSpacerItem(0, 0))
{
    m_sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    m_sheetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sheetCombo->setToolTip(tr("The sheet of the workbook with the list of people."));
    m_sheetLabel->setBuddy(m_sheetCombo);
    m_headerSpin->setObjectName(QStringLiteral("headerRowSpin"));
    m_headerSpin->setSpecialValueText(tr("none"));
    // Arrows re-check at once; typed numbers only when done, not at every digit.
    m_headerSpin->setKeyboardTracking(false);
    m_headerSpin->setToolTip(tr("The row with the column names, as your spreadsheet program "
                                "numbers it; “none” when the first row already holds people."));
    auto *headerLabel = new QLabel(tr("&Header row:"), this);
    headerLabel->setBuddy(m_headerSpin);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sheetLabel);
    layout->addWidget(m_sheetCombo);
    layout->addItem(m_sheetGap);
    layout->addWidget(headerLabel);
    layout->addWidget(m_headerSpin);
    layout->addStretch();

    connect(m_sheetCombo, &QComboBox::activated, this, &SheetOptionsBar::sheetChosen);
    connect(m_headerSpin, &QSpinBox::valueChanged, this, &SheetOptionsBar::headerRowChosen);
    setSheets({}, 0);
}

void SheetOptionsBar::setSheets(const QStringList &names, int current)
{
    const QSignalBlocker blocker(m_sheetCombo);
    m_sheetCombo->clear();
    m_sheetCombo->addItems(names);
    m_sheetCombo->setCurrentIndex(current);
    const bool several = names.size() > 1;
    m_sheetLabel->setVisible(several);
    m_sheetCombo->setVisible(several);
    // Without the sheet picker, "Header row" lines up with the options above and below it.
    m_sheetGap->changeSize(several ? fontMetrics().averageCharWidth() * 2 : 0, 0);
    layout()->invalidate();
}

void SheetOptionsBar::setHeaderRow(int headerRow, int rowCount)
{
    const QSignalBlocker blocker(m_headerSpin);
    m_headerSpin->setRange(0, std::max(rowCount, 1));
    m_headerSpin->setValue(headerRow);
}

} // namespace attendance::gui
