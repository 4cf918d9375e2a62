// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace attendance::cli {

enum class Command { None, Validate, Events, Import };

QString commandName(Command command); ///< "validate", "events", "import"; empty for None.

/// Options every command accepts: where HubSpot is and where the token comes from.
struct GlobalOptions
{
    QString baseUrl; ///< As typed; empty = HubSpot.
    QString apiVersion; ///< As typed; empty = v3.
    QString timeout; ///< Seconds as typed; empty = the client's default.
    QString tokenFile;
    bool tokenStdin = false;
    bool demo = false;
    bool verbose = false;
};

/// How to read the spreadsheet and map its columns (validate and import). Values are kept as
/// typed; PlanLoader turns them into reader and plan options and explains what is wrong.
struct SheetOptions
{
    QString file;
    std::optional<QString> sheet;
    QString headerRow;
    QStringList maps; ///< COLUMN=TARGET, in the order given.
    QString dateFormat;
    QString dateOrder; ///< auto, day-first or month-first, as typed.
    QString timeZone;
    QString encoding;
    QString delimiter;
    /// register, attend, cancel or by-status, as typed (import requires it, validate takes it):
    /// with a status column, it decides which rows are skipped.
    QString state;
};

/// Everything the command line asked for, syntactically checked.
struct CommandLine
{
    Command command = Command::None;
    GlobalOptions global;
    SheetOptions sheet;
    bool json = false;
    bool summary = false; ///< validate
    QString event; ///< import
    QString state; ///< import
    QString batchSize; ///< import, as typed
    QString resultsPath; ///< import
    QString interactionTime; ///< import: now, event-start or an ISO 8601 date-time, as typed
    QString journalPath; ///< import: --journal PATH; empty = no journal
    bool resume = false; ///< import: continue the run in journalPath (FILE is then optional)
    bool progress = false; ///< import
    /// import: record register or attend on an event HubSpot marks as cancelled
    bool allowCancelledEvent = false;
    /// import: look the emails up and record only people who are already contacts
    bool existingContactsOnly = false;
};

/// What main() should do after parsing.
struct ParseResult
{
    enum class Action {
        Run, ///< Run commandLine.
        Print, ///< Print text on stdout and exit 0 (--help, --version).
        Fail, ///< Print text on stderr and exit 2.
    };
    Action action = Action::Fail;
    QString text;
    CommandLine commandLine;
};

/// Parses "[global options] COMMAND [command options] [FILE]" with QCommandLineParser: a first
/// pass finds the command, a second parses with exactly that command's options, so each command
/// rejects options it does not take and has its own --help.
class CliOptions final
{
public:
    CliOptions() = delete;

    /// arguments includes the program name first, as QCoreApplication::arguments() does.
    static ParseResult parse(const QStringList &arguments);
    /// The --help text of a command, or the general one for Command::None.
    static QString helpText(Command command);
};

} // namespace attendance::cli
