// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventsCommand.h"

#include "Console.h"
#include "ExitCode.h"
#include "JsonOutput.h"
#include "TerminalText.h"
#include "hubspot/EventJobs.h"
#include "hubspot/HubSpotClient.h"

using namespace Qt::StringLiterals;

namespace attendance::cli {

namespace {

QString startText(const MarketingEvent &event)
{
    return event.startDateTime.isValid()
        ? event.startDateTime.toLocalTime().toString(u"yyyy-MM-dd HH:mm")
        : u"-"_s;
}

QString nameText(const MarketingEvent &event)
{
    if (event.cancelled)
        return event.eventName + u" (cancelled)"_s;
    if (event.completed)
        return event.eventName + u" (completed)"_s;
    return event.eventName;
}

/// Aligned columns, name last so long names do not push anything off screen. One entry per line,
/// so a line break in an event's name cannot start a line of its own.
QStringList table(const QList<MarketingEvent> &events)
{
    QList<QStringList> rows {{u"ID"_s, u"START"_s, u"TYPE"_s, u"NAME"_s}};
    for (const MarketingEvent &e : events)
        rows.append({TerminalText::field(e.objectId), startText(e),
            e.eventType.isEmpty() ? u"-"_s : TerminalText::field(e.eventType), nameText(e)});
    QList<qsizetype> widths(3, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int c = 0; c < 3; ++c)
            widths[c] = std::max(widths.at(c), row.at(c).size());
    }
    QStringList lines;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int c = 0; c < 3; ++c)
            line += row.at(c).leftJustified(widths.at(c)) + u"  "_s;
        lines << line + row.at(3);
    }
    return lines;
}

} // namespace

EventsCommand::EventsCommand(const CommandLine &commandLine, QObject *parent)
    : QObject(parent)
    , m_commandLine(commandLine)
{ }

std::optional<int> EventsCommand::prepare(QIODevice *input)
{
    QString error;
    if (!m_connection.open(m_commandLine.global, input, &error)) {
        Console::err(error);
        return ExitUsage;
    }
    return std::nullopt;
}

void EventsCommand::start()
{
    ListEventsJob *job = m_connection.client()->listEvents();
    connect(job, &ApiJob::finished, this, [this, job] { onListed(job); });
    job->start();
}

void EventsCommand::onListed(ListEventsJob *job)
{
    if (job->error().isError()) {
        Console::err(job->error().userMessage());
        Q_EMIT finished(exitCodeFor(job->error()));
        return;
    }
    if (m_commandLine.json)
        Console::outBytes(JsonOutput::toText(JsonOutput::events(job->events())));
    else if (job->events().isEmpty())
        Console::out(u"No marketing events in this HubSpot account."_s);
    else
        Console::out(table(job->events()));
    Q_EMIT finished(ExitOk);
}

} // namespace attendance::cli
