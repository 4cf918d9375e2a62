// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimulatorResponse.h"

#include <QString>

namespace attendance::sim {

/// HubSpot's error responses, in the shapes of reference section 6 (and 5.3 for 429).
class ErrorBodies final
{
public:
    ErrorBodies() = delete;

    /// {status:"error", message, correlationId, category, errors?[{message, in}]}.
    static SimulatorResponse standard(int status, const QString &category, const QString &message,
        const QString &correlationId, const QString &in = {});
    static SimulatorResponse validation(
        const QString &message, const QString &correlationId, const QString &in = {});
    static SimulatorResponse invalidAuthentication(const QString &correlationId);
    static SimulatorResponse missingScope(const QString &scope, const QString &correlationId);
    static SimulatorResponse eventNotFound(const QString &objectId, const QString &correlationId);
    static SimulatorResponse routeNotFound(const QString &correlationId);
    /// A batch with more inputs than the endpoint takes: 400 VALIDATION_ERROR. HubSpot's wording
    /// for the contacts batch read is not documented; this follows its message for property
    /// histories ("The maximum number of inputs supported in a batch request ... is 50").
    static SimulatorResponse tooManyInputs(int count, int max, const QString &correlationId);
    static SimulatorResponse methodNotAllowed(
        const QByteArray &method, const QByteArray &allowed, const QString &correlationId);
    static SimulatorResponse tenSecondlyLimit(const QString &correlationId);
    static SimulatorResponse dailyLimit(const QString &correlationId);

    /// Reference 7.4: a request that reached the wrong data centre. HubSpot documents no status
    /// for it; 400 is our choice. The body has correctHublet and no category.
    static SimulatorResponse wrongHublet(const QString &hublet, const QString &correlationId);
    /// Injected server errors: HubSpot's JSON for 500 and 503, and for 502 the HTML page of a
    /// proxy in front of HubSpot, which sends none of HubSpot's headers.
    static SimulatorResponse internalError(const QString &correlationId);
    static SimulatorResponse serviceUnavailable(const QString &correlationId);
    static SimulatorResponse proxyBadGateway();

    /// A per-input entry of errors[] in a 200 batch response (StandardError).
    static QJsonObject invalidEmail(const QString &email);
};

} // namespace attendance::sim
