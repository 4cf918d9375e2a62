// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/SendEngine.h"

#include "Logging.h"
#include "hubspot/ContactLookupJob.h"
#include "hubspot/HubSpotClient.h"
#include "hubspot/PostAttendanceJob.h"
#include "sending/RunJournal.h"

#include <QDateTime>
#include <algorithm>
#include <functional>
#include <vector>

namespace attendance {

using std::chrono::milliseconds;

namespace {

/// A row error for a whole-batch failure. The category is ours (the kind), not HubSpot's, so
/// that isResendable() can tell "HubSpot judged this row" from "this row never got through".
RowError batchError(const ApiError &error)
{
    return RowError {
        toString(error.kind), error.userMessage(), error.httpStatus, error.correlationId};
}

/// Why a duplicate row is not sent: merged into the person's first row, or the same email again;
/// by status, also the state the person is sent in when it is not this row's.
RowError duplicateError(const DuplicateRow &d)
{
    if (d.merged && d.ownState == d.sentAs) {
        return RowError {QStringLiteral("MERGED"),
            SendEngine::tr("Another session of the person in row %1: merged into that row, which "
                           "is sent with the earliest join and the latest leave.")
                .arg(d.firstRow),
            0, {}};
    }
    if (d.ownState && d.sentAs && *d.ownState != *d.sentAs) {
        return RowError {d.merged ? QStringLiteral("MERGED") : QStringLiteral("DUPLICATE"),
            SendEngine::tr("Same email as row %1, which is sent instead, as %2: a person is "
                           "recorded once, in the furthest state their rows reach (attend, then "
                           "register, then cancel).")
                .arg(d.firstRow)
                .arg(toApiString(*d.sentAs)),
            0, {}};
    }
    return RowError {QStringLiteral("DUPLICATE"),
        SendEngine::tr("Same email as row %1, which is sent instead.").arg(d.firstRow), 0, {}};
}

} // namespace

SendEngine::SendEngine(HubSpotClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &SendEngine::pump);
}

SendEngine::~SendEngine()
{
    // Jobs are children of the client; they must not call back into a dead engine.
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
    }
}

std::chrono::steady_clock::time_point SendEngine::now() const
{
    return m_clock ? m_clock() : std::chrono::steady_clock::now();
}

SendEngine::Prepared SendEngine::prepare(const ImportPlan &plan)
{
    // One result per row, in spreadsheet order, so the table reads like the file. The order is
    // worked out on small (row, list, index) entries and each result is built once, in place:
    // sorting and hashing 100,000 results themselves stalled the window when a big run started.
    enum Source { FromAttendees, FromInvalid, FromDuplicates, FromSkipped };
    struct Entry
    {
        int row;
        Source source;
        int index;
    };
    std::vector<Entry> order;
    order.reserve(size_t(plan.attendees.size() + plan.invalid.size() + plan.duplicates.size()
        + plan.skipped.size()));
    for (int i = 0; i < plan.attendees.size(); ++i)
        order.push_back({plan.attendees.at(i).row, FromAttendees, i});
    for (int i = 0; i < plan.invalid.size(); ++i)
        order.push_back({plan.invalid.at(i).row, FromInvalid, i});
    for (int i = 0; i < plan.duplicates.size(); ++i)
        order.push_back({plan.duplicates.at(i).row, FromDuplicates, i});
    for (int i = 0; i < plan.skipped.size(); ++i)
        order.push_back({plan.skipped.at(i).row, FromSkipped, i});
    const auto byRow = [](const Entry &a, const Entry &b) { return a.row < b.row; };
    if (!std::is_sorted(order.cbegin(), order.cend(), byRow))
        std::stable_sort(order.begin(), order.end(), byRow);

    Prepared prepared;
    QList<RowResult> &results = prepared.results;
    QList<int> &resultOfAttendee = prepared.resultOfAttendee;
    resultOfAttendee.resize(plan.attendees.size());
    results.reserve(qsizetype(order.size()));
    for (const Entry &e : order) {
        switch (e.source) {
        case FromAttendees: {
            const Attendee &a = plan.attendees.at(e.index);
            resultOfAttendee[e.index] = int(results.size());
            results.append(RowResult {a.row, a.email, RowStatus::Pending, 0, {}, a.state});
            break;
        }
        case FromInvalid: {
            const InvalidRow &r = plan.invalid.at(e.index);
            results.append(RowResult {r.row, r.value, RowStatus::Skipped, 0,
                RowError {QStringLiteral("INVALID_EMAIL"), r.reason, 0, {}}});
            break;
        }
        case FromDuplicates: {
            const DuplicateRow &d = plan.duplicates.at(e.index);
            results.append(RowResult {d.row, d.email, RowStatus::Skipped, 0, duplicateError(d)});
            break;
        }
        case FromSkipped: {
            // The row's own status says it does not belong in this state (a no-show).
            const SkippedRow &r = plan.skipped.at(e.index);
            results.append(RowResult {r.row, r.email, RowStatus::Skipped, 0,
                RowError {QStringLiteral("STATUS"), r.reason, 0, {}}});
            break;
        }
        }
    }
    return prepared;
}

