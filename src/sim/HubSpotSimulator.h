// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimulatorTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <memory>

namespace attendance::sim {

class FaultInjector;
class RateLimiter;
class SimulatorRouter;
class SimulatorServer;
class SimulatorState;

/// An in-process fake of the HubSpot marketing-events API, on 127.0.0.1 only.
///
/// Serves the v3 and the 2026-03 path families, and the contacts batch read by email, with
/// HubSpot's error shapes, scopes and rate-limit headers, and records every request. Lives in, and
/// must be used from, one thread.
class HubSpotSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubSpotSimulator)

public:
    using Options = SimulatorOptions;
    using Faults = SimulatorFaults;
    using FaultKind = sim::FaultKind;

    /// Token that seedDemo() installs, with the marketing-events read and write scopes and
    /// crm.objects.contacts.read (DemoData::demoScopes()).
    static constexpr QLatin1StringView kDemoToken {"demo-token-not-a-secret"};

    explicit HubSpotSimulator(QObject *parent = nullptr);
    explicit HubSpotSimulator(const Options &options, QObject *parent = nullptr);
    ~HubSpotSimulator() override;

    /// Listens on 127.0.0.1 (never any other address); port 0 picks a free port. Once only.
    bool listen(quint16 port = 0);
    quint16 port() const;
    /// http://127.0.0.1:PORT, or an empty URL before listen().
    QUrl baseUrl() const;

    /// Accepts @p token as a Bearer token with these granular scopes, replacing earlier ones.
    void addToken(const QString &token, const QStringList &scopes);
    /// Forgets @p token: requests with it get 401 from now on. Unknown tokens are ignored.
    void revokeToken(const QString &token);
    /// Adds @p other's tokens and events (replacing ones with the same token or objectId), so
    /// two simulators can play two data centres of one account. Participation is not copied.
    void copyAccountFrom(const HubSpotSimulator &other);
    /// Adds, or replaces by objectId, an event.
    void addEvent(const SimulatedEvent &event);
    /// Adds a contact unless one with its email (case-insensitively) exists; returns its id,
    /// contactIdFor(email). email-create also adds the contacts it creates.
    qint64 addContact(const SimulatedContact &contact);
    /// Installs kDemoToken, six realistic events with zero counters and DemoData::contacts().
    void seedDemo();

    /// Events sorted by objectId, as the list endpoint serves them.
    QList<SimulatedEvent> events() const;
    /// Every contact's email, lower-cased and sorted.
    QStringList contactEmails() const;
    /// Zeros for an unknown objectId.
    AttendanceCounters counters(const QString &objectId) const;
    QList<RecordedRequest> requests() const;
    void clearRequests();

    /// Takes effect from the next request; restarts the random sequence from faults.seed and
    /// the unauthorizedAfter count. Requests already being delayed or held keep their fate.
    void setFaults(const Faults &faults);
    Faults faults() const;
    /// Since construction; setFaults() does not reset them.
    int faultsInjected(FaultKind kind) const;
    /// Hung attendance POSTs whose batch was processed (contacts recorded, counters moved).
    int processedButUnanswered() const;
    /// The emails those batches recorded, lower-cased as results[] carries them, in order; a
    /// client that re-posts them after a timeout does so legitimately.
    QStringList unansweredEmails() const;
    /// Emails left out of an answer by omitRate, lower-cased, in order. Valid ones were recorded
    /// all the same; invalid ones were only left out of errors[].
    QStringList omittedEmails() const;
    /// Sets how many requests today's daily limit still allows (clamped to 0..dailyLimit).
    void setDailyRemaining(int remaining);

    /// The contact id the simulator assigns to an email: stable, case-insensitive, > 2^32.
    static qint64 contactIdFor(const QString &email) { return sim::contactIdFor(email); }

Q_SIGNALS:
    /// After each response has been written (or dropped because the client had gone). With
    /// status 0 for a hang, once its batch was processed, and for a reset, once it was dropped.
    void requestHandled(int status);

private:
    Options m_options;
    std::unique_ptr<SimulatorState> m_state;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<SimulatorRouter> m_router;
    SimulatorServer *m_server = nullptr; // QObject child
};

} // namespace attendance::sim
