// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubspot/BatchResponse.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attendance {

namespace {

qint64 toVid(const QJsonValue &v)
{
    // vid is int64 and exceeds 2^31 in real portals; it may arrive as a number or a string.
    if (v.isDouble())
        return qint64(v.toDouble());
    return v.toString().toLongLong();
}

/// The emails an error entry is about: context.emails / context.email, or an email in the message.
QStringList emailsOfError(const QJsonObject &error, const QHash<QString, QList<int>> &index)
{
    QStringList emails;
    const QJsonObject context = error.value(u"context").toObject();
    for (auto it = context.begin(); it != context.end(); ++it) {
        const QJsonArray values = it.value().toArray();
        for (const QJsonValue &value : values) {
            const QString text = value.toString().trimmed().toLower();
            if (index.contains(text))
                emails.append(text);
        }
    }
    if (!emails.isEmpty())
        return emails;
    // Fall back to any known input email named in the message (HubSpot's wording is undocumented).
    const QString message = error.value(u"message").toString().toLower();
    for (auto it = index.begin(); it != index.end(); ++it) {
        if (!it.key().isEmpty() && message.contains(it.key()))
            emails.append(it.key());
    }
    return emails;
}

} // namespace

bool mapBatchResponse(const QStringList &inputEmails, const QByteArray &body,
    QList<InputOutcome> *outcomes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject() || !doc.object().value(u"results").isArray()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("no results array");
        return false;
    }
    const QJsonObject root = doc.object();

    QHash<QString, QList<int>> index; // lower-cased email -> input positions
    for (int i = 0; i < inputEmails.size(); ++i)
        index[inputEmails.at(i).trimmed().toLower()].append(i);

    outcomes->clear();
    outcomes->resize(inputEmails.size());
    QList<bool> decided(inputEmails.size(), false);

    for (const QJsonValue &v : root.value(u"results").toArray()) {
        const QJsonObject r = v.toObject();
        const QString key = r.value(u"email").toString().trimmed().toLower();
        for (int i : index.value(key)) {
            (*outcomes)[i].succeeded = true;
            (*outcomes)[i].vid = toVid(r.value(u"vid"));
            decided[i] = true;
        }
    }
    for (const QJsonValue &v : root.value(u"errors").toArray()) {
        const QJsonObject e = v.toObject();
        QString message = e.value(u"message").toString();
        const QJsonArray details = e.value(u"errors").toArray();
        if (message.isEmpty() && !details.isEmpty())
            message = details.first().toObject().value(u"message").toString();
        const QString category = e.value(u"category").toString();
        for (const QString &key : emailsOfError(e, index)) {
            for (int i : index.value(key)) {
                if (decided[i] && (*outcomes)[i].succeeded)
                    continue; // a result wins over an error naming the same email
                (*outcomes)[i].succeeded = false;
                (*outcomes)[i].category = category.isEmpty() ? QStringLiteral("ERROR") : category;
                (*outcomes)[i].message = message;
                decided[i] = true;
            }
        }
    }
    for (int i = 0; i < inputEmails.size(); ++i) {
        if (!decided[i]) {
            (*outcomes)[i].category = QStringLiteral("NOT_CONFIRMED");
            (*outcomes)[i].message = QCoreApplication::translate("BatchResponse",
                "Not confirmed by HubSpot: the answer named neither a result nor an "
                "error for this email. Send it again to be sure.");
        }
    }
    return true;
}

} // namespace attendance
