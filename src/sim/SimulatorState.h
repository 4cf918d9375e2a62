// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimulatorTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <deque>
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

/// A contact as email-create (or addContact()) made it: its properties are set once, at creation.
struct ContactRecord
{
    qint64 id = 0;
    QString email; ///< Lower-cased.
    QString firstname;
    QString lastname;
    QDateTime createdAt; ///< UTC; ensureContact() sets it when left invalid.
};

/// What one accepted input asks for.
struct ParticipationChange
{
    qint64 contactId = 0;
    Participation state = Participation::Registered;
    qint64 occurredAt = 0; ///< The input's interactionDateTime, epoch ms.
    std::optional<qint64> durationSeconds; ///< From joinedAt/leftAt, for attend only.
};

/// A contact's participation in one event, as the breakdown serves it.
struct ParticipationRecord
{
    ParticipationChange latest; ///< The change that set the current state.
    QDateTime createdAt; ///< When the contact first got a state for the event.
    quint64 sequence = 0; ///< Creation order across the simulator, for paging.
};

/// Everything the simulator knows: tokens, events, contacts, participation and the request log.
class SimulatorState final
{
    Q_DISABLE_COPY_MOVE(SimulatorState)

public:
    SimulatorState();

    void addToken(const QString &token, const QStringList &scopes);
    void revokeToken(const QString &token) { m_tokens.remove(token); }
    /// The token's scopes, or nullopt for an unknown token.
    std::optional<QStringList> scopesFor(const QString &token) const;
    /// Adds @p other's tokens and events; participation and contacts stay behind.
    void copyAccountFrom(const SimulatorState &other);

    void addEvent(SimulatedEvent event);
    /// Sorted by objectId, numerically.
    const QList<EventRecord> &events() const { return m_events; }
    const EventRecord *event(const QString &objectId) const;

    /// Creates the contact unless it exists: later properties never overwrite earlier ones.
    void ensureContact(const ContactRecord &contact);
    const ContactRecord *contact(qint64 id) const;
    /// The contact with this address (compared case-insensitively), or nullptr.
    const ContactRecord *contactByEmail(const QString &email) const;
    /// Lower-cased, sorted.
    QStringList contactEmails() const;

    /// Records @p change at @p at, visible to reads @p delayMs later (HubSpot's apply delay).
    void setParticipation(const QString &objectId, const ParticipationChange &change,
        const QDateTime &at, int delayMs);
    /// Makes the delayed changes whose time has come visible; call before reading.
    void applyDueChanges();
    AttendanceCounters counters(const QString &objectId) const;
    /// The event's participations in creation order.
    QList<ParticipationRecord> participations(const QString &objectId) const;

    void record(const RecordedRequest &request) { m_requests.append(request); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    /// HubSpot sorts by objectId; ids are numeric strings, so shorter sorts first.
    static bool objectIdLess(const QString &a, const QString &b);

private:
    struct PendingChange
    {
        qint64 dueMs = 0; // on m_clock
        QString objectId;
        ParticipationChange change;
        QDateTime at;
    };

    QString nextObjectId() const;
    void apply(const QString &objectId, const ParticipationChange &change, const QDateTime &at);

    QHash<QString, QStringList> m_tokens;
    QList<EventRecord> m_events;
    QHash<qint64, ContactRecord> m_contacts;
    QHash<QString, QHash<qint64, ParticipationRecord>> m_participation; // objectId -> contact
    std::deque<PendingChange> m_pending; // in arrival order
    QElapsedTimer m_clock; // monotonic, for the apply delay
    quint64 m_nextSequence = 1;
    QList<RecordedRequest> m_requests;
};

} // namespace attendance::sim
