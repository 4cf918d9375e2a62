// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/SendPage.h"

#include "Dialogs.h"
#include "Style.h"
#include "hubspot/HubSpotClient.h"
#include "models/ResultsFilterModel.h"
#include "models/ResultsModel.h"
#include "pages/TokenRenewal.h"
#include "results/ResultsExporter.h"
#include "services/Session.h"
#include "services/Settings.h"
#include "ui_SendPage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QtConcurrent>
#include <algorithm>
#include <utility>

namespace attendance::gui {

SendPage::SendPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SendPage>())
    , m_session(session)
    , m_results(new ResultsModel(this))
    , m_filter(new ResultsFilterModel(this))
    , m_tokenRenewal(new TokenRenewal(session, this))
{
    m_ui->setupUi(this);
    style::makeTitle(m_ui->titleLabel);
    style::makeSubtitle(m_ui->subtitleLabel);
    QFont bold = m_ui->summaryLabel->font();
    bold.setBold(true);
    m_ui->summaryLabel->setFont(bold);
    m_ui->exportButton->setIcon(style::uiIcon(u"export"));
    m_ui->retryButton->setIcon(style::uiIcon(u"refresh"));
    m_ui->newImportButton->setIcon(style::uiIcon(u"file"));
    m_ui->verifyButton->setIcon(style::uiIcon(u"ok"));
    setFocusProxy(m_ui->resultsView);

    m_filter->setSourceModel(m_results);
    m_ui->resultsView->setModel(m_filter);
    m_ui->resultsView->sortByColumn(ResultsModel::RowColumn, Qt::AscendingOrder);
    QHeaderView *header = m_ui->resultsView->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths are set, never fitted to the contents: fitting re-measures every row each time a
    // batch settles, which froze the window for seconds on 100,000 rows (bench_gui_send).
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ResultsModel::ErrorColumn, QHeaderView::Stretch);
    header->setResizeContentsPrecision(200);
    const QFontMetrics metrics = fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    header->resizeSection(
        ResultsModel::RowColumn, metrics.horizontalAdvance(QStringLiteral("0000000")) + padding);
    header->resizeSection(ResultsModel::EmailColumn, metrics.averageCharWidth() * 40);
    header->resizeSection(ResultsModel::StateColumn, metrics.averageCharWidth() * 14);
    header->resizeSection(ResultsModel::ContactIdColumn,
        metrics.horizontalAdvance(QStringLiteral("000000000000")) + padding);
    m_ui->resultsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->resultsView->verticalHeader()->setDefaultSectionSize(metrics.height() + padding / 2);

    m_waitTicker.setInterval(1000);
    connect(&m_waitTicker, &QTimer::timeout, this, &SendPage::showWaiting);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &SendPage::cancel);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &SendPage::togglePause);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &SendPage::verify);
    connect(m_ui->verifyPanel, &VerifyPanel::runningChanged, this, &SendPage::updateResultButtons);
    connect(m_tokenRenewal, &TokenRenewal::renewed, this, [this] {
        m_ui->statusArea->showMessage(
            MessageArea::Kind::Information, tr("Continuing with the new access token."));
    });
    connect(m_tokenRenewal, &TokenRenewal::declined, this, [this] {
        // The rest is marked "not sent" (resendable), and the journal keeps it for later.
        m_cancelRequested = true;
        m_engine->stop(m_engine->stopError());
    });
    connect(m_tokenRenewal, &TokenRenewal::keychainFailed, this, [this](const QString &message) {
        m_ui->messageArea->showMessage(MessageArea::Kind::Warning, message);
    });
    connect(m_ui->failuresOnlyCheck, &QCheckBox::toggled, m_filter,
        &ResultsFilterModel::setFailuresOnly);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &SendPage::exportResults);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &SendPage::sendFailedAgain);
    connect(m_ui->newImportButton, &QPushButton::clicked, this, &SendPage::newImportRequested);
    connect(&m_journalWatcher, &QFutureWatcher<OpenedJournal>::finished, this,
        [this] { startPrepared(m_journalWatcher.result()); });
    setRunning(false);
}

