// SPDX-License-Identifier: GPL-3.0-or-later
// Responsiveness while sending (issue 4): the real window, started in demo mode, opens a generated
// 100,000-row CSV through the Open button and the dialogs seam, then sends it with the Send
// button (the confirmation pre-answered), as a coordinator would. A 5 ms timer probes the event
// loop from the click until the results show: the longest gap between its ticks, less the 5 ms,
// is the longest time the window could not react (a stall; goal ≤ 50 ms). Prints it, the three
// longest stalls with when they happened, and the total time; exits 1 when the goal is missed
// or a row did not succeed.
//
// The simulator runs in-process on the UI thread, as in demo mode. By default the window is
// switched to a simulator of our own with no practical rate limit, so the 1,000 batches settle
// as fast as loopback HTTP allows: the most work per second the UI thread can get. As that is
// not the demo account, the run keeps its journal (plan and outcomes synced to disk, in a
// temporary home) as with a real account. With "demo" it sends to the demo account itself: no
// journal, paced at its 100 requests per 10 s (about two minutes).
//
//   QT_QPA_PLATFORM=offscreen bench_gui_send [ROWS] [demo]    default 100000; offscreen is the
//   default
// Build it Release (a tree of its own, e.g. build/bench) for figures.

#include "Dialogs.h"
#include "GuiTestSupport.h"
#include "HubSpotSimulator.h"
#include "MainWindow.h"
#include "TemporaryHome.h"
#include "models/ResultsModel.h"
#include "pages/EventPage.h"
#include "pages/FilePage.h"
#include "pages/SendPage.h"
#include "services/Session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace attendance;
using namespace attendance::gui;

namespace {

constexpr int ProbeMs = 5;
constexpr qint64 GoalMs = 50;

bool writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk = "Email,First name,Last name\n";
    for (int i = 0; i < rows; ++i) {
        chunk += "person" + QByteArray::number(i) + "@example.com,Ana,García\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size();
}

/// Ticks every ProbeMs and keeps the longest gaps between two ticks, with when they ended.
class StallProbe final
{
public:
    struct Stall
    {
        qint64 ms = 0; ///< The gap less the probe interval.
        qint64 at = 0; ///< When it ended, in ms since start().
        int done = 0; ///< Rows settled when it ended.
    };

    explicit StallProbe(const int *done)
        : m_done(done)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(ProbeMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { note(); });
    }
    void start()
    {
        m_stalls.clear();
        m_since.start();
        m_sinceTick.start();
        m_timer.start();
    }
    void stop()
    {
        note();
        m_timer.stop();
    }
    /// The longest first.
    std::vector<Stall> longest(std::size_t count) const
    {
        std::vector<Stall> sorted = m_stalls;
        std::sort(sorted.begin(), sorted.end(),
            [](const Stall &a, const Stall &b) { return a.ms > b.ms; });
        sorted.resize(std::min(count, sorted.size()));
        return sorted;
    }

private:
    void note()
    {
        const qint64 gap = m_sinceTick.restart() - ProbeMs;
        if (gap > 0)
            m_stalls.push_back({gap, m_since.elapsed(), *m_done});
        // Keep the list short: only the long ones matter.
        if (m_stalls.size() > 4096) {
            m_stalls = longest(64);
        }
    }

