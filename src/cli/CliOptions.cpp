// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOptions.h"

#include "AppInfo.h"
#include "CommandHelp.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace attendance::cli {

namespace {

constexpr auto kProgram = "attendance-importer-cli"_L1;

// Option names, shared by the definitions and the lookups so a typo cannot split them.
const QString kBaseUrl = u"base-url"_s;
const QString kApiVersion = u"api-version"_s;
const QString kTimeout = u"timeout"_s;
const QString kTokenFile = u"token-file"_s;
const QString kTokenStdin = u"token-stdin"_s;
const QString kDemo = u"demo"_s;
const QString kVerbose = u"verbose"_s;
const QString kHelp = u"help"_s;
const QString kVersion = u"version"_s;
const QString kSheet = u"sheet"_s;
const QString kHeaderRow = u"header-row"_s;
const QString kMap = u"map"_s;
const QString kDateFormat = u"date-format"_s;
const QString kDateOrder = u"date-order"_s;
const QString kInteractionTime = u"interaction-time"_s;
const QString kAllowCancelledEvent = u"allow-cancelled-event"_s;
const QString kExistingContactsOnly = u"existing-contacts-only"_s;
const QString kTimeZone = u"timezone"_s;
const QString kEncoding = u"encoding"_s;
const QString kDelimiter = u"delimiter"_s;
const QString kSummary = u"summary"_s;
const QString kJson = u"json"_s;
const QString kEvent = u"event"_s;
const QString kState = u"state"_s;
const QString kBatchSize = u"batch-size"_s;
const QString kResults = u"results"_s;
const QString kJournal = u"journal"_s;
const QString kResume = u"resume"_s;
const QString kProgress = u"progress"_s;

QList<QCommandLineOption> sheetOptions()
{
    return {
        {kSheet,
            u"Sheet of a workbook (XLSX, ODS, XLS) to read; default: the first. A CSV file has "
            "a single sheet named after the file, and takes only that name."_s,
            u"NAME"_s},
        {kHeaderRow,
            u"Row holding the column names: 1 = the first row, 0 = the file has no "
            "header. Default: detected."_s,
            u"N"_s},
        {kMap,
            u"Send COLUMN as TARGET; repeat for several columns. COLUMN: header text, letter "
            "(B) or number (2). TARGET: email, interactionDateTime, contactProperties.NAME, "
            "properties.joinedAt, properties.leftAt, status (attended, absent or cancelled: "
            "decides which rows are sent), fullName (one cell split into first and last name) "
            "or ignore."_s,
            u"COLUMN=TARGET"_s},
        {kDateFormat,
            u"Qt date-time format of the date cells, e.g. \"dd/MM/yyyy HH:mm\". "
            "Default: detected (ISO 8601, date cells, the formats of common exports)."_s,
            u"FMT"_s},
        {kDateOrder,
            u"How dates like 03/04/2026 are written: day-first, month-first, or auto "
            "(default: decided from the column; validate says when it cannot tell)."_s,
            u"ORDER"_s},
        {kTimeZone,
            u"Time zone of dates without an offset, e.g. Europe/Madrid. Default: this "
            "computer's."_s,
            u"IANA"_s},
        {kEncoding,
            u"Text encoding: UTF-8, UTF-16, windows-1252, ISO-8859-1, macroman (Mac OS "
            "Roman)... Default: detected."_s,
            u"NAME"_s},
        {kDelimiter, u"Cell separator: , ; | or tab. Default: detected."_s, u"CHAR"_s},
    };
}

QList<QCommandLineOption> globalOptions()
{
    return {
        {kBaseUrl,
            u"HubSpot API address (default https://api.hubapi.com). Plain http:// only "
            "for this computer (localhost)."_s,
            u"URL"_s},
        {kApiVersion, u"API path family: v3 (default) or 2026-03."_s, u"VERSION"_s},
        {kDemo,
            u"Use a simulated HubSpot account on this computer, with six sample events. "
            "Nothing is sent to HubSpot; no token is needed."_s},
        {kTokenFile,
            u"Read the access token from the first line of PATH. Keep the file "
            "readable by you only (chmod 600)."_s,
            u"PATH"_s},
        {kTokenStdin, u"Read the access token from the first line of standard input."_s},
        {kTimeout, u"Give up on a request after SECONDS without an answer (default 60)."_s,
            u"SECONDS"_s},
        {kVerbose, u"Log each request (method, path, HTTP status) on stderr."_s},
        {{u"h"_s, kHelp}, u"Show this help."_s},
        {kVersion, u"Show the version."_s},
    };
}

QList<QCommandLineOption> commandOptions(Command command)
{
    const QCommandLineOption json(kJson,
        command == Command::Events ? u"Print the events as one JSON object on stdout."_s
                                   : u"Print one JSON object on stdout."_s);
    switch (command) {
    case Command::None:
        return {};
    case Command::Validate:
        return sheetOptions() << QCommandLineOption(kState,
                   u"The state the rows are for: register, attend, cancel or by-status. With a "
                   "status column (Attended, Attendee Status, Checked In...), rows whose status "
                   "contradicts it are listed as skipped, as import would skip them; by-status "
                   "gives each row the state its status says."_s,
                   u"STATE"_s)
                              << QCommandLineOption(
                                     kSummary, u"Print counts instead of the lists of rows."_s)
                              << json;
    case Command::Events:
        return {json};
    case Command::Import:
        return QList<QCommandLineOption> {
                   {kEvent,
                       u"The marketing event's objectId (see the events command). "
                       "Required."_s,
                       u"OBJECT_ID"_s},
                   {kState,
                       u"What to record: register, attend, cancel, or by-status (each row as "
                       "its status column says). Required."_s,
                       u"STATE"_s},
               }
        << sheetOptions()
        << QList<QCommandLineOption> {
               {kBatchSize, u"Attendees per request, 1 to 1000 (default 100)."_s, u"N"_s},
               {kInteractionTime,
                   u"Date of registration or attendance for rows without one: now (the time "
                   "of sending, default), event-start (the event's start in HubSpot) or a date "
                   "and time in ISO 8601, e.g. 2026-12-01T17:00 (read in --timezone)."_s,
                   u"WHEN"_s},
               {kResults,
                   u"Write one line per spreadsheet row (status, contact id, reason) "
                   "to PATH as CSV. PATH holds the attendees' emails; it is readable by you "
                   "only, also when it replaces an existing file."_s,
                   u"PATH"_s},
               {kJournal,
                   u"Record each row's outcome in PATH as it is known, so that an import "
                   "stopped by Ctrl-C, a crash or a refused token can be resumed. PATH holds "
                   "the attendees' emails (never the token); it is readable by you only."_s,
                   u"PATH"_s},
               {kResume,
                   u"Continue the import recorded in --journal PATH: rows HubSpot confirmed "
                   "are not sent again. FILE, --event and --state may be left out."_s},
               {kProgress, u"Print progress on stderr even when it is not a terminal."_s},
               {kAllowCancelledEvent,
                   u"Record people as registered or attended even though HubSpot marks the "
                   "event as cancelled (without it, such an import is refused)."_s},
               {kExistingContactsOnly,
                   u"Record only people who are already contacts in HubSpot: the emails are "
                   "looked up first and the others are skipped, not created. The token needs "
                   "crm.objects.contacts.read."_s},
               json,
           };
    }
    return {};
}

Command commandFromName(const QString &name)
{
    for (const Command c : {Command::Validate, Command::Events, Command::Import}) {
        if (name == commandName(c))
            return c;
    }
    return Command::None;
}

bool takesFile(Command command)
{
    return command == Command::Validate || command == Command::Import;
}

void configure(QCommandLineParser *parser, Command command)
{
    parser->setApplicationDescription(CommandHelp::description(command));
    parser->addOptions(commandOptions(command));
    parser->addOptions(globalOptions());
    if (command == Command::None) {
        parser->addPositionalArgument(u"command"_s, u"validate, events or import."_s, u"COMMAND"_s);
        return;
    }
    parser->addPositionalArgument(commandName(command), u"The command."_s);
    if (takesFile(command))
        parser->addPositionalArgument(
            u"FILE"_s, u"The spreadsheet: .csv, .tsv, .txt, .xlsx, .ods or .xls."_s);
}

/// Tokens in argv are readable by every user of the machine (ps, /proc), so refuse them loudly
/// rather than with a generic "unknown option", and never echo the value.
bool passesTokenOnCommandLine(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--")
            break;
        if (a == u"--token" || a.startsWith(u"--token=") || a == u"--access-token"
            || a.startsWith(u"--access-token="))
            return true;
    }
    return false;
}

