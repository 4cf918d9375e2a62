// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/RetryPolicy.h"

#include <algorithm>

namespace attendance {

using std::chrono::milliseconds;

RetryPolicy::RetryPolicy(const Settings &settings, Clock clock, quint64 seed)
    : m_settings(settings)
    , m_clock(clock ? std::move(clock) : Clock([] { return std::chrono::steady_clock::now(); }))
    , m_random(seed != 0 ? seed : std::random_device {}())
{ }

milliseconds RetryPolicy::backoff(int attempt) const
{
    const int shift = std::clamp(attempt - 1, 0, 20);
    const auto wait = m_settings.backoffBase * (qint64(1) << shift);
    return std::min<milliseconds>(wait, m_settings.backoffMax);
}

milliseconds RetryPolicy::jittered(milliseconds wait)
{
    if (m_settings.jitter <= 0 || wait.count() <= 0)
        return wait;
    std::uniform_real_distribution<double> spread(1.0 - m_settings.jitter, 1.0 + m_settings.jitter);
    return milliseconds(qint64(double(wait.count()) * spread(m_random)));
}

RetryDecision RetryPolicy::decide(
    const ApiError &error, BatchAttempts *attempts, int batchSize, int intervalMs)
{
    using Action = RetryDecision::Action;
    RetryDecision d;
    switch (error.kind) {
    case ApiError::Kind::None:
    case ApiError::Kind::Cancelled:
        d.action = Action::FailRows;
        return d;
    case ApiError::Kind::RateLimit: {
        if (error.isDailyLimit()) {
            d.action = Action::StopRun;
            return d;
        }
        if (++attempts->rateLimited > m_settings.maxRateLimitAttempts) {
            d.action = Action::FailRows;
            return d;
        }
        d.action = Action::Retry;
        d.waitReason = RetryDecision::WaitReason::RateLimit;
        if (error.retryAfterMs >= 0)
            d.wait = milliseconds(error.retryAfterMs);
        else if (error.policyName.compare(u"SECONDLY", Qt::CaseInsensitive) == 0)
            d.wait = m_settings.secondlyWait;
        else if (intervalMs > 0)
            d.wait = milliseconds(intervalMs);
        else
            d.wait = m_settings.defaultRateLimitWait;
        return d;
    }
    case ApiError::Kind::Authentication:
        d.action = Action::PauseForToken;
        return d;
    case ApiError::Kind::Permission:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Local:
        d.action = Action::StopRun;
        return d;
    case ApiError::Kind::Validation:
        if (!error.correctHublet.isEmpty()) {
            d.action = Action::SwitchHublet;
            return d;
        }
        d.action = batchSize > 1 ? Action::Bisect : Action::FailRows;
        return d;
    case ApiError::Kind::Http:
        if (!error.correctHublet.isEmpty()) {
            d.action = Action::SwitchHublet;
            return d;
        }
        if (error.httpStatus != 423 && error.httpStatus != 477) {
            d.action = Action::FailRows;
            return d;
        }
        [[fallthrough]]; // 423 Locked and 477 Migration in progress are worth waiting for
    case ApiError::Kind::Server:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Parse: {
        const auto now = m_clock();
        if (attempts->transient == 0)
            attempts->firstTransientFailure = now;
        ++attempts->transient;
        if (attempts->transient > m_settings.maxTransientAttempts
            || now - attempts->firstTransientFailure > m_settings.maxTransientElapsed) {
            d.action = Action::FailRows;
            return d;
        }
        d.action = Action::Retry;
        d.waitReason = RetryDecision::WaitReason::Transient;
        if (error.retryAfterMs >= 0)
            d.wait = milliseconds(error.retryAfterMs);
        else if (error.httpStatus == 423)
            d.wait = m_settings.lockedWait;
        else
            d.wait = jittered(backoff(attempts->transient));
        return d;
    }
    }
    return d;
}

bool isResendable(const QString &category)
{
    // Categories that say "HubSpot never judged this row": sending it again is how it gets done.
    static const QStringList notJudged = {
        QStringLiteral("NOT_SENT"),
        QStringLiteral("CANCELLED"),
        QStringLiteral("NOT_CONFIRMED"),
        QStringLiteral("NETWORK_ERROR"),
        QStringLiteral("TIMEOUT"),
        QStringLiteral("SERVER_ERROR"),
        QStringLiteral("UNREADABLE_RESPONSE"),
        QStringLiteral("RATE_LIMIT"),
        QStringLiteral("INVALID_AUTHENTICATION"),
        QStringLiteral("MISSING_SCOPES"),
        QStringLiteral("OBJECT_NOT_FOUND"),
        QStringLiteral("HTTP_ERROR"),
    };
    return category.isEmpty() || notJudged.contains(category);
}

} // namespace attendance
