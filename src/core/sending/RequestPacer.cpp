// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/RequestPacer.h"

#include <algorithm>

namespace attendance {

using std::chrono::milliseconds;
using std::chrono::steady_clock;

namespace {
// The server counts a request when it arrives, a little after we send it; waiting this much
// longer than the window keeps our count and the server's from disagreeing at the edge.
constexpr milliseconds kEdgeMargin {25};
} // namespace

RequestPacer::RequestPacer(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock([] { return steady_clock::now(); }))
{ }

void RequestPacer::forgetOld(steady_clock::time_point now)
{
    while (!m_sent.empty() && now - m_sent.front() >= m_interval + kEdgeMargin)
        m_sent.pop_front();
}

milliseconds RequestPacer::delayBeforeNext()
{
    if (m_inFlight >= (m_confirmed ? m_maxInFlight : 1))
        return milliseconds(-1);
    const auto now = m_clock();
    forgetOld(now);
    milliseconds wait {0};
    if (m_holdUntil > now)
        wait = std::chrono::ceil<milliseconds>(m_holdUntil - now);
    if (int(m_sent.size()) >= m_max) {
        // The oldest request of the full window must leave it first.
        const auto frees = m_sent.at(m_sent.size() - size_t(m_max)) + m_interval + kEdgeMargin;
        wait = std::max(wait, std::chrono::ceil<milliseconds>(frees - now));
    }
    return std::max(wait, milliseconds(0));
}

void RequestPacer::onSent()
{
    ++m_inFlight;
    m_sent.push_back(m_clock());
}

void RequestPacer::onAnswered(const RateLimitInfo &info)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    if (info.isKnown()) {
        m_max = std::max(1, info.max);
        m_interval = milliseconds(info.intervalMs);
    }
    // The server counts more than we do (another client on the same token, or requests we did
    // not pace): it has no room left, and we cannot know when its oldest request leaves the
    // window, so wait a whole window rather than provoke a 429.
    const auto now = m_clock();
    forgetOld(now);
    if (info.remaining == 0 && info.intervalMs > 0 && int(m_sent.size()) < m_max)
        m_holdUntil = std::max(m_holdUntil, now + milliseconds(info.intervalMs));
}

void RequestPacer::holdFor(milliseconds wait)
{
    m_holdUntil = std::max(m_holdUntil, m_clock() + wait);
}

} // namespace attendance
