// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/EventsModel.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace attendance::gui {

namespace {

/// The locale's short format with a four-digit year: "12/5/26" is ambiguous across countries.
QString shortDateTime(const QDateTime &time)
{
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"))
        format.replace(u"yy"_s, u"yyyy"_s);
    return locale.toString(time.toLocalTime(), format);
}

} // namespace

EventsModel::EventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EventsModel::setEvents(const QList<MarketingEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int EventsModel::rowOf(const QString &objectId) const
{
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events.at(i).objectId == objectId)
            return i;
    }
    return -1;
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventsModel::typeLabel(const QString &eventType)
{
    const QString type = eventType.trimmed().toUpper();
    if (type == u"WEBINAR")
        return tr("Webinar");
    if (type == u"CONFERENCE")
        return tr("Conference");
    if (type == u"WORKSHOP")
        return tr("Workshop");
    if (type == u"MEETUP")
        return tr("Meetup");
    if (type == u"TRADESHOW" || type == u"TRADE_SHOW")
        return tr("Trade show");
    if (type == u"WEBCAST")
        return tr("Webcast");
    if (type.isEmpty())
        return {};
    // Unknown types are free text in HubSpot: show them readable, not shouted.
    QString label = eventType.trimmed().toLower().replace(u'_', u' ');
    label[0] = label.at(0).toUpper();
    return label;
}

QString EventsModel::nameLabel(const MarketingEvent &event)
{
    return event.cancelled ? tr("%1 (cancelled)").arg(event.eventName) : event.eventName;
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MarketingEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return nameLabel(e);
        case TypeColumn:
            return typeLabel(e.eventType);
        case StartColumn:
            return e.startDateTime.isValid() ? shortDateTime(e.startDateTime) : QString();
        case IdColumn:
            return e.objectId;
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines {e.eventName};
        if (!e.eventOrganizer.isEmpty())
            lines << tr("Organizer: %1").arg(e.eventOrganizer);
        if (e.endDateTime.isValid())
            lines << tr("Ends: %1")
                         .arg(QLocale().toString(e.endDateTime.toLocalTime(), QLocale::LongFormat));
        if (e.cancelled)
            lines << tr("This event is cancelled in HubSpot.");
        else if (e.completed)
            lines << tr("This event has already taken place.");
        return lines.join(u'\n');
    }
    case Qt::ForegroundRole:
        if (e.cancelled)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        break;
    case SortRole:
        switch (index.column()) {
        case StartColumn:
            return e.startDateTime;
        case IdColumn:
            return e.objectId.toLongLong();
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case ObjectIdRole:
        return e.objectId;
    case FilterTextRole:
        // What the filter box matches: the name, both spellings of the type, and the id.
        return QStringList {e.eventName, e.eventType, typeLabel(e.eventType), e.objectId}.join(
            u'\n');
    default:
        break;
    }
    return {};
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case StartColumn:
        return tr("Start");
    case IdColumn:
        return tr("ID");
    }
    return {};
}

} // namespace attendance::gui