void SendEngine::start(const QString &objectId, SubscriberState state, const ImportPlan &plan,
    const QList<RowResult> &previous, Prepared prepared)
{
    Q_ASSERT(m_state == State::Idle);
    m_objectId = objectId;
    m_subscriberState = state;
    m_defaultInteractionMs = m_fixedInteractionMs.value_or(QDateTime::currentMSecsSinceEpoch());
    m_pacer.emplace(m_clock);
    m_pacer->setMaxInFlight(m_options.maxInFlight);
    m_policy.emplace(m_options.retry, m_clock, m_options.jitterSeed);
    m_results.clear();
    m_toSend.clear();
    m_resultIndex.clear();
    m_queue.clear();
    m_dirty.clear();
    m_requests = m_done = m_failedBatchesInARow = 0;
    m_counts = {};
    m_stopError = {};
    m_stopping = m_hubletSwitched = m_cancelled = false;

    if (prepared.results.isEmpty() && prepared.resultOfAttendee.isEmpty())
        prepared = prepare(plan);
    Q_ASSERT(prepared.resultOfAttendee.size() == plan.attendees.size()); // prepared from this plan
    m_results = std::move(prepared.results);
    QList<int> resultOfAttendee = std::move(prepared.resultOfAttendee);

    if (previous.isEmpty()) {
        // A fresh run sends the whole plan, in its order: share it rather than copy it.
        m_toSend = plan.attendees;
        m_resultIndex = std::move(resultOfAttendee);
    } else {
        QHash<int, RowResult> before;
        for (const RowResult &r : previous)
            before.insert(r.row, r);
        for (int i = 0; i < plan.attendees.size(); ++i) {
            const Attendee &a = plan.attendees.at(i);
            const int index = resultOfAttendee.at(i);
            const auto done = before.constFind(a.row);
            // A row HubSpot already judged is never sent again (journal resume).
            if (done != before.cend() && done->status != RowStatus::Pending
                && (done->status == RowStatus::Succeeded || !isResendable(done->error.category))) {
                m_results[index] = *done;
                m_results[index].state = state == SubscriberState::ByStatus ? a.state : state;
                continue;
            }
            m_toSend.append(a);
            m_resultIndex.append(index);
        }
    }
    m_counts = countByStatus(m_results);
    queueBatches();

    setState(m_options.startPaused ? State::Paused : State::Running);
    Q_EMIT started();
    Q_EMIT progressChanged(0, int(m_toSend.size()));
    flushRows(); // rows failed before sending (NO_STATE)
    pump(); // sends nothing while paused
    maybeFinish();
}

