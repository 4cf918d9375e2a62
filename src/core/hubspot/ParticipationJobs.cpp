// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubspot/ParticipationJobs.h"

#include "hubspot/HubSpotClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attendance {

namespace {
QString idSegment(const QString &objectId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(objectId));
}
} // namespace

CountersJob::CountersJob(HubSpotClient *client, const QString &objectId)
    : ApiJob(client)
    , m_objectId(objectId)
{ }

void CountersJob::begin()
{
    sendGet(client()->eventsUrl(u"/participations/" + idSegment(m_objectId)));
}

void CountersJob::onSuccess(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        finishWith(ApiError::parse(QStringLiteral("counters are not a JSON object")));
        return;
    }
    const QJsonObject o = doc.object();
    m_counters.registered = o.value(u"registered").toInt();
    m_counters.attended = o.value(u"attended").toInt();
    m_counters.cancelled = o.value(u"cancelled").toInt();
    m_counters.noShows = o.value(u"noShows").toInt();
    finishWith();
}

BreakdownJob::BreakdownJob(HubSpotClient *client, const QString &objectId, const QString &email)
    : ApiJob(client)
    , m_objectId(objectId)
    , m_email(email)
{ }

void BreakdownJob::begin()
{
    QUrlQuery query;
    // A "+" in a query reads as a space to many servers; plus addressing is common in emails.
    query.addQueryItem(
        QStringLiteral("contactIdentifier"), QString(m_email).replace(u'+', QStringLiteral("%2B")));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    sendGet(
        client()->eventsUrl(u"/participations/" + idSegment(m_objectId) + u"/breakdown", query));
}

void BreakdownJob::onSuccess(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(u"results").isArray()) {
        finishWith(ApiError::parse(QStringLiteral("breakdown without results")));
        return;
    }
    for (const QJsonValue &v : doc.object().value(u"results").toArray()) {
        const QJsonObject r = v.toObject();
        const QJsonObject props = r.value(u"properties").toObject();
        const QJsonObject contact
            = r.value(u"associations").toObject().value(u"contact").toObject();
        Participation p;
        p.email = contact.value(u"email").toString();
        const QJsonValue id = contact.value(u"contactId");
        p.contactId = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
        p.state = props.value(u"attendanceState").toString();
        p.occurredAt = qint64(props.value(u"occurredAt").toDouble());
        m_participations.append(p);
    }
    finishWith();
}

} // namespace attendance
