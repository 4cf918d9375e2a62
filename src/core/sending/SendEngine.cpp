// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/SendEngine.h"

#include "Logging.h"
#include "hubspot/HubSpotClient.h"
#include "hubspot/PostAttendanceJob.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace attendance {

namespace {

RowError toRowError(const ApiError &error)
{
    return RowError{error.categoryOrKind(), error.userMessage(), error.httpStatus, error.correlationId};
}

bool isTransient(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Server || kind == ApiError::Kind::Network
        || kind == ApiError::Kind::Timeout || kind == ApiError::Kind::Parse;
}

} // namespace

SendEngine::SendEngine(HubSpotClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, &SendEngine::sendBatch);
}

void SendEngine::start(const QString &objectId, SubscriberState state, const ImportPlan &plan)
{
    Q_ASSERT(!m_running);
    m_objectId = objectId;
    m_state = state;
    m_defaultInteractionMs = m_fixedInteractionMs.value_or(QDateTime::currentMSecsSinceEpoch());
    m_results.clear();
    m_toSend.clear();
    m_resultIndex.clear();
    m_next = m_batchCount = m_requests = m_done = 0;
    m_rateLimitRetries = m_transientRetries = 0;
    m_stopError = {};
    m_cancelRequested = false;

    // One result per row, in spreadsheet order, so the table reads like the file.
    m_results.reserve(plan.attendees.size() + plan.invalid.size() + plan.duplicates.size());
    for (const Attendee &a : plan.attendees)
        m_results.append(RowResult{a.row, a.email, RowStatus::Pending, 0, {}});
    for (const InvalidRow &r : plan.invalid)
        m_results.append(RowResult{r.row, r.value, RowStatus::Skipped, 0,
                                   RowError{QStringLiteral("INVALID_EMAIL"), r.reason, 0, {}}});
    for (const DuplicateRow &d : plan.duplicates)
        m_results.append(RowResult{
            d.row, d.email, RowStatus::Skipped, 0,
            RowError{QStringLiteral("DUPLICATE"), tr("Same email as row %1, which is sent instead.").arg(d.firstRow), 0, {}}});
    std::stable_sort(m_results.begin(), m_results.end(),
                     [](const RowResult &a, const RowResult &b) { return a.row < b.row; });

    QHash<int, int> indexOfRow;
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).status == RowStatus::Pending)
            indexOfRow.insert(m_results.at(i).row, i);
    }
    m_toSend = plan.attendees;
    m_resultIndex.reserve(m_toSend.size());
    for (const Attendee &a : std::as_const(m_toSend))
        m_resultIndex.append(indexOfRow.value(a.row));

    m_running = true;
    Q_EMIT started();
    Q_EMIT progressChanged(0, int(m_toSend.size()));
    sendBatch();
}

void SendEngine::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_job) {
        m_job->abort(); // onBatchFinished() follows with a Cancelled error
        return;
    }
    m_waitTimer.stop();
    failUnsent(m_next, RowError{QStringLiteral("CANCELLED"), tr("Not sent: cancelled by the user."), 0, {}});
    finish();
}

void SendEngine::sendBatch()
{
    if (m_next >= m_toSend.size()) {
        finish();
        return;
    }
    if (!m_client) {
        stopRun(ApiError::network(QStringLiteral("no client")), tr("the connection was closed"));
        return;
    }
    m_batchCount = int(std::min<qsizetype>(m_options.batchSize, m_toSend.size() - m_next));
    const QList<Attendee> batch = m_toSend.mid(m_next, m_batchCount);
    PostAttendanceJob *job = m_client->postAttendance(m_objectId, m_state, batch, m_defaultInteractionMs);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] { onBatchFinished(job); });
    ++m_requests;
    qCDebug(lcSend) << "sending rows" << m_next << "to" << m_next + m_batchCount - 1;
    job->start();
}

