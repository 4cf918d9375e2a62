// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/RunJournal.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Ui {
class MainWindow;
}

namespace attendance::sim {
class HubSpotSimulator;
}

namespace attendance::gui {

class ConnectPage;
class EventPage;
class FilePage;
class ResumeOffer;
class SendPage;
class Session;

/// The window: the step indicator, the demo banner, one page per step and Back / Next / Send.
/// Kept thin on purpose: each page owns its widgets and logic, the Session holds shared state.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Step { Connect, Event, File, Send };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Requests go through @p network (not owned) from the next connection on; for tests.
    void setNetworkAccessManager(QNetworkAccessManager *network);
    /// Connects to the built-in demo account, as the "Try the demo account" button does.
    void startDemo();

    Step step() const { return m_step; }
    Session *session() const { return m_session; }
    /// The demo simulator once the demo has started; null before. For tests and the tour.
    sim::HubSpotSimulator *demoSimulator() const;
    ConnectPage *connectPage() const { return m_connectPage; }
    EventPage *eventPage() const { return m_eventPage; }
    FilePage *filePage() const { return m_filePage; }
    SendPage *sendPage() const { return m_sendPage; }
    ResumeOffer *resumeOffer() const { return m_resumeOffer; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void goTo(Step step);
    void goBack();
    void goNext();
    void send();
    void updateNavigation();
    void updateDemoBanner(bool demo);
    void continueUnfinished(const attendance::JournalContents &journal);
    void resumePending();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session *m_session;
    ConnectPage *m_connectPage;
    EventPage *m_eventPage;
    FilePage *m_filePage;
    SendPage *m_sendPage;
    ResumeOffer *m_resumeOffer;
    /// Continue was chosen before a HubSpot account was connected: the run waits for it.
    std::optional<JournalContents> m_pendingResume;
    Step m_step = Step::Connect;
};

} // namespace attendance::gui
