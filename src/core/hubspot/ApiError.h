// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace attendance {

/// A typed view of everything that can go wrong in one HTTP exchange with HubSpot.
struct ApiError
{
    enum class Kind {
        None, ///< No error.
        Network, ///< No HTTP answer: DNS, refused connection, reset, TLS.
        Timeout, ///< No complete answer within the configured time.
        Cancelled, ///< Aborted by the user.
        Parse, ///< A 2xx answer whose body could not be read.
        Authentication, ///< 401: the token is wrong, expired or revoked.
        Permission, ///< 403: a scope or a permission is missing.
        NotFound, ///< 404: the event (or path) does not exist.
        RateLimit, ///< 429: see policyName.
        Validation, ///< 400: HubSpot rejected the request as a whole.
        Server, ///< 5xx: HubSpot had a problem.
        Http, ///< Any other non-2xx status.
        Local, ///< Not HubSpot: this computer cannot go on (the journal is not written).
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString category; ///< HubSpot's category or errorType (VALIDATION_ERROR, RATE_LIMIT, ...).
    QString message; ///< HubSpot's own message, or the network layer's.
    QString correlationId; ///< For HubSpot support.
    QStringList missingScopes; ///< From requiredGranularScopes / missingScopes.
    QString policyName; ///< TEN_SECONDLY_ROLLING, SECONDLY or DAILY on 429.
    QString correctHublet; ///< e.g. "eu1" when the account lives on another data centre.
    int retryAfterMs = -1; ///< From a Retry-After header; -1 when absent.

    bool isError() const { return kind != Kind::None; }
    bool isDailyLimit() const;
    /// A plain-language sentence for coordinators: what happened and what to do.
    QString userMessage() const;
    /// A short machine category for exports: HubSpot's category, else a name for the kind.
    QString categoryOrKind() const;

    /// Builds an error from a non-2xx answer. Every field of the body is treated as optional.
    static ApiError fromHttp(int status, const QByteArray &body,
        const QByteArray &retryAfterHeader = {}, const QByteArray &correlationHeader = {});
    static ApiError network(const QString &message);
    static ApiError timeout(int seconds);
    static ApiError cancelled();
    static ApiError parse(const QString &what);
    /// @p message is already a whole sentence for the user: userMessage() returns it as it is.
    static ApiError local(const QString &category, const QString &message);
};

QString toString(ApiError::Kind kind);

} // namespace attendance
