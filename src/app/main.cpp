// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void fail(const QString &message)
{
    std::fputs(qPrintable(message + u'\n'), stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The language is set before the parser, so that --help speaks it too.
    attendance::gui::setUpApplication();
    const QString requested = attendance::gui::requestedLanguage(QApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Records in HubSpot who registered for, attended or cancelled a marketing event, "
        "from a spreadsheet."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(u"demo"_s,
        QCoreApplication::translate(
            "main", "Start with the demo account: a simulated HubSpot on this computer."));
    const QCommandLineOption langOption(u"lang"_s,
        QCoreApplication::translate(
            "main", "Language of the window: es (Spanish) or en (English). Default: the system's."),
        QCoreApplication::translate("main", "language"));
    parser.addOptions({demoOption, langOption});
    parser.process(app);
    if (!requested.isEmpty() && requested != u"es" && requested != u"en") {
        fail(QCoreApplication::translate("main", "Unknown language for --lang; use es or en."));
        return 2;
    }
    // Never echo what was given: it could be a token pasted in the wrong place.
    if (!parser.positionalArguments().isEmpty()) {
        fail(QCoreApplication::translate("main",
            "This program takes no arguments besides its options. An access token is "
            "never read from the command line: paste it in the window."));
        return 2;
    }

    attendance::gui::MainWindow window;
    window.show();
    if (parser.isSet(demoOption))
        window.startDemo();
    return QApplication::exec();
}
