// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QElapsedTimer>
#include <QtGlobal>
#include <deque>

namespace attendance::sim {

/// HubSpot's two private-app limits: a rolling window and a daily count.
///
/// Only admitted requests are charged: those that passed route, method, auth and scope checks,
/// whatever the route then answers (200, 400, 404 for an unknown event). Requests answered 401,
/// 403, 405, 404 for an unknown path, or 429 are not. HubSpot does count the requests it answers
/// 429; the simulator does not, so a client that waits out the window always gets in again and
/// a test can predict exactly which request is refused.
class RateLimiter final
{
    Q_DISABLE_COPY_MOVE(RateLimiter)

public:
    enum class Verdict { Admitted, WindowExceeded, DailyExceeded };

    RateLimiter(int max, int intervalMs, int dailyLimit);

    /// Drops requests that left the window and starts a new day at local midnight.
    void refresh();
    /// Charges one request when both limits allow it. Call refresh() first.
    Verdict tryAdmit();

    int max() const { return m_max; }
    int intervalMs() const { return m_intervalMs; }
    int dailyLimit() const { return m_dailyLimit; }
    int remaining() const;
    int dailyRemaining() const;
    /// For tests: as if dailyLimit - @p remaining requests had been charged today.
    void setDailyRemaining(int remaining);
    /// Until the oldest request in the window leaves it; 0 when a slot is free.
    qint64 msUntilSlotFrees() const;
    qint64 msUntilDailyReset() const;

private:
    const int m_max;
    const int m_intervalMs;
    const int m_dailyLimit;
    QElapsedTimer m_clock; // monotonic, unaffected by wall-clock changes
    std::deque<qint64> m_window; // admission times, oldest first
    int m_dailyCount = 0;
    QDate m_day;
};

} // namespace attendance::sim
