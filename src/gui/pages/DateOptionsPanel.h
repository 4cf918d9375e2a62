// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/ImportPlan.h"

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>
#include <optional>

class QButtonGroup;
class QDateTimeEdit;
class QLabel;
class QRadioButton;

namespace attendance::gui {

/// The date questions a file can raise. When its dates read both ways (03/04/2026), a notice
/// asks: day first or month first. When rows have no date, it asks what HubSpot should record
/// as the date of registration or attendance: the time of sending, the event's start, or a
/// fixed date and time (read in the chosen time zone).
class DateOptionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateOptionsPanel)

public:
    enum class DefaultTime { Sending, EventStart, Fixed };

    explicit DateOptionsPanel(QWidget *parent = nullptr);

    /// What the current plan found: whether a column gives interactionDateTime, how many people
    /// have none, and whether (and how) the day/month order was decided.
    void setPlanInfo(
        bool dateColumn, int withoutDate, bool ambiguous, ImportOptions::DateOrder used);
    /// The chosen event's start; invalid when it has none.
    void setEventStart(const QDateTime &start);
    void setTimeZone(const QTimeZone &zone);
    /// For a new file: the day/month order is detected again.
    void resetDateOrder();

    ImportOptions::DateOrder dateOrder() const { return m_dateOrder; }
    DefaultTime defaultTime() const;
    /// What SendEngine::setDefaultInteractionTime() takes: nullopt = the time of sending.
    std::optional<qint64> defaultInteractionTime() const;

Q_SIGNALS:
    void dateOrderChosen(attendance::ImportOptions::DateOrder order);
    void defaultInteractionTimeChanged();

private:
    void updateEventStartText();

    ImportOptions::DateOrder m_dateOrder = ImportOptions::DateOrder::Auto;
    QDateTime m_eventStart;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QWidget *m_orderNotice;
    QRadioButton *m_dayFirst;
    QRadioButton *m_monthFirst;
    QButtonGroup *m_orderGroup;
    QWidget *m_defaultRow;
    QLabel *m_defaultLabel;
    QRadioButton *m_sending;
    QRadioButton *m_eventStartRadio;
    QRadioButton *m_fixed;
    QDateTimeEdit *m_fixedEdit;
};

} // namespace attendance::gui
