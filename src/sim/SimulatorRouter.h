// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HubSpotSimulator.h"
#include "SimulatorResponse.h"

namespace attendance::sim {

/// The facts a route needs about the request it answers.
struct RouteContext
{
    const RecordedRequest &request;
    QString correlationId;
    QUrl baseUrl;
};

/// Matches paths of both API families, applies HubSpot's checks in HubSpot's order
/// (route, method, auth, scope, rate limit) and hands over to the event or attendance routes.
class SimulatorRouter final
{
    Q_DISABLE_COPY_MOVE(SimulatorRouter)

public:
    SimulatorRouter(
        SimulatorState &state, RateLimiter &limiter, const HubSpotSimulator::Options &options);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }

    /// Answers @p request, adds the headers every response carries and records the exchange.
    SimulatorResponse handle(RecordedRequest request);

private:
    SimulatorResponse route(const RecordedRequest &request, const QString &correlationId);
    void addCommonHeaders(SimulatorResponse &response, const QString &correlationId) const;

    SimulatorState &m_state;
    RateLimiter &m_limiter;
    const bool m_sendRetryAfter;
    QUrl m_baseUrl;
};

} // namespace attendance::sim
