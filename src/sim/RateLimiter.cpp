// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"

#include <QDateTime>
#include <algorithm>

namespace attendance::sim {

RateLimiter::RateLimiter(int max, int intervalMs, int dailyLimit)
    : m_max(std::max(0, max))
    , m_intervalMs(std::max(1, intervalMs))
    , m_dailyLimit(std::max(0, dailyLimit))
    , m_day(QDate::currentDate())
{
    m_clock.start();
}

void RateLimiter::refresh()
{
    const qint64 now = m_clock.elapsed();
    while (!m_window.empty() && now - m_window.front() >= m_intervalMs)
        m_window.pop_front();
    // HubSpot resets the daily count at midnight in the account's time zone; ours is local.
    const QDate today = QDate::currentDate();
    if (today != m_day) {
        m_day = today;
        m_dailyCount = 0;
    }
}

RateLimiter::Verdict RateLimiter::tryAdmit()
{
    // The daily limit wins when both are exhausted: waiting ten seconds would not help.
    if (m_dailyCount >= m_dailyLimit)
        return Verdict::DailyExceeded;
    if (static_cast<int>(m_window.size()) >= m_max)
        return Verdict::WindowExceeded;
    m_window.push_back(m_clock.elapsed());
    ++m_dailyCount;
    return Verdict::Admitted;
}

int RateLimiter::remaining() const
{
    return std::max(0, m_max - static_cast<int>(m_window.size()));
}

int RateLimiter::dailyRemaining() const
{
    return std::max(0, m_dailyLimit - m_dailyCount);
}

void RateLimiter::setDailyRemaining(int remaining)
{
    m_dailyCount = m_dailyLimit - std::clamp(remaining, 0, m_dailyLimit);
}

qint64 RateLimiter::msUntilSlotFrees() const
{
    if (static_cast<int>(m_window.size()) < m_max || m_window.empty())
        return 0;
    // The request that must leave is the one that brings the count below max.
    const qint64 leaving = m_window[m_window.size() - static_cast<std::size_t>(m_max)];
    return std::max<qint64>(0, leaving + m_intervalMs - m_clock.elapsed());
}

qint64 RateLimiter::msUntilDailyReset() const
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0));
    return std::max<qint64>(0, now.msecsTo(midnight));
}

} // namespace attendance::sim