SendPage::~SendPage()
{
    // A journal being written for a run about to start: let it finish before the page goes.
    m_journalWatcher.waitForFinished();
    // The engine flushes to the journal while it is torn down; the journal must outlive it.
    delete m_engine;
}

void SendPage::setVerifierOptions(const RunVerifier::Options &options)
{
    m_ui->verifyPanel->setOptions(options);
}

bool SendPage::isRunning() const
{
    return m_preparing || (m_engine && m_engine->isRunning());
}

void SendPage::cancel()
{
    if (m_preparing) {
        // Nothing is sent yet: the run starts cancelled, every row "not sent".
        m_cancelRequested = true;
        m_ui->cancelButton->setEnabled(false);
        m_ui->pauseButton->setEnabled(false);
        return;
    }
    if (!isRunning())
        return;
    if (m_cancelRequested) {
        // Second press: the engine aborts the requests on their way.
        m_ui->cancelButton->setEnabled(false);
        m_engine->cancel();
        return;
    }
    m_cancelRequested = true;
    m_waitTicker.stop();
    m_ui->cancelButton->setText(tr("Stop &now"));
    m_ui->cancelButton->setToolTip(
        tr("Do not wait for the requests already on their way. HubSpot may still record them; "
           "they are listed as not confirmed so you can send them again."));
    m_ui->statusArea->showMessage(MessageArea::Kind::Information,
        tr("Stopping after the requests already on their way… Press “Stop now” not to wait "
           "for them."));
    m_engine->cancel();
}

void SendPage::togglePause()
{
    if (m_preparing || !isRunning())
        return;
    if (m_engine->state() == SendEngine::State::Paused)
        m_engine->resume();
    else
        m_engine->pause();
}

bool SendPage::confirmAndStart()
{
    if (!m_session->readyToSend() || isRunning())
        return false;
    const ImportPlan &plan = m_session->plan();
    const int people = int(plan.attendees.size());
    const int skipped = int(plan.invalid.size() + plan.duplicates.size() + plan.skipped.size());
    const SubscriberState state = *m_session->state();
    const QString event
        = m_session->eventLabel(m_session->eventId(), m_session->chosenEvent().eventName);
    QString text = state == SubscriberState::ByStatus
        ? tr("Mark %n people by each row's status in “%1”: %2?", nullptr, people)
              .arg(event, Session::stateCountsText(countByState(plan.attendees, state)))
        : tr("Mark %n people as %1 in “%2”?", nullptr, people)
              .arg(Session::stateLabel(state), event);
    if (skipped > 0)
        text += u' ' + tr("%n row(s) will be skipped.", nullptr, skipped);
    text += u"\n\n"
        + tr("HubSpot creates a new contact for each email it does not know yet. To record only "
             "people who are already contacts, and skip the others, tick the box below (the "
             "token then needs the crm.objects.contacts.read scope).");
    if (m_session->isDemo())
        text += u"\n\n" + tr("Demo account: nothing is sent to HubSpot.");
    bool contactsOnly = Settings::existingContactsOnly();
    if (!Dialogs::confirm(this, tr("Send to HubSpot"), text, tr("Send"),
            tr("Only people who are already contacts in HubSpot"), &contactsOnly))
        return false;
    Settings::setExistingContactsOnly(contactsOnly);

    m_run = RunSettings {};
    m_run.eventId = m_session->eventId();
    m_run.eventName = m_session->chosenEvent().eventName;
    m_run.state = *m_session->state();
    m_run.interactionTime = m_session->defaultInteractionTime();
    m_run.existingContactsOnly = contactsOnly;
    if (!m_session->isDemo())
        m_run.apiVersion = toString(m_session->client()->config().version);
    m_sentPlan = ImportPipeline::planToSend(plan, m_run.state);
    start(m_sentPlan, RunKind::Fresh);
    return true;
}

