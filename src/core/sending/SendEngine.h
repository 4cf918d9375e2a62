// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"
#include "hubspot/ApiError.h"
#include "hubspot/RateLimitInfo.h"
#include "mapping/ImportPlan.h"
#include "results/RowResult.h"
#include "sending/RequestPacer.h"
#include "sending/RetryPolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <deque>
#include <functional>
#include <optional>

namespace attendance {

class ApiJob;
class ContactLookupJob;
class HubSpotClient;
class PostAttendanceJob;
class RunJournal;

/// Counts of a run. succeeded + failed + skipped + pending == every row of the plan.
struct RunSummary : StatusCounts
{
    int requests = 0; ///< HTTP requests made, retries and bisections included.
};

/// Sends a plan's attendees in batches and accounts for every row: each ends as succeeded,
/// failed (with the reason) or skipped (with the reason).
///
/// Requests are paced inside HubSpot's rate window (RequestPacer), up to Options::maxInFlight at
/// once; errors follow RetryPolicy: 429s wait, transient failures back off, a batch HubSpot
/// rejects as a whole is bisected down to the rows it rejects, 401 pauses for a new token,
/// 403 / 404 / the daily limit stop the run with the unsent rows resumable. With a journal, each
/// batch's outcome is on disk before anyone is told about it.
class SendEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendEngine)

public:
    /// One result per row of a plan, in row order, and where each attendee's result is.
    struct Prepared
    {
        QList<RowResult> results;
        QList<int> resultOfAttendee;
    };

    struct Options
    {
        int batchSize = 100;
        int maxInFlight = 3;
        RetryPolicy::Settings retry;
        quint64 jitterSeed = 0; ///< 0 = random; tests fix it.
        /// Consecutive batches given up after transient errors before the run stops: the network
        /// or HubSpot is down, and trying every remaining batch would only take longer.
        int maxConsecutiveFailedBatches = 3;
        /// Start in Paused: nothing is sent until resume(); cancel() then sends nothing at all.
        bool startPaused = false;
        /// Record only people who are already contacts: each batch's emails are looked up first
        /// (ContactLookupJob, paced like the posts, batches of at most its kMaxInputs), and the
        /// unknown ones are skipped as NOT_A_CONTACT instead of being created by email-create.
        bool existingContactsOnly = false;
    };

    enum class State { Idle, Running, Paused, WaitingForToken, Finishing };
    Q_ENUM(State)

    explicit SendEngine(HubSpotClient *client, QObject *parent = nullptr);
    ~SendEngine() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    /// interactionDateTime (epoch ms) for attendees whose file gave none; nullopt = the time the
    /// run starts. The GUI and CLI offer: time of sending, the event's start, or a fixed time.
    void setDefaultInteractionTime(std::optional<qint64> ms) { m_fixedInteractionMs = ms; }
    /// Written before each batch's outcome is shown; not owned. Null = no journal.
    void setJournal(RunJournal *journal) { m_journal = journal; }
    /// For tests and benchmarks: the clock the pacer and the policy read.
    void setClock(const RequestPacer::Clock &clock) { m_clock = clock; }

    /// Lays out one result per row of the plan (invalid and duplicate rows as skipped), emits
    /// started(), then sends. Rows already settled in @p previous (from a journal) keep their
    /// outcome and are not sent again unless isResendable(); pass {} for a fresh run.
    ///
    /// For a big plan, prepare() may run first on a worker thread: what it returns, passed here,
    /// spares the UI thread laying out every row.
    ///
    /// With SubscriberState::ByStatus each attendee goes in its own Attendee::state, in batches
    /// of one state each, to that state's endpoint; an attendee without one fails unsent.
    void start(const QString &objectId, SubscriberState state, const ImportPlan &plan,
        const QList<RowResult> &previous = {}, Prepared prepared = {});
    /// The rows' layout start() needs, from the plan alone; thread-safe, reads nothing else.
    static Prepared prepare(const ImportPlan &plan);
    /// No new request goes out; requests in flight finish and count.
    void pause();
    void resume();
    /// After tokenRejected(): use this token and resend what HubSpot refused.
    void resumeWithToken(const QString &token);
    /// Stops: requests in flight finish (a second call aborts them, as abort()); unsent rows fail
    /// as "cancelled by the user" and stay resendable.
    void cancel();
    /// Stops at once, also a run already stopping for another reason: as cancel(), and the
    /// requests in flight are abandoned. HubSpot may still record those; their rows fail as
    /// "cancelled while being sent" - not confirmed, resendable - and finished() follows before
    /// this returns.
    void abort();
    /// Stops as if HubSpot had answered @p reason (e.g. the CLI after a 401, having no one to ask).
    void stop(const ApiError &reason);

    State state() const { return m_state; }
    bool isRunning() const { return m_state != State::Idle; }
    const QList<RowResult> &results() const { return m_results; }
    RunSummary summary() const;
    /// Why the run stopped before the end (401, 403, 404, daily limit, network); None otherwise,
    /// also after cancel() (see wasCancelled()).
    const ApiError &stopError() const { return m_stopError; }
    bool wasCancelled() const { return m_cancelled; }
    const RateLimitInfo &lastRateLimit() const { return m_rateLimit; }
    const QString &eventId() const { return m_objectId; }