    const int *m_done;
    QTimer m_timer;
    QElapsedTimer m_since;
    QElapsedTimer m_sinceTick;
    std::vector<Stall> m_stalls;
};

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A home of its own: the run's settings and journal go there and leave with it, and no
    // journal left by someone else's run is offered for resuming.
    const test::TemporaryHome home;
    if (!home.isValid())
        return 2;
    QApplication app(argc, argv);
    // One line per request would drown the figures; QT_LOGGING_RULES still wins.
    QLoggingCategory::setFilterRules(u"attendance.*.info=false"_s);
    // The benchmark's own settings, so it neither reads nor changes the person's.
    test::setUpGuiTestApplication();

    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const bool demoPace = argc > 2 && QByteArray(argv[2]) == "demo";
    QTemporaryDir dir;
    const QString path = dir.filePath(u"attendees.csv"_s);
    if (rows <= 0 || !dir.isValid() || !writeCsv(path, rows)) {
        std::fprintf(stderr, "cannot write the CSV\n");
        return 2;
    }

    // No practical limit: the window learns it from the headers, as from HubSpot.
    sim::HubSpotSimulator::Options unlimited;
    unlimited.rateLimitMax = 1000000;
    unlimited.rateLimitIntervalMs = 10000;
    sim::HubSpotSimulator fast(unlimited);
    fast.seedDemo();
    if (!demoPace && !fast.listen()) {
        std::fprintf(stderr, "the simulator cannot listen\n");
        return 2;
    }

    MainWindow window;
    window.show();
    int done = 0;
    StallProbe probe(&done);
    QElapsedTimer clock;
    int exitCode = 1;
    const auto fail = [&](const char *why) {
        std::fprintf(stderr, "failed: %s\n", why);
        app.exit(2);
    };

    QObject::connect(window.sendPage(), &SendPage::progressChanged, &app,
        [&done](int settled, int) { done = settled; });
    const auto afterSend = [&](bool running) {
        if (running)
            return;
        // The results as the person sees them: painted once, inside the measurement.
        window.repaint();
        probe.stop();
        const qint64 total = clock.elapsed();
        const QList<RowResult> &results = window.sendPage()->results();
        const auto succeeded = std::count_if(results.cbegin(), results.cend(),
            [](const RowResult &r) { return r.status == RowStatus::Succeeded; });
        const std::vector<StallProbe::Stall> stalls = probe.longest(3);
        const qint64 longest = stalls.empty() ? 0 : stalls.front().ms;
        std::printf("sent: %lld of %d rows succeeded, %lld rows in the results table\n",
            qlonglong(succeeded), rows, qlonglong(window.sendPage()->resultsModel()->rowCount()));
        std::printf(
            "total time from the Send click to the results: %.2f s\n", double(total) / 1000);
        std::printf(
            "longest stall: %lld ms (%d ms probe; goal <= %lld ms)\n", longest, ProbeMs, GoalMs);
        for (const StallProbe::Stall &s : stalls)
            std::printf("  %lld ms stall ending at %.3f s, %d rows settled\n", s.ms,
                double(s.at) / 1000, s.done);
        const bool ok = longest <= GoalMs && succeeded == rows;
        std::printf("%s\n", ok ? "PASS" : "FAIL: a goal was missed");
        exitCode = ok ? 0 : 1;
        app.quit();
    };
    const auto afterLoaded = [&](bool ok) {
        if (!ok)
            return fail("the file did not load");
        if (int(window.session()->plan().attendees.size()) != rows)
            return fail("not every row is ready to send");
        auto *send = window.findChild<QPushButton *>(u"sendButton"_s);
        if (!send || !send->isEnabled())
            return fail("Send is not enabled");
        QObject::connect(window.sendPage(), &SendPage::runningChanged, &app, afterSend);
        Dialogs::setNextConfirm(true);
        probe.start();
        clock.start();
        send->click();
        if (window.step() != MainWindow::Step::Send)
            return fail("not sending");
    };
    const auto choose = [&] {
        window.eventPage()->selectEvent(u"412934701"_s);
        window.eventPage()->setState(SubscriberState::Attend);
        window.findChild<QPushButton *>(u"nextButton"_s)->click();
        if (window.step() != MainWindow::Step::File)
            return fail("not on the file step");
        QObject::connect(
            window.filePage(), &FilePage::fileLoaded, &app, afterLoaded, Qt::SingleShotConnection);
        Dialogs::setNextOpenFileName(path);
        window.findChild<QPushButton *>(u"openButton"_s)->click();
    };
    const auto demoConnected = [&] {
        if (demoPace)
            return choose();
        // Same account, same token, another simulator: a connection as the Connect page makes.
        ClientConfig config;
        config.baseUrl = fast.baseUrl();
        QObject::connect(
            window.session(), &Session::connectFinished, &app, choose, Qt::SingleShotConnection);
        window.session()->connectAccount(config, QString(sim::HubSpotSimulator::kDemoToken));
    };
    QObject::connect(
        window.session(), &Session::connectFinished, &app, demoConnected, Qt::SingleShotConnection);
    window.startDemo();
    app.exec();
    return exitCode;
}
