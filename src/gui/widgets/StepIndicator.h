// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

namespace attendance::gui {

/// "① Connect — ② Event — ③ File — ④ Send" across the top of the window: done steps carry a
/// check mark, the current one is filled and bold, later ones are muted. Sized from the font,
/// so it scales with HiDPI and longer (Spanish) titles.
class StepIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepIndicator)

public:
    explicit StepIndicator(QWidget *parent = nullptr);

    void setSteps(const QStringList &titles);
    QStringList steps() const { return m_titles; }
    void setCurrent(int index);
    int current() const { return m_current; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int circleSize() const;
    int itemWidth(int index) const;
    int naturalWidth(int connector) const;
    void updateAccessibleText();

    QStringList m_titles;
    int m_current = 0;
};

} // namespace attendance::gui
