// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a generated 1,000,000-row, 6-column CSV (about 80 MB) in the real window, in demo mode,
// through the Open button and the dialogs seam, as a coordinator would. A 5 ms timer probes the
// event loop meanwhile: the longest gap between its ticks, less the 5 ms, is the longest time the
// window could not react (a stall). Then it sends one column elsewhere from the header menu and
// measures the re-check the same way. Prints the figures; QT_QPA_PLATFORM defaults to offscreen.
//
//   bench_gui_open [ROWS]     default 1000000

#include "Dialogs.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "pages/EventPage.h"
#include "pages/FilePage.h"
#include "pages/MappingMenu.h"
#include "services/Session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace attendance;
using namespace attendance::gui;

namespace {

constexpr int ProbeMs = 5;

/// Same shape as the CSV pipeline benchmark: six columns, accented names, ISO dates, and a few
/// problems (one invalid address in 1,000 rows, one repeated address in 2,000).
bool writeCsv(const QString &path, int rows)
{
    static const char *const first[]
        = {"José", "Zoë", "Ana", "Łukasz", "Chloé", "Björn", "Aoife", "Núria"};
    static const char *const last[]
        = {"Núñez", "Brontë", "García", "Øster", "Müller", "O'Neill", "Smith", "Peña"};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk = "Email,First name,Last name,Company,Registration Time,Notes\n";
    for (int i = 0; i < rows; ++i) {
        QByteArray email = "person" + QByteArray::number(i) + "@example.com";
        if (i % 1000 == 999)
            email = "person" + QByteArray::number(i) + "(at)example.com";
        else if (i % 2000 == 1000)
            email = "PERSON" + QByteArray::number(i - 1000) + "@example.com";
        chunk += email + ',' + first[i % 8] + ',' + last[(i / 8) % 8] + ",Acme Iberia S.L.,2026-11-"
            + QByteArray::number(10 + i % 20) + ' ' + QByteArray::number(10 + i % 12)
            + ":02:11,Signed up at the stand\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size();
}

qint64 peakRssMb()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
#else
    return -1;
#endif
}

/// Ticks every ProbeMs and keeps the longest gap between two ticks.
class StallProbe final
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(ProbeMs);
        QObject::connect(&m_timer, &QTimer::timeout,
            [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    /// Stops; the longest stall in ms (the last stretch up to now included).
    qint64 stop()
    {
        m_timer.stop();
        return std::max<qint64>(std::max(m_longest, m_sinceTick.elapsed()) - ProbeMs, 0);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The benchmark's own settings, so it neither reads nor changes the person's.
    test::setUpGuiTestApplication();

    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"attendees.csv"_s);
    QElapsedTimer clock;
    clock.start();
    if (rows <= 0 || !dir.isValid() || !writeCsv(path, rows)) {
        std::fprintf(stderr, "cannot write the CSV\n");
        return 1;
    }
    std::printf("rows: %d, file: %.1f MB (generated in %.1f s)\n", rows,
        double(QFile(path).size()) / 1e6, double(clock.elapsed()) / 1000);

    MainWindow window;
    window.show();
    StallProbe probe;
    int exitCode = 1;
    const auto fail = [&](const char *why) {
        std::fprintf(stderr, "failed: %s\n", why);
        app.exit(1);
    };

    const auto afterRecheck = [&](bool ok) {
        const qint64 recheck = clock.elapsed();
        const qint64 stall = probe.stop();
        if (!ok)
            return fail("the re-checked plan cannot be sent");
        std::printf(
            "re-check after a column change: %lld ms, longest stall: %lld ms\n", recheck, stall);
        std::printf("ready to send: %lld of %d rows\n",
            qlonglong(window.session()->plan().attendees.size()), rows);
        std::printf("peak RSS: %lld MB\n", peakRssMb());
        exitCode = 0;
        app.quit();
    };
    const auto afterPreview = [&] {
        // The notes go to the company property, as from the header menu: a new plan is built.
        MappingMenu *menu = window.filePage()->showColumnMenu(5, window.mapToGlobal(QPoint()));
        auto *company = menu ? menu->findChild<QAction *>(u"property_company"_s) : nullptr;
        if (!company)
            return fail("no column menu");
        QObject::connect(
            window.filePage(), &FilePage::fileLoaded, &app, afterRecheck, Qt::SingleShotConnection);
        probe.start();
        clock.restart();
        company->trigger();
    };
    const auto afterLoaded = [&](bool ok) {
        const qint64 loaded = clock.elapsed();
        if (!ok)
            return fail("the file did not load");
        // Painted once with the preview: that, not the signal, is what the person waits for.
        window.repaint();
        const qint64 shown = clock.elapsed();
        const qint64 stall = probe.stop();
        std::printf("time to preview: %lld ms (plan ready at %lld ms)\n", shown, loaded);
        std::printf("longest stall: %lld ms (%d ms probe)\n", stall, ProbeMs);
        QTimer::singleShot(0, &app, afterPreview);
    };
    const auto open = [&] {
        window.eventPage()->selectEvent(u"412934701"_s);
        window.eventPage()->setState(SubscriberState::Attend);
        window.findChild<QPushButton *>(u"nextButton"_s)->click();
        if (window.step() != MainWindow::Step::File)
            return fail("not on the file step");
        QObject::connect(
            window.filePage(), &FilePage::fileLoaded, &app, afterLoaded, Qt::SingleShotConnection);
        Dialogs::setNextOpenFileName(path);
        probe.start();
        clock.restart();
        window.findChild<QPushButton *>(u"openButton"_s)->click();
    };
    QObject::connect(
        window.session(), &Session::connectFinished, &app, open, Qt::SingleShotConnection);
    window.startDemo();
    app.exec();
    return exitCode;
}