Q_SIGNALS:
    void started();
    void rowsChanged(int first, int last); ///< Indices into results(); once per settled batch.
    void progressChanged(int done, int total);
    /// The engine pauses sending for ms milliseconds (rate limit or transient trouble).
    void waiting(int ms, const QString &reason, attendance::RetryDecision::WaitReason kind);
    void stateChanged(attendance::SendEngine::State state);
    /// HubSpot refused the token (401). Call resumeWithToken() or stop().
    void tokenRejected();
    void finished();

private:
    struct Batch
    {
        QList<int> items; ///< Indices into m_toSend.
        SubscriberState state = SubscriberState::Register; ///< Of every item: one endpoint.
        bool lookedUp = false; ///< Every item is a known contact (existingContactsOnly).
        BatchAttempts attempts;
        std::chrono::steady_clock::time_point notBefore {};
        int tokenGeneration = 0; ///< Which token it was sent with.
    };

    void queueBatches();
    void pump();
    void send(Batch batch);
    void lookUp(Batch batch);
    void onLookedUp(ContactLookupJob *job);
    void onAnswered(PostAttendanceJob *job);
    /// What every answer does: the pacer and the rate limit learn from it, then @p answered
    /// settles a success, or handleError() an error; then the next requests go out.
    void onFinished(ApiJob *job, const std::function<void(const Batch &)> &answered);
    void handleError(Batch batch, const ApiError &error);
    void settle(const QList<int> &items, RowStatus status, const RowError &error);
    void setStatus(RowResult &r, RowStatus status);
    void settleOutcomes(const Batch &batch, const PostAttendanceJob &job);
    void flushRows();
    void beginStop(
        const ApiError &error, const QString &unsentCategory, const QString &unsentMessage);
    void maybeFinish();
    void setState(State state);
    std::chrono::steady_clock::time_point now() const;

    QPointer<HubSpotClient> m_client;
    Options m_options;
    RequestPacer::Clock m_clock;
    std::optional<RequestPacer> m_pacer;
    std::optional<RetryPolicy> m_policy;
    RunJournal *m_journal = nullptr;

    QString m_objectId;
    SubscriberState m_subscriberState = SubscriberState::Register;
    std::optional<qint64> m_fixedInteractionMs;
    qint64 m_defaultInteractionMs = 0;

    QList<RowResult> m_results; ///< In spreadsheet row order.
    StatusCounts m_counts; ///< Of m_results, kept as rows change (setStatus()).
    QList<Attendee> m_toSend; ///< In send order.
    QList<int> m_resultIndex; ///< m_toSend[i] is m_results[m_resultIndex[i]].
    std::deque<Batch> m_queue;
    QHash<ApiJob *, Batch> m_inFlight; ///< Posts and contact lookups.
    QList<int> m_dirty; ///< Result indices changed since the last flush.

    QTimer m_pumpTimer;
    State m_state = State::Idle;
    RateLimitInfo m_rateLimit;
    ApiError m_stopError;
    QString m_unsentCategory;
    QString m_unsentMessage;
    bool m_stopping = false;
    bool m_cancelled = false;
    bool m_hubletSwitched = false;
    int m_failedBatchesInARow = 0;
    int m_tokenGeneration = 0;
    int m_requests = 0;
    int m_done = 0;
};

} // namespace attendance
