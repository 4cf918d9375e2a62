// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatorRouter.h"

#include "AttendanceRoute.h"
#include "BreakdownRoute.h"
#include "ContactsRoute.h"
#include "ErrorBodies.h"
#include "EventRoutes.h"
#include "FaultInjector.h"
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
constexpr auto kContactsReadScope = "crm.objects.contacts.read"_L1;
constexpr auto kContactsBatchReadPath = "/crm/v3/objects/contacts/batch/read"_L1;

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

enum class RouteKind { List, Get, Participations, Breakdown, Attendance, ContactsBatchRead };

/// The method a route takes and the scope it needs.
std::pair<QByteArray, QLatin1StringView> methodAndScope(RouteKind kind)
{
    switch (kind) {
    case RouteKind::Attendance:
        return {"POST", kWriteScope};
    case RouteKind::ContactsBatchRead:
        return {"POST", kContactsReadScope};
    case RouteKind::List:
    case RouteKind::Get:
    case RouteKind::Participations:
    case RouteKind::Breakdown:
        break;
    }
    return {"GET", kReadScope};
}

} // namespace

struct SimulatorRouter::MatchedRoute
{
    RouteKind kind = RouteKind::List;
    QString objectId;
    QString subscriberState;
};

SimulatorRouter::SimulatorRouter(SimulatorState &state, RateLimiter &limiter, FaultInjector &faults,
    const SimulatorOptions &options)
    : m_state(state)
    , m_limiter(limiter)
    , m_faults(faults)
    , m_sendRetryAfter(options.sendRetryAfter)
{ }

std::optional<SimulatorRouter::MatchedRoute> SimulatorRouter::match(const QString &path)
{
    // Both families share everything after the prefix; the list answers with or without '/'.
    static const QRegularExpression family(
        u"^/marketing/(?:v3/marketing-events|marketing-events/2026-03)(/.*)?$"_s);
    static const QRegularExpression participations(u"^/participations/([^/]+)$"_s);
    static const QRegularExpression breakdown(u"^/participations/([^/]+)/breakdown$"_s);
    static const QRegularExpression attendance(u"^/([^/]+)/attendance/([^/]+)/email-create$"_s);
    static const QRegularExpression single(u"^/([^/]+)$"_s);

    if (path == kContactsBatchReadPath)
        return MatchedRoute {RouteKind::ContactsBatchRead, {}, {}};
    const QRegularExpressionMatch familyMatch = family.match(path);
    if (!familyMatch.hasMatch())
        return std::nullopt;
    const QString rest = familyMatch.captured(1);
    if (rest.isEmpty() || rest == u"/")
        return MatchedRoute {RouteKind::List, {}, {}};
    if (const auto m = participations.match(rest); m.hasMatch())
        return MatchedRoute {RouteKind::Participations, m.captured(1), {}};
    if (const auto m = breakdown.match(rest); m.hasMatch())
        return MatchedRoute {RouteKind::Breakdown, m.captured(1), {}};
    if (const auto m = attendance.match(rest); m.hasMatch())
        return MatchedRoute {RouteKind::Attendance, m.captured(1), m.captured(2)};
    if (const auto m = single.match(rest); m.hasMatch())
        return MatchedRoute {RouteKind::Get, m.captured(1), {}};
    return std::nullopt;
}

SimulatorResponse SimulatorRouter::handle(RecordedRequest request)
{
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_limiter.refresh();
    m_state.applyDueChanges();
    const std::optional<MatchedRoute> matched = match(request.path);
    SimulatorResponse response = route(request, matched, correlationId);
    if (response.hubSpotHeaders)
        addCommonHeaders(response, correlationId);

    const SimulatorFaults &faults = m_faults.faults();
    if (response.delivery == SimulatorResponse::Delivery::Hang)
        response.closeAfterMs = faults.hangCloseAfterMs;
    else if (matched && matched->kind == RouteKind::Attendance)
        response.delayMs = faults.latencyMs;
    else
        response.delayMs = faults.readLatencyMs;

    const bool answered = response.delivery == SimulatorResponse::Delivery::Answer;
    request.status = answered ? response.status : 0;
    // Path and status only: the Authorization value and the body never reach the log.
    qCDebug(lcSim).noquote() << request.method << request.path << "->" << request.status;
    m_state.record(request);
    return response;
}

