// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendPage.h"

#include "Dialogs.h"
#include "ResultsFilterModel.h"
#include "Session.h"
#include "Settings.h"
#include "Style.h"
#include "hubspot/HubSpotClient.h"
#include "results/ResultsExporter.h"
#include "results/ResultsModel.h"
#include "ui_SendPage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <algorithm>

namespace attendance::gui {

namespace {

struct Counts
{
    int succeeded = 0;
    int failed = 0;
    int skipped = 0;
};

Counts countOf(const QList<RowResult> &results)
{
    Counts c;
    for (const RowResult &r : results) {
        c.succeeded += r.status == RowStatus::Succeeded;
        c.failed += r.status == RowStatus::Failed;
        c.skipped += r.status == RowStatus::Skipped;
    }
    return c;
}

} // namespace

SendPage::SendPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SendPage>())
    , m_session(session)
    , m_results(new ResultsModel(this))
    , m_filter(new ResultsFilterModel(this))
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
    setFocusProxy(m_ui->resultsView);

    m_filter->setSourceModel(m_results);
    m_ui->resultsView->setModel(m_filter);
    m_ui->resultsView->sortByColumn(ResultsModel::RowColumn, Qt::AscendingOrder);
    QHeaderView *header = m_ui->resultsView->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResultsModel::EmailColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ResultsModel::ErrorColumn, QHeaderView::Stretch);
    header->resizeSection(ResultsModel::EmailColumn, fontMetrics().averageCharWidth() * 40);
    m_ui->resultsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_waitTicker.setInterval(1000);
    connect(&m_waitTicker, &QTimer::timeout, this, &SendPage::showWaiting);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &SendPage::cancel);
    connect(m_ui->failuresOnlyCheck, &QCheckBox::toggled, m_filter,
        &ResultsFilterModel::setFailuresOnly);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &SendPage::exportResults);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &SendPage::sendFailedAgain);
    connect(m_ui->newImportButton, &QPushButton::clicked, this, &SendPage::newImportRequested);
    setRunning(false);
}

SendPage::~SendPage() = default;

bool SendPage::isRunning() const
{
    return m_engine && m_engine->isRunning();
}

void SendPage::cancel()
{
    if (!isRunning())
        return;
    m_ui->cancelButton->setEnabled(false);
    m_ui->statusArea->showMessage(
        MessageArea::Kind::Information, tr("Stopping after the request in flight…"));
    m_engine->cancel();
}

bool SendPage::confirmAndStart()
{
    if (!m_session->readyToSend() || isRunning())
        return false;
    const ImportPlan &plan = m_session->plan();
    const int people = int(plan.attendees.size());
    const int skipped = int(plan.invalid.size() + plan.duplicates.size());
    const QString state = Session::stateLabel(*m_session->state());
    QString text = tr("Mark %n people as %1 in “%2”?", nullptr, people)
                       .arg(state, m_session->event().eventName);
    if (skipped > 0)
        text += u' ' + tr("%n row(s) will be skipped.", nullptr, skipped);
    text += u"\n\n"
        + tr("People whose email is not yet in HubSpot will be created as new contacts.");
    if (m_session->isDemo())
        text += u"\n\n" + tr("Demo account: nothing is sent to HubSpot.");
    if (!Dialogs::confirm(this, tr("Send to HubSpot"), text, tr("Send")))
        return false;

    m_eventId = m_session->eventId();
    m_eventName = m_session->event().eventName;
    m_state = *m_session->state();
    m_defaultInteractionTime = m_session->defaultInteractionTime();
    m_sentPlan = plan;
    // HubSpot records join and leave times for attendance only (reference §3.1), as the CLI.
    // Checked first: clearing them copies every attendee, which a big file feels.
    const auto hasTimes = [](const Attendee &a) { return !a.properties.isEmpty(); };
    if (m_state != SubscriberState::Attend
        && std::any_of(plan.attendees.cbegin(), plan.attendees.cend(), hasTimes)) {
        for (Attendee &a : m_sentPlan.attendees)
            a.properties.clear();
    }
    start(m_sentPlan, false);
    return true;
}

void SendPage::start(const ImportPlan &plan, bool retry)
{
    // A new connection means a new client: the engine must follow it.
    if (!m_engine || m_engineClient != m_session->client()) {
        delete m_engine;
        m_engineClient = m_session->client();
        m_engine = new SendEngine(m_engineClient, this);
        connect(m_engine, &SendEngine::progressChanged, this, &SendPage::onProgress);
        connect(m_engine, &SendEngine::waiting, this, &SendPage::onWaiting);
        connect(m_engine, &SendEngine::finished, this, &SendPage::onFinished);
    }
    m_engine->setOptions(m_options);
    m_engine->setDefaultInteractionTime(m_defaultInteractionTime);
    m_retryRun = retry;
    m_ui->titleLabel->setText(tr("Sending to HubSpot"));
    m_ui->subtitleLabel->setText(
        tr("Marking people as %1 in “%2”.").arg(Session::stateLabel(m_state), m_eventName));
    m_ui->messageArea->clear();
    m_ui->statusArea->clear();
    m_ui->summaryLabel->clear();
    m_results->setEngine(m_engine); // a retry run may have detached it to show merged results
    setRunning(true);
    m_engine->start(m_eventId, m_state, plan);
}

