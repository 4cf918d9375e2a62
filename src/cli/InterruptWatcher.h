// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace attendance::cli {

/// Turns Ctrl-C (SIGINT, and SIGTERM) into Qt signals so a run can stop cleanly from the event
/// loop: the first asks it to stop, the second not to wait any longer. The signal handler only
/// counts (nothing else is async-signal-safe); a timer polls the count. After the second, the
/// default action is back, so a third Ctrl-C still ends a process stuck outside the event loop.
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override; ///< Restores the previous handlers.

    void install();

Q_SIGNALS:
    void interrupted(); ///< Once, on the first Ctrl-C after install().
    void interruptedAgain(); ///< Once, on the second; always after interrupted().

private:
    void poll();

    using Handler = void (*)(int);

    QTimer m_timer;
    Handler m_previousInt = nullptr;
    Handler m_previousTerm = nullptr;
    bool m_installed = false;
    int m_seen = 0; ///< Ctrl-Cs already turned into signals.
};

} // namespace attendance::cli
