// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "Console.h"
#include "ExitCode.h"
#include "ImportReport.h"
#include "JsonOutput.h"
#include "PlanLoader.h"
#include "hubspot/ApiConfig.h"
#include "hubspot/HubSpotClient.h"
#include "results/ResultsExporter.h"
#include "sending/SendEngine.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace attendance::cli {

namespace {

bool isObjectId(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

/// Checked before sending so a run never ends with results that cannot be saved.
bool resultsPathUsable(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = u"--results: '%1' is a folder; give a file name such as results.csv."_s.arg(path);
        return false;
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir() || !folder.isWritable()) {
        *error = u"--results: cannot write in the folder '%1'."_s.arg(
            QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    return true;
}

} // namespace

ImportCommand::ImportCommand(const CommandLine &commandLine, QObject *parent)
    : QObject(parent)
    , m_commandLine(commandLine)
{ }

ImportCommand::~ImportCommand() = default;

bool ImportCommand::checkOptions(QString *error)
{
    const CommandLine &c = m_commandLine;
    if (c.resume && c.journalPath.isEmpty()) {
        *error = u"--resume needs --journal PATH: the journal of the import to continue."_s;
        return false;
    }
    if (!checkEventAndState(error))
        return false;
    if (!c.batchSize.isEmpty()) {
        bool ok = false;
        m_batchSize = c.batchSize.trimmed().toInt(&ok);
        if (!ok || m_batchSize < 1 || m_batchSize > 1000) {
            *error = u"--batch-size takes a number from 1 to 1000, not '%1'."_s.arg(c.batchSize);
            return false;
        }
    }
    if (!c.resultsPath.isEmpty() && !resultsPathUsable(c.resultsPath, error))
        return false;
    if (c.resume)
        return true; // the interaction time is the journal's; JournalOptions refuses another
    return checkInteractionTime(error);
}

bool ImportCommand::checkEventAndState(QString *error)
{
    const CommandLine &c = m_commandLine;
    // A resume takes both from the journal; given anyway, they must be valid (and agree).
    if (c.event.isEmpty() && !c.resume) {
        *error
            = u"import needs --event OBJECT_ID; list the events and their ids with the events command."_s;
        return false;
    }
    if (!c.event.isEmpty() && !isObjectId(c.event.trimmed())) {
        *error = u"--event takes the event's objectId, a number such as 412934701 (see the events "
                 "command), not '%1'."_s.arg(c.event);
        return false;
    }
    m_run.eventId = c.event.trimmed();
    if (c.state.isEmpty() && !c.resume) {
        *error = u"import needs --state register, attend, cancel or by-status."_s;
        return false;
    }
    if (!c.state.isEmpty()) {
        const std::optional<SubscriberState> state = subscriberStateFromString(c.state);
        if (!state) {
            *error
                = u"--state takes register, attend, cancel or by-status, not '%1'."_s.arg(c.state);
            return false;
        }
        m_run.state = *state;
    }
    return true;
}

bool ImportCommand::checkInteractionTime(QString *error)
{
    const QString when = m_commandLine.interactionTime.trimmed();
    if (when.isEmpty() || when.compare(u"now", Qt::CaseInsensitive) == 0)
        return true;
    if (when.compare(u"event-start", Qt::CaseInsensitive) == 0) {
        m_interactionAtEventStart = true;
        return true;
    }
    QDateTime at = QDateTime::fromString(when, Qt::ISODateWithMs);
    if (!at.isValid()) {
        *error = u"--interaction-time takes now, event-start or a date and time in ISO 8601 "
                 "such as 2026-12-01T17:00 or 2026-12-01T17:00:00+01:00; not '%1'."_s.arg(when);
        return false;
    }
    // Without an offset the time is a wall time, read in --timezone like the file's dates.
    if (at.timeSpec() == Qt::LocalTime) {
        ImportOptions zone;
        if (!PlanLoader::toImportOptions(m_commandLine.sheet, &zone, error))
            return false;
        at = QDateTime(at.date(), at.time(), zone.timeZone);
    }
    m_run.interactionTime = at.toMSecsSinceEpoch();
    return true;
}

std::optional<int> ImportCommand::prepare(QIODevice *input)
{
    QString error;
    if (!checkOptions(&error) || !loadPlan(&error)) {
        Console::err(error);
        return ExitUsage;
    }
    if (!m_connection.open(m_commandLine.global, input, &error)) {
        Console::err(error);
        return ExitUsage;
    }
    m_showProgress = m_commandLine.progress || Console::stderrIsTerminal();
    return std::nullopt;
}

bool ImportCommand::loadPlan(QString *error)
{
    if (!m_commandLine.journalPath.isEmpty()) {
        m_journal = std::make_unique<JournalOptions>();
        if (!m_journal->prepare(m_commandLine, error))
            return false;
    }
    if (m_journal && m_journal->isResume()) {
        const JournalContents &previous = m_journal->previous();
        m_plan = previous.plan;
        m_run = ImportPipeline::resumedSettings(previous.header);
        if (m_commandLine.existingContactsOnly && !m_run.existingContactsOnly) {
            *error = u"--resume sends the rows as the journal recorded them, and that import "
                     "records everyone, contacts or not; leave out --existing-contacts-only, or "
                     "start a new import."_s;
            return false;
        }
        return true;
    }
    // The journal's header keeps the file's SHA-256, so a resume can tell it is the same file.
    if (!PlanLoader::load(m_commandLine.sheet, &m_plan, error, m_journal != nullptr,
            PlanDetail::Rows, &m_sheetChoice))
        return false;
    if (m_sheetChoice && m_sheetChoice->worthTelling())
        Console::err(PlanLoader::describeChoice(*m_sheetChoice));
    m_run.existingContactsOnly = m_commandLine.existingContactsOnly;
    bool droppedTimes = false;
    m_plan = ImportPipeline::planToSend(m_plan, m_run.state, &droppedTimes);
    if (droppedTimes)
        Console::err(m_run.state == SubscriberState::ByStatus
                ? u"Note: join and leave times are only recorded for rows that go as attend; "
                  "they are not sent with the others."_s
                : u"Note: join and leave times are only recorded with --state attend; they are not "
                  "sent."_s);
    return true;
}

void ImportCommand::start()
{
    m_interrupts.install();
    connect(&m_interrupts, &InterruptWatcher::interrupted, this, &ImportCommand::onInterrupted);
    connect(&m_interrupts, &InterruptWatcher::interruptedAgain, this,
        &ImportCommand::onInterruptedAgain);

    // Looking the event up first turns a wrong --event into a clear message before anything is
    // sent.
    m_lookup = std::make_unique<EventLookup>(m_connection.client());
    connect(m_lookup.get(), &EventLookup::waiting, this, &ImportCommand::onWaiting);
    connect(m_lookup.get(), &EventLookup::finished, this, &ImportCommand::onEventChecked);
    m_lookup->start(m_run.eventId);
}

void ImportCommand::onEventChecked()
{
    const ApiError &error = m_lookup->error();
    if (error.kind == ApiError::Kind::NotFound) {
        Console::err(u"No marketing event with id %1 in this account. List the events with: "
                     "attendance-importer-cli events"_s.arg(m_run.eventId));
        Q_EMIT finished(ExitUsage);
        return;
    }
    if (error.kind == ApiError::Kind::Cancelled) {
        Console::err(u"Interrupted; nothing was sent."_s);
        Q_EMIT finished(ExitRowsFailed);
        return;
    }
    if (error.isError()) {
        Console::err(error.userMessage());
        Q_EMIT finished(exitCodeFor(error));
        return;
    }

    const MarketingEvent &event = m_lookup->marketingEvent();
    m_run.eventName = event.eventName;
    if (m_interactionAtEventStart) {
        if (!event.startDateTime.isValid()) {
            Console::err(
                u"--interaction-time event-start: the event \"%1\" has no start time "
                "in HubSpot; use now or a date and time. Nothing was sent."_s.arg(m_run.eventName));
            Q_EMIT finished(ExitUsage);
            return;
        }
        m_run.interactionTime = event.startDateTime.toMSecsSinceEpoch();
    }
    const bool resuming = m_journal && m_journal->isResume();
    if (event.cancelled && m_run.state != SubscriberState::Cancel && !resuming
        && !m_commandLine.allowCancelledEvent) {
        // A wrong event id is the likely cause; recording attendance on a cancelled event is
        // wrong data in the CRM.
        Console::err(
            u"\"%1\" (%2) is cancelled in HubSpot: people are rarely registered for, or attend, "
            "a cancelled event. Nothing was sent. Check the event id (see the events command), "
            "or add --allow-cancelled-event if this is really what you want."_s.arg(
                m_run.eventName, m_run.eventId));
        Q_EMIT finished(ExitUsage);
        return;
    }
    m_eventCancelled = event.cancelled;
    if (event.cancelled)
        Console::err(u"Note: \"%1\" is marked as cancelled in HubSpot."_s.arg(m_run.eventName));

    QString journalError;
    if (m_journal && !openJournal(&journalError)) {
        Console::err(journalError + u" Nothing was sent."_s);
        Q_EMIT finished(ExitUsage);
        return;
    }
    announce();

    m_engine = std::make_unique<SendEngine>(m_connection.client());
    SendEngine::Options options = m_engine->options();
    options.batchSize = m_batchSize;
    options.existingContactsOnly = m_run.existingContactsOnly;
    m_engine->setOptions(options);
    m_engine->setDefaultInteractionTime(m_run.interactionTime);
    if (m_journal)
        m_engine->setJournal(m_journal->journal());
    connect(m_engine.get(), &SendEngine::progressChanged, this, &ImportCommand::onProgress);
    connect(m_engine.get(), &SendEngine::waiting, this, &ImportCommand::onWaiting);
    // Queued: the engine emits it from inside its error handling; stop it from the event loop.
    connect(m_engine.get(), &SendEngine::tokenRejected, this, &ImportCommand::onTokenRejected,
        Qt::QueuedConnection);
    connect(m_engine.get(), &SendEngine::finished, this, &ImportCommand::onEngineFinished);
    const bool resume = m_journal && m_journal->isResume();
    m_engine->start(m_run.eventId, m_run.state, m_plan,
        resume ? m_journal->previous().results : QList<RowResult> {});
}

bool ImportCommand::openJournal(QString *error)
{
    JournalHeader header;
    if (!m_journal->isResume()) {
        m_run.apiVersion = toString(m_connection.client()->config().version);
        // Fixes the interaction time now, not in the engine: a resume records the rest at it.
        header = ImportPipeline::journalHeader(&m_run, m_plan);
    }
    return m_journal->open(header, m_plan, error);
}

/// The event's name as messages and exports show it: every summary says "(cancelled)" when it
/// is (the journal keeps the name itself).
QString ImportCommand::eventLabel() const
{
    return m_eventCancelled ? m_run.eventName + u" (cancelled)"_s : m_run.eventName;
}

void ImportCommand::announce()
{
    if (!m_showProgress && m_commandLine.json)
        return;
    if (m_run.existingContactsOnly)
        Console::err(u"Only people who are already contacts in HubSpot are recorded: each "
                     "email is looked up first, and the others are skipped, not created."_s);
    if (m_journal && m_journal->isResume()) {
        const JournalContents &previous = m_journal->previous();
        Console::err(
            u"Resuming the import started %1: %2 of %3 attendees still to send to "
            "\"%4\" (%5) as %6."_s.arg(previous.header.createdAt.toUTC().toString(Qt::ISODate))
                .arg(previous.resendableCount())
                .arg(m_plan.attendees.size())
                .arg(eventLabel(), m_run.eventId, toApiString(m_run.state)));
        return;
    }
    if (m_run.state == SubscriberState::ByStatus) {
        Console::err(
            u"Sending %1 attendees to \"%2\" (%3) by each row's status: %4."_s
                .arg(m_plan.attendees.size())
                .arg(eventLabel(), m_run.eventId,
                    ImportReport::stateCounts(countByState(m_plan.attendees, m_run.state))));
        return;
    }
    Console::err(u"Sending %1 attendees to \"%2\" (%3) as %4."_s.arg(m_plan.attendees.size())
                     .arg(eventLabel(), m_run.eventId, toApiString(m_run.state)));
}

void ImportCommand::onProgress(int done, int total)
{
    if (!m_showProgress || done == m_lastDone)
        return;
    m_lastDone = done;
    Console::err(u"Sent %1 of %2 rows"_s.arg(done).arg(total));
}

void ImportCommand::onWaiting(int ms, const QString &reason)
{
    if (m_showProgress)
        Console::err(u"Waiting %1 s: %2"_s.arg((ms + 999) / 1000).arg(reason));
}

void ImportCommand::onInterrupted()
{
    m_interrupted = true;
    if (m_lookup && m_lookup->isRunning()) {
        m_lookup->abort();
        return;
    }
    if (!m_engine || !m_engine->isRunning())
        return;
    m_engine->cancel();
    // Still running: requests are in flight, and a hung one may take the whole --timeout.
    if (m_engine->isRunning())
        Console::err(u"Interrupted: no new request is sent; waiting for HubSpot to answer the "
                     "requests already sent. Press Ctrl-C again to stop at once without waiting "
                     "(those rows are then not confirmed)."_s);
}

void ImportCommand::onInterruptedAgain()
{
    // A request can hang for the whole --timeout; nobody should have to wait that out.
    if (!m_engine || !m_engine->isRunning())
        return;
    Console::err(u"Second Ctrl-C: stopping now, without HubSpot's answers to the requests "
                 "already sent. HubSpot may or may not have recorded their rows; they are listed "
                 "as not confirmed, to be sent again."_s);
    m_engine->abort();
}

void ImportCommand::onTokenRejected()
{
    // A terminal has nobody to paste a new token into a running import; the journal lets the
    // next run continue with one.
    if (m_tokenRefused || !m_engine || m_engine->state() != SendEngine::State::WaitingForToken)
        return;
    m_tokenRefused = true;
    m_engine->stop(m_engine->stopError());
}

int ImportCommand::exitCode(bool resultsWritten) const
{
    const ApiError &stop = m_engine->stopError();
    if (stop.isError())
        return exitCodeFor(stop);
    if (m_interrupted || m_engine->summary().failed > 0 || !resultsWritten)
        return ExitRowsFailed;
    return ExitOk;
}

void ImportCommand::explainResume() const
{
    const ApiError &stop = m_engine->stopError();
    const bool tokenRefused = stop.kind == ApiError::Kind::Authentication;
    if (m_journal && (stop.isError() || m_engine->wasCancelled()))
        Console::err(m_journal->resumeAdvice(tokenRefused));
    else if (tokenRefused)
        Console::err(
            u"HubSpot refused the token (401): run the import again with a new token. "
            "With --journal PATH, an import that stops can be resumed where it stopped."_s);
}

void ImportCommand::onEngineFinished()
{
    const QList<RowResult> &results = m_engine->results();
    const RunSummary summary = m_engine->summary();
    const ApiError &stop = m_engine->stopError();
    if (stop.isError())
        Console::err(u"The run stopped: "_s + stop.userMessage());
    if (m_journal)
        m_journal->journal()->close();
    explainResume();

    bool resultsWritten = true;
    if (!m_commandLine.resultsPath.isEmpty()) {
        const ResultsExporter::Context context {
            m_run.eventId, eventLabel(), toApiString(m_run.state)};
        QString error;
        resultsWritten
            = ResultsExporter::writeCsv(m_commandLine.resultsPath, results, context, &error);
        Console::err(resultsWritten ? u"Results written to %1"_s.arg(
                         QDir::toNativeSeparators(m_commandLine.resultsPath))
                                    : error);
    }

    if (m_commandLine.json) {
        Console::outBytes(JsonOutput::toText(
            JsonOutput::run(m_run.eventId, m_run.state, results, summary, stop, m_sheetChoice)));
    } else {
        Console::out(
            ImportReport::text(results, summary, m_run.state == SubscriberState::ByStatus));
    }
    Q_EMIT finished(exitCode(resultsWritten));
}

} // namespace attendance::cli
