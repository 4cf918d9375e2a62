// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace attendance {

/// A marketing event as listed by HubSpot (MarketingEventPublicReadResponseV2). Only objectId and
/// eventName are required by the spec; everything else may be missing.
struct MarketingEvent
{
    QString objectId;
    QString eventName;
    QString eventType;
    QString eventOrganizer;
    QString appName;
    QDateTime startDateTime;
    QDateTime endDateTime;
    bool cancelled = false;
    bool completed = false;
    int registrants = -1;
    int attendees = -1;
    int cancellations = -1;
    QJsonObject raw; ///< The object as HubSpot sent it, for --json output.

    static MarketingEvent fromJson(const QJsonObject &object);
};

} // namespace attendance
