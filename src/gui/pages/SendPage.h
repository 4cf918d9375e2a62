// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"
#include "hubspot/HubSpotClient.h" // ApiJob.h, via RunVerifier.h, needs the whole type
#include "mapping/ImportPlan.h"
#include "pipeline/ImportPipeline.h"
#include "results/RowResult.h"
#include "sending/RunJournal.h"
#include "sending/RunVerifier.h"
#include "sending/SendEngine.h"
#include "services/JournalKeeper.h"

#include <QDeadlineTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class SendPage;
}

namespace attendance {
class HubSpotClient;
class ResultsModel;
} // namespace attendance

namespace attendance::gui {

class ResultsFilterModel;
class Session;
class TokenRenewal;

/// Step 4: progress while sending (pause, resume, cancel, the waits HubSpot imposes, a new token
/// when HubSpot refuses the old one), then one result per spreadsheet row with the reason, the
/// export, "send failed rows again" and "verify in HubSpot". Each run against a HubSpot account
/// is journalled in RunJournal::defaultDirectory(), so an interrupted one can be continued.
/// Sending is asynchronous: the window stays responsive.
class SendPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendPage)

public:
    explicit SendPage(Session *session, QWidget *parent = nullptr);
    ~SendPage() override;

    /// Asks through Dialogs::confirm(); when the person agrees, starts sending the session's
    /// plan and returns true.
    bool confirmAndStart();
    /// Continues the unfinished run of @p journal with the session's connection: rows HubSpot
    /// confirmed keep their result and are not sent again. False when a run is going.
    bool resumeRun(const JournalContents &journal);
    bool isRunning() const;
    /// First call: stop after the requests on their way; second call: abort them.
    void cancel();
    void togglePause();

    /// Batch size and waits of the next runs (the screenshot tour uses small batches).
    void setEngineOptions(const SendEngine::Options &options) { m_options = options; }
    /// How long and how often "Verify in HubSpot" asks (tests shorten it).
    void setVerifierOptions(const RunVerifier::Options &options);
    /// The engine of the last run; null before the first. For tests.
    SendEngine *engine() const { return m_engine; }
    /// The journal of the current or last unfinished run; empty when none.
    const QString &journalPath() const { return m_journal.path(); }
    /// Every row of the file with its latest result (retries merged in).
    const QList<RowResult> &results() const { return m_allResults; }
    ResultsModel *resultsModel() const { return m_results; }

Q_SIGNALS:
    void runningChanged(bool running);
    void progressChanged(int done, int total);
    void newImportRequested();

private:
    enum class RunKind { Fresh, Retry, Resume };

    void start(const ImportPlan &plan, RunKind kind, const QList<RowResult> &previous = {});
    void ensureEngine();
    struct OpenedJournal
    {
        RunJournal *journal = nullptr;
        QString error;
        bool demo = false; ///< No journal on purpose.
        bool inUseElsewhere = false; ///< The run to continue is being sent by another import.
        SendEngine::Prepared prepared;
        ImportPlan plan; ///< What the run sends (shared, not copied).
        QList<RowResult> previous;
    };
    void prepareRun(const JournalHeader &header, const ImportPlan &plan, RunKind kind,
        const QList<RowResult> &previous);
    void startPrepared(OpenedJournal opened);
    void closeJournal();
    void onProgress(int done, int total);
    void onWaiting(int ms, const QString &reason, attendance::RetryDecision::WaitReason kind);
    void showWaiting();
    void onStateChanged(attendance::SendEngine::State state);
    void onTokenRejected();
    void onFinished();
    void exportResults();
    void sendFailedAgain();
    void verify();
    void setRunning(bool running);
    void updateResultButtons();

    std::unique_ptr<Ui::SendPage> m_ui;
    Session *m_session;
    SendEngine *m_engine = nullptr;
    QPointer<HubSpotClient> m_engineClient;
    SendEngine::Options m_options;
    ResultsModel *m_results;
    ResultsFilterModel *m_filter;
    TokenRenewal *m_tokenRenewal;
    QTimer m_waitTicker;
    QDeadlineTimer m_waitUntil;
    QString m_waitReason;
    RetryDecision::WaitReason m_waitKind = RetryDecision::WaitReason::None;
    bool m_running = false;
    SendEngine::State m_engineState = SendEngine::State::Idle;
    bool m_cancelRequested = false;
    JournalKeeper m_journal;
    QFutureWatcher<OpenedJournal> m_journalWatcher;
    bool m_preparing = false; ///< The journal of a run is being written; the run starts after.

    // The run's context, fixed when it starts (the export names it). Its interaction time is
    // fixed by the first run, so retries and a resume record rows without a date at the same time.
    RunSettings m_run;
    ImportPlan m_sentPlan; ///< The confirmed plan: retries resend its failed attendees.
    QList<RowResult> m_allResults;
    bool m_retryRun = false;
    bool m_resumedRun = false;
};

} // namespace attendance::gui
