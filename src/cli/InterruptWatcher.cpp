// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterruptWatcher.h"

#include <csignal>

namespace attendance::cli {

namespace {

volatile std::sig_atomic_t s_interrupted = 0;

void onInterruptSignal(int signalNumber)
{
    s_interrupted = 1;
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
    s_interrupted = 0;
    const auto orDefault
        = [](Handler previous) { return previous == SIG_ERR ? SIG_DFL : previous; };
    m_previousInt = orDefault(std::signal(SIGINT, onInterruptSignal));
    m_previousTerm = orDefault(std::signal(SIGTERM, onInterruptSignal));
    m_installed = true;
    m_timer.start();
}

void InterruptWatcher::poll()
{
    if (!s_interrupted)
        return;
    m_timer.stop();
    Q_EMIT interrupted();
}

} // namespace attendance::cli
