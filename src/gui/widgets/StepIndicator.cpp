// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StepIndicator.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace attendance::gui {

StepIndicator::StepIndicator(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
}

void StepIndicator::setSteps(const QStringList &titles)
{
    m_titles = titles;
    updateAccessibleText();
    updateGeometry();
    update();
}

void StepIndicator::setCurrent(int index)
{
    m_current = index;
    updateAccessibleText();
    update();
}

void StepIndicator::updateAccessibleText()
{
    if (m_current < 0 || m_current >= m_titles.size())
        return;
    setAccessibleName(tr("Step %1 of %2: %3")
                          .arg(m_current + 1)
                          .arg(m_titles.size())
                          .arg(m_titles.at(m_current)));
}

int StepIndicator::circleSize() const
{
    return fontMetrics().height() * 8 / 5;
}

int StepIndicator::itemWidth(int index) const
{
    QFont bold = font();
    bold.setBold(true);
    // Measured bold, so the layout does not jump when a step becomes current.
    return circleSize() + fontMetrics().height() / 2
        + QFontMetrics(bold).horizontalAdvance(m_titles.at(index));
}

int StepIndicator::naturalWidth(int connector) const
{
    int width = 0;
    for (int i = 0; i < m_titles.size(); ++i)
        width += itemWidth(i);
    return width + connector * int(std::max<qsizetype>(0, m_titles.size() - 1));
}

QSize StepIndicator::sizeHint() const
{
    const int em = fontMetrics().height();
    return {naturalWidth(em * 4) + em * 2, circleSize() + em};
}

QSize StepIndicator::minimumSizeHint() const
{
    const int em = fontMetrics().height();
    return {naturalWidth(em), circleSize() + em};
}

void StepIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void StepIndicator::paintEvent(QPaintEvent *)
{
    if (m_titles.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int em = fontMetrics().height();
    const int d = circleSize();
    const int gaps = int(m_titles.size()) - 1;
    // Connectors share the spare width, within limits, and the whole row is centred.
    int connector = gaps > 0 ? (width() - naturalWidth(0) - em * 2) / gaps : 0;
    connector = std::clamp(connector, em, em * 6);
    int x = std::max(0, (width() - naturalWidth(connector)) / 2);
    const int cy = height() / 2;

    const QColor accent = palette().color(QPalette::Highlight);
    const QColor onAccent = palette().color(QPalette::HighlightedText);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const QColor line = palette().color(QPalette::Mid);

    for (int i = 0; i < m_titles.size(); ++i) {
        const bool done = i < m_current;
        const bool current = i == m_current;
        const QRectF circle(x + 0.5, cy - d / 2.0 + 0.5, d - 1.0, d - 1.0);
        p.setPen(QPen(done || current ? accent : muted, 1.5));
        p.setBrush(done || current ? QBrush(accent) : QBrush(Qt::NoBrush));
        p.drawEllipse(circle);

        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        p.setPen(done || current ? onAccent : muted);
        if (done) {
            // A drawn check mark: not every font has U+2713.
            QPainterPath check;
            check.moveTo(circle.left() + d * 0.28, circle.center().y() + d * 0.02);
            check.lineTo(circle.left() + d * 0.44, circle.center().y() + d * 0.18);
            check.lineTo(circle.left() + d * 0.72, circle.center().y() - d * 0.16);
            p.setPen(QPen(
                onAccent, std::max(1.5, d / 10.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(check);
        } else {
            p.drawText(circle, Qt::AlignCenter, QString::number(i + 1));
        }

        f.setBold(current);
        p.setFont(f);
        p.setPen(current || done ? text : muted);
        const int labelX = x + d + em / 2;
        const int labelWidth = itemWidth(i) - d - em / 2;
        p.drawText(QRect(labelX, 0, labelWidth, height()), Qt::AlignVCenter | Qt::AlignLeft,
            m_titles.at(i));
        x += itemWidth(i);

        if (i < gaps) {
            p.setPen(QPen(done ? accent : line, 1.5));
            p.drawLine(QPointF(x + em / 2.0, cy), QPointF(x + connector - em / 2.0, cy));
            x += connector;
        }
    }
}

} // namespace attendance::gui