SimulatorResponse SimulatorRouter::route(const RecordedRequest &request,
    const std::optional<MatchedRoute> &matched, const QString &correlationId)
{
    // The wrong data centre cannot know the path, the token or the limits of the account.
    if (const QString &hublet = m_faults.faults().hublet; !hublet.isEmpty()) {
        m_faults.noteWrongHublet();
        return ErrorBodies::wrongHublet(hublet, correlationId);
    }
    if (!matched)
        return ErrorBodies::routeNotFound(correlationId);

    const auto [allowed, scope] = methodAndScope(matched->kind);
    if (request.method != allowed)
        return ErrorBodies::methodNotAllowed(request.method, allowed, correlationId);

    const std::optional<QString> token = bearerToken(request.authorization);
    const std::optional<QStringList> scopes = token ? m_state.scopesFor(*token) : std::nullopt;
    if (!scopes)
        return ErrorBodies::invalidAuthentication(correlationId);

    if (!scopes->contains(scope))
        return ErrorBodies::missingScope(QString(scope), correlationId);

    const RouteContext context {request, correlationId, m_baseUrl};
    if (matched->kind == RouteKind::Attendance)
        return attendance(context, *token, *matched);
    if (matched->kind == RouteKind::ContactsBatchRead)
        return contacts(context);
    if (std::optional<SimulatorResponse> refused = admit(correlationId))
        return *refused;

    switch (matched->kind) {
    case RouteKind::List:
        return EventRoutes(m_state).list(context);
    case RouteKind::Get:
        return EventRoutes(m_state).get(context, matched->objectId);
    case RouteKind::Participations:
        return EventRoutes(m_state).participations(context, matched->objectId);
    case RouteKind::Breakdown:
        return BreakdownRoute(m_state).handle(context, matched->objectId);
    case RouteKind::Attendance:
    case RouteKind::ContactsBatchRead:
        break;
    }
    return ErrorBodies::routeNotFound(correlationId);
}

SimulatorResponse SimulatorRouter::attendance(
    const RouteContext &context, const QString &token, const MatchedRoute &matched)
{
    if (m_faults.unauthorizedBeforeProcessing()) {
        revoke(token);
        return ErrorBodies::invalidAuthentication(context.correlationId);
    }
    if (std::optional<SimulatorResponse> refused = admit(context.correlationId))
        return *refused;

    const FaultInjector::Outcome outcome = m_faults.nextOutcome();
    if (std::optional<SimulatorResponse> failed = failure(outcome, context))
        return *failed;

    AttendanceRoute route(m_state, m_faults);
    SimulatorResponse response = route.handle(context, matched.objectId, matched.subscriberState);
    const bool processed = response.status == 200;
    // The token stops working right after the batch that used up the allowance.
    if (processed && m_faults.noteProcessed())
        revoke(token);
    if (outcome == FaultInjector::Outcome::Hang) {
        response.delivery = SimulatorResponse::Delivery::Hang;
        if (processed)
            m_faults.noteUnanswered(route.recordedEmails());
    }
    return response;
}

SimulatorResponse SimulatorRouter::contacts(const RouteContext &context)
{
    if (std::optional<SimulatorResponse> refused = admit(context.correlationId))
        return *refused;
    const FaultInjector::Outcome outcome = m_faults.nextOutcome();
    if (std::optional<SimulatorResponse> failed = failure(outcome, context))
        return *failed;
    SimulatorResponse response = ContactsRoute(m_state).batchRead(context);
    // A lookup changes nothing, so a hung one has nothing to report as processed.
    if (outcome == FaultInjector::Outcome::Hang)
        response.delivery = SimulatorResponse::Delivery::Hang;
    return response;
}

std::optional<SimulatorResponse> SimulatorRouter::failure(
    FaultInjector::Outcome outcome, const RouteContext &context)
{
    switch (outcome) {
    case FaultInjector::Outcome::ServerError:
        return m_faults.serverError(context.correlationId);
    case FaultInjector::Outcome::Garbage:
        return m_faults.garbage(context.request.receivedAt);
    case FaultInjector::Outcome::Reset: {
        SimulatorResponse response;
        response.delivery = SimulatorResponse::Delivery::Reset;
        return response;
    }
    case FaultInjector::Outcome::Process:
    case FaultInjector::Outcome::Hang:
        break;
    }
    return std::nullopt;
}

std::optional<SimulatorResponse> SimulatorRouter::admit(const QString &correlationId)
{
    switch (m_limiter.tryAdmit()) {
    case RateLimiter::Verdict::Admitted:
        return std::nullopt;
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
    return std::nullopt;
}

void SimulatorRouter::revoke(const QString &token)
{
    m_state.revokeToken(token);
    m_faults.noteRevoked();
    qCInfo(lcSim) << "HubSpot simulator revoked a token (Faults::unauthorizedAfter)";
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