void SendEngine::queueBatches()
{
    // A lookup takes at most kMaxInputs emails, and each batch is looked up as a whole.
    int batchSize = std::max(1, m_options.batchSize);
    if (m_options.existingContactsOnly)
        batchSize = std::min(batchSize, ContactLookupJob::kMaxInputs);
    if (m_subscriberState != SubscriberState::ByStatus) {
        for (int i = 0; i < m_toSend.size(); ++i)
            m_results[m_resultIndex.at(i)].state = m_subscriberState;
        for (int first = 0; first < m_toSend.size(); first += batchSize) {
            Batch batch;
            batch.state = m_subscriberState;
            for (int i = first; i < std::min<int>(first + batchSize, int(m_toSend.size())); ++i)
                batch.items.append(i);
            m_queue.push_back(std::move(batch));
        }
        return;
    }
    // One state per request: each goes to its own endpoint. Attend first, then register, then
    // cancel, each in the file's order.
    QList<int> unknown;
    for (const SubscriberState state :
        {SubscriberState::Attend, SubscriberState::Register, SubscriberState::Cancel}) {
        Batch batch;
        batch.state = state;
        for (int i = 0; i < m_toSend.size(); ++i) {
            if (m_toSend.at(i).state != state)
                continue;
            m_results[m_resultIndex.at(i)].state = state;
            batch.items.append(i);
            if (batch.items.size() == batchSize) {
                m_queue.push_back(std::move(batch));
                batch = Batch {};
                batch.state = state;
            }
        }
        if (!batch.items.isEmpty())
            m_queue.push_back(std::move(batch));
    }
    for (int i = 0; i < m_toSend.size(); ++i) {
        const std::optional<SubscriberState> state = m_toSend.at(i).state;
        if (!state || *state == SubscriberState::ByStatus)
            unknown.append(i);
    }
    // Only a damaged progress file can hold such a row: never guess its state.
    settle(unknown, RowStatus::Failed,
        RowError {QStringLiteral("NO_STATE"),
            tr("Not sent: the row has no state of its own to be recorded in. Check its status "
               "and send it again."),
            0, {}});
}

void SendEngine::pump()
{
    if (m_state != State::Running || m_stopping)
        return;
    while (!m_queue.empty()) {
        const auto t = now();
        milliseconds wait = m_pacer->delayBeforeNext();
        if (wait.count() < 0)
            return; // at the in-flight cap: an answer will pump again
        if (m_queue.front().notBefore > t)
            wait = std::max(wait, std::chrono::ceil<milliseconds>(m_queue.front().notBefore - t));
        if (wait.count() > 0) {
            // Tell people about waits they would notice; short pacing gaps are just the rate.
            if (wait >= milliseconds(1000) && !m_pumpTimer.isActive())
                Q_EMIT waiting(int(wait.count()), tr("HubSpot's rate limit"),
                    RetryDecision::WaitReason::RateLimit);
            m_pumpTimer.start(wait);
            return;
        }
        Batch batch = std::move(m_queue.front());
        m_queue.pop_front();
        send(std::move(batch));
    }
}

void SendEngine::send(Batch batch)
{
    if (!m_client) {
        m_queue.push_front(std::move(batch));
        beginStop(ApiError::network(QStringLiteral("the connection was closed")),
            QStringLiteral("NOT_SENT"), tr("Not sent: the connection to HubSpot was closed."));
        return;
    }
    if (m_options.existingContactsOnly && !batch.lookedUp) {
        lookUp(std::move(batch));
        return;
    }
    QList<Attendee> inputs;
    inputs.reserve(batch.items.size());
    for (int i : std::as_const(batch.items))
        inputs.append(m_toSend.at(i));
    PostAttendanceJob *job
        = m_client->postAttendance(m_objectId, batch.state, inputs, m_defaultInteractionMs);
    connect(job, &ApiJob::finished, this, [this, job] { onAnswered(job); });
    batch.tokenGeneration = m_tokenGeneration;
    m_inFlight.emplace(job, std::move(batch)); // QHash::insert() would copy it
    m_pacer->onSent();
    ++m_requests;
    job->start();
}

void SendEngine::lookUp(Batch batch)
{
    QStringList emails;
    emails.reserve(batch.items.size());
    for (int i : std::as_const(batch.items))
        emails.append(m_toSend.at(i).email);
    ContactLookupJob *job = m_client->lookupContacts(emails);
    connect(job, &ApiJob::finished, this, [this, job] { onLookedUp(job); });
    batch.tokenGeneration = m_tokenGeneration;
    m_inFlight.emplace(job, std::move(batch));
    m_pacer->onSent(); // a lookup counts against the same rate limit as a post
    ++m_requests;
    job->start();
}

