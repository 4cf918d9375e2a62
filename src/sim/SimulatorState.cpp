// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatorState.h"

#include <algorithm>

namespace attendance::sim {

SimulatorState::SimulatorState()
{
    m_clock.start();
}

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

void SimulatorState::copyAccountFrom(const SimulatorState &other)
{
    for (auto it = other.m_tokens.constBegin(); it != other.m_tokens.constEnd(); ++it)
        m_tokens.insert(it.key(), it.value());
    // Whole records, so both data centres serve the same createdAt and updatedAt.
    for (const EventRecord &record : other.m_events) {
        const auto existing = std::find_if(m_events.begin(), m_events.end(),
            [&](const EventRecord &r) { return r.event.objectId == record.event.objectId; });
        if (existing != m_events.end()) {
            *existing = record;
            continue;
        }
        const auto pos = std::upper_bound(m_events.begin(), m_events.end(), record.event.objectId,
            [](const QString &id, const EventRecord &r) {
                return objectIdLess(id, r.event.objectId);
            });
        m_events.insert(pos, record);
    }
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

void SimulatorState::ensureContact(const ContactRecord &contact)
{
    if (m_contacts.contains(contact.id))
        return;
    ContactRecord record = contact;
    if (!record.createdAt.isValid())
        record.createdAt = QDateTime::currentDateTimeUtc();
    m_contacts.insert(record.id, record);
}

const ContactRecord *SimulatorState::contact(qint64 id) const
{
    const auto it = m_contacts.constFind(id);
    return it == m_contacts.constEnd() ? nullptr : &*it;
}

const ContactRecord *SimulatorState::contactByEmail(const QString &email) const
{
    // Ids derive from the lower-cased address; comparing the address guards against a collision.
    const ContactRecord *record = contact(contactIdFor(email));
    return record && record->email == email.toLower() ? record : nullptr;
}

QStringList SimulatorState::contactEmails() const
{
    QStringList emails;
    emails.reserve(m_contacts.size());
    for (const ContactRecord &record : m_contacts)
        emails.append(record.email);
    emails.sort();
    return emails;
}

void SimulatorState::setParticipation(
    const QString &objectId, const ParticipationChange &change, const QDateTime &at, int delayMs)
{
    if (delayMs <= 0 && m_pending.empty()) {
        apply(objectId, change, at);
        return;
    }
    // Queued even without a delay while older changes wait, so they cannot overwrite it later.
    m_pending.push_back({m_clock.elapsed() + std::max(0, delayMs), objectId, change, at});
    applyDueChanges();
}

void SimulatorState::applyDueChanges()
{
    const qint64 now = m_clock.elapsed();
    // In arrival order; a change waits for every older one, as the delay may have shrunk.
    while (!m_pending.empty() && m_pending.front().dueMs <= now) {
        const PendingChange pending = m_pending.front();
        m_pending.pop_front();
        apply(pending.objectId, pending.change, pending.at);
    }
}

void SimulatorState::apply(
    const QString &objectId, const ParticipationChange &change, const QDateTime &at)
{
    QHash<qint64, ParticipationRecord> &participations = m_participation[objectId];
    const auto existing = participations.find(change.contactId);
    if (existing == participations.end())
        participations.insert(change.contactId, {change, at, m_nextSequence++});
    else if (existing->latest.state != change.state)
        existing->latest = change;
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
    for (const ParticipationRecord &record : *it) {
        switch (record.latest.state) {
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

QList<ParticipationRecord> SimulatorState::participations(const QString &objectId) const
{
    QList<ParticipationRecord> records = m_participation.value(objectId).values();
    std::sort(records.begin(), records.end(),
        [](const ParticipationRecord &a, const ParticipationRecord &b) {
            return a.sequence < b.sequence;
        });
    return records;
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
