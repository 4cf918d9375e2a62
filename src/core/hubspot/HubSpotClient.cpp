// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubspot/HubSpotClient.h"

#include "AppInfo.h"
#include "hubspot/ContactLookupJob.h"
#include "hubspot/EventJobs.h"
#include "hubspot/PostAttendanceJob.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace attendance {

HubSpotClient::HubSpotClient(
    QNetworkAccessManager *network, const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(config)
{ }

void HubSpotClient::setToken(const QString &token)
{
    m_token = cleanToken(token);
}

QNetworkRequest HubSpotClient::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    const QByteArray agent = m_config.userAgent.isEmpty()
        ? QByteArray("AttendanceImporter/") + appinfo::kVersion
        : m_config.userAgent;
    request.setHeader(QNetworkRequest::UserAgentHeader, agent);
    // Redirects could carry the token elsewhere; HubSpot does not redirect API calls.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

QUrl HubSpotClient::eventsUrl(const QString &suffix, const QUrlQuery &query) const
{
    return apiUrl(m_config.eventsPath() + suffix, query);
}

QUrl HubSpotClient::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    return url;
}

ListEventsJob *HubSpotClient::listEvents(int pageSize)
{
    return new ListEventsJob(this, pageSize);
}

GetEventJob *HubSpotClient::getEvent(const QString &objectId)
{
    return new GetEventJob(this, objectId);
}

PostAttendanceJob *HubSpotClient::postAttendance(const QString &objectId, SubscriberState state,
    const QList<Attendee> &inputs, qint64 defaultInteractionMs)
{
    return new PostAttendanceJob(this, objectId, state, inputs, defaultInteractionMs);
}

ContactLookupJob *HubSpotClient::lookupContacts(const QStringList &emails)
{
    return new ContactLookupJob(this, emails);
}

} // namespace attendance