bool SendPage::resumeRun(const JournalContents &journal)
{
    if (isRunning() || !m_session->client() || !journal.ok())
        return false;
    // Rows the file gave no date get the time the first run chose (older journals: now).
    m_run = ImportPipeline::resumedSettings(journal.header);
    m_sentPlan = journal.plan;
    m_journal.adopt(journal.path);
    start(m_sentPlan, RunKind::Resume, journal.results);
    return true;
}

void SendPage::ensureEngine()
{
    // A new connection means a new client: the engine must follow it.
    if (m_engine && m_engineClient == m_session->client())
        return;
    m_results->setEngine(nullptr); // keeps the rows it shows; they were the old engine's
    delete m_engine;
    m_engineClient = m_session->client();
    m_engine = new SendEngine(m_engineClient, this);
    connect(m_engine, &SendEngine::progressChanged, this, &SendPage::onProgress);
    connect(m_engine, &SendEngine::waiting, this, &SendPage::onWaiting);
    connect(m_engine, &SendEngine::stateChanged, this, &SendPage::onStateChanged);
    connect(m_engine, &SendEngine::tokenRejected, this, &SendPage::onTokenRejected);
    connect(m_engine, &SendEngine::finished, this, &SendPage::onFinished);
}

void SendPage::start(const ImportPlan &plan, RunKind kind, const QList<RowResult> &previous)
{
    ensureEngine();
    m_options.existingContactsOnly = m_run.existingContactsOnly; // a resume and a retry keep it
    m_engine->setOptions(m_options);
    // Fixes the interaction time now rather than in the engine, so that the journal can tell a
    // resumed run the same.
    const JournalHeader header = ImportPipeline::journalHeader(&m_run, plan);
    m_engine->setDefaultInteractionTime(m_run.interactionTime);
    m_retryRun = kind == RunKind::Retry;
    m_resumedRun = kind == RunKind::Resume;
    m_cancelRequested = false;
    m_ui->titleLabel->setText(
        m_resumedRun ? tr("Continuing an unfinished import") : tr("Sending to HubSpot"));
    const QString event = m_session->eventLabel(m_run.eventId, m_run.eventName);
    const bool byStatus = m_run.state == SubscriberState::ByStatus;
    QString subtitle = byStatus
        ? tr("Marking people by each row's status in “%1”.").arg(event)
        : tr("Marking people as %1 in “%2”.").arg(Session::stateLabel(m_run.state), event);
    if (m_run.existingContactsOnly)
        subtitle += u' ' + tr("Only people who are already contacts in HubSpot.");
    m_ui->subtitleLabel->setText(subtitle);
    // Each row's own state, when rows differ.
    m_ui->resultsView->setColumnHidden(ResultsModel::StateColumn, !byStatus);
    m_ui->messageArea->clear();
    m_ui->statusArea->clear();
    m_ui->summaryLabel->clear();
    m_ui->verifyPanel->reset();
    m_ui->cancelButton->setText(tr("&Cancel"));
    m_ui->cancelButton->setToolTip(tr("Stop after the requests already on their way. Rows not "
                                      "sent yet are listed as not sent, so you can send them "
                                      "again."));
    m_results->setEngine(m_engine); // a retry run may have detached it to show merged results
    // Writing the plan to the journal and laying out a result for every row take a while for a
    // big file (0.8 s for 100,000 rows, bench_gui_send): a worker thread does both, and the run
    // starts when the journal is on disk.
    m_preparing = true;
    setRunning(true);
    m_ui->pauseButton->setEnabled(false);
    m_ui->progressLabel->setText(tr("Preparing…"));
    prepareRun(header, plan, kind, previous);
}

