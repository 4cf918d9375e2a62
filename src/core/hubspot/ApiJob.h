// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubspot/ApiError.h"
#include "hubspot/RateLimitInfo.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace attendance {

class HubSpotClient;

/// One logical exchange with HubSpot (possibly several HTTP requests, e.g. paging). Owns its
/// reply and its timeout; emits finished() exactly once, then deletes itself.
/// Subclasses send with sendGet()/sendPost() and read 2xx bodies in onSuccess().
class ApiJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ~ApiJob() override;

    void start();
    /// Aborts the request in flight; finished() follows with a Cancelled error.
    void abort();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    /// Rate-limit headers of the last answer (also present on errors).
    const RateLimitInfo &rateLimit() const { return m_rateLimit; }

Q_SIGNALS:
    void finished();

protected:
    explicit ApiJob(HubSpotClient *client);

    virtual void begin() = 0;
    /// Called with the body of a 2xx answer. Call finishWith() or send another request.
    virtual void onSuccess(const QByteArray &body) = 0;
    /// The granular scope this request needs, named in a MISSING_SCOPES answer that names none.
    virtual QString requiredScope() const { return {}; }

    void sendGet(const QUrl &url);
    void sendPost(const QUrl &url, const QByteArray &json);
    void finishWith(const ApiError &error = {});
    /// Out of line: HubSpotClient is incomplete here, and this header is included without it.
    HubSpotClient *client() const;

private:
    void track(QNetworkReply *reply);
    void onReplyFinished();
    void onTimeout();

    QPointer<HubSpotClient> m_client;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    ApiError m_error;
    RateLimitInfo m_rateLimit;
    bool m_finished = false;
    bool m_aborted = false;
    bool m_timedOut = false;
};

} // namespace attendance
