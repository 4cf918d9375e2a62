// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimulatorResponse.h"

#include <QString>

namespace attendance::sim {

class SimulatorState;
struct EventRecord;
struct ParticipationRecord;
struct RouteContext;

/// GET .../participations/{marketingEventId}/breakdown: one entry per contact with a state for
/// the event, in the order the contacts first got one
/// (CollectionResponseWithTotalParticipationBreakdown, reference 2.1). Filters: contactIdentifier
/// (an email, case-insensitive, or a contact id) and state; paged by limit (default 10, 1..100) and
/// an opaque after cursor; total counts every match, not the page.
class BreakdownRoute final
{
    Q_DISABLE_COPY_MOVE(BreakdownRoute)

public:
    explicit BreakdownRoute(const SimulatorState &state);

    SimulatorResponse handle(const RouteContext &context, const QString &marketingEventId) const;

private:
    QJsonObject entryJson(const EventRecord &event, const ParticipationRecord &record) const;

    const SimulatorState &m_state;
};

} // namespace attendance::sim
