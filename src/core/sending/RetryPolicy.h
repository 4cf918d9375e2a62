// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubspot/ApiError.h"

#include <QString>
#include <chrono>
#include <functional>
#include <random>

namespace attendance {

/// What to do with a batch after HubSpot (or the network) answered it with an error.
struct RetryDecision
{
    enum class Action {
        Retry, ///< Send the same batch again after `wait`.
        Bisect, ///< Split the batch in two and send each half: isolates rows HubSpot rejects.
        FailRows, ///< Give up on this batch: its rows fail with the error; the run goes on.
        /// Nothing more can succeed now (403, 404, daily limit): stop, keep the rest resumable.
        StopRun,
        PauseForToken, ///< 401: wait for a new token, then resend this batch.
        SwitchHublet, ///< The account lives on another data centre: switch host and resend.
    };
    /// Why the engine waits, for the UI to phrase.
    enum class WaitReason { None, RateLimit, Transient };

    Action action = Action::FailRows;
    std::chrono::milliseconds wait {0};
    WaitReason waitReason = WaitReason::None;
};

/// Per-batch memory the policy needs: attempts so far and when the first failure happened.
struct BatchAttempts
{
    int rateLimited = 0;
    int transient = 0;
    std::chrono::steady_clock::time_point firstTransientFailure {};
};

/// The knobs of RetryPolicy (outside the class so it can be a default argument).
struct RetryPolicySettings
{
    int maxTransientAttempts = 5;
    std::chrono::milliseconds backoffBase {1000};
    std::chrono::milliseconds backoffMax {60000};
    double jitter = 0.2; ///< ± this fraction of each backoff, so parallel clients do not sync up.
    std::chrono::milliseconds maxTransientElapsed {std::chrono::minutes(10)};
    int maxRateLimitAttempts = 30;
    /// TEN_SECONDLY_ROLLING without headers.
    std::chrono::milliseconds defaultRateLimitWait {10000};
    std::chrono::milliseconds secondlyWait {1000};
    std::chrono::milliseconds lockedWait {2000}; ///< 423: "Locks will last for 2 seconds".
};

/// The rules for errors while sending (hubspot-api.md §5–7), separate from the engine so they can
/// be tested with a fake clock and a fixed jitter seed:
/// - 429 TEN_SECONDLY_ROLLING / SECONDLY: wait (Retry-After, else the window) and retry; not
///   a failure.
/// - 429 DAILY: stop; the rest is resumable after the daily reset.
/// - 5xx, timeouts, resets, unreadable bodies, 423, 477: exponential backoff with jitter, bounded
///   by attempts and by time, then the batch fails with the reason.
/// - 400 for a whole batch: bisect, down to the single row HubSpot rejects.
/// - 401: pause for a new token. 403 / 404: stop. A correctHublet answer: switch host.
class RetryPolicy final
{
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    using Settings = RetryPolicySettings;

    explicit RetryPolicy(const Settings &settings = {}, Clock clock = {}, quint64 seed = 0);

    /// @p intervalMs is the rate-limit window from the last headers (-1 when unknown);
    /// @p batchSize the inputs in the failed request.
    RetryDecision decide(
        const ApiError &error, BatchAttempts *attempts, int batchSize, int intervalMs);

    const Settings &settings() const { return m_settings; }
    void setSettings(const Settings &settings) { m_settings = settings; }

    /// The n-th (1-based) transient backoff before jitter: base * 2^(n-1), capped.
    std::chrono::milliseconds backoff(int attempt) const;

private:
    std::chrono::milliseconds jittered(std::chrono::milliseconds wait);

    Settings m_settings;
    Clock m_clock;
    std::mt19937_64 m_random;
};

/// Whether a failed row's outcome is HubSpot's verdict on the row itself (final), or the row
/// simply was not confirmed (not sent, cancelled, network trouble) and may be sent again.
bool isResendable(const QString &category);

} // namespace attendance
