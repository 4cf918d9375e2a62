// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimulatorTypes.h"

namespace attendance::sim {

/// The events seedDemo() installs: realistic enough for screenshots and manual trials.
class DemoData final
{
public:
    DemoData() = delete;

    /// Six events dated around @p today (UTC), so "upcoming" and "past" stay true over time.
    static QList<SimulatedEvent> events(const QDate &today);
    static QStringList demoScopes();
};

} // namespace attendance::sim