void SendEngine::onLookedUp(ContactLookupJob *job)
{
    onFinished(job, [this, job](const Batch &batch) {
        const QList<ContactMatch> &matches = job->matches();
        Q_ASSERT(matches.size() == batch.items.size());
        Batch known;
        known.state = batch.state;
        known.lookedUp = true;
        QList<int> unknown;
        for (qsizetype k = 0; k < batch.items.size(); ++k)
            (matches.at(k).found ? known.items : unknown).append(batch.items.at(k));
        settle(unknown, RowStatus::Skipped,
            RowError {QStringLiteral("NOT_A_CONTACT"),
                tr("not a contact in HubSpot: only people who are already contacts are "
                   "recorded in this run"),
                0, {}});
        // The known ones go next; nothing can fail them between the lookup and the post.
        if (!known.items.isEmpty())
            m_queue.push_front(std::move(known));
    });
}

void SendEngine::onAnswered(PostAttendanceJob *job)
{
    onFinished(job, [this, job](const Batch &batch) { settleOutcomes(batch, *job); });
}

void SendEngine::onFinished(ApiJob *job, const std::function<void(const Batch &)> &answered)
{
    Batch batch = m_inFlight.take(job);
    const ApiError &error = job->error(); // the job is deleted later, from the event loop
    if (job->rateLimit().isKnown())
        m_rateLimit = job->rateLimit();
    m_pacer->onAnswered(job->rateLimit());

    if (!error.isError()) {
        m_failedBatchesInARow = 0;
        m_pacer->onConfirmed();
        answered(batch);
    } else {
        handleError(std::move(batch), error);
    }
    flushRows();
    pump();
    maybeFinish();
}

void SendEngine::handleError(Batch batch, const ApiError &error)
{
    using Action = RetryDecision::Action;
    if (error.kind == ApiError::Kind::Cancelled) {
        settle(batch.items, RowStatus::Failed,
            RowError {QStringLiteral("CANCELLED"),
                tr("Cancelled while being sent: HubSpot may have recorded it. Send it again to be "
                   "sure."),
                0, {}});
        return;
    }
    const RetryDecision d
        = m_policy->decide(error, &batch.attempts, int(batch.items.size()), m_rateLimit.intervalMs);
    switch (d.action) {
    case Action::Retry: {
        batch.notBefore = now() + d.wait;
        const bool rateLimited = d.waitReason == RetryDecision::WaitReason::RateLimit;
        if (rateLimited)
            m_pacer->holdFor(d.wait); // the whole account is over the limit, not just this batch
        m_queue.push_front(std::move(batch));
        qCInfo(lcSend) << "waiting" << d.wait.count() << "ms:" << toString(error.kind);
        Q_EMIT waiting(int(d.wait.count()),
            rateLimited ? tr("HubSpot asked to slow down") : error.userMessage(), d.waitReason);
        return;
    }
    case Action::Bisect: {
        const auto half = batch.items.size() / 2;
        Batch second {batch.items.mid(half), batch.state, batch.lookedUp, {}, {}};
        Batch first {batch.items.first(half), batch.state, batch.lookedUp, {}, {}};
        m_queue.push_front(std::move(second));
        m_queue.push_front(std::move(first));
        qCInfo(lcSend) << "batch of" << batch.items.size() << "refused as a whole; splitting it";
        return;
    }
    case Action::FailRows: {
        // A single row HubSpot refuses is its verdict on that row: keep HubSpot's category.
        RowError rowError = batchError(error);
        if (error.kind == ApiError::Kind::Validation && batch.items.size() == 1
            && !error.category.isEmpty())
            rowError.category = error.category;
        settle(batch.items, RowStatus::Failed, rowError);
        const bool transient = error.kind == ApiError::Kind::Server
            || error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
            || error.kind == ApiError::Kind::Parse;
        if (transient && ++m_failedBatchesInARow >= m_options.maxConsecutiveFailedBatches)
            beginStop(error, QStringLiteral("NOT_SENT"),
                tr("Not sent: the run stopped after repeated failures (%1)")
                    .arg(error.userMessage()));
        return;
    }
    case Action::SwitchHublet: {
        const QUrl target
            = m_client ? m_client->config().baseUrlForHublet(error.correctHublet) : QUrl();
        if (!m_hubletSwitched && target.isValid() && !target.isEmpty()) {
            m_hubletSwitched = true;
            ClientConfig config = m_client->config();
            config.baseUrl = target;
            m_client->setConfig(config);
            qCInfo(lcSend).noquote()
                << "account lives in data centre" << error.correctHublet << "- switching host";
            m_queue.push_front(std::move(batch));
            return;
        }
        settle(batch.items, RowStatus::Failed, batchError(error));
        beginStop(error, QStringLiteral("NOT_SENT"), tr("Not sent: %1").arg(error.userMessage()));
        return;
    }
    case Action::PauseForToken:
        if (batch.tokenGeneration < m_tokenGeneration) {
            // Sent with the token that was just replaced: not a reason to ask again.
            m_queue.push_front(std::move(batch));
            return;
        }
        m_queue.push_front(std::move(batch));
        // A late 401 of a run that is stopping (the user declined a new token, or cancelled)
        // only joins the rows not sent; asking again would reopen what the user closed.
        if (m_state != State::WaitingForToken && !m_stopping) {
            m_stopError = error;
            setState(State::WaitingForToken);
            Q_EMIT tokenRejected();
        }
        return;
    case Action::StopRun:
        m_queue.push_front(std::move(batch));
        beginStop(error, QStringLiteral("NOT_SENT"),
            error.isDailyLimit()
                ? tr("Not sent: the HubSpot account reached its daily API limit. Send these rows "
                     "again tomorrow.")
                : tr("Not sent: the run stopped because %1").arg(error.userMessage()));
        return;
    }
}

