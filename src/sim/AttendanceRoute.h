// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimulatorResponse.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace attendance::sim {

class FaultInjector;
class SimulatorState;
struct RouteContext;

/// POST .../{objectId}/attendance/{subscriberState}/email-create.
///
/// Whole-request problems (unknown event, bad state, malformed body) answer 400/404; an input
/// whose email is not an address becomes an entry of errors[] in a 200, as HubSpot's schema allows.
/// New contacts take firstname and lastname from contactProperties; attend inputs with joinedAt
/// and leftAt (epoch-ms strings) get an attendance duration. Injected omissions and the apply
/// delay come from the FaultInjector.
class AttendanceRoute final
{
    Q_DISABLE_COPY_MOVE(AttendanceRoute)

public:
    AttendanceRoute(SimulatorState &state, FaultInjector &faults);

    SimulatorResponse handle(
        const RouteContext &context, const QString &objectId, const QString &subscriberState);
    /// The lower-cased emails handle() recorded, answered or not; empty unless it answered 200.
    const QStringList &recordedEmails() const { return m_recorded; }

    /// The simulator's notion of an address: one '@', a local part, a dotted domain, no spaces.
    static bool isValidEmail(const QString &email);

private:
    struct Input
    {
        QString email;
        qint64 interactionDateTime = 0;
        QString firstname;
        QString lastname;
        std::optional<qint64> joinedAt; // epoch ms
        std::optional<qint64> leftAt;
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
    FaultInjector &m_faults;
    QStringList m_recorded;
};

} // namespace attendance::sim
