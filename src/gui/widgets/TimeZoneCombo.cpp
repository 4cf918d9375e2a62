// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TimeZoneCombo.h"

#include <QCompleter>
#include <QLineEdit>

namespace attendance::gui {

TimeZoneCombo::TimeZoneCombo(QWidget *parent)
    : QComboBox(parent)
    , m_zone(QTimeZone::systemTimeZone())
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("The time zone of dates in the file that do not name one. Type to search."));
    QStringList ids;
    const QList<QByteArray> available = QTimeZone::availableTimeZoneIds();
    ids.reserve(available.size() + 1);
    for (const QByteArray &id : available)
        ids.append(QString::fromUtf8(id));
    const QString system = QString::fromUtf8(m_zone.id());
    // Some systems name their zone by an alias the list lacks (e.g. "Etc/UTC").
    if (!ids.contains(system))
        ids.prepend(system);
    addItems(ids);
    setCurrentText(system);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);

    connect(this, &QComboBox::activated, this, [this](int index) { commit(itemText(index)); });
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] { commit(currentText()); });
}

bool TimeZoneCombo::setTimeZoneId(const QString &id)
{
    if (!QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
        return false;
    setCurrentText(id);
    commit(id);
    return true;
}

void TimeZoneCombo::commit(const QString &text)
{
    const QByteArray id = text.trimmed().toUtf8();
    if (id == m_zone.id())
        return;
    const QTimeZone zone(id);
    if (!zone.isValid()) {
        setCurrentText(QString::fromUtf8(m_zone.id()));
        return;
    }
    m_zone = zone;
    setCurrentText(QString::fromUtf8(id));
    Q_EMIT timeZoneChosen(m_zone);
}

} // namespace attendance::gui