void SendEngine::onBatchFinished(PostAttendanceJob *job)
{
    m_job = nullptr;
    m_rateLimit = job->rateLimit().isKnown() ? job->rateLimit() : m_rateLimit;
    const ApiError error = job->error();

    if (!error.isError()) {
        const QList<InputOutcome> &outcomes = job->outcomes();
        for (int i = 0; i < m_batchCount; ++i) {
            const InputOutcome &o = outcomes.at(i);
            RowResult r = m_results.at(m_resultIndex.at(m_next + i));
            r.status = o.succeeded ? RowStatus::Succeeded : RowStatus::Failed;
            r.vid = o.vid;
            r.error = o.succeeded ? RowError{} : RowError{o.category, o.message, 200, {}};
            setRow(m_next + i, r);
        }
        m_next += m_batchCount;
        m_rateLimitRetries = m_transientRetries = 0;
        flushRows();
        if (m_cancelRequested) {
            failUnsent(m_next, RowError{QStringLiteral("CANCELLED"), tr("Not sent: cancelled by the user."), 0, {}});
            finish();
            return;
        }
        // Out of requests in this window: wait for it to roll rather than provoke a 429.
        if (m_rateLimit.isKnown() && m_rateLimit.remaining == 0 && m_next < m_toSend.size()) {
            retryLater(std::chrono::milliseconds(m_rateLimit.intervalMs), tr("HubSpot's rate limit"));
            return;
        }
        sendBatch();
        return;
    }

    switch (error.kind) {
    case ApiError::Kind::Cancelled:
        settleBatch(RowResult{0, {}, RowStatus::Failed, 0,
                              RowError{QStringLiteral("CANCELLED"),
                                       tr("Cancelled while being sent: HubSpot may have recorded it. Send it again to be sure."), 0, {}}});
        failUnsent(m_next, RowError{QStringLiteral("CANCELLED"), tr("Not sent: cancelled by the user."), 0, {}});
        finish();
        return;
    case ApiError::Kind::RateLimit:
        if (error.isDailyLimit()) {
            stopRun(error, tr("the HubSpot account reached its daily API limit; send these rows again tomorrow"));
            return;
        }
        if (++m_rateLimitRetries <= m_options.maxRateLimitRetries) {
            const auto wait = error.retryAfterMs >= 0 ? std::chrono::milliseconds(error.retryAfterMs)
                : m_rateLimit.intervalMs > 0       ? std::chrono::milliseconds(m_rateLimit.intervalMs)
                                                   : m_options.defaultRateLimitWait;
            retryLater(wait, tr("HubSpot's rate limit"));
            return;
        }
        settleBatch(RowResult{0, {}, RowStatus::Failed, 0, toRowError(error)});
        break;
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Permission:
    case ApiError::Kind::NotFound:
        stopRun(error, error.userMessage());
        return;
    case ApiError::Kind::Validation:
    case ApiError::Kind::Http:
        // The whole batch was refused; the rows are failed with HubSpot's reason, the run goes on.
        settleBatch(RowResult{0, {}, RowStatus::Failed, 0, toRowError(error)});
        break;
    case ApiError::Kind::Server:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Parse:
    case ApiError::Kind::None:
        if (isTransient(error.kind) && ++m_transientRetries <= m_options.maxTransientRetries) {
            retryLater(m_options.backoff * (1 << (m_transientRetries - 1)), error.userMessage());
            return;
        }
        stopRun(error, error.userMessage());
        return;
    }
    m_rateLimitRetries = m_transientRetries = 0;
    if (m_cancelRequested) {
        failUnsent(m_next, RowError{QStringLiteral("CANCELLED"), tr("Not sent: cancelled by the user."), 0, {}});
        finish();
        return;
    }
    sendBatch();
}

void SendEngine::retryLater(std::chrono::milliseconds wait, const QString &reason)
{
    qCInfo(lcSend) << "waiting" << wait.count() << "ms before the next request";
    Q_EMIT waiting(int(wait.count()), reason);
    m_waitTimer.start(wait);
}

void SendEngine::settleBatch(const RowResult &templateResult)
{
    for (int i = 0; i < m_batchCount; ++i) {
        RowResult r = m_results.at(m_resultIndex.at(m_next + i));
        r.status = templateResult.status;
        r.error = templateResult.error;
        setRow(m_next + i, r);
    }
    m_next += m_batchCount;
    m_batchCount = 0;
    flushRows();
}

void SendEngine::stopRun(const ApiError &error, const QString &reason)
{
    m_stopError = error;
    settleBatch(RowResult{0, {}, RowStatus::Failed, 0, toRowError(error)});
    RowError notSent = toRowError(error);
    notSent.category = QStringLiteral("NOT_SENT");
    notSent.message = tr("Not sent: the run stopped because %1").arg(reason);
    failUnsent(m_next, notSent);
    finish();
}

void SendEngine::failUnsent(int from, const RowError &error)
{
    for (int i = from; i < m_toSend.size(); ++i) {
        RowResult r = m_results.at(m_resultIndex.at(i));
        r.status = RowStatus::Failed;
        r.error = error;
        setRow(i, r);
    }
    m_next = int(m_toSend.size());
    flushRows();
}

void SendEngine::setRow(int sendIndex, const RowResult &result)
{
    const int index = m_resultIndex.at(sendIndex);
    if (m_results.at(index).status == RowStatus::Pending && result.status != RowStatus::Pending)
        ++m_done;
    m_results[index] = result;
    m_dirtyFirst = m_dirtyFirst < 0 ? index : std::min(m_dirtyFirst, index);
    m_dirtyLast = std::max(m_dirtyLast, index);
}

void SendEngine::flushRows()
{
    // One signal per batch, not per row: views repaint once.
    if (m_dirtyFirst < 0)
        return;
    const int first = m_dirtyFirst;
    const int last = m_dirtyLast;
    m_dirtyFirst = m_dirtyLast = -1;
    Q_EMIT rowsChanged(first, last);
    Q_EMIT progressChanged(m_done, int(m_toSend.size()));
}

void SendEngine::finish()
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT progressChanged(m_done, int(m_toSend.size()));
    const RunSummary s = summary();
    qCInfo(lcSend) << "run finished:" << s.succeeded << "succeeded," << s.failed << "failed," << s.skipped
                   << "skipped in" << s.requests << "requests";
    Q_EMIT finished();
}

RunSummary SendEngine::summary() const
{
    RunSummary s;
    s.requests = m_requests;
    for (const RowResult &r : m_results) {
        switch (r.status) {
        case RowStatus::Succeeded:
            ++s.succeeded;
            break;
        case RowStatus::Failed:
            ++s.failed;
            break;
        case RowStatus::Skipped:
            ++s.skipped;
            break;
        case RowStatus::Pending:
            ++s.pending;
            break;
        }
    }
    return s;
}

} // namespace attendance
