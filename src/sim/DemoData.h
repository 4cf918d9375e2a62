// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimulatorTypes.h"

namespace attendance::sim {

/// The events, contacts and scopes seedDemo() installs: realistic enough for screenshots and
/// manual trials.
class DemoData final
{
public:
    DemoData() = delete;

    /// Six events dated around @p today (UTC), so "upcoming" and "past" stay true over time.
    static QList<SimulatedEvent> events(const QDate &today);
    /// Contacts the account has before any import: a few of the screenshot tour's sample
    /// attendees and of the test files' addresses, so a lookup finds some people and not others.
    static QList<SimulatedContact> contacts();
    static QStringList demoScopes();
};

} // namespace attendance::sim
