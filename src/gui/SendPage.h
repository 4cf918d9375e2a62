// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"
#include "mapping/ImportPlan.h"
#include "results/RowResult.h"
#include "sending/SendEngine.h"

#include <QDeadlineTimer>
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

/// Step 4: progress while sending, then one result per spreadsheet row with the reason, the
/// export, and "send failed rows again". Sending is asynchronous: the window stays responsive.
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
    bool isRunning() const;
    void cancel();

    /// Batch size and waits of the next runs (the screenshot tour uses small batches).
    void setEngineOptions(const SendEngine::Options &options) { m_options = options; }
    /// Every row of the file with its latest result (retries merged in).
    const QList<RowResult> &results() const { return m_allResults; }
    ResultsModel *resultsModel() const { return m_results; }

Q_SIGNALS:
    void runningChanged(bool running);
    void progressChanged(int done, int total);
    void newImportRequested();

private:
    void start(const ImportPlan &plan, bool retry);
    void onProgress(int done, int total);
    void onWaiting(int ms, const QString &reason);
    void showWaiting();
    void onFinished();
    void exportResults();
    void sendFailedAgain();
    void setRunning(bool running);

    std::unique_ptr<Ui::SendPage> m_ui;
    Session *m_session;
    SendEngine *m_engine = nullptr;
    QPointer<HubSpotClient> m_engineClient;
    SendEngine::Options m_options;
    ResultsModel *m_results;
    ResultsFilterModel *m_filter;
    QTimer m_waitTicker;
    QDeadlineTimer m_waitUntil;
    QString m_waitReason;

    // The run's context, fixed when it starts (the export names it).
    QString m_eventId;
    QString m_eventName;
    SubscriberState m_state = SubscriberState::Register;
    ImportPlan m_sentPlan; ///< The confirmed plan: retries resend its failed attendees.
    std::optional<qint64> m_defaultInteractionTime;
    QList<RowResult> m_allResults;
    bool m_retryRun = false;
};

} // namespace attendance::gui
