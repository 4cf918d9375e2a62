// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QTimeZone>

namespace attendance::gui {

/// Every IANA time zone, this computer's chosen at first. Typing filters ("madrid" finds
/// Europe/Madrid); a name that is no time zone is put back to the last good one.
class TimeZoneCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeZoneCombo)

public:
    explicit TimeZoneCombo(QWidget *parent = nullptr);

    QTimeZone timeZone() const { return m_zone; }
    /// Chooses @p id when it is a known zone; false otherwise. Signals like a choice by hand.
    bool setTimeZoneId(const QString &id);

Q_SIGNALS:
    void timeZoneChosen(const QTimeZone &zone);

private:
    void commit(const QString &text);

    QTimeZone m_zone;
};

} // namespace attendance::gui
