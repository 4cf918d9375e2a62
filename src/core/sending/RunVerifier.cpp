// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/RunVerifier.h"

#include "hubspot/HubSpotClient.h"

namespace attendance {

RunVerifier::RunVerifier(HubSpotClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RunVerifier::round);
}

QString RunVerifier::breakdownState(SubscriberState state)
{
    switch (state) {
    case SubscriberState::Register:
        return QStringLiteral("REGISTERED");
    case SubscriberState::Attend:
        return QStringLiteral("ATTENDED");
    case SubscriberState::Cancel:
        return QStringLiteral("CANCELLED");
    case SubscriberState::ByStatus:
        break;
    }
    return {};
}

void RunVerifier::start(
    const QString &objectId, SubscriberState state, const QList<RowResult> &results)
{
    m_objectId = objectId;
    m_state = state;
    m_report = {};
    QStringList succeeded;
    m_sampleState.clear();
    for (const RowResult &r : results) {
        if (r.status != RowStatus::Succeeded)
            continue;
        succeeded.append(r.email);
        const SubscriberState rowState = r.state.value_or(state);
        if (rowState != SubscriberState::ByStatus)
            ++m_report.expectedByState.at(size_t(rowState));
        if (state == SubscriberState::ByStatus)
            m_sampleState.insert(r.email, rowState);
    }
    m_report.expected = int(succeeded.size());
    // An even spread over the file, not just its first rows.
    m_sample.clear();
    const int n = std::min<int>(m_options.sampleSize, int(succeeded.size()));
    for (int i = 0; i < n; ++i)
        m_sample.append(succeeded.at(qsizetype(i) * succeeded.size() / n));
    m_pending = m_sample;
    m_report.sampled = int(m_sample.size());
    m_started = std::chrono::steady_clock::now();
    m_running = true;
    round();
}

void RunVerifier::cancel()
{
    m_timer.stop();
    m_running = false;
}

void RunVerifier::round()
{
    if (!m_running || !m_client)
        return;
    ++m_report.attempts;
    m_outstanding = 1 + int(m_pending.size());
    auto *counters = new CountersJob(m_client, m_objectId);
    connect(counters, &ApiJob::finished, this, [this, counters] { onCounters(counters); });
    counters->start();
    for (const QString &email : std::as_const(m_pending)) {
        auto *job = new BreakdownJob(m_client, m_objectId, email);
        connect(job, &ApiJob::finished, this, [this, job] { onBreakdown(job); });
        job->start();
    }
}

void RunVerifier::onCounters(CountersJob *job)
{
    if (job->error().isError()) {
        m_report.error = job->error();
    } else {
        m_report.counters = job->counters();
        const ParticipationCounters &c = m_report.counters;
        const std::array<int, 3> counts {c.registered, c.attended, c.cancelled};
        if (m_state == SubscriberState::ByStatus) {
            m_report.countForState = 0;
            for (size_t s = 0; s < counts.size(); ++s)
                m_report.countForState += std::min(counts.at(s), m_report.expectedByState.at(s));
        } else {
            m_report.countForState = counts.at(size_t(m_state));
        }
    }
    roundDone();
}

void RunVerifier::onBreakdown(BreakdownJob *job)
{
    if (job->error().isError()) {
        m_report.error = job->error();
    } else {
        const QString wanted = breakdownState(m_sampleState.value(job->email(), m_state));
        for (const Participation &p : job->participations()) {
            if (p.state == wanted && p.email.compare(job->email(), Qt::CaseInsensitive) == 0) {
                m_pending.removeAll(job->email());
                break;
            }
        }
    }
    roundDone();
}

void RunVerifier::roundDone()
{
    if (--m_outstanding > 0)
        return;
    m_report.sampledConfirmed = int(m_sample.size() - m_pending.size());
    m_report.sampledMissing = m_pending;
    Q_EMIT progress(m_report);
    const bool timedOut = std::chrono::steady_clock::now() - m_started >= m_options.timeout;
    // Auth and permission problems will not go away by waiting.
    const bool hopeless = m_report.error.kind == ApiError::Kind::Authentication
        || m_report.error.kind == ApiError::Kind::Permission
        || m_report.error.kind == ApiError::Kind::NotFound;
    if (m_report.complete() || timedOut || hopeless) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    m_report.error = {};
    m_timer.start(m_options.interval);
}

} // namespace attendance
