// SPDX-License-Identifier: GPL-3.0-or-later
#include "BreakdownRoute.h"

#include "ErrorBodies.h"
#include "SimulatorRouter.h"
#include "SimulatorState.h"
#include "StableHash.h"

#include <QJsonArray>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace attendance::sim {

namespace {

constexpr int kDefaultLimit = 10;
constexpr int kMaxLimit = 100;

QString stateName(Participation state)
{
    switch (state) {
    case Participation::Registered:
        return u"REGISTERED"_s;
    case Participation::Attended:
        return u"ATTENDED"_s;
    case Participation::Cancelled:
        return u"CANCELLED"_s;
    }
    return {};
}

// Opaque to clients: the base64url of the sequence number of the last entry served.
QString encodeCursor(quint64 sequence)
{
    return QString::fromLatin1(QByteArray::number(sequence).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<quint64> decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    bool ok = false;
    const quint64 sequence = decoded.decoded.toULongLong(&ok);
    return ok ? std::optional<quint64>(sequence) : std::nullopt;
}

bool matchesContact(const ContactRecord *contact, qint64 contactId, const QString &identifier)
{
    // An email has an '@'; anything else must be the numeric contact id.
    if (identifier.contains(u'@'))
        return contact && contact->email.compare(identifier, Qt::CaseInsensitive) == 0;
    bool ok = false;
    const qint64 id = identifier.toLongLong(&ok);
    return ok && id == contactId;
}

} // namespace

BreakdownRoute::BreakdownRoute(const SimulatorState &state)
    : m_state(state)
{ }

SimulatorResponse BreakdownRoute::handle(
    const RouteContext &context, const QString &marketingEventId) const
{
    const EventRecord *event = m_state.event(marketingEventId);
    if (!event)
        return ErrorBodies::eventNotFound(marketingEventId, context.correlationId);

    const QUrlQuery &query = context.request.query;
    int limit = kDefaultLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            return ErrorBodies::validation(
                u"Invalid input: limit must be an integer between 1 and %1"_s.arg(kMaxLimit),
                context.correlationId, u"limit"_s);
    }

    const QString state = query.queryItemValue(u"state"_s);
    static const QStringList states {u"REGISTERED"_s, u"ATTENDED"_s, u"CANCELLED"_s, u"NO_SHOW"_s};
    if (query.hasQueryItem(u"state"_s) && !states.contains(state))
        return ErrorBodies::validation(
            u"Invalid input: state must be one of REGISTERED, ATTENDED, CANCELLED, NO_SHOW; "
            "got '%1'"_s.arg(state),
            context.correlationId, u"state"_s);

    quint64 after = 0;
    if (query.hasQueryItem(u"after"_s)) {
        const std::optional<quint64> cursor = decodeCursor(query.queryItemValue(u"after"_s));
        if (!cursor)
            return ErrorBodies::validation(u"Invalid input: after is not a valid paging cursor"_s,
                context.correlationId, u"after"_s);
        after = *cursor;
    }

    // Fully decoded: clients may percent-encode the '@' and '+' of an email.
    const QString identifier
        = query.queryItemValue(u"contactIdentifier"_s, QUrl::FullyDecoded).trimmed();
    QList<ParticipationRecord> matches;
    const QList<ParticipationRecord> records = m_state.participations(marketingEventId);
    for (const ParticipationRecord &record : records) {
        // The simulator never derives no-shows, so NO_SHOW matches nothing.
        if (!state.isEmpty() && stateName(record.latest.state) != state)
            continue;
        const qint64 contactId = record.latest.contactId;
        if (!identifier.isEmpty()
            && !matchesContact(m_state.contact(contactId), contactId, identifier))
            continue;
        matches.append(record);
    }

    const auto start = std::find_if(matches.cbegin(), matches.cend(),
        [after](const ParticipationRecord &record) { return record.sequence > after; });
    const auto end = matches.cend() - start > limit ? start + limit : matches.cend();
    QJsonArray results;
    for (auto it = start; it != end; ++it)
        results.append(entryJson(*event, *it));

    QJsonObject body {{u"total"_s, matches.size()}, {u"results"_s, results}};
    if (end != matches.cend()) {
        const QString cursor = encodeCursor((end - 1)->sequence);
        QUrl link = context.baseUrl;
        link.setPath(context.request.path);
        QUrlQuery linkQuery = query;
        linkQuery.removeAllQueryItems(u"after"_s);
        linkQuery.addQueryItem(u"after"_s, cursor);
        link.setQuery(linkQuery);
        body.insert(u"paging"_s,
            QJsonObject {
                {u"next"_s, QJsonObject {{u"after"_s, cursor}, {u"link"_s, link.toString()}}}});
    }
    return {200, body, {}};
}

QJsonObject BreakdownRoute::entryJson(
    const EventRecord &event, const ParticipationRecord &record) const
{
    const ParticipationChange &latest = record.latest;
    const qint64 duration = latest.durationSeconds.value_or(0);
    // Of the event's scheduled length, when both ends are known.
    QString percentage = u"0"_s;
    const qint64 length = event.event.startDateTime.isValid() && event.event.endDateTime.isValid()
        ? event.event.startDateTime.secsTo(event.event.endDateTime)
        : 0;
    if (duration > 0 && length > 0)
        percentage = QString::number(std::min<qint64>(100, (duration * 100 + length / 2) / length));

    QJsonObject contact {
        {u"contactId"_s, QString::number(latest.contactId)},
    };
    if (const ContactRecord *record = m_state.contact(latest.contactId)) {
        contact.insert(u"email"_s, record->email);
        // Unknown names are left out, as HubSpot omits empty properties.
        if (!record->firstname.isEmpty())
            contact.insert(u"firstname"_s, record->firstname);
        if (!record->lastname.isEmpty())
            contact.insert(u"lastname"_s, record->lastname);
    }

    // A made-up, stable participation id: the same event and contact always give the same one.
    const QByteArray key
        = event.event.objectId.toUtf8() + ':' + QByteArray::number(latest.contactId);
    return QJsonObject {
        {u"id"_s, QString::number(stableHash(key) % 900'000'000'000ULL + 100'000'000'000ULL)},
        {u"createdAt"_s, record.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"properties"_s,
            QJsonObject {
                {u"attendanceState"_s, stateName(latest.state)},
                {u"occurredAt"_s, latest.occurredAt},
                {u"attendanceDurationSeconds"_s, duration},
                {u"attendancePercentage"_s, percentage},
            }},
        {u"associations"_s,
            QJsonObject {
                {u"contact"_s, contact},
                {u"marketingEvent"_s,
                    QJsonObject {
                        {u"marketingEventId"_s, event.event.objectId},
                        {u"name"_s, event.event.eventName},
                    }},
            }},
    };
}

} // namespace attendance::sim
