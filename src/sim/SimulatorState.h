// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HubSpotSimulator.h"

#include <QHash>
#include <optional>

namespace attendance::sim {

/// An event plus the bookkeeping HubSpot serves with it.
struct EventRecord
{
    SimulatedEvent event;
    QDateTime createdAt;
    QDateTime updatedAt; ///< Moves whenever attendance is recorded for the event.
};

/// The one state a contact holds for an event; re-sending it changes nothing.
enum class Participation { Registered, Attended, Cancelled };

/// Everything the simulator knows: tokens, events, participation and the request log.
class SimulatorState final
{
    Q_DISABLE_COPY_MOVE(SimulatorState)

public:
    SimulatorState() = default;

    void addToken(const QString &token, const QStringList &scopes);
    /// The token's scopes, or nullopt for an unknown token.
    std::optional<QStringList> scopesFor(const QString &token) const;

    void addEvent(SimulatedEvent event);
    /// Sorted by objectId, numerically.
    const QList<EventRecord> &events() const { return m_events; }
    const EventRecord *event(const QString &objectId) const;

    void setParticipation(
        const QString &objectId, qint64 contactId, Participation state, const QDateTime &at);
    AttendanceCounters counters(const QString &objectId) const;

    void record(const RecordedRequest &request) { m_requests.append(request); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    /// HubSpot sorts by objectId; ids are numeric strings, so shorter sorts first.
    static bool objectIdLess(const QString &a, const QString &b);

private:
    QString nextObjectId() const;

    QHash<QString, QStringList> m_tokens;
    QList<EventRecord> m_events;
    QHash<QString, QHash<qint64, Participation>> m_participation; // objectId -> contact -> state
    QList<RecordedRequest> m_requests;
};

} // namespace attendance::sim
