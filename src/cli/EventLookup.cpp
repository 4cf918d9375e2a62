// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLookup.h"

#include "hubspot/EventJobs.h"
#include "hubspot/HubSpotClient.h"

using namespace Qt::StringLiterals;

namespace attendance::cli {

EventLookup::EventLookup(HubSpotClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EventLookup::attempt);
}

EventLookup::~EventLookup()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

void EventLookup::start(const QString &objectId)
{
    m_objectId = objectId;
    m_attempts = {};
    m_error = {};
    m_running = true;
    attempt();
}

void EventLookup::attempt()
{
    GetEventJob *job = m_client->getEvent(m_objectId);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] { onAnswered(job); });
    job->start();
}

void EventLookup::onAnswered(GetEventJob *job)
{
    m_job = nullptr;
    const ApiError &error = job->error();
    if (!error.isError()) {
        m_event = job->marketingEvent();
        finish({});
        return;
    }
    // Only a 429 is waited out: an unreachable or failing HubSpot is reported at once, as
    // before any import starts there is nothing to lose by stopping.
    if (error.kind == ApiError::Kind::RateLimit) {
        const RetryDecision d = m_policy.decide(error, &m_attempts, 1, job->rateLimit().intervalMs);
        if (d.action == RetryDecision::Action::Retry) {
            Q_EMIT waiting(int(d.wait.count()),
                d.waitReason == RetryDecision::WaitReason::RateLimit ? u"HubSpot's rate limit"_s
                                                                     : error.userMessage());
            m_retryTimer.start(d.wait);
            return;
        }
    }
    finish(error);
}

void EventLookup::abort()
{
    if (!m_running)
        return;
    if (m_job) {
        m_job->abort(); // its finished() ends the lookup as cancelled
        return;
    }
    m_retryTimer.stop();
    finish(ApiError::cancelled());
}

void EventLookup::finish(const ApiError &error)
{
    m_error = error;
    m_running = false;
    Q_EMIT finished();
}

} // namespace attendance::cli
