// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatorState.h"

#include <algorithm>

namespace attendance::sim {

void SimulatorState::addToken(const QString &token, const QStringList &scopes)
{
    m_tokens.insert(token, scopes);
}

std::optional<QStringList> SimulatorState::scopesFor(const QString &token) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd())
        return std::nullopt;
    return *it;
}

void SimulatorState::addEvent(SimulatedEvent event)
{
    if (event.objectId.isEmpty())
        event.objectId = nextObjectId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // HubSpot events are created before they start; a past start gives a plausible createdAt.
    QDateTime created = now;
    if (event.startDateTime.isValid() && event.startDateTime < now)
        created = event.startDateTime.toUTC().addDays(-30);
    EventRecord record {event, created, created};

    const auto existing = std::find_if(m_events.begin(), m_events.end(),
        [&](const EventRecord &r) { return r.event.objectId == event.objectId; });
    if (existing != m_events.end()) {
        record.createdAt = existing->createdAt;
        record.updatedAt = now;
        *existing = record;
        return;
    }
    const auto pos = std::upper_bound(m_events.begin(), m_events.end(), event.objectId,
        [](const QString &id, const EventRecord &r) { return objectIdLess(id, r.event.objectId); });
    m_events.insert(pos, record);
}

const EventRecord *SimulatorState::event(const QString &objectId) const
{
    for (const EventRecord &record : m_events) {
        if (record.event.objectId == objectId)
            return &record;
    }
    return nullptr;
}

void SimulatorState::setParticipation(
    const QString &objectId, qint64 contactId, Participation state, const QDateTime &at)
{
    m_participation[objectId].insert(contactId, state);
    for (EventRecord &record : m_events) {
        if (record.event.objectId == objectId)
            record.updatedAt = at;
    }
}

AttendanceCounters SimulatorState::counters(const QString &objectId) const
{
    AttendanceCounters counters;
    const auto it = m_participation.constFind(objectId);
    if (it == m_participation.constEnd())
        return counters;
    for (const Participation state : *it) {
        switch (state) {
        case Participation::Registered:
            ++counters.registered;
            break;
        case Participation::Attended:
            ++counters.attended;
            break;
        case Participation::Cancelled:
            ++counters.cancelled;
            break;
        }
    }
    return counters;
}

bool SimulatorState::objectIdLess(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

QString SimulatorState::nextObjectId() const
{
    // Past the largest numeric id, so generated ids sort last and never collide.
    qint64 largest = 400000000;
    for (const EventRecord &record : m_events) {
        bool ok = false;
        const qint64 id = record.event.objectId.toLongLong(&ok);
        if (ok)
            largest = std::max(largest, id);
    }
    return QString::number(largest + 1);
}

} // namespace attendance::sim
