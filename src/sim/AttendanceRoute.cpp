// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceRoute.h"

#include "ErrorBodies.h"
#include "FaultInjector.h"
#include "SimulatorRouter.h"
#include "SimulatorState.h"
#include "SimulatorTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace attendance::sim {

namespace {

std::optional<Participation> participationFor(const QString &subscriberState)
{
    // HubSpot's spec names exactly these lower-case path segments.
    if (subscriberState == u"register")
        return Participation::Registered;
    if (subscriberState == u"attend")
        return Participation::Attended;
    if (subscriberState == u"cancel")
        return Participation::Cancelled;
    return std::nullopt;
}

/// Epoch milliseconds must be a JSON number without a fractional part; strings are refused.
std::optional<qint64> integerValue(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // 2^63 bounds the int64 the spec declares.
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) >= 9.2e18)
        return std::nullopt;
    return value.toInteger();
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AttendanceRoute::AttendanceRoute(SimulatorState &state, FaultInjector &faults)
    : m_state(state)
    , m_faults(faults)
{ }

SimulatorResponse AttendanceRoute::handle(
    const RouteContext &context, const QString &objectId, const QString &subscriberState)
{
    if (!m_state.event(objectId))
        return ErrorBodies::eventNotFound(objectId, context.correlationId);

    const std::optional<Participation> participation = participationFor(subscriberState);
    if (!participation)
        return ErrorBodies::validation(
            u"Invalid input: subscriberState must be one of register, attend, cancel; got '%1'"_s
                .arg(subscriberState),
            context.correlationId, u"subscriberState"_s);

    QList<Input> inputs;
    if (const std::optional<ParseError> error = parseBody(context.request.body, inputs))
        return ErrorBodies::validation(error->message, context.correlationId, error->in);

    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    const int applyDelayMs = m_faults.faults().applyDelayMs;
    QJsonArray results;
    QJsonArray errors;
    for (const Input &input : inputs) {
        // HubSpot stores addresses lower-cased; clients must match results case-insensitively.
        const QString email = input.email.toLower();
        // Drawn for every input, valid or not, so the omitted set depends on positions only.
        const bool omitted = m_faults.nextOmitted();
        if (omitted)
            m_faults.noteOmitted(email);
        if (!isValidEmail(input.email)) {
            if (!omitted)
                errors.append(ErrorBodies::invalidEmail(input.email));
            continue;
        }
        const qint64 vid = contactIdFor(input.email);
        m_state.ensureContact({vid, email, input.firstname, input.lastname, {}});
        ParticipationChange change {vid, *participation, input.interactionDateTime, {}};
        if (*participation == Participation::Attended && input.joinedAt && input.leftAt)
            change.durationSeconds = std::max<qint64>(0, (*input.leftAt - *input.joinedAt) / 1000);
        m_state.setParticipation(objectId, change, startedAt, applyDelayMs);
        m_recorded.append(email);
        if (!omitted)
            results.append(QJsonObject {{u"email"_s, email}, {u"vid"_s, vid}});
    }

    QJsonObject body {
        {u"status"_s, u"COMPLETE"_s},
        {u"requestedAt"_s, isoTime(context.request.receivedAt)},
        {u"startedAt"_s, isoTime(startedAt)},
        {u"completedAt"_s, isoTime(QDateTime::currentDateTimeUtc())},
        {u"results"_s, results},
    };
    if (!errors.isEmpty()) {
        body.insert(u"errors"_s, errors);
        body.insert(u"numErrors"_s, errors.size());
    }
    return {200, body, {}};
}

bool AttendanceRoute::isValidEmail(const QString &email)
{
    if (email.isEmpty() || email.count(u'@') != 1)
        return false;
    for (const QChar c : email) {
        if (c.isSpace())
            return false;
    }
    const qsizetype at = email.indexOf(u'@');
    const QStringView domain = QStringView(email).mid(at + 1);
    const qsizetype dot = domain.indexOf(u'.');
    return at > 0 && dot > 0 && !domain.endsWith(u'.');
}

