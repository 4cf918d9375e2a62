// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonOutput.h"

#include "TerminalText.h"
#include "mapping/ColumnTarget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace attendance::cli {

namespace {

/// Contact ids are int64 (real ones exceed 2^32). QJsonValue keeps a qint64 as an integer and
/// writes every digit, where a double would risk an exponent.
QJsonValue idOrNull(qint64 id)
{
    return id != 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

/// {"attend": n, "register": n, "cancel": n}
QJsonObject byState(const StateCounts &counts)
{
    return QJsonObject {
        {u"attend"_s, counts.at(size_t(SubscriberState::Attend))},
        {u"register"_s, counts.at(size_t(SubscriberState::Register))},
        {u"cancel"_s, counts.at(size_t(SubscriberState::Cancel))},
    };
}

QJsonValue statusOrNull(int httpStatus)
{
    return httpStatus != 0 ? QJsonValue(httpStatus) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

/// Header -> target. Two columns with the same header text would collide as JSON keys, so the
/// later one is told apart by its column letter.
QJsonObject mapping(const ImportPlan &plan)
{
    QJsonObject object;
    for (qsizetype c = 0; c < plan.headers.size(); ++c) {
        QString key = plan.headers.at(c);
        if (object.contains(key))
            key = u"%1 (%2)"_s.arg(key, columnLetters(int(c)));
        const ColumnTarget target = plan.mapping.columns.value(c);
        object.insert(key, target.toString());
    }
    return object;
}

QString dateOrderName(ImportOptions::DateOrder order)
{
    switch (order) {
    case ImportOptions::DateOrder::Auto:
        return u"auto"_s;
    case ImportOptions::DateOrder::DayFirst:
        return u"day-first"_s;
    case ImportOptions::DateOrder::MonthFirst:
        return u"month-first"_s;
    }
    return {};
}

/// {"chosen", "reason", "others"}: which sheet was read when --sheet named none, and why.
QJsonValue sheetChoice(const std::optional<SheetChoice> &chosen)
{
    if (!chosen)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject {
        {u"chosen"_s, chosen->name},
        {u"reason"_s, chosen->holdsEmails ? u"email-column"_s : u"first-sheet"_s},
        {u"others"_s, QJsonArray::fromStringList(chosen->others)},
    };
}

} // namespace

QJsonObject JsonOutput::plan(
    const ImportPlan &plan, bool summaryOnly, const std::optional<SheetChoice> &chosen)
{
    QJsonObject object {
        {u"file"_s, plan.file},
        {u"sheet"_s, plan.sheet},
        {u"sheetChoice"_s, sheetChoice(chosen)},
        {u"headerRow"_s, plan.headerRow},
        {u"totalRows"_s, plan.totalRows},
        {u"tableEnd"_s,
            plan.tableEndRow > 0 ? QJsonValue(QJsonObject {{u"row"_s, plan.tableEndRow},
                {u"nextTitle"_s, plan.nextTableTitle}, {u"rowsNotRead"_s, plan.rowsAfterTable}})
                                 : QJsonValue(QJsonValue::Null)},
        {u"mojibake"_s,
            plan.mojibakeRow > 0 ? QJsonValue(
                QJsonObject {{u"row"_s, plan.mojibakeRow}, {u"value"_s, plan.mojibakeValue}})
                                 : QJsonValue(QJsonValue::Null)},
        {u"mapping"_s, mapping(plan)},
        {u"dateOrder"_s,
            QJsonObject {{u"used"_s, dateOrderName(plan.dateOrderUsed)},
                {u"ambiguous"_s, plan.dateOrderAmbiguous}}},
    };
    if (std::any_of(plan.attendees.cbegin(), plan.attendees.cend(),
            [](const Attendee &a) { return a.state.has_value(); })) // by status
        object.insert(u"attendeesByState"_s,
            byState(countByState(plan.attendees, SubscriberState::ByStatus)));
    if (summaryOnly) {
        // The counts: a summary's plan may hold no rows (PlanDetail::CountsOnly).
        object.insert(u"valid"_s, int(plan.counts.attendees));
        object.insert(u"invalidCount"_s, int(plan.counts.invalid));
        object.insert(u"duplicateCount"_s, int(plan.counts.duplicates));
        object.insert(u"mergedCount"_s, int(plan.counts.merged));
        object.insert(u"skippedCount"_s, int(plan.counts.skipped));
        object.insert(u"repairedCount"_s, int(plan.counts.repaired));
        return object;
    }
    QJsonArray attendees;
    for (const Attendee &a : plan.attendees) {
        QJsonObject attendee {
            {u"row"_s, a.row},
            {u"email"_s, a.email},
            {u"interactionDateTime"_s,
                a.interactionDateTime ? QJsonValue(*a.interactionDateTime)
                                      : QJsonValue(QJsonValue::Null)},
            {u"contactProperties"_s, a.contactProperties.toJson()},
            {u"properties"_s, a.properties.toJson()},
        };
        if (a.state) // by status: the row's own
            attendee.insert(u"state"_s, toApiString(*a.state));
        attendees.append(attendee);
    }
    QJsonArray invalid;
    for (const InvalidRow &r : plan.invalid)
        invalid.append(
            QJsonObject {{u"row"_s, r.row}, {u"value"_s, r.value}, {u"reason"_s, r.reason}});
    QJsonArray duplicates;
    for (const DuplicateRow &d : plan.duplicates)
        duplicates.append(QJsonObject {{u"row"_s, d.row}, {u"email"_s, d.email},
            {u"firstRow"_s, d.firstRow}, {u"merged"_s, d.merged}});
    QJsonArray skipped;
    for (const SkippedRow &r : plan.skipped)
        skipped.append(
            QJsonObject {{u"row"_s, r.row}, {u"email"_s, r.email}, {u"reason"_s, r.reason}});
    QJsonArray repaired;
    for (const RepairedRow &r : plan.repaired)
        repaired.append(
            QJsonObject {{u"row"_s, r.row}, {u"original"_s, r.original}, {u"email"_s, r.email}});
    object.insert(u"attendees"_s, attendees);
    object.insert(u"invalid"_s, invalid);
    object.insert(u"duplicates"_s, duplicates);
    object.insert(u"skipped"_s, skipped);
    object.insert(u"repaired"_s, repaired);
    return object;
}

QJsonObject JsonOutput::events(const QList<MarketingEvent> &events)
{
    QJsonArray list;
    for (const MarketingEvent &e : events) {
        // HubSpot's own object, so fields this version does not model still reach scripts; the
        // documented keys are always present, null when HubSpot left them out.
        QJsonObject object = e.raw;
        object.insert(u"objectId"_s, e.objectId);
        object.insert(u"eventName"_s, e.eventName);
        if (!object.contains(u"eventType"))
            object.insert(u"eventType"_s, textOrNull(e.eventType));
        if (!object.contains(u"startDateTime"))
            object.insert(u"startDateTime"_s, dateOrNull(e.startDateTime));
        if (!object.contains(u"endDateTime"))
            object.insert(u"endDateTime"_s, dateOrNull(e.endDateTime));
        list.append(object);
    }
    return QJsonObject {{u"events"_s, list}};
}

QJsonObject JsonOutput::run(const QString &eventId, SubscriberState state,
    const QList<RowResult> &results, const RunSummary &summary, const ApiError &stopError,
    const std::optional<SheetChoice> &chosen)
{
    QJsonArray rows;
    for (const RowResult &r : results) {
        QJsonValue error(QJsonValue::Null);
        if (!r.error.isEmpty()) {
            error = QJsonObject {
                {u"category"_s, r.error.category},
                {u"message"_s, r.error.message},
                {u"httpStatus"_s, statusOrNull(r.error.httpStatus)},
                {u"correlationId"_s, textOrNull(r.error.correlationId)},
            };
        }
        rows.append(QJsonObject {
            {u"row"_s, r.row},
            {u"email"_s, r.email},
            {u"status"_s, toApiString(r.status)},
            {u"state"_s, r.state ? QJsonValue(toApiString(*r.state)) : QJsonValue()},
            {u"vid"_s, idOrNull(r.vid)},
            {u"error"_s, error},
        });
    }
    QJsonValue stopped(QJsonValue::Null);
    if (stopError.isError()) {
        stopped = QJsonObject {
            {u"category"_s, stopError.categoryOrKind()},
            {u"message"_s, stopError.userMessage()},
            {u"httpStatus"_s, statusOrNull(stopError.httpStatus)},
        };
    }
    return QJsonObject {
        {u"event"_s, eventId},
        {u"state"_s, toApiString(state)},
        {u"succeededByState"_s, byState(countByState(results, RowStatus::Succeeded))},
        {u"succeeded"_s, summary.succeeded},
        {u"failed"_s, summary.failed},
        {u"skipped"_s, summary.skipped},
        {u"requests"_s, summary.requests},
        {u"stoppedBecause"_s, stopped},
        {u"sheetChoice"_s, sheetChoice(chosen)},
        {u"results"_s, rows},
    };
}

QByteArray JsonOutput::toText(const QJsonObject &object)
{
    return TerminalText::printableJson(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace attendance::cli
