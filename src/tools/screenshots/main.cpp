// SPDX-License-Identifier: GPL-3.0-or-later
// attendance-screenshots: makes the README's screenshots. Opens the real window on the demo account
// and lets ScreenshotTour walk it through every step, saving each page as PNG. Not shipped.
#include "Application.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The app's own names, icon and language, so the window is the one people see.
    attendance::gui::setUpApplication();
    const QString requested = attendance::gui::requestedLanguage(QApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Saves a PNG of each page of the demo walk-through "
                                     "(1-connect ... 5-results, \"-es\" in Spanish)."_s);
    parser.addHelpOption();
    const QCommandLineOption langOption(
        u"lang"_s, u"Language of the window: es or en. Default: the system's."_s, u"language"_s);
    const QCommandLineOption outOption(u"out"_s,
        u"Folder for the PNG files. Default: $ATTENDANCE_SCREENSHOT_DIR, else the current one."_s,
        u"folder"_s);
    parser.addOptions({langOption, outOption});
    parser.process(app);
    if (!requested.isEmpty() && requested != u"es" && requested != u"en") {
        std::fputs("Unknown language for --lang; use es or en.\n", stderr);
        return 2;
    }
    QString directory = parser.value(outOption);
    if (directory.isEmpty())
        directory = qEnvironmentVariable("ATTENDANCE_SCREENSHOT_DIR", QDir::currentPath());

    // A walk-through that must not touch the person's settings: every tour starts as a first run.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();

    attendance::gui::MainWindow window;
    window.show();
    auto *tour = new attendance::gui::ScreenshotTour(&window, directory, &window);
    QObject::connect(tour, &attendance::gui::ScreenshotTour::finished, &app,
        [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    QTimer::singleShot(0, tour, &attendance::gui::ScreenshotTour::start);
    return QApplication::exec();
}