std::optional<AttendanceRoute::ParseError> AttendanceRoute::parseBody(
    const QByteArray &body, QList<Input> &inputs)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ParseError {u"Invalid input JSON in the request body: %1 at offset %2"_s
                               .arg(parseError.errorString())
                               .arg(parseError.offset),
            u"body"_s};
    if (!document.isObject())
        return ParseError {
            u"Invalid input JSON: the request body must be an object with an inputs array"_s,
            u"body"_s};

    const QJsonValue inputsValue = document.object().value(u"inputs"_s);
    if (!inputsValue.isArray())
        return ParseError {
            u"Invalid input: inputs is required and must be an array"_s, u"inputs"_s};

    const QJsonArray array = inputsValue.toArray();
    inputs.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Input input;
        if (std::optional<ParseError> error = parseInput(array.at(i), i, input))
            return error;
        inputs.append(input);
    }
    return std::nullopt;
}

std::optional<AttendanceRoute::ParseError> AttendanceRoute::parseInput(
    const QJsonValue &value, qsizetype index, Input &input)
{
    const QString prefix = u"inputs[%1]"_s.arg(index);
    const auto invalid = [](const QString &field, const QString &problem) {
        return ParseError {u"Invalid input: "_s + field + u' ' + problem, field};
    };

    if (!value.isObject())
        return invalid(prefix, u"must be an object"_s);
    const QJsonObject object = value.toObject();

    const QJsonValue email = object.value(u"email"_s);
    if (!email.isString())
        return invalid(prefix + u".email"_s, u"is required and must be a string"_s);
    input.email = email.toString();

    const std::optional<qint64> time = integerValue(object.value(u"interactionDateTime"_s));
    if (!time)
        return invalid(prefix + u".interactionDateTime"_s,
            u"is required and must be an integer (epoch milliseconds)"_s);
    input.interactionDateTime = *time;

    // Both maps are optional (older clients omit them) but, when sent, map<string,string>.
    for (const QString &key : {u"contactProperties"_s, u"properties"_s}) {
        if (!object.contains(key))
            continue;
        const QString field = prefix + u'.' + key;
        const QJsonValue map = object.value(key);
        if (!map.isObject())
            return invalid(field, u"must be an object of string values"_s);
        const QJsonObject entries = map.toObject();
        for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
            if (!it.value().isString())
                return invalid(field + u'.' + it.key(), u"must be a string"_s);
        }
    }

    // HubSpot refuses a whole write that names a contact property the portal does not have; the
    // simulator's portal has the common default ones. This is what makes a batch fail as a whole
    // because of a single row, which clients must isolate.
    static const QSet<QString> knownProperties
        = {u"email"_s, u"firstname"_s, u"lastname"_s, u"company"_s, u"jobtitle"_s, u"phone"_s,
            u"mobilephone"_s, u"city"_s, u"country"_s, u"state"_s, u"zip"_s, u"address"_s,
            u"website"_s, u"industry"_s, u"lifecyclestage"_s, u"hs_language"_s, u"salutation"_s};
    const QJsonObject contact = object.value(u"contactProperties"_s).toObject();
    for (auto it = contact.constBegin(); it != contact.constEnd(); ++it) {
        if (!knownProperties.contains(it.key()))
            return invalid(prefix + u".contactProperties."_s + it.key(),
                u"names a contact property that does not exist"_s);
    }
    input.firstname = contact.value(u"firstname"_s).toString();
    input.lastname = contact.value(u"lastname"_s).toString();
    // The format HubSpot wants is not documented (reference 3.1); only epoch-ms strings count,
    // anything else is accepted and ignored.
    const QJsonObject properties = object.value(u"properties"_s).toObject();
    const auto epochMs = [&properties](const QString &key) -> std::optional<qint64> {
        bool ok = false;
        const qint64 value = properties.value(key).toString().toLongLong(&ok);
        return ok ? std::optional<qint64>(value) : std::nullopt;
    };
    input.joinedAt = epochMs(u"joinedAt"_s);
    input.leftAt = epochMs(u"leftAt"_s);
    return std::nullopt;
}

} // namespace attendance::sim
