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
    static SimulatorResponse methodNotAllowed(
        const QByteArray &method, const QByteArray &allowed, const QString &correlationId);
    static SimulatorResponse tenSecondlyLimit(const QString &correlationId);
    static SimulatorResponse dailyLimit(const QString &correlationId);

    /// A per-input entry of errors[] in a 200 batch response (StandardError).
    static QJsonObject invalidEmail(const QString &email);
};

} // namespace attendance::sim