QString versionText()
{
    return QString(kProgram) + u' ' + QString::fromLatin1(appinfo::kVersion);
}

ParseResult fail(const QString &message, Command command)
{
    const QString hint = command == Command::None
        ? u"Run \"%1 --help\" for the commands and options."_s.arg(kProgram)
        : u"Run \"%1 %2 --help\" for the options."_s.arg(kProgram, commandName(command));
    return {ParseResult::Action::Fail, message + u'\n' + hint, {}};
}

CommandLine read(const QCommandLineParser &parser, Command command)
{
    CommandLine line;
    line.command = command;
    GlobalOptions &g = line.global;
    g.baseUrl = parser.value(kBaseUrl);
    g.apiVersion = parser.value(kApiVersion);
    g.timeout = parser.value(kTimeout);
    g.tokenFile = parser.value(kTokenFile);
    g.tokenStdin = parser.isSet(kTokenStdin);
    g.demo = parser.isSet(kDemo);
    g.verbose = parser.isSet(kVerbose);
    line.json = parser.isSet(kJson);
    if (!takesFile(command))
        return line;

    SheetOptions &s = line.sheet;
    s.file = parser.positionalArguments().value(1);
    if (parser.isSet(kSheet))
        s.sheet = parser.value(kSheet);
    s.headerRow = parser.value(kHeaderRow);
    s.maps = parser.values(kMap);
    s.dateFormat = parser.value(kDateFormat);
    s.dateOrder = parser.value(kDateOrder);
    s.timeZone = parser.value(kTimeZone);
    s.encoding = parser.value(kEncoding);
    s.delimiter = parser.value(kDelimiter);
    s.state = parser.value(kState);
    if (command == Command::Validate) {
        line.summary = parser.isSet(kSummary);
        return line;
    }
    line.event = parser.value(kEvent);
    line.state = parser.value(kState);
    line.batchSize = parser.value(kBatchSize);
    line.resultsPath = parser.value(kResults);
    line.interactionTime = parser.value(kInteractionTime);
    line.journalPath = parser.value(kJournal);
    line.resume = parser.isSet(kResume);
    line.progress = parser.isSet(kProgress);
    line.allowCancelledEvent = parser.isSet(kAllowCancelledEvent);
    line.existingContactsOnly = parser.isSet(kExistingContactsOnly);
    return line;
}

} // namespace

