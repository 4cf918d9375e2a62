// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrlQuery>

/// The simulator's value types, shared by its facade (HubSpotSimulator.h) and its parts: the
/// router, the routes, the state and the fault injector include this, never the facade.
namespace attendance::sim {

Q_NAMESPACE

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

/// A contact that exists before any request, as HubSpotSimulator::addContact() takes it.
struct SimulatedContact
{
    QString email; ///< Matched case-insensitively; stored lower-cased, as HubSpot does.
    QString firstname;
    QString lastname;
};

/// The participations counters (AttendanceCounters): distinct contacts per state.
struct AttendanceCounters
{
    int registered = 0;
    int attended = 0;
    int cancelled = 0;
    int noShows = 0; ///< The simulator never derives no-shows; always 0.
};

/// HubSpotSimulator::Options: the account's limits and how it announces them.
struct SimulatorOptions
{
    int rateLimitMax = 100; ///< Requests per rolling window (X-HubSpot-RateLimit-Max).
    int rateLimitIntervalMs = 10000; ///< The rolling window.
    int dailyLimit = 250000; ///< Requests per day (resets at local midnight).
    bool sendRetryAfter = false; ///< HubSpot does not document Retry-After on 429.
};

/// HubSpotSimulator::Faults: deterministic misbehaviour, for clients that must lose nothing.
/// Everything random comes from @c seed: the same seed and the same request sequence give the same
/// faults on every machine. Unless a field says otherwise, faults apply to the attendance POSTs
/// only, and only to those that passed the route, method, auth, scope and rate-limit checks. The
/// outcome faults (server errors, hangs, resets, garbage) apply to contact lookups too, drawn
/// from the same sequence; omissions, unauthorizedAfter and the apply delay do not.
struct SimulatorFaults
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

/// What HubSpotSimulator::faultsInjected() counts.
enum class FaultKind {
    ServerError, ///< Per 5xx answered.
    Hang, ///< Per request left unanswered (processed or not: a 400 batch can hang too).
    Reset, ///< Per connection dropped.
    Garbage, ///< Per garbled 200.
    Omit, ///< Per input left out of a response.
    Unauthorized, ///< Per token revoked by unauthorizedAfter.
    WrongHublet, ///< Per request answered with the wrong data-centre error.
};
Q_ENUM_NS(FaultKind)

/// The contact id the simulator assigns to an email: stable, case-insensitive, > 2^32.
qint64 contactIdFor(const QString &email);

} // namespace attendance::sim
