// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorBodies.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace attendance::sim {

namespace {

// The simulated portal; appears in groupName like a real hub id does.
constexpr auto kPortalId = "4815162"_L1;

} // namespace

SimulatorResponse ErrorBodies::standard(int status, const QString &category, const QString &message,
    const QString &correlationId, const QString &in)
{
    QJsonObject body {
        {u"status"_s, u"error"_s},
        {u"message"_s, message},
        {u"correlationId"_s, correlationId},
        {u"category"_s, category},
    };
    if (!in.isEmpty())
        body.insert(u"errors"_s, QJsonArray {QJsonObject {{u"message"_s, message}, {u"in"_s, in}}});
    return {status, body, {}};
}

SimulatorResponse ErrorBodies::validation(
    const QString &message, const QString &correlationId, const QString &in)
{
    return standard(400, u"VALIDATION_ERROR"_s, message, correlationId, in);
}

SimulatorResponse ErrorBodies::invalidAuthentication(const QString &correlationId)
{
    SimulatorResponse response = standard(401, u"INVALID_AUTHENTICATION"_s,
        u"Authentication credentials not found. This API supports OAuth 2.0 authentication and "
        "you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview"_s,
        correlationId);
    // Seen on real 401s (hubspot-api-ruby#181).
    response.addHeader("x-hubspot-auth-failure", "401 Unauthorized");
    return response;
}

SimulatorResponse ErrorBodies::missingScope(const QString &scope, const QString &correlationId)
{
    SimulatorResponse response = standard(403, u"MISSING_SCOPES"_s,
        u"This app hasn't been granted all required scopes to make this call. Read more about "
        "required scopes here: https://developers.hubspot.com/scopes."_s,
        correlationId);
    response.body.insert(u"errors"_s,
        QJsonArray {QJsonObject {
            {u"message"_s, u"One or more of the following scopes are required."_s},
            {u"context"_s, QJsonObject {{u"requiredGranularScopes"_s, QJsonArray {scope}}}},
        }});
    response.body.insert(
        u"links"_s, QJsonObject {{u"scopes"_s, u"https://developers.hubspot.com/scopes"_s}});
    return response;
}

SimulatorResponse ErrorBodies::eventNotFound(const QString &objectId, const QString &correlationId)
{
    return standard(
        404, u"OBJECT_NOT_FOUND"_s, u"Marketing event %1 not found"_s.arg(objectId), correlationId);
}

SimulatorResponse ErrorBodies::routeNotFound(const QString &correlationId)
{
    return standard(404, u"OBJECT_NOT_FOUND"_s, u"resource not found"_s, correlationId);
}

SimulatorResponse ErrorBodies::tooManyInputs(int count, int max, const QString &correlationId)
{
    const QString message
        = u"The maximum number of inputs supported in a batch request is %1; this one has %2. "
          "Please reduce the number of items and try again."_s;
    return validation(message.arg(max).arg(count), correlationId, u"inputs"_s);
}

SimulatorResponse ErrorBodies::methodNotAllowed(
    const QByteArray &method, const QByteArray &allowed, const QString &correlationId)
{
    // HubSpot documents no 405 body; the standard shape keeps clients' parsing uniform.
    SimulatorResponse response = standard(405, u"VALIDATION_ERROR"_s,
        u"Method %1 is not allowed on this path; use %2"_s.arg(
            QString::fromLatin1(method), QString::fromLatin1(allowed)),
        correlationId);
    response.addHeader("Allow", allowed);
    return response;
}

SimulatorResponse ErrorBodies::tenSecondlyLimit(const QString &correlationId)
{
    const QJsonObject body {
        {u"status"_s, u"error"_s},
        {u"message"_s, u"You have reached your ten_secondly_rolling limit."_s},
        {u"errorType"_s, u"RATE_LIMIT"_s},
        {u"correlationId"_s, correlationId},
        {u"policyName"_s, u"TEN_SECONDLY_ROLLING"_s},
        {u"groupName"_s, QString(u"publicapi:private-app-api-calls-ten-secondly:"_s + kPortalId)},
    };
    return {429, body, {}};
}

SimulatorResponse ErrorBodies::dailyLimit(const QString &correlationId)
{
    const QJsonObject body {
        {u"status"_s, u"error"_s},
        {u"message"_s, u"You have reached your daily limit."_s},
        {u"errorType"_s, u"RATE_LIMIT"_s},
        {u"correlationId"_s, correlationId},
        {u"policyName"_s, u"DAILY"_s},
        {u"groupName"_s, QString(u"publicapi:private-app-api-calls-daily:"_s + kPortalId)},
    };
    return {429, body, {}};
}

SimulatorResponse ErrorBodies::wrongHublet(const QString &hublet, const QString &correlationId)
{
    const QJsonObject body {
        {u"status"_s, u"error"_s},
        {u"message"_s,
            u"Hub %1 is unknown to this Hublet, but it appears to exist in Hublet %2"_s.arg(
                kPortalId, hublet)},
        {u"correlationId"_s, correlationId},
        {u"correctHublet"_s, hublet},
    };
    return {400, body, {}};
}

SimulatorResponse ErrorBodies::internalError(const QString &correlationId)
{
    return standard(500, u"INTERNAL_ERROR"_s, u"internal error"_s, correlationId);
}

SimulatorResponse ErrorBodies::serviceUnavailable(const QString &correlationId)
{
    return standard(503, u"SERVICE_UNAVAILABLE"_s,
        u"The service is temporarily unavailable. Please try again later."_s, correlationId);
}

SimulatorResponse ErrorBodies::proxyBadGateway()
{
    SimulatorResponse response;
    response.status = 502;
    response.rawBody = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                       "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>proxy</center>\r\n"
                       "</body>\r\n</html>\r\n";
    response.contentType = "text/html";
    response.hubSpotHeaders = false;
    return response;
}

QJsonObject ErrorBodies::invalidEmail(const QString &email)
{
    const QString message = u"Invalid email address: "_s + email;
    return QJsonObject {
        {u"status"_s, u"error"_s},
        {u"category"_s, u"VALIDATION_ERROR"_s},
        {u"message"_s, message},
        {u"context"_s, QJsonObject {{u"emails"_s, QJsonArray {email}}}},
        {u"errors"_s, QJsonArray {QJsonObject {{u"message"_s, message}, {u"in"_s, u"email"_s}}}},
        {u"links"_s, QJsonObject {}},
    };
}

} // namespace attendance::sim
