// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubspot/MarketingEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace attendance::gui {

/// The account's marketing events as a table: Name, Type, Start (in the local time zone and
/// format), ID. SortRole gives sortable values (a QDateTime for Start).
class EventsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsModel)

public:
    enum Column { NameColumn, TypeColumn, StartColumn, IdColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ObjectIdRole, FilterTextRole };

    explicit EventsModel(QObject *parent = nullptr);

    void setEvents(const QList<MarketingEvent> &events);
    const QList<MarketingEvent> &events() const { return m_events; }
    /// The row of @p objectId, or -1.
    int rowOf(const QString &objectId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Webinar", "Conference", ... for HubSpot's upper-case event types; others as sent.
    static QString typeLabel(const QString &eventType);
    /// The event's name as the window shows it: "(cancelled)" added when HubSpot marks it so.
    static QString nameLabel(const MarketingEvent &event);

private:
    QList<MarketingEvent> m_events;
};

} // namespace attendance::gui