void SendEngine::setStatus(RowResult &r, RowStatus status)
{
    // Counted as rows change rather than recounted: progress asks for the counts after every
    // batch, and a recount of 100,000 rows each time took 14 % of a run's CPU (bench_gui_send).
    countStatus(&m_counts, r.status, -1);
    if (r.status == RowStatus::Pending)
        ++m_done;
    r.status = status;
    countStatus(&m_counts, status, +1);
}

void SendEngine::settleOutcomes(const Batch &batch, const PostAttendanceJob &job)
{
    const QList<InputOutcome> &outcomes = job.outcomes();
    for (int k = 0; k < batch.items.size(); ++k) {
        const int index = m_resultIndex.at(batch.items.at(k));
        const InputOutcome &o = outcomes.at(k);
        RowResult &r = m_results[index];
        setStatus(r, o.succeeded ? RowStatus::Succeeded : RowStatus::Failed);
        r.vid = o.vid;
        r.error = o.succeeded ? RowError {} : RowError {o.category, o.message, 200, {}};
        m_dirty.append(index);
    }
}

void SendEngine::settle(const QList<int> &items, RowStatus status, const RowError &error)
{
    for (int item : items) {
        const int index = m_resultIndex.at(item);
        RowResult &r = m_results[index];
        setStatus(r, status);
        r.error = error;
        m_dirty.append(index);
    }
}

void SendEngine::flushRows()
{
    if (m_dirty.isEmpty())
        return;
    // Disk first: after a crash, what the journal says is what the user was told.
    if (m_journal) {
        QList<RowResult> changed;
        changed.reserve(m_dirty.size());
        for (int index : std::as_const(m_dirty))
            changed.append(m_results.at(index));
        if (!m_journal->appendOutcomes(changed) && !m_stopping) {
            qCWarning(lcSend) << "journal write failed; stopping";
            // The rows of this batch are in HubSpot but not in the journal: a resume sends them
            // again, as it does the batches in flight at a crash. Nothing more is sent.
            beginStop(
                ApiError::local(QStringLiteral("JOURNAL_NOT_WRITTEN"), m_journal->lastError()),
                QStringLiteral("NOT_SENT"),
                tr("Not sent: the progress file could not be written."));
        }
    }
    const auto [lo, hi] = std::minmax_element(m_dirty.cbegin(), m_dirty.cend());
    const int first = *lo;
    const int last = *hi;
    m_dirty.clear();
    Q_EMIT rowsChanged(first, last);
    Q_EMIT progressChanged(m_done, int(m_toSend.size()));
}

