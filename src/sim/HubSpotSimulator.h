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
    int status = 0; ///< The HTTP status the simulator answered.
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

    /// The contact id the simulator assigns to an email: stable, case-insensitive, > 2^32.
    static qint64 contactIdFor(const QString &email);

Q_SIGNALS:
    /// After each response has been written.
    void requestHandled(int status);

private:
    Options m_options;
    std::unique_ptr<SimulatorState> m_state;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<SimulatorRouter> m_router;
    SimulatorServer *m_server = nullptr; // QObject child
};

} // namespace attendance::sim
