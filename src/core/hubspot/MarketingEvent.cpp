// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubspot/MarketingEvent.h"

namespace attendance {

namespace {
QDateTime dateTime(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC);
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

int count(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? v.toInt() : -1;
}
} // namespace

MarketingEvent MarketingEvent::fromJson(const QJsonObject &o)
{
    MarketingEvent e;
    // objectId is a string in the spec, but be lenient with numbers.
    const QJsonValue id = o.value(u"objectId");
    e.objectId = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
    e.eventName = o.value(u"eventName").toString();
    e.eventType = o.value(u"eventType").toString();
    e.eventOrganizer = o.value(u"eventOrganizer").toString();
    e.appName = o.value(u"appInfo").toObject().value(u"name").toString();
    e.startDateTime = dateTime(o, u"startDateTime");
    e.endDateTime = dateTime(o, u"endDateTime");
    e.cancelled = o.value(u"eventCancelled").toBool();
    e.completed = o.value(u"eventCompleted").toBool();
    e.registrants = count(o, u"registrants");
    e.attendees = count(o, u"attendees");
    e.cancellations = count(o, u"cancellations");
    e.raw = o;
    return e;
}

} // namespace attendance
