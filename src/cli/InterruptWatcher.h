// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace attendance::cli {

/// Turns Ctrl-C (SIGINT, and SIGTERM) into a Qt signal so a run can stop cleanly from the event
/// loop. The signal handler only sets a flag (nothing else is async-signal-safe); a timer polls
/// it. A second Ctrl-C gets the default action, so a stuck process can still be killed.
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

private:
    void poll();

    using Handler = void (*)(int);

    QTimer m_timer;
    Handler m_previousInt = nullptr;
    Handler m_previousTerm = nullptr;
    bool m_installed = false;
};

} // namespace attendance::cli
