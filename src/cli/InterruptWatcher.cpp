// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterruptWatcher.h"

#include <csignal>

namespace attendance::cli {

namespace {

/// Ctrl-Cs received since install(); counts up to 2 only.
volatile std::sig_atomic_t s_interrupts = 0;

void onInterruptSignal(int signalNumber)
{
    if (s_interrupts < 2)
        s_interrupts = s_interrupts + 1;
    if (s_interrupts >= 2)
        std::signal(signalNumber, SIG_DFL);
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    // 100 ms: quick enough to feel immediate, rare enough to cost nothing.
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &InterruptWatcher::poll);
}

InterruptWatcher::~InterruptWatcher()
{
    if (m_installed) {
        std::signal(SIGINT, m_previousInt);
        std::signal(SIGTERM, m_previousTerm);
    }
}

void InterruptWatcher::install()
{
    s_interrupts = 0;
    m_seen = 0;
    const auto orDefault
        = [](Handler previous) { return previous == SIG_ERR ? SIG_DFL : previous; };
    m_previousInt = orDefault(std::signal(SIGINT, onInterruptSignal));
    m_previousTerm = orDefault(std::signal(SIGTERM, onInterruptSignal));
    m_installed = true;
    m_timer.start();
}

void InterruptWatcher::poll()
{
    // Both may have come within one poll; each is reported, in order.
    const int received = s_interrupts;
    if (m_seen < 1 && received >= 1) {
        m_seen = 1;
        Q_EMIT interrupted();
    }
    if (m_seen < 2 && received >= 2) {
        m_seen = 2;
        m_timer.stop();
        Q_EMIT interruptedAgain();
    }
}

} // namespace attendance::cli
