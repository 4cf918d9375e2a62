// SPDX-License-Identifier: GPL-3.0-or-later
// attendance-importer-cli: validate a spreadsheet, list events and import attendance from a
// terminal or a script. QCoreApplication only, so it needs no display.
#include "AppInfo.h"
#include "CliOptions.h"
#include "Console.h"
#include "EventsCommand.h"
#include "ExitCode.h"
#include "ImportCommand.h"
#include "ValidateCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>
#include <cstdio>

using namespace attendance;
using namespace attendance::cli;

namespace {

/// Runs a network command inside the event loop; no nested loops anywhere. A command that cannot
/// start returns its exit code from prepare() before the loop is entered.
template <typename CommandType> int runInEventLoop(const CommandLine &commandLine, QIODevice *input)
{
    CommandType command(commandLine);
    if (const std::optional<int> code = command.prepare(input))
        return *code;
    QObject::connect(
        &command, &CommandType::finished, qApp, [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &command, &CommandType::start);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("attendance-importer-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(appinfo::kVersion));
    QCoreApplication::setOrganizationName(QString::fromLatin1(appinfo::kOrganization));

    const ParseResult parsed = CliOptions::parse(QCoreApplication::arguments());
    switch (parsed.action) {
    case ParseResult::Action::Print:
        Console::out(parsed.text);
        return ExitOk;
    case ParseResult::Action::Fail:
        Console::err(parsed.text);
        return ExitUsage;
    case ParseResult::Action::Run:
        break;
    }
    const CommandLine &commandLine = parsed.commandLine;

    // The core logs each request at info level, which is noise on a terminal unless asked for.
    // QT_LOGGING_RULES is applied after these rules, so it still wins.
    if (!commandLine.global.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("attendance.*.info=false"));

    // Standard input is only read for --token-stdin; if it cannot be opened, TokenSource says so.
    QFile input;
    input.open(stdin, QIODevice::ReadOnly);

    switch (commandLine.command) {
    case Command::Validate:
        return ValidateCommand::run(commandLine);
    case Command::Events:
        return runInEventLoop<EventsCommand>(commandLine, &input);
    case Command::Import:
        return runInEventLoop<ImportCommand>(commandLine, &input);
    case Command::None:
        break;
    }
    return ExitUsage;
}
