// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimulatorResponse.h"

#include <QString>

namespace attendance::sim {

class SimulatorState;
struct EventRecord;
struct RouteContext;

/// The read side: list (paged by objectId), get one, participations counters.
class EventRoutes final
{
    Q_DISABLE_COPY_MOVE(EventRoutes)

public:
    explicit EventRoutes(const SimulatorState &state);

    SimulatorResponse list(const RouteContext &context) const;
    SimulatorResponse get(const RouteContext &context, const QString &objectId) const;
    SimulatorResponse participations(const RouteContext &context, const QString &objectId) const;

private:
    QJsonObject eventJson(const EventRecord &record) const;

    const SimulatorState &m_state;
};

} // namespace attendance::sim