void SendPage::startPrepared(OpenedJournal opened)
{
    m_preparing = false;
    RunJournal *journal = opened.journal;
    const QString &error = opened.error;
    if (opened.inUseElsewhere) {
        // Another window of the app (or the CLI) is sending this very run: sending it here too
        // would post its rows twice.
        m_ui->messageArea->showMessage(
            MessageArea::Kind::Error, tr("Nothing was sent. %1").arg(error));
        setRunning(false);
        return;
    }
    if (!journal && !opened.demo) {
        m_ui->statusArea->showMessage(MessageArea::Kind::Warning,
            tr("The progress of this import cannot be saved (%1). It is sent all the same, but "
               "if the app closes before the end it cannot continue where it stopped.")
                .arg(error));
    }
    m_engine->setJournal(journal);
    SendEngine::Options options = m_options;
    options.startPaused = m_cancelRequested;
    m_engine->setOptions(options);
    m_engine->start(
        m_run.eventId, m_run.state, opened.plan, opened.previous, std::move(opened.prepared));
    if (m_cancelRequested) {
        m_engine->cancel();
        return;
    }
    m_ui->pauseButton->setEnabled(true);
    m_ui->cancelButton->setEnabled(true);
}

void SendPage::prepareRun(const JournalHeader &header, const ImportPlan &plan, RunKind kind,
    const QList<RowResult> &previous)
{
    // The demo account lives in this app's memory only: after a restart there is nothing to
    // continue, and a demo run must never be continued against a real account.
    const bool demo = m_session->isDemo();
    if (demo)
        m_journal.forget();
    const bool continuePrevious = kind != RunKind::Fresh;
    // m_journal is used by the worker alone until the watcher reports (the page waits for it
    // before it goes); the plan is an implicitly shared copy.
    m_journalWatcher.setFuture(
        QtConcurrent::run([this, demo, header, plan, previous, continuePrevious] {
            OpenedJournal opened;
            opened.plan = plan;
            opened.previous = previous;
            opened.demo = demo;
            if (!demo) {
                opened.journal = m_journal.open(header, plan, continuePrevious, &opened.error);
                opened.inUseElsewhere = m_journal.inUseElsewhere();
            }
            opened.prepared = SendEngine::prepare(plan);
            return opened;
        }));
}

void SendPage::closeJournal()
{
    m_engine->setJournal(nullptr);
    // The engine marked it complete when every row got its answer: nothing left to continue.
    m_journal.close(!m_engine->wasCancelled() && !m_engine->stopError().isError());
}

void SendPage::setRunning(bool running)
{
    m_running = running;
    m_ui->cancelButton->setVisible(running);
    m_ui->cancelButton->setEnabled(running);
    m_ui->pauseButton->setVisible(running);
    m_ui->pauseButton->setEnabled(running);
    m_ui->pauseButton->setText(tr("&Pause"));
    m_ui->progressBar->setVisible(running);
    // Once finished, the summary line says it all.
    m_ui->progressLabel->setVisible(running);
    if (!running) {
        m_waitTicker.stop();
    }
    updateResultButtons();
    Q_EMIT runningChanged(running);
}

void SendPage::updateResultButtons()
{
    // setRunning(true) comes before the engine starts: it counts as running already.
    const bool running = m_running || isRunning();
    const StatusCounts c = countByStatus(m_allResults);
    m_ui->exportButton->setEnabled(!running && !m_allResults.isEmpty());
    m_ui->retryButton->setEnabled(!running && c.failed > 0);
    m_ui->newImportButton->setEnabled(!running);
    m_ui->verifyButton->setEnabled(
        !running && c.succeeded > 0 && m_session->client() && !m_ui->verifyPanel->isRunning());
    m_ui->verifyButton->setToolTip(c.succeeded > 0 || running
            ? tr("Ask HubSpot what it now shows for this event and compare it with what this "
                 "import recorded. HubSpot can take a few minutes to show changes.")
            : tr("Nothing was recorded by this import, so there is nothing to verify."));
}

