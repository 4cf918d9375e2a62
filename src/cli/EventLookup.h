// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubspot/ApiError.h"
#include "hubspot/MarketingEvent.h"
#include "sending/RetryPolicy.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace attendance {
class GetEventJob;
class HubSpotClient;
} // namespace attendance

namespace attendance::cli {

/// Looks up the event of an import before anything is sent. A 429 is waited out and retried as
/// RetryPolicy says for batches (a daily limit is not): the account's rate window may still be
/// full of another import's requests, or of the run this one resumes.
class EventLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLookup)

public:
    explicit EventLookup(HubSpotClient *client, QObject *parent = nullptr);
    ~EventLookup() override;

    void start(const QString &objectId);
    /// Stops at once; finished() follows with a Cancelled error.
    void abort();
    bool isRunning() const { return m_running; }

    const ApiError &error() const { return m_error; }
    const MarketingEvent &marketingEvent() const { return m_event; }

Q_SIGNALS:
    void waiting(int ms, const QString &reason);
    void finished();

private:
    void attempt();
    void onAnswered(GetEventJob *job);
    void finish(const ApiError &error);

    HubSpotClient *m_client;
    QString m_objectId;
    QPointer<GetEventJob> m_job;
    QTimer m_retryTimer;
    RetryPolicy m_policy;
    BatchAttempts m_attempts;
    ApiError m_error;
    MarketingEvent m_event;
    bool m_running = false;
};

} // namespace attendance::cli
