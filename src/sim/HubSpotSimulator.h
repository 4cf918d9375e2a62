// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

/// One HTTP exchange as the simulator saw it, so tests can assert what a client sent.
struct RecordedRequest
{
    QByteArray method; ///< "GET", "POST", ...
    QString path; ///< Decoded URL path, without the query.
    QUrlQuery query;
    QByteArray authorization; ///< Full header value, for assertions in tests only; never logged.
    QByteArray body;
    int status = 0; ///< The HTTP status the simulator answered; 0 when it never answered.
    QDateTime receivedAt; ///< UTC.
};

/// A marketing event as the simulator serves it (MarketingEventPublicReadResponseV2).
struct SimulatedEvent
{
    QString objectId; ///< Numeric string; left empty, addEvent() assigns one.
    QString eventName;
    QString eventType;
    QString eventOrganizer;
    QDateTime startDateTime;
    QDateTime endDateTime;
    QString eventDescription;
    bool eventCancelled = false;
    bool eventCompleted = false;
    QString appName; ///< Served as appInfo.name when not empty.
};

/// The participations counters (AttendanceCounters): distinct contacts per state.
struct AttendanceCounters
{
    int registered = 0;
    int attended = 0;
    int cancelled = 0;
    int noShows = 0; ///< The simulator never derives no-shows; always 0.
};

/// An in-process fake of the HubSpot marketing-events API, on 127.0.0.1 only.
///
/// Serves the v3 and the 2026-03 path families with HubSpot's error shapes, scopes and
/// rate-limit headers, and records every request. Lives in, and must be used from, one thread.
class HubSpotSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubSpotSimulator)

public:
    struct Options
    {
        int rateLimitMax = 100; ///< Requests per rolling window (X-HubSpot-RateLimit-Max).
        int rateLimitIntervalMs = 10000; ///< The rolling window.
        int dailyLimit = 250000; ///< Requests per day (resets at local midnight).
        bool sendRetryAfter = false; ///< HubSpot does not document Retry-After on 429.
    };

    /// Deterministic misbehaviour, for clients that must lose nothing. Everything random comes
    /// from @c seed: the same seed and the same request sequence give the same faults on every
    /// machine. Unless a field says otherwise, faults apply to the attendance POSTs only, and
    /// only to those that passed the route, method, auth, scope and rate-limit checks.
    struct Faults
    {
        quint64 seed = 0;
        // Exclusive outcomes of one attendance POST, drawn in this order; their sum is capped at 1.
        /// 500, 502 (an HTML page from a "proxy") and 503 in turn; the batch is not processed.
        double serverErrorRate = 0.0;
        /// The batch is processed but never answered; see processedButUnanswered().
        double hangRate = 0.0;
        /// The connection is dropped without an answer; the batch is not processed.
        double resetRate = 0.0;
        /// 200 with a truncated JSON or an HTML body, in turn; the batch is not processed, so
        /// the one safe reading of an unparseable answer (send again) is also the right one.
        double garbageRate = 0.0;
        /// Each input of a processed batch is, with this probability, recorded but left out of
        /// both results[] and errors[]; see omittedEmails().
        double omitRate = 0.0;
        /// A hung connection is closed (FIN, still without an answer) after this long.
        int hangCloseAfterMs = 120000;
        /// After this many processed attendance POSTs (counted from setFaults()) the token of the
        /// last one is revoked, so every later request with it gets 401 INVALID_AUTHENTICATION.
        /// 0 revokes the token of the first attendance POST, answering it 401. Fires once.
        /// -1: never.
        int unauthorizedAfter = -1;
        /// When not empty, EVERY request (any path, any token) answers HubSpot's wrong data-centre
        /// error: 400 with correctHublet set to this value. HubSpot documents no status for it.
        QString hublet;
        /// Counters, event counts and the breakdown show a processed batch only this long after
        /// it was processed, as HubSpot applies changes with a delay. The answer is not delayed.
        int applyDelayMs = 0;
        int latencyMs = 0; ///< Every answer on an attendance path comes this late (not a hang).
        int readLatencyMs = 0; ///< Every other answer (reads, unknown paths) comes this late.
    };

    /// What faultsInjected() counts.
    enum class FaultKind {
        ServerError, ///< Per 5xx answered.
        Hang, ///< Per request left unanswered (processed or not: a 400 batch can hang too).
        Reset, ///< Per connection dropped.
        Garbage, ///< Per garbled 200.
        Omit, ///< Per input left out of a response.
        Unauthorized, ///< Per token revoked by unauthorizedAfter.
        WrongHublet, ///< Per request answered with the wrong data-centre error.
    };
    Q_ENUM(FaultKind)

    /// Token with read and write scopes that seedDemo() installs.
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
    /// Installs kDemoToken (read + write) and six realistic events with zero counters.
    void seedDemo();

    /// Events sorted by objectId, as the list endpoint serves them.
    QList<SimulatedEvent> events() const;
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
    static qint64 contactIdFor(const QString &email);

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