void SendPage::onProgress(int done, int total)
{
    // A batch answered. During a wait that is an answer to a request sent before the wait began:
    // the wait goes on and stays shown (cleared, the run would look stuck for its length). After
    // it, the wait is over. Pause and token messages stay until the state changes.
    const bool waitGoesOn = m_waitTicker.isActive() && !m_waitUntil.hasExpired();
    if (!waitGoesOn) {
        m_waitTicker.stop();
        if (m_ui->statusArea->kind() == MessageArea::Kind::Warning && !m_cancelRequested
            && m_engine->state() == SendEngine::State::Running)
            m_ui->statusArea->clear();
    }
    m_ui->progressBar->setRange(0, std::max(1, total));
    m_ui->progressBar->setValue(done);
    const RunSummary counts = m_engine->summary();
    m_ui->progressLabel->setText(tr("%1 of %2 sent · %3 succeeded · %4 failed")
                                     .arg(done)
                                     .arg(total)
                                     .arg(counts.succeeded)
                                     .arg(counts.failed));
    Q_EMIT progressChanged(done, total);
}

void SendPage::onWaiting(int ms, const QString &reason, RetryDecision::WaitReason kind)
{
    if (m_cancelRequested || m_engine->state() != SendEngine::State::Running)
        return;
    m_waitUntil = QDeadlineTimer(ms);
    m_waitReason = reason;
    m_waitKind = kind;
    m_waitTicker.start();
    showWaiting();
}

void SendPage::showWaiting()
{
    const qint64 seconds = std::max<qint64>(0, (m_waitUntil.remainingTime() + 999) / 1000);
    if (seconds <= 0) {
        // The wait is over and sending goes on: no "Waiting 0 s" left behind.
        m_waitTicker.stop();
        m_ui->statusArea->clear();
        return;
    }
    // Rate-limit waits are routine and the engine's words for them vary; one plain sentence
    // reads better. Other waits (a failed request about to be tried again) say what happened.
    const QString text = m_waitKind == RetryDecision::WaitReason::Transient
        ? tr("Waiting %1 s before trying again: %2").arg(seconds).arg(m_waitReason)
        : tr("Waiting %1 s: HubSpot's rate limit").arg(seconds);
    m_ui->statusArea->showMessage(MessageArea::Kind::Warning, text);
}

void SendPage::onStateChanged(SendEngine::State state)
{
    using State = SendEngine::State;
    const State previous = std::exchange(m_engineState, state);
    m_ui->pauseButton->setEnabled(state == State::Running || state == State::Paused);
    m_ui->pauseButton->setText(state == State::Paused ? tr("&Resume") : tr("&Pause"));
    m_ui->pauseButton->setToolTip(state == State::Paused
            ? tr("Continue sending where it stopped.")
            : tr("Send nothing new until you resume. Requests already on their way finish and "
                 "count."));
    if (state == State::Paused) {
        m_waitTicker.stop();
        m_ui->statusArea->showMessage(MessageArea::Kind::Information,
            tr("Paused. Requests already on their way finish and count; nothing new is sent "
               "until you press Resume."));
    } else if (state == State::WaitingForToken) {
        m_waitTicker.stop();
        m_ui->statusArea->showMessage(MessageArea::Kind::Warning,
            tr("Paused: HubSpot no longer accepts the access token. Paste a new one to "
               "continue."));
    } else if (state == State::Running
        && (previous == State::Paused || previous == State::WaitingForToken)) {
        m_ui->statusArea->clear(); // the pause is over; other messages (a journal problem) stay
    }
}

void SendPage::onTokenRejected()
{
    // After "Stop sending", late answers with the old token must not ask again.
    if (!m_cancelRequested)
        m_tokenRenewal->ask(m_engine);
}

