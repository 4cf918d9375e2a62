// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultInjector.h"
#include "SimulatorResponse.h"
#include "SimulatorTypes.h"

#include <optional>

namespace attendance::sim {

class RateLimiter;
class SimulatorState;

/// The facts a route needs about the request it answers.
struct RouteContext
{
    const RecordedRequest &request;
    QString correlationId;
    QUrl baseUrl;
};

/// Matches paths of both API families and the contacts batch read, applies HubSpot's checks in
/// HubSpot's order (route, method, auth, scope, rate limit) and hands over to the event,
/// breakdown, attendance or contacts routes. Injected faults come in at fixed points: the
/// wrong-hublet answer before everything, unauthorizedAfter before the rate limit, and the
/// per-request outcome of an attendance POST or a contact lookup once it has been admitted.
class SimulatorRouter final
{
    Q_DISABLE_COPY_MOVE(SimulatorRouter)

public:
    SimulatorRouter(SimulatorState &state, RateLimiter &limiter, FaultInjector &faults,
        const SimulatorOptions &options);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }

    /// Answers @p request, adds the headers every response carries, sets the delivery (delay,
    /// hang, reset) and records the exchange.
    SimulatorResponse handle(RecordedRequest request);

private:
    struct MatchedRoute;

    static std::optional<MatchedRoute> match(const QString &path);
    SimulatorResponse route(const RecordedRequest &request,
        const std::optional<MatchedRoute> &matched, const QString &correlationId);
    SimulatorResponse attendance(
        const RouteContext &context, const QString &token, const MatchedRoute &matched);
    SimulatorResponse contacts(const RouteContext &context);
    /// Charges the request to the rate limits, or the 429 that refuses it.
    std::optional<SimulatorResponse> admit(const QString &correlationId);
    /// The answer of a request the fault injector fails outright (server error, garbage, reset);
    /// nullopt when it is processed (a hang is processed, then not answered).
    std::optional<SimulatorResponse> failure(
        FaultInjector::Outcome outcome, const RouteContext &context);
    void revoke(const QString &token);
    void addCommonHeaders(SimulatorResponse &response, const QString &correlationId) const;

    SimulatorState &m_state;
    RateLimiter &m_limiter;
    FaultInjector &m_faults;
    const bool m_sendRetryAfter;
    QUrl m_baseUrl;
};

} // namespace attendance::sim
