// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubspot/EventJobs.h"

#include "hubspot/HubSpotClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attendance {

namespace {
// A safety net against a server that keeps returning the same cursor.
constexpr int kMaxPages = 10000;
} // namespace

ListEventsJob::ListEventsJob(HubSpotClient *client, int pageSize)
    : ApiJob(client)
    , m_pageSize(qBound(1, pageSize, 100))
{ }

void ListEventsJob::begin()
{
    requestPage({});
}

void ListEventsJob::requestPage(const QString &after)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    // The v3 list path has a trailing slash in the spec; the dated one does not.
    const bool v3 = client()->config().version == ApiVersion::V3;
    sendGet(client()->eventsUrl(v3 ? QStringLiteral("/") : QString(), query));
}

void ListEventsJob::onSuccess(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(u"results").isArray()) {
        finishWith(ApiError::parse(QStringLiteral("event list without results")));
        return;
    }
    ++m_pages;
    const QJsonObject root = doc.object();
    for (const QJsonValue &v : root.value(u"results").toArray())
        m_events.append(MarketingEvent::fromJson(v.toObject()));
    const QString after
        = root.value(u"paging").toObject().value(u"next").toObject().value(u"after").toString();
    if (after.isEmpty() || m_pages >= kMaxPages) {
        finishWith();
        return;
    }
    requestPage(after);
}

GetEventJob::GetEventJob(HubSpotClient *client, const QString &objectId)
    : ApiJob(client)
    , m_objectId(objectId)
{ }

void GetEventJob::begin()
{
    sendGet(client()->eventsUrl(u'/' + QString::fromLatin1(QUrl::toPercentEncoding(m_objectId))));
}

void GetEventJob::onSuccess(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        finishWith(ApiError::parse(QStringLiteral("event is not a JSON object")));
        return;
    }
    m_event = MarketingEvent::fromJson(doc.object());
    finishWith();
}

} // namespace attendance