void SendPage::setRunning(bool running)
{
    m_ui->cancelButton->setVisible(running);
    m_ui->cancelButton->setEnabled(running);
    m_ui->progressBar->setVisible(running);
    // Once finished, the summary line says it all.
    m_ui->progressLabel->setVisible(running);
    m_ui->exportButton->setEnabled(!running && !m_allResults.isEmpty());
    m_ui->retryButton->setEnabled(!running && countOf(m_allResults).failed > 0);
    m_ui->newImportButton->setEnabled(!running);
    if (!running) {
        m_waitTicker.stop();
    }
    Q_EMIT runningChanged(running);
}

void SendPage::onProgress(int done, int total)
{
    m_waitTicker.stop();
    if (m_ui->statusArea->kind() == MessageArea::Kind::Warning)
        m_ui->statusArea->clear();
    m_ui->progressBar->setRange(0, std::max(1, total));
    m_ui->progressBar->setValue(done);
    int succeeded = 0;
    int failed = 0;
    for (const RowResult &r : m_engine->results()) {
        succeeded += r.status == RowStatus::Succeeded;
        failed += r.status == RowStatus::Failed;
    }
    m_ui->progressLabel->setText(tr("%1 of %2 sent · %3 succeeded · %4 failed")
                                     .arg(done)
                                     .arg(total)
                                     .arg(succeeded)
                                     .arg(failed));
    Q_EMIT progressChanged(done, total);
}

void SendPage::onWaiting(int ms, const QString &reason)
{
    m_waitUntil = QDeadlineTimer(ms);
    m_waitReason = reason;
    showWaiting();
    m_waitTicker.start();
}

void SendPage::showWaiting()
{
    const qint64 seconds = (m_waitUntil.remainingTime() + 999) / 1000;
    // The engine names the rate limit with its own translated words; matching them gives the
    // friendlier sentence, anything else is shown as the engine said it.
    const bool rateLimit = m_waitReason
        == QCoreApplication::translate("attendance::SendEngine", "HubSpot's rate limit");
    const QString text = rateLimit
        ? tr("HubSpot asked us to slow down — continuing in %1 s.").arg(seconds)
        : tr("Paused: %1 Continuing in %2 s.").arg(m_waitReason).arg(seconds);
    m_ui->statusArea->showMessage(MessageArea::Kind::Warning, text);
    if (seconds <= 0)
        m_waitTicker.stop();
}

void SendPage::onFinished()
{
    const QList<RowResult> &run = m_engine->results();
    if (m_retryRun) {
        QHash<int, RowResult> latest;
        for (const RowResult &r : run)
            latest.insert(r.row, r);
        for (RowResult &r : m_allResults)
            r = latest.value(r.row, r);
        // The table showed the retried rows only while sending; now the whole file again.
        m_results->setResults(m_allResults);
    } else {
        m_allResults = run;
    }
    const Counts c = countOf(m_allResults);
    m_ui->titleLabel->setText(tr("Results"));
    m_ui->subtitleLabel->setText(
        tr("Results for “%1”, marked as %2.").arg(m_eventName, Session::stateLabel(m_state)));
    m_ui->summaryLabel->setText(
        tr("%1 succeeded, %2 failed, %3 skipped").arg(c.succeeded).arg(c.failed).arg(c.skipped));
    m_ui->statusArea->clear();
    const ApiError &stop = m_engine->stopError();
    if (stop.isError()) {
        QString text = tr("Sending stopped early: %1").arg(stop.userMessage());
        if (!stop.correlationId.isEmpty())
            text += u'\n' + tr("HubSpot reference for support: %1").arg(stop.correlationId);
        m_ui->messageArea->showMessage(MessageArea::Kind::Error, text);
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
        = QDir(Settings::lastFolder()).filePath(tr("results-%1-%2.csv").arg(m_eventId, stamp));
    QString path
        = Dialogs::saveFileName(this, tr("Export results"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    Settings::setLastFolder(QFileInfo(path).absolutePath());
    QString error;
    const ResultsExporter::Context context {m_eventId, m_eventName, toApiString(m_state)};
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
    ImportPlan retry;
    const QList<Attendee> &sent = m_sentPlan.attendees; // in row order, as the plan made them
    for (const RowResult &r : std::as_const(m_allResults)) {
        if (r.status != RowStatus::Failed)
            continue;
        const auto at = std::lower_bound(sent.cbegin(), sent.cend(), r.row,
            [](const Attendee &a, int row) { return a.row < row; });
        if (at != sent.cend() && at->row == r.row)
            retry.attendees.append(*at);
    }
    if (retry.attendees.isEmpty())
        return;
    retry.totalRows = int(retry.attendees.size());
    start(retry, true);
}

} // namespace attendance::gui