void SendEngine::pause()
{
    if (m_state == State::Running && !m_stopping) {
        m_pumpTimer.stop();
        setState(State::Paused);
    }
}

void SendEngine::resume()
{
    if (m_state == State::Paused) {
        setState(State::Running);
        pump();
    }
}

void SendEngine::resumeWithToken(const QString &token)
{
    if (m_state != State::WaitingForToken || !m_client)
        return;
    m_client->setToken(token);
    ++m_tokenGeneration;
    m_stopError = {};
    setState(State::Running);
    pump();
}

void SendEngine::cancel()
{
    if (m_state == State::Idle)
        return;
    if (m_stopping && m_cancelled) {
        // Second request: do not wait for the requests in flight.
        abort();
        return;
    }
    beginStop(
        ApiError::cancelled(), QStringLiteral("CANCELLED"), tr("Not sent: cancelled by the user."));
}

void SendEngine::abort()
{
    if (m_state == State::Idle)
        return;
    if (!m_stopping)
        beginStop(ApiError::cancelled(), QStringLiteral("CANCELLED"),
            tr("Not sent: cancelled by the user."));
    // Each abort answers its job at once (handleError() settles its rows as CANCELLED); the last
    // one finishes the run, which may delete this engine: nothing of it is used after the loop.
    const auto jobs = m_inFlight.keys();
    for (ApiJob *job : jobs)
        job->abort();
}

void SendEngine::stop(const ApiError &reason)
{
    if (m_state == State::Idle)
        return;
    beginStop(reason, QStringLiteral("NOT_SENT"),
        tr("Not sent: the run stopped because %1").arg(reason.userMessage()));
}

void SendEngine::beginStop(
    const ApiError &error, const QString &unsentCategory, const QString &unsentMessage)
{
    if (!m_stopping) {
        m_stopping = true;
        m_cancelled = error.kind == ApiError::Kind::Cancelled;
        // A cancel is the user's choice, not a failure: stopError() stays empty for it.
        if (!m_cancelled)
            m_stopError = error;
        m_unsentCategory = unsentCategory;
        m_unsentMessage = unsentMessage;
        m_pumpTimer.stop();
        if (m_state != State::Idle)
            setState(State::Finishing);
    }
    maybeFinish();
}

void SendEngine::maybeFinish()
{
    if (m_state == State::Idle || !m_inFlight.isEmpty())
        return;
    if (m_stopping) {
        const RowError unsent {m_unsentCategory, m_unsentMessage, m_stopError.httpStatus, {}};
        while (!m_queue.empty()) {
            settle(m_queue.front().items, RowStatus::Failed, unsent);
            m_queue.pop_front();
        }
        flushRows();
    } else if (!m_queue.empty()) {
        return;
    }
    if (m_journal && !m_cancelled && m_stopError.kind == ApiError::Kind::None)
        m_journal->markComplete();
    setState(State::Idle);
    const RunSummary s = summary();
    qCInfo(lcSend) << "run finished:" << s.succeeded << "succeeded," << s.failed << "failed,"
                   << s.skipped << "skipped in" << s.requests << "requests";
    Q_EMIT progressChanged(m_done, int(m_toSend.size()));
    Q_EMIT finished();
}

void SendEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

RunSummary SendEngine::summary() const
{
    RunSummary s;
#ifndef QT_NO_DEBUG
    // The running counts must be what a recount finds (checked in the tests' debug builds).
    const StatusCounts recount = countByStatus(m_results);
    Q_ASSERT(recount.succeeded == m_counts.succeeded && recount.failed == m_counts.failed
        && recount.skipped == m_counts.skipped && recount.pending == m_counts.pending);
#endif
    static_cast<StatusCounts &>(s) = m_counts;
    s.requests = m_requests;
    return s;
}

} // namespace attendance
