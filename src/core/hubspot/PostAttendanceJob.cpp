// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubspot/PostAttendanceJob.h"

#include "hubspot/HubSpotClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attendance {

PostAttendanceJob::PostAttendanceJob(HubSpotClient *client, const QString &objectId,
    SubscriberState state, const QList<Attendee> &inputs, qint64 defaultInteractionMs)
    : ApiJob(client)
    , m_objectId(objectId)
    , m_state(state)
    , m_body(requestBody(inputs, defaultInteractionMs))
{
    Q_ASSERT(state != SubscriberState::ByStatus); // a run's choice, never a state sent
    m_emails.reserve(inputs.size());
    for (const Attendee &a : inputs)
        m_emails.append(a.email);
}

QByteArray PostAttendanceJob::requestBody(
    const QList<Attendee> &inputs, qint64 defaultInteractionMs)
{
    QJsonArray array;
    for (const Attendee &a : inputs) {
        // Both maps are required by the current spec; send them even when empty (reference §3.1).
        array.append(QJsonObject {
            {QStringLiteral("email"), a.email},
            {QStringLiteral("interactionDateTime"),
                a.interactionDateTime.value_or(defaultInteractionMs)},
            {QStringLiteral("contactProperties"), a.contactProperties.toJson()},
            {QStringLiteral("properties"), a.properties.toJson()},
        });
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("inputs"), array}})
        .toJson(QJsonDocument::Compact);
}

void PostAttendanceJob::begin()
{
    const QString suffix = u'/' + QString::fromLatin1(QUrl::toPercentEncoding(m_objectId))
        + u"/attendance/" + toApiString(m_state) + u"/email-create";
    sendPost(client()->eventsUrl(suffix), m_body);
}

void PostAttendanceJob::onSuccess(const QByteArray &body)
{
    QString problem;
    if (!mapBatchResponse(m_emails, body, &m_outcomes, &problem)) {
        finishWith(ApiError::parse(problem));
        return;
    }
    finishWith();
}

} // namespace attendance
