// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubspot/ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attendance {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

void collectScopes(const QJsonObject &context, QStringList *scopes)
{
    for (const auto *key : {"requiredGranularScopes", "missingScopes"}) {
        const QJsonArray list = context.value(QLatin1StringView(key)).toArray();
        for (const QJsonValue &v : list) {
            const QString scope = v.toString();
            if (!scope.isEmpty() && !scopes->contains(scope))
                scopes->append(scope);
        }
    }
}

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
        return ApiError::Kind::Validation;
    case 401:
        return ApiError::Kind::Authentication;
    case 403:
        return ApiError::Kind::Permission;
    case 404:
        return ApiError::Kind::NotFound;
    case 429:
        return ApiError::Kind::RateLimit;
    default:
        return status >= 500 ? ApiError::Kind::Server : ApiError::Kind::Http;
    }
}

} // namespace

bool ApiError::isDailyLimit() const
{
    return kind == Kind::RateLimit && policyName.compare(u"DAILY", Qt::CaseInsensitive) == 0;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfterHeader,
    const QByteArray &correlationHeader)
{
    ApiError e;
    e.httpStatus = status;
    e.kind = kindForStatus(status);
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    e.message = o.value(u"message").toString();
    e.category = o.value(u"category").toString();
    if (e.category.isEmpty())
        e.category = o.value(u"errorType").toString(); // 429 bodies say errorType, not category
    e.correlationId = o.value(u"correlationId").toString();
    if (e.correlationId.isEmpty())
        e.correlationId = QString::fromLatin1(correlationHeader);
    e.policyName = o.value(u"policyName").toString();
    e.correctHublet = o.value(u"correctHublet").toString();
    collectScopes(o.value(u"context").toObject(), &e.missingScopes);
    for (const QJsonValue &detail : o.value(u"errors").toArray())
        collectScopes(detail.toObject().value(u"context").toObject(), &e.missingScopes);
    bool ok = false;
    const int seconds = retryAfterHeader.trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        e.retryAfterMs = seconds * 1000;
    if (e.kind == Kind::RateLimit && e.policyName.isEmpty()
        && e.message.contains(u"daily", Qt::CaseInsensitive))
        e.policyName = QStringLiteral("DAILY");
    return e;
}

ApiError ApiError::network(const QString &message)
{
    ApiError e;
    e.kind = Kind::Network;
    e.message = message;
    return e;
}

ApiError ApiError::timeout(int seconds)
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.message = QStringLiteral("No answer within %1 s").arg(seconds);
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    e.message = QStringLiteral("Cancelled by the user");
    return e;
}

ApiError ApiError::local(const QString &category, const QString &message)
{
    ApiError e;
    e.kind = Kind::Local;
    e.category = category;
    e.message = message;
    return e;
}

ApiError ApiError::parse(const QString &what)
{
    ApiError e;
    e.kind = Kind::Parse;
    e.message = what;
    return e;
}

QString ApiError::categoryOrKind() const
{
    return category.isEmpty() ? toString(kind) : category;
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Could not reach HubSpot (%1). Check your internet connection and try again.")
            .arg(message);
    case Kind::Timeout:
        return tr("HubSpot did not answer in time. Check your connection and try again.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Parse:
        return tr("HubSpot sent an answer the app could not read (%1). Try again; if it persists, "
                  "contact HubSpot support.")
            .arg(message);
    case Kind::Authentication:
        return tr("HubSpot did not accept the access token. Paste the whole token again from your "
                  "HubSpot private app or service key; it may have been rotated or deleted.");
    case Kind::Permission:
        if (!missingScopes.isEmpty())
            return tr("The access token lacks a permission HubSpot needs: %1. In HubSpot, add this "
                      "scope to your private app or service key, then try again.")
                .arg(missingScopes.join(QStringLiteral(", ")));
        return tr("HubSpot refused this action for this token (%1). Check the token's scopes and "
                  "your user's permissions in HubSpot.")
            .arg(message);
    case Kind::NotFound:
        return tr("HubSpot could not find this marketing event. It may have been deleted; refresh "
                  "the list of events and pick it again.");
    case Kind::RateLimit:
        if (isDailyLimit())
            return tr("This HubSpot account has used all its API calls for today. Continue after "
                      "midnight in the account's time zone.");
        return tr("HubSpot asked the app to slow down; it waits and tries again.");
    case Kind::Validation:
        return tr("HubSpot rejected the request: %1").arg(message);
    case Kind::Server:
        return tr("HubSpot had a problem (HTTP %1). Try again in a few minutes.").arg(httpStatus);
    case Kind::Http:
        return tr("HubSpot answered HTTP %1: %2").arg(httpStatus).arg(message);
    case Kind::Local:
        return message;
    }
    return message;
}

QString toString(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("NONE");
    case ApiError::Kind::Network:
        return QStringLiteral("NETWORK_ERROR");
    case ApiError::Kind::Timeout:
        return QStringLiteral("TIMEOUT");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("CANCELLED");
    case ApiError::Kind::Parse:
        return QStringLiteral("UNREADABLE_RESPONSE");
    case ApiError::Kind::Authentication:
        return QStringLiteral("INVALID_AUTHENTICATION");
    case ApiError::Kind::Permission:
        return QStringLiteral("MISSING_SCOPES");
    case ApiError::Kind::NotFound:
        return QStringLiteral("OBJECT_NOT_FOUND");
    case ApiError::Kind::RateLimit:
        return QStringLiteral("RATE_LIMIT");
    case ApiError::Kind::Validation:
        return QStringLiteral("VALIDATION_ERROR");
    case ApiError::Kind::Server:
        return QStringLiteral("SERVER_ERROR");
    case ApiError::Kind::Http:
        return QStringLiteral("HTTP_ERROR");
    case ApiError::Kind::Local:
        return QStringLiteral("LOCAL_ERROR");
    }
    return {};
}

} // namespace attendance
