// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatorRouter.h"

#include "AttendanceRoute.h"
#include "ErrorBodies.h"
#include "EventRoutes.h"
#include "Logging.h"
#include "RateLimiter.h"
#include "SimulatorState.h"

#include <QRegularExpression>
#include <QUuid>
#include <optional>

using namespace Qt::StringLiterals;

namespace attendance::sim {

namespace {

constexpr auto kReadScope = "crm.objects.marketing_events.read"_L1;
constexpr auto kWriteScope = "crm.objects.marketing_events.write"_L1;

enum class RouteKind { List, Get, Participations, Attendance };

struct MatchedRoute
{
    RouteKind kind = RouteKind::List;
    QString objectId;
    QString subscriberState;
};

std::optional<MatchedRoute> matchRoute(const QString &path)
{
    // Both families share everything after the prefix; the list answers with or without '/'.
    static const QRegularExpression family(
        u"^/marketing/(?:v3/marketing-events|marketing-events/2026-03)(/.*)?$"_s);
    static const QRegularExpression participations(u"^/participations/([^/]+)$"_s);
    static const QRegularExpression attendance(u"^/([^/]+)/attendance/([^/]+)/email-create$"_s);
    static const QRegularExpression single(u"^/([^/]+)$"_s);

    const QRegularExpressionMatch familyMatch = family.match(path);
    if (!familyMatch.hasMatch())
        return std::nullopt;
    const QString rest = familyMatch.captured(1);
    if (rest.isEmpty() || rest == u"/")
        return MatchedRoute {RouteKind::List, {}, {}};
    if (const auto m = participations.match(rest); m.hasMatch())
        return MatchedRoute {RouteKind::Participations, m.captured(1), {}};
    if (const auto m = attendance.match(rest); m.hasMatch())
        return MatchedRoute {RouteKind::Attendance, m.captured(1), m.captured(2)};
    if (const auto m = single.match(rest); m.hasMatch())
        return MatchedRoute {RouteKind::Get, m.captured(1), {}};
    return std::nullopt;
}

/// The token of a well-formed "Bearer <token>" header (scheme case-insensitive, RFC 6750).
std::optional<QString> bearerToken(const QByteArray &authorization)
{
    static const QRegularExpression bearer(
        u"^Bearer +(\\S+)$"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = bearer.match(QString::fromLatin1(authorization));
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1);
}

qint64 ceilSeconds(qint64 ms)
{
    return std::max<qint64>(1, (ms + 999) / 1000);
}

} // namespace

SimulatorRouter::SimulatorRouter(
    SimulatorState &state, RateLimiter &limiter, const HubSpotSimulator::Options &options)
    : m_state(state)
    , m_limiter(limiter)
    , m_sendRetryAfter(options.sendRetryAfter)
{ }

SimulatorResponse SimulatorRouter::handle(RecordedRequest request)
{
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_limiter.refresh();
    SimulatorResponse response = route(request, correlationId);
    addCommonHeaders(response, correlationId);

    request.status = response.status;
    // Path and status only: the Authorization value and the body never reach the log.
    qCDebug(lcSim).noquote() << request.method << request.path << "->" << response.status;
    m_state.record(request);
    return response;
}

SimulatorResponse SimulatorRouter::route(
    const RecordedRequest &request, const QString &correlationId)
{
    const std::optional<MatchedRoute> matched = matchRoute(request.path);
    if (!matched)
        return ErrorBodies::routeNotFound(correlationId);

    const bool isWrite = matched->kind == RouteKind::Attendance;
    const QByteArray allowed = isWrite ? "POST" : "GET";
    if (request.method != allowed)
        return ErrorBodies::methodNotAllowed(request.method, allowed, correlationId);

    const std::optional<QString> token = bearerToken(request.authorization);
    const std::optional<QStringList> scopes = token ? m_state.scopesFor(*token) : std::nullopt;
    if (!scopes)
        return ErrorBodies::invalidAuthentication(correlationId);

    const QString scope = isWrite ? QString(kWriteScope) : QString(kReadScope);
    if (!scopes->contains(scope))
        return ErrorBodies::missingScope(scope, correlationId);

    switch (m_limiter.tryAdmit()) {
    case RateLimiter::Verdict::Admitted:
        break;
    case RateLimiter::Verdict::WindowExceeded: {
        SimulatorResponse response = ErrorBodies::tenSecondlyLimit(correlationId);
        if (m_sendRetryAfter)
            response.addHeader(
                "Retry-After", QByteArray::number(ceilSeconds(m_limiter.msUntilSlotFrees())));
        return response;
    }
    case RateLimiter::Verdict::DailyExceeded: {
        SimulatorResponse response = ErrorBodies::dailyLimit(correlationId);
        if (m_sendRetryAfter)
            response.addHeader(
                "Retry-After", QByteArray::number(ceilSeconds(m_limiter.msUntilDailyReset())));
        return response;
    }
    }

    const RouteContext context {request, correlationId, m_baseUrl};
    switch (matched->kind) {
    case RouteKind::List:
        return EventRoutes(m_state).list(context);
    case RouteKind::Get:
        return EventRoutes(m_state).get(context, matched->objectId);
    case RouteKind::Participations:
        return EventRoutes(m_state).participations(context, matched->objectId);
    case RouteKind::Attendance:
        return AttendanceRoute(m_state).handle(
            context, matched->objectId, matched->subscriberState);
    }
    return ErrorBodies::routeNotFound(correlationId);
}

void SimulatorRouter::addCommonHeaders(
    SimulatorResponse &response, const QString &correlationId) const
{
    // The limits are the simulated account's, so even 401s and 404s report them.
    response.addHeader("X-HubSpot-Correlation-Id", correlationId.toLatin1());
    response.addHeader("X-HubSpot-RateLimit-Max", QByteArray::number(m_limiter.max()));
    response.addHeader("X-HubSpot-RateLimit-Remaining", QByteArray::number(m_limiter.remaining()));
    response.addHeader(
        "X-HubSpot-RateLimit-Interval-Milliseconds", QByteArray::number(m_limiter.intervalMs()));
    response.addHeader("X-HubSpot-RateLimit-Daily", QByteArray::number(m_limiter.dailyLimit()));
    response.addHeader(
        "X-HubSpot-RateLimit-Daily-Remaining", QByteArray::number(m_limiter.dailyRemaining()));
}

} // namespace attendance::sim
