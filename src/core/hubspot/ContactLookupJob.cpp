// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubspot/ContactLookupJob.h"

#include "hubspot/HubSpotClient.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace attendance {

namespace {

// Only the v3 path is documented (hubspot-api.md §11); it serves both API families of the app.
constexpr auto kBatchReadPath = "/crm/v3/objects/contacts/batch/read";

QString idString(const QJsonValue &id)
{
    return id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
}

} // namespace

ContactLookupJob::ContactLookupJob(HubSpotClient *client, const QStringList &emails)
    : ApiJob(client)
    , m_emails(emails)
    , m_body(requestBody(emails))
{ }

QByteArray ContactLookupJob::requestBody(const QStringList &emails)
{
    QJsonArray inputs;
    QSet<QString> seen;
    for (const QString &email : emails) {
        // HubSpot stores addresses lower-cased: one input per contact, whatever the spelling.
        const QString key = email.toLower();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        inputs.append(QJsonObject {{QStringLiteral("id"), email}});
    }
    return QJsonDocument(QJsonObject {
                             {QStringLiteral("idProperty"), QStringLiteral("email")},
                             {QStringLiteral("inputs"), inputs},
                             {QStringLiteral("properties"), QJsonArray {QStringLiteral("email")}},
                         })
        .toJson(QJsonDocument::Compact);
}

ApiError ContactLookupJob::mapResponse(
    const QStringList &emails, const QByteArray &body, QList<ContactMatch> *matches)
{
    matches->clear();
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(u"results").isArray())
        return ApiError::parse(QStringLiteral("contact lookup without results"));
    const QJsonObject root = doc.object();

    QHash<QString, QString> found; // lower-cased email -> contact id
    for (const QJsonValue &v : root.value(u"results").toArray()) {
        const QJsonObject result = v.toObject();
        const QString email
            = result.value(u"properties").toObject().value(u"email").toString().toLower();
        const QString id = idString(result.value(u"id"));
        if (!email.isEmpty() && !id.isEmpty())
            found.insert(email, id);
    }
    QSet<QString> missing;
    ApiError rejected; // a per-input error other than "not found"
    for (const QJsonValue &v : root.value(u"errors").toArray()) {
        const QJsonObject error = v.toObject();
        const QString category = error.value(u"category").toString();
        const QJsonArray ids = error.value(u"context").toObject().value(u"ids").toArray();
        if (category == u"OBJECT_NOT_FOUND") {
            for (const QJsonValue &id : ids)
                missing.insert(id.toString().toLower());
        } else if (!rejected.isError()) {
            rejected.kind = ApiError::Kind::Validation;
            rejected.category = category;
            rejected.message = error.value(u"message").toString();
        }
    }

    QList<ContactMatch> result;
    result.reserve(emails.size());
    int unaccounted = 0;
    for (const QString &email : emails) {
        const QString key = email.toLower();
        ContactMatch match {email, false, {}};
        if (const auto it = found.constFind(key); it != found.constEnd()) {
            match.found = true;
            match.contactId = *it;
        } else if (!missing.contains(key)) {
            ++unaccounted;
        }
        result.append(match);
    }
    if (unaccounted > 0) {
        // HubSpot's own reason for the inputs it did not answer, when it gave one.
        if (rejected.isError())
            return rejected;
        return ApiError::parse(QStringLiteral("the contact lookup left out %1 of %2 addresses")
                                   .arg(unaccounted)
                                   .arg(emails.size()));
    }
    *matches = result;
    return {};
}

void ContactLookupJob::begin()
{
    sendPost(client()->apiUrl(QLatin1StringView(kBatchReadPath)), m_body);
}

void ContactLookupJob::onSuccess(const QByteArray &body)
{
    finishWith(mapResponse(m_emails, body, &m_matches));
}

} // namespace attendance
