// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventRoutes.h"

#include "ErrorBodies.h"
#include "SimulatorRouter.h"
#include "SimulatorState.h"
#include "StableHash.h"

#include <QJsonArray>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace attendance::sim {

namespace {

constexpr int kDefaultLimit = 10;
constexpr int kMaxLimit = 100;

// Opaque to clients, like HubSpot's: the base64url of the last objectId served.
QString encodeCursor(const QString &objectId)
{
    return QString::fromLatin1(
        objectId.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(decoded.decoded);
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

EventRoutes::EventRoutes(const SimulatorState &state)
    : m_state(state)
{ }

SimulatorResponse EventRoutes::list(const RouteContext &context) const
{
    const QUrlQuery &query = context.request.query;
    int limit = kDefaultLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok)
            return ErrorBodies::validation(
                u"Invalid input: limit must be an integer"_s, context.correlationId, u"limit"_s);
        if (limit < 1 || limit > kMaxLimit)
            return ErrorBodies::validation(
                u"Invalid input: limit must be between 1 and %1, got %2"_s.arg(kMaxLimit).arg(
                    limit),
                context.correlationId, u"limit"_s);
    }

    const QList<EventRecord> &events = m_state.events();
    qsizetype start = 0;
    if (query.hasQueryItem(u"after"_s)) {
        const std::optional<QString> after = decodeCursor(query.queryItemValue(u"after"_s));
        if (!after)
            return ErrorBodies::validation(u"Invalid input: after is not a valid paging cursor"_s,
                context.correlationId, u"after"_s);
        // Strictly after the last id served, so events added meanwhile neither repeat nor vanish.
        start = std::upper_bound(events.cbegin(), events.cend(), *after,
                    [](const QString &id, const EventRecord &record) {
                        return SimulatorState::objectIdLess(id, record.event.objectId);
                    })
            - events.cbegin();
    }

    const qsizetype end = std::min(events.size(), start + limit);
    QJsonArray results;
    for (qsizetype i = start; i < end; ++i)
        results.append(eventJson(events.at(i)));

    QJsonObject body {{u"results"_s, results}};
    if (end < events.size()) {
        const QString cursor = encodeCursor(events.at(end - 1).event.objectId);
        QUrl link = context.baseUrl;
        link.setPath(context.request.path);
        QUrlQuery linkQuery;
        linkQuery.addQueryItem(u"after"_s, cursor);
        linkQuery.addQueryItem(u"limit"_s, QString::number(limit));
        link.setQuery(linkQuery);
        body.insert(u"paging"_s,
            QJsonObject {
                {u"next"_s, QJsonObject {{u"after"_s, cursor}, {u"link"_s, link.toString()}}}});
    }
    return {200, body, {}};
}

SimulatorResponse EventRoutes::get(const RouteContext &context, const QString &objectId) const
{
    const EventRecord *record = m_state.event(objectId);
    if (!record)
        return ErrorBodies::eventNotFound(objectId, context.correlationId);
    return {200, eventJson(*record), {}};
}

SimulatorResponse EventRoutes::participations(
    const RouteContext &context, const QString &objectId) const
{
    if (!m_state.event(objectId))
        return ErrorBodies::eventNotFound(objectId, context.correlationId);
    const AttendanceCounters counters = m_state.counters(objectId);
    const QJsonObject body {
        {u"attended"_s, counters.attended},
        {u"cancelled"_s, counters.cancelled},
        {u"noShows"_s, counters.noShows},
        {u"registered"_s, counters.registered},
    };
    return {200, body, {}};
}

QJsonObject EventRoutes::eventJson(const EventRecord &record) const
{
    const SimulatedEvent &event = record.event;
    const AttendanceCounters counters = m_state.counters(event.objectId);
    QJsonObject json {
        {u"objectId"_s, event.objectId},
        {u"eventName"_s, event.eventName},
        {u"customProperties"_s, QJsonArray {}},
        {u"createdAt"_s, isoTime(record.createdAt)},
        {u"updatedAt"_s, isoTime(record.updatedAt)},
        {u"eventCancelled"_s, event.eventCancelled},
        {u"eventCompleted"_s, event.eventCompleted},
        {u"registrants"_s, counters.registered},
        {u"attendees"_s, counters.attended},
        {u"cancellations"_s, counters.cancelled},
        {u"noShows"_s, counters.noShows},
    };
    // Optional fields are left out when unset, as HubSpot omits them.
    const auto insertText = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    insertText(u"eventType"_s, event.eventType);
    insertText(u"eventOrganizer"_s, event.eventOrganizer);
    insertText(u"eventDescription"_s, event.eventDescription);
    if (event.startDateTime.isValid())
        json.insert(u"startDateTime"_s, isoTime(event.startDateTime));
    if (event.endDateTime.isValid())
        json.insert(u"endDateTime"_s, isoTime(event.endDateTime));
    if (!event.appName.isEmpty()) {
        // A stable made-up app id per app name; clients only display it.
        const QString appId
            = QString::number(stableHash(event.appName.toUtf8()) % 9000000 + 1000000);
        json.insert(u"appInfo"_s, QJsonObject {{u"id"_s, appId}, {u"name"_s, event.appName}});
    }
    return json;
}

} // namespace attendance::sim
