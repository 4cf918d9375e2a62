// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"
#include "Connection.h"
#include "EventLookup.h"
#include "InterruptWatcher.h"
#include "JournalOptions.h"
#include "mapping/ImportPlan.h"
#include "pipeline/ImportPipeline.h"

#include <QObject>
#include <memory>
#include <optional>

class QIODevice;

namespace attendance {
class SendEngine;
} // namespace attendance

namespace attendance::cli {

/// import FILE: checks the event exists, sends the plan with SendEngine, prints and writes the
/// results. With --journal PATH each settled batch is recorded there first; with --resume the plan
/// and the outcomes so far come from that journal instead of FILE. A refused token (401) stops
/// the run (exit 3) rather than waiting for a new one: there is nobody to ask.
/// Everything after prepare() is driven by signals from the application's event loop.
class ImportCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportCommand)

public:
    explicit ImportCommand(const CommandLine &commandLine, QObject *parent = nullptr);
    ~ImportCommand() override;

    /// Checks the options, reads the file and opens the session; an exit code when the command
    /// cannot start (nothing has been sent then).
    std::optional<int> prepare(QIODevice *input);
    /// Looks the event up, then sends; finished() follows from the event loop.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool checkOptions(QString *error);
    bool checkEventAndState(QString *error);
    bool checkInteractionTime(QString *error);
    bool loadPlan(QString *error);
    bool openJournal(QString *error);
    void announce();
    QString eventLabel() const;
    void onEventChecked();
    void onProgress(int done, int total);
    void onWaiting(int ms, const QString &reason);
    void onInterrupted();
    void onInterruptedAgain();
    void onTokenRejected();
    void onEngineFinished();
    void explainResume() const;
    int exitCode(bool resultsWritten) const;

    CommandLine m_commandLine;
    /// --event, --state, --interaction-time; the journal's on --resume; the event's name.
    RunSettings m_run;
    int m_batchSize = 100;
    bool m_showProgress = false;
    ImportPlan m_plan;
    std::optional<SheetChoice> m_sheetChoice; ///< Set when --sheet named none of several.
    /// Set with --journal; on --resume it also supplies the plan and the earlier outcomes.
    std::unique_ptr<JournalOptions> m_journal;
    Connection m_connection;
    InterruptWatcher m_interrupts;
    std::unique_ptr<SendEngine> m_engine;
    std::unique_ptr<EventLookup> m_lookup;
    /// For rows without a date: nullopt = the time of sending; see --interaction-time.
    bool m_interactionAtEventStart = false;
    bool m_eventCancelled = false; ///< HubSpot marks the event as cancelled.
    int m_lastDone = -1;
    bool m_interrupted = false;
    bool m_tokenRefused = false;
};

} // namespace attendance::cli
