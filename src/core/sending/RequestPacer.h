// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubspot/RateLimitInfo.h"

#include <chrono>
#include <deque>
#include <functional>

namespace attendance {

/// Keeps requests inside HubSpot's rolling window so a long import runs close to the allowed rate
/// without provoking 429s (hubspot-api.md §5). It remembers when each recent request was sent and
/// learns the window from the X-HubSpot-RateLimit-* headers; before the first answer it assumes
/// 100 requests per 10 s, the smallest documented limit. It also caps requests in flight.
class RequestPacer final
{
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    explicit RequestPacer(Clock clock = {});

    void setMaxInFlight(int requests) { m_maxInFlight = std::max(1, requests); }
    /// Until the first request succeeds only one goes at a time: a wrong token, a missing scope
    /// or a wrong event then costs one request, not maxInFlight of them.
    void onConfirmed() { m_confirmed = true; }
    int maxInFlight() const { return m_maxInFlight; }
    int inFlight() const { return m_inFlight; }

    /// How long to wait before the next request may go; zero means now. Negative never.
    /// When the in-flight cap is reached, returns -1 ms: wait for an answer instead.
    std::chrono::milliseconds delayBeforeNext();

    void onSent();
    /// The request ended (any status, or none: then @p info is empty). Learns the window from
    /// the headers when there are some.
    void onAnswered(const RateLimitInfo &info);
    /// HubSpot said 429: nothing more goes before @p wait has passed.
    void holdFor(std::chrono::milliseconds wait);

    int windowMax() const { return m_max; }
    std::chrono::milliseconds window() const { return m_interval; }

private:
    void forgetOld(std::chrono::steady_clock::time_point now);

    Clock m_clock;
    std::deque<std::chrono::steady_clock::time_point> m_sent; ///< Within the last window.
    int m_max = 100;
    std::chrono::milliseconds m_interval {10000};
    int m_maxInFlight = 2;
    int m_inFlight = 0;
    bool m_confirmed = false;
    std::chrono::steady_clock::time_point m_holdUntil {};
};

} // namespace attendance
