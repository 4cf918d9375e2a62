// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubspot/ApiJob.h"

#include "Logging.h"
#include "hubspot/HubSpotClient.h"

#include <QNetworkReply>

namespace attendance {

ApiJob::ApiJob(HubSpotClient *client)
    : QObject(client)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ApiJob::onTimeout);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

HubSpotClient *ApiJob::client() const
{
    return m_client;
}

void ApiJob::start()
{
    Q_ASSERT(!m_finished);
    begin();
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_reply)
        m_reply->abort(); // finished() of the reply follows synchronously
    else
        finishWith(ApiError::cancelled());
}

void ApiJob::sendGet(const QUrl &url)
{
    track(m_client->networkManager()->get(m_client->makeRequest(url)));
}

void ApiJob::sendPost(const QUrl &url, const QByteArray &json)
{
    track(m_client->networkManager()->post(m_client->makeRequest(url), json));
}

void ApiJob::track(QNetworkReply *reply)
{
    m_reply = reply;
    m_timedOut = false;
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    // Any progress restarts the clock: the limit is on silence, not on a slow large answer.
    connect(reply, &QNetworkReply::downloadProgress, this, [this] { m_timer.start(); });
    connect(reply, &QNetworkReply::uploadProgress, this, [this] { m_timer.start(); });
    m_timer.start(m_client->config().timeout);
}

void ApiJob::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_timer.stop();
    m_reply = nullptr;
    reply->deleteLater();

    m_rateLimit = RateLimitInfo::fromReply(*reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply is closed: reading it would only warn "device not open".
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QByteArray method
        = reply->operation() == QNetworkAccessManager::PostOperation ? "POST" : "GET";
    qCInfo(lcNet).noquote() << method << reply->url().path() << "->" << status
                            << reply->rawHeader("X-HubSpot-Correlation-Id");

    if (m_aborted) {
        finishWith(ApiError::cancelled());
        return;
    }
    if (m_timedOut) {
        finishWith(ApiError::timeout(int(m_client->config().timeout.count() / 1000)));
        return;
    }
    if (status == 0) {
        finishWith(ApiError::network(reply->errorString()));
        return;
    }
    if (status < 200 || status >= 300) {
        ApiError error = ApiError::fromHttp(status, body, reply->rawHeader("Retry-After"),
            reply->rawHeader("X-HubSpot-Correlation-Id"));
        // The user is told which scope to add even when HubSpot's body does not list it.
        if (error.kind == ApiError::Kind::Permission && error.category == u"MISSING_SCOPES"
            && error.missingScopes.isEmpty() && !requiredScope().isEmpty())
            error.missingScopes.append(requiredScope());
        finishWith(error);
        return;
    }
    onSuccess(body);
}

void ApiJob::finishWith(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (error.isError())
        qCInfo(lcNet).noquote() << "request failed:" << toString(error.kind) << error.httpStatus
                                << error.category << error.correlationId;
    Q_EMIT finished();
    deleteLater();
}

} // namespace attendance
