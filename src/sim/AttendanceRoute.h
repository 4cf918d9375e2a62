// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimulatorResponse.h"

#include <QList>
#include <QString>
#include <optional>

namespace attendance::sim {

class SimulatorState;
struct RouteContext;

/// POST .../{objectId}/attendance/{subscriberState}/email-create.
///
/// Whole-request problems (unknown event, bad state, malformed body) answer 400/404; an input
/// whose email is not an address becomes an entry of errors[] in a 200, as HubSpot's schema allows.
class AttendanceRoute final
{
    Q_DISABLE_COPY_MOVE(AttendanceRoute)

public:
    explicit AttendanceRoute(SimulatorState &state);

    SimulatorResponse handle(
        const RouteContext &context, const QString &objectId, const QString &subscriberState);

    /// The simulator's notion of an address: one '@', a local part, a dotted domain, no spaces.
    static bool isValidEmail(const QString &email);

private:
    struct Input
    {
        QString email;
        qint64 interactionDateTime = 0;
    };
    struct ParseError
    {
        QString message;
        QString in; ///< The offending field, e.g. "inputs[1].email".
    };

    /// The inputs, or the first structural problem found.
    static std::optional<ParseError> parseBody(const QByteArray &body, QList<Input> &inputs);
    static std::optional<ParseError> parseInput(
        const QJsonValue &value, qsizetype index, Input &input);

    SimulatorState &m_state;
};

} // namespace attendance::sim
