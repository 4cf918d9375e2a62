// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"
#include "hubspot/ApiError.h"
#include "hubspot/RateLimitInfo.h"
#include "mapping/ImportPlan.h"
#include "results/RowResult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace attendance {

class HubSpotClient;
class PostAttendanceJob;

/// Counts of a run. succeeded + failed + skipped == every row of the plan once the run ends.
struct RunSummary
{
    int succeeded = 0;
    int failed = 0;
    int skipped = 0;
    int pending = 0;
    int requests = 0; ///< HTTP requests made, retries included.
};

/// Sends a plan's attendees in batches, one request in flight, and accounts for every row:
/// each ends as succeeded, failed (with the reason) or skipped (with the reason).
/// 429 waits and retries; transient failures back off and retry a bounded number of times;
/// 401 / 403 / 404 / the daily limit stop the run, marking the unsent rows as not sent.
class SendEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendEngine)

public:
    struct Options
    {
        int batchSize = 100;
        int maxRateLimitRetries = 10;   ///< Per batch, for 429 TEN_SECONDLY_ROLLING / SECONDLY.
        int maxTransientRetries = 3;    ///< Per batch, for 5xx, timeouts and network errors.
        std::chrono::milliseconds backoff{1000}; ///< First transient wait; doubles each time.
        std::chrono::milliseconds defaultRateLimitWait{10000}; ///< When no header says more.
    };

    explicit SendEngine(HubSpotClient *client, QObject *parent = nullptr);

    void setOptions(const Options &options) { m_options = options; }
    /// interactionDateTime (epoch ms) for attendees whose file gave none; nullopt = the time the
    /// run starts. The GUI and CLI offer: time of sending, the event's start, or a fixed time.
    void setDefaultInteractionTime(std::optional<qint64> ms) { m_fixedInteractionMs = ms; }
    const Options &options() const { return m_options; }

    /// Lays out one result per row of the plan (invalid and duplicate rows as skipped), emits
    /// started(), then sends. Attendees without a date are sent with the time of starting.
    void start(const QString &objectId, SubscriberState state, const ImportPlan &plan);
    /// Stops after the request in flight is aborted; unsent rows fail as "cancelled".
    void cancel();

    bool isRunning() const { return m_running; }
    const QList<RowResult> &results() const { return m_results; }
    RunSummary summary() const;
    /// Why the run stopped before the end (401, 403, 404, daily limit, network); None otherwise.
    const ApiError &stopError() const { return m_stopError; }
    const RateLimitInfo &lastRateLimit() const { return m_rateLimit; }

Q_SIGNALS:
    void started();
    void rowsChanged(int first, int last); ///< Indices into results().
    void progressChanged(int done, int total);
    /// The engine pauses for ms milliseconds, e.g. because HubSpot asked it to slow down.
    void waiting(int ms, const QString &reason);
    void finished();

private:
    void sendBatch();
    void onBatchFinished(PostAttendanceJob *job);
    void retryLater(std::chrono::milliseconds wait, const QString &reason);
    void settleBatch(const RowResult &templateResult);
    void stopRun(const ApiError &error, const QString &reason);
    void failUnsent(int from, const RowError &error);
    void setRow(int sendIndex, const RowResult &result);
    void flushRows();
    void finish();

    QPointer<HubSpotClient> m_client;
    Options m_options;
    QString m_objectId;
    SubscriberState m_state = SubscriberState::Register;
    qint64 m_defaultInteractionMs = 0;
    std::optional<qint64> m_fixedInteractionMs;

    QList<RowResult> m_results;  ///< In spreadsheet row order.
    QList<Attendee> m_toSend;    ///< In send order.
    QList<int> m_resultIndex;    ///< m_toSend[i] is m_results[m_resultIndex[i]].
    int m_next = 0;              ///< First attendee of the batch in flight or next to send.
    int m_batchCount = 0;
    int m_rateLimitRetries = 0;
    int m_transientRetries = 0;
    int m_requests = 0;
    int m_done = 0;
    int m_dirtyFirst = -1;
    int m_dirtyLast = -1;

    QPointer<PostAttendanceJob> m_job;
    QTimer m_waitTimer;
    RateLimitInfo m_rateLimit;
    ApiError m_stopError;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace attendance
