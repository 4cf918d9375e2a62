// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/DateOptionsPanel.h"

#include "Style.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace attendance::gui {

namespace {

const QString ShownFormat = QStringLiteral("yyyy-MM-dd HH:mm");

QHBoxLayout *rowLayout(QWidget *row)
{
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

} // namespace

DateOptionsPanel::DateOptionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_orderNotice(new QFrame(this))
    , m_dayFirst(new QRadioButton(tr("&Day first"), m_orderNotice))
    , m_monthFirst(new QRadioButton(tr("&Month first"), m_orderNotice))
    , m_orderGroup(new QButtonGroup(this))
    , m_defaultRow(new QWidget(this))
    , m_defaultLabel(new QLabel(m_defaultRow))
    , m_sending(new QRadioButton(tr("Time of sending"), m_defaultRow))
    , m_eventStartRadio(new QRadioButton(m_defaultRow))
    , m_fixed(new QRadioButton(tr("A fixed date and time:"), m_defaultRow))
    , m_fixedEdit(new QDateTimeEdit(m_defaultRow))
{
    m_orderNotice->setObjectName(QStringLiteral("dateOrderNotice"));
    m_orderNotice->setStyleSheet(QStringLiteral(
        "QFrame#dateOrderNotice { background-color: #fff4e5; border: 1px solid #f0b65a;"
        " border-radius: 4px; } QFrame#dateOrderNotice QLabel,"
        " QFrame#dateOrderNotice QRadioButton { color: #3d2e00; }"));
    auto *icon = new QLabel(m_orderNotice);
    const int iconSize = fontMetrics().height();
    icon->setPixmap(style::uiIcon(u"warning").pixmap(iconSize, iconSize));
    auto *question = new QLabel(
        tr("Dates like 03/04/2026 could be 3 April or March 4. How does this file write them?"),
        m_orderNotice);
    question->setWordWrap(true);
    m_dayFirst->setObjectName(QStringLiteral("dayFirstRadio"));
    m_monthFirst->setObjectName(QStringLiteral("monthFirstRadio"));
    m_dayFirst->setToolTip(tr("03/04/2026 is 3 April 2026."));
    m_monthFirst->setToolTip(tr("03/04/2026 is March 4, 2026."));
    m_orderGroup->addButton(m_dayFirst, int(ImportOptions::DateOrder::DayFirst));
    m_orderGroup->addButton(m_monthFirst, int(ImportOptions::DateOrder::MonthFirst));
    QHBoxLayout *notice = rowLayout(m_orderNotice);
    const int pad = fontMetrics().averageCharWidth();
    notice->setContentsMargins(pad, pad / 2, pad, pad / 2);
    notice->addWidget(icon);
    notice->addWidget(question, 1);
    notice->addWidget(m_dayFirst);
    notice->addWidget(m_monthFirst);

    m_sending->setObjectName(QStringLiteral("sendingTimeRadio"));
    m_eventStartRadio->setObjectName(QStringLiteral("eventStartRadio"));
    m_fixed->setObjectName(QStringLiteral("fixedTimeRadio"));
    m_fixedEdit->setObjectName(QStringLiteral("fixedTimeEdit"));
    m_fixedEdit->setDisplayFormat(ShownFormat);
    m_fixedEdit->setCalendarPopup(true);
    m_fixedEdit->setDateTime(
        QDateTime(QDate::currentDate(), QTime(QTime::currentTime().hour(), 0)));
    m_fixedEdit->setEnabled(false);
    m_sending->setChecked(true);
    m_sending->setToolTip(tr("Each person is recorded with the moment they are sent."));
    QHBoxLayout *defaults = rowLayout(m_defaultRow);
    defaults->addWidget(m_defaultLabel);
    defaults->addWidget(m_sending);
    defaults->addWidget(m_eventStartRadio);
    defaults->addWidget(m_fixed);
    defaults->addWidget(m_fixedEdit);
    defaults->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_orderNotice);
    layout->addWidget(m_defaultRow);

    connect(m_orderGroup, &QButtonGroup::idClicked, this, [this](int id) {
        m_dateOrder = ImportOptions::DateOrder(id);
        Q_EMIT dateOrderChosen(m_dateOrder);
    });
    for (QRadioButton *radio : {m_sending, m_eventStartRadio, m_fixed}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            m_fixedEdit->setEnabled(m_fixed->isChecked());
            if (on)
                Q_EMIT defaultInteractionTimeChanged();
        });
    }
    connect(m_fixedEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_fixed->isChecked())
            Q_EMIT defaultInteractionTimeChanged();
    });
    m_orderNotice->hide();
    m_defaultRow->hide();
    updateEventStartText();
}

void DateOptionsPanel::setPlanInfo(
    bool dateColumn, int withoutDate, bool ambiguous, ImportOptions::DateOrder used)
{
    m_orderNotice->setVisible(ambiguous);
    {
        // The order in use is checked, so the notice shows what the dates mean right now.
        const QSignalBlocker blocker(m_orderGroup);
        m_orderGroup->setExclusive(false);
        m_dayFirst->setChecked(used == ImportOptions::DateOrder::DayFirst);
        m_monthFirst->setChecked(used == ImportOptions::DateOrder::MonthFirst);
        m_orderGroup->setExclusive(true);
    }
    m_defaultRow->setVisible(withoutDate > 0);
    m_defaultLabel->setText(dateColumn
            ? tr("%n row(s) without a date: record", nullptr, withoutDate)
            : tr("Date of registration or attendance:"));
}

void DateOptionsPanel::setEventStart(const QDateTime &start)
{
    const bool hadStart = m_eventStart.isValid();
    m_eventStart = start;
    updateEventStartText();
    // A fixed time most likely is near the event: start the editor there, once.
    if (!hadStart && start.isValid()) {
        const QDateTime inZone = start.toTimeZone(m_zone);
        m_fixedEdit->setDateTime(QDateTime(inZone.date(), inZone.time()));
    }
    if (!start.isValid() && m_eventStartRadio->isChecked())
        m_sending->setChecked(true);
    else if (m_eventStartRadio->isChecked())
        Q_EMIT defaultInteractionTimeChanged();
}

void DateOptionsPanel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    updateEventStartText();
    if (m_fixed->isChecked())
        Q_EMIT defaultInteractionTimeChanged();
}

void DateOptionsPanel::resetDateOrder()
{
    m_dateOrder = ImportOptions::DateOrder::Auto;
}

void DateOptionsPanel::updateEventStartText()
{
    const bool known = m_eventStart.isValid();
    m_eventStartRadio->setEnabled(known);
    m_eventStartRadio->setText(known
            ? tr("The event's start (%1)")
                  .arg(m_eventStart.toTimeZone(m_zone).toString(ShownFormat))
            : tr("The event's start (HubSpot has none)"));
}

DateOptionsPanel::DefaultTime DateOptionsPanel::defaultTime() const
{
    if (m_eventStartRadio->isChecked())
        return DefaultTime::EventStart;
    if (m_fixed->isChecked())
        return DefaultTime::Fixed;
    return DefaultTime::Sending;
}

std::optional<qint64> DateOptionsPanel::defaultInteractionTime() const
{
    switch (defaultTime()) {
    case DefaultTime::Sending:
        return std::nullopt;
    case DefaultTime::EventStart:
        return m_eventStart.toMSecsSinceEpoch();
    case DefaultTime::Fixed: {
        const QDateTime shown = m_fixedEdit->dateTime();
        return QDateTime(shown.date(), shown.time(), m_zone).toMSecsSinceEpoch();
    }
    }
    return std::nullopt;
}

} // namespace attendance::gui
