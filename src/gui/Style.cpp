// SPDX-License-Identifier: GPL-3.0-or-later
#include "Style.h"

#include <QLabel>

namespace attendance::gui::style {

QIcon uiIcon(QStringView name)
{
    return QIcon(QStringLiteral(":/icons/ui/%1.svg").arg(name));
}

void makeTitle(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    label->setFont(font);
}

void makeSubtitle(QLabel *label)
{
    label->setWordWrap(true);
    makeMuted(label);
}

void makeMuted(QLabel *label)
{
    QPalette palette = label->palette();
    // PlaceholderText is too faint for body text; a mix of text and window colour stays readable.
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const QColor muted = QColor::fromRgbF((text.redF() * 3 + window.redF()) / 4,
        (text.greenF() * 3 + window.greenF()) / 4, (text.blueF() * 3 + window.blueF()) / 4);
    palette.setColor(QPalette::WindowText, muted);
    label->setPalette(palette);
}

void limitWidth(QWidget *widget, int characters)
{
    widget->setMaximumWidth(widget->fontMetrics().averageCharWidth() * characters);
}

} // namespace attendance::gui::style