void SendPage::onFinished()
{
    m_tokenRenewal->abandon();
    closeJournal();
    const QList<RowResult> &run = m_engine->results();
    if (m_retryRun) {
        m_allResults = ImportPipeline::mergeResults(m_allResults, run);
        // The table showed the retried rows only while sending; now the whole file again.
        m_results->setResults(m_allResults);
    } else {
        m_allResults = run;
    }
    const StatusCounts c = countByStatus(m_allResults);
    m_ui->titleLabel->setText(tr("Results"));
    const QString event = m_session->eventLabel(m_run.eventId, m_run.eventName);
    QString summary;
    if (m_run.state == SubscriberState::ByStatus) {
        m_ui->subtitleLabel->setText(
            tr("Results for “%1”, marked by each row's status.").arg(event));
        summary
            = tr("%1 succeeded (%2), %3 failed, %4 skipped")
                  .arg(c.succeeded)
                  .arg(Session::stateCountsText(countByState(m_allResults, RowStatus::Succeeded)))
                  .arg(c.failed)
                  .arg(c.skipped);
    } else {
        m_ui->subtitleLabel->setText(
            tr("Results for “%1”, marked as %2.").arg(event, Session::stateLabel(m_run.state)));
        summary = tr("%1 succeeded, %2 failed, %3 skipped")
                      .arg(c.succeeded)
                      .arg(c.failed)
                      .arg(c.skipped);
    }
    const auto notContacts = std::count_if(m_allResults.cbegin(), m_allResults.cend(),
        [](const RowResult &r) { return r.error.category == u"NOT_A_CONTACT"; });
    if (notContacts > 0)
        summary += u" · "
            + tr("%n not a contact in HubSpot (skipped, not created)", nullptr, int(notContacts));
    m_ui->summaryLabel->setText(summary);
    // Once, now that the statuses are known (a sample of rows: the header's precision).
    m_ui->resultsView->resizeColumnToContents(ResultsModel::StatusColumn);
    m_ui->statusArea->clear();
    const ApiError &stop = m_engine->stopError();
    if (stop.isError()) {
        QString text = tr("Sending stopped early: %1").arg(stop.userMessage());
        if (!stop.correlationId.isEmpty())
            text += u'\n' + tr("HubSpot reference for support: %1").arg(stop.correlationId);
        m_ui->messageArea->showMessage(MessageArea::Kind::Error, text);
    } else if (m_engine->wasCancelled() && c.failed > 0) {
        m_ui->messageArea->showMessage(MessageArea::Kind::Warning,
            tr("Sending was cancelled. The rows not sent are listed; you can send them again."));
    } else if (c.failed > 0) {
        m_ui->messageArea->showMessage(MessageArea::Kind::Warning,
            tr("Some rows were not recorded. The reason is in each row; "
               "you can send the failed rows again."));
    } else {
        m_ui->messageArea->showMessage(MessageArea::Kind::Positive,
            tr("Done. Every row that could be sent was recorded in HubSpot."));
    }
    setRunning(false);
}

void SendPage::exportResults()
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    const QString suggested
        = QDir(Settings::lastFolder()).filePath(tr("results-%1-%2.csv").arg(m_run.eventId, stamp));
    QString path
        = Dialogs::saveFileName(this, tr("Export results"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    Settings::setLastFolder(QFileInfo(path).absolutePath());
    QString error;
    const ResultsExporter::Context context {m_run.eventId,
        m_session->eventLabel(m_run.eventId, m_run.eventName), toApiString(m_run.state)};
    if (!ResultsExporter::writeCsv(path, m_allResults, context, &error)) {
        m_ui->statusArea->showMessage(MessageArea::Kind::Error, error);
        return;
    }
    m_ui->statusArea->showMessage(
        MessageArea::Kind::Positive, tr("Results saved to %1").arg(QDir::toNativeSeparators(path)));
}

void SendPage::sendFailedAgain()
{
    if (isRunning())
        return;
    const ImportPlan retry = ImportPipeline::retryPlan(m_sentPlan, m_allResults);
    if (!retry.attendees.isEmpty())
        start(retry, RunKind::Retry);
}

void SendPage::verify()
{
    HubSpotClient *client = m_engineClient ? m_engineClient.data() : m_session->client();
    if (isRunning() || !client || m_ui->verifyPanel->isRunning())
        return;
    m_ui->verifyPanel->start(client, m_run.eventId, m_run.eventName, m_run.state, m_allResults);
}

} // namespace attendance::gui
