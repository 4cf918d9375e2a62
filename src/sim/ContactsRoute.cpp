// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactsRoute.h"

#include "ErrorBodies.h"
#include "SimulatorRouter.h"
#include "SimulatorState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::StringLiterals;

namespace attendance::sim {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject contactJson(const ContactRecord &contact, const QStringList &properties)
{
    const QString id = QString::number(contact.id);
    QJsonObject values {{u"hs_object_id"_s, id}};
    // HubSpot returns the properties asked for (email at least here) and always hs_object_id.
    for (const QString &name : properties) {
        if (name == u"email")
            values.insert(name, contact.email);
        else if (name == u"firstname")
            values.insert(name, contact.firstname);
        else if (name == u"lastname")
            values.insert(name, contact.lastname);
    }
    return QJsonObject {
        {u"id"_s, id},
        {u"properties"_s, values},
        {u"createdAt"_s, isoTime(contact.createdAt)},
        {u"updatedAt"_s, isoTime(contact.createdAt)},
        {u"archived"_s, false},
    };
}

} // namespace

ContactsRoute::ContactsRoute(const SimulatorState &state)
    : m_state(state)
{ }

SimulatorResponse ContactsRoute::batchRead(const RouteContext &context) const
{
    const QString &correlationId = context.correlationId;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(context.request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ErrorBodies::validation(
            u"Invalid input JSON: the request body must be an object with an inputs array"_s,
            correlationId, u"body"_s);
    const QJsonObject root = document.object();

    // Without idProperty HubSpot reads inputs as record ids; this account knows contacts by email
    // only, so anything but "email" is refused rather than answered with ids it cannot have.
    const QString idProperty = root.value(u"idProperty"_s).toString();
    if (idProperty != u"email")
        return ErrorBodies::validation(
            u"Invalid input: idProperty must be 'email' on this simulated account; got '%1'"_s.arg(
                idProperty),
            correlationId, u"idProperty"_s);
    const QJsonValue inputsValue = root.value(u"inputs"_s);
    if (!inputsValue.isArray() || inputsValue.toArray().isEmpty())
        return ErrorBodies::validation(
            u"Invalid input: inputs is required and must be a non-empty array"_s, correlationId,
            u"inputs"_s);
    const QJsonArray inputs = inputsValue.toArray();
    if (inputs.size() > kMaxInputs)
        return ErrorBodies::tooManyInputs(int(inputs.size()), kMaxInputs, correlationId);

    QStringList properties;
    for (const QJsonValue &v : root.value(u"properties"_s).toArray())
        properties.append(v.toString());

    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    QJsonArray results;
    QJsonArray missing;
    QSet<qint64> answered; // HubSpot returns a contact once, however often it was asked for
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QJsonValue id = inputs.at(i).toObject().value(u"id"_s);
        if (!id.isString())
            return ErrorBodies::validation(
                u"Invalid input: inputs[%1].id is required and must be a string"_s.arg(i),
                correlationId, u"inputs[%1].id"_s.arg(i));
        const QString email = id.toString();
        if (const ContactRecord *contact = m_state.contactByEmail(email)) {
            if (!answered.contains(contact->id))
                results.append(contactJson(*contact, properties));
            answered.insert(contact->id);
        } else {
            missing.append(email);
        }
    }

    QJsonObject body {
        {u"status"_s, u"COMPLETE"_s},
        {u"results"_s, results},
        {u"startedAt"_s, isoTime(startedAt)},
        {u"completedAt"_s, isoTime(QDateTime::currentDateTimeUtc())},
    };
    if (missing.isEmpty())
        return {200, body, {}};
    body.insert(u"numErrors"_s, 1);
    body.insert(u"errors"_s,
        QJsonArray {QJsonObject {
            {u"status"_s, u"error"_s},
            {u"category"_s, u"OBJECT_NOT_FOUND"_s},
            {u"message"_s,
                u"Could not get some CONTACT objects, they may be deleted or not exist. Check "
                "that ids are valid."_s},
            {u"context"_s, QJsonObject {{u"ids"_s, missing}}},
        }});
    return {207, body, {}};
}

} // namespace attendance::sim