QString commandName(Command command)
{
    switch (command) {
    case Command::None:
        return {};
    case Command::Validate:
        return u"validate"_s;
    case Command::Events:
        return u"events"_s;
    case Command::Import:
        return u"import"_s;
    }
    return {};
}

QString CliOptions::helpText(Command command)
{
    QCommandLineParser parser;
    configure(&parser, command);
    return parser.helpText();
}

ParseResult CliOptions::parse(const QStringList &arguments)
{
    if (passesTokenOnCommandLine(arguments)) {
        return {ParseResult::Action::Fail,
            u"Tokens are never taken from the command line (other users can see it in the "
            "process list); use HUBSPOT_ACCESS_TOKEN, --token-file or --token-stdin"_s,
            {}};
    }

    // First pass: every option of every command is known, so that option values are not taken
    // for the command name; errors are reported by the second pass, which knows the command.
    QCommandLineParser discover;
    QStringList known;
    for (const Command c : {Command::Validate, Command::Events, Command::Import, Command::None}) {
        const QList<QCommandLineOption> options
            = c == Command::None ? globalOptions() : commandOptions(c);
        for (const QCommandLineOption &option : options) {
            if (!known.contains(option.names().constFirst())) {
                known << option.names().constFirst();
                discover.addOption(option);
            }
        }
    }
    const bool discovered = discover.parse(arguments);
    const QString name = discover.positionalArguments().value(0);
    const Command command = commandFromName(name);

    if (command == Command::None) {
        if (discover.isSet(kHelp))
            return {ParseResult::Action::Print, helpText(Command::None), {}};
        if (discover.isSet(kVersion))
            return {ParseResult::Action::Print, versionText(), {}};
        if (!discovered)
            return fail(discover.errorText(), Command::None);
        if (name.isEmpty())
            return fail(u"No command given: use validate, events or import."_s, Command::None);
        return fail(
            u"Unknown command '%1': use validate, events or import."_s.arg(name), Command::None);
    }

    QCommandLineParser parser;
    configure(&parser, command);
    const bool parsed = parser.parse(arguments);
    if (parser.isSet(kHelp))
        return {ParseResult::Action::Print, helpText(command), {}};
    if (parser.isSet(kVersion))
        return {ParseResult::Action::Print, versionText(), {}};
    if (!parsed)
        return fail(parser.errorText(), command);

    const QStringList positional = parser.positionalArguments();
    const qsizetype expected = takesFile(command) ? 2 : 1;
    // A resumed import reads its plan from the journal; the spreadsheet is optional then.
    const bool fileOptional = command == Command::Import && parser.isSet(kResume);
    if (positional.size() < expected && !(fileOptional && positional.size() == expected - 1))
        return fail(u"No file given: %1 needs the spreadsheet to read."_s.arg(name), command);
    if (positional.size() > expected)
        return fail(u"Unexpected argument '%1'."_s.arg(positional.at(expected)), command);

    // A value option given twice is most likely a mistake; only --map is meant to repeat.
    const QStringList found = parser.optionNames();
    for (const QString &option : found) {
        if (option != kMap && found.count(option) > 1 && !parser.value(option).isEmpty())
            return fail(u"--%1 is given more than once."_s.arg(option), command);
    }
    return {ParseResult::Action::Run, {}, read(parser, command)};
}

} // namespace attendance::cli
