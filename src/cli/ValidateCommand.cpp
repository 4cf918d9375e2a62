// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidateCommand.h"

#include "Console.h"
#include "ExitCode.h"
#include "ImportReport.h"
#include "JsonOutput.h"
#include "PlanLoader.h"
#include "TerminalText.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace attendance::cli {

namespace {

qsizetype widest(const QStringList &texts)
{
    qsizetype width = 0;
    for (const QString &t : texts)
        width = std::max(width, t.size());
    return width;
}

/// One entry per line: Console shows a line break inside a header or a cell as \n.
QStringList describe(
    const ImportPlan &plan, const std::optional<SheetChoice> &chosen, bool summaryOnly)
{
    QStringList lines;
    const QString header
        = plan.headerRow > 0 ? u"header row %1"_s.arg(plan.headerRow) : u"no header row"_s;
    lines << u"File: %1 (sheet \"%2\", %3)"_s.arg(
        QDir::toNativeSeparators(plan.file), plan.sheet, header);
    if (chosen && chosen->worthTelling())
        lines << PlanLoader::describeChoice(*chosen);
    lines << u"Columns:"_s;
    QStringList headers;
    for (const QString &h : plan.headers)
        headers << TerminalText::field(h);
    const qsizetype width = widest(headers);
    const int letterWidth
        = int(columnLetters(int(std::max<qsizetype>(headers.size(), 1)) - 1).size());
    for (qsizetype c = 0; c < headers.size(); ++c) {
        lines << u"  %1  %2  -> %3"_s.arg(columnLetters(int(c)), -letterWidth)
                     .arg(headers.at(c), -int(width))
                     .arg(plan.mapping.columns.value(c).toString());
    }
    // The counts: with --summary the plan holds no rows (PlanDetail::CountsOnly).
    lines << u"%1 rows: %2 to send, %3 invalid, %4 duplicate."_s.arg(plan.totalRows)
                 .arg(plan.counts.attendees)
                 .arg(plan.counts.invalid)
                 .arg(plan.counts.duplicates);
    if (plan.mojibakeRow > 0)
        lines << u"Warning: row %1 holds \"%2\", which looks like text read in the wrong encoding "
                 "(\"JosÃ©\" for \"José\"). Check the names before sending; for a CSV file, "
                 "give its encoding with --encoding (e.g. --encoding utf-8)."_s
                     .arg(plan.mojibakeRow)
                     .arg(TerminalText::field(plan.mojibakeValue));
    if (plan.counts.merged > 0)
        lines << u"%1 of the duplicate rows are further sessions of people listed earlier: each is "
                 "merged into the person's first row, sent with the earliest join and the latest "
                 "leave."_s.arg(plan.counts.merged);
    if (plan.tableEndRow > 0)
        lines << u"The table ends at row %1, where another one begins (\"%2\"): its %3 rows are "
                 "not read. To read that table, give its header row with --header-row."_s
                     .arg(plan.tableEndRow)
                     .arg(TerminalText::field(plan.nextTableTitle))
                     .arg(plan.rowsAfterTable);
    const bool byStatus = std::any_of(plan.attendees.cbegin(), plan.attendees.cend(),
        [](const Attendee &a) { return a.state.has_value(); });
    if (byStatus)
        lines << u"By each row's status: %1."_s.arg(
            ImportReport::stateCounts(countByState(plan.attendees, SubscriberState::ByStatus)));
    if (plan.counts.skipped > 0)
        lines << (byStatus ? u"%1 rows are not sent: their status is blank."_s
                           : u"%1 rows are not sent: their status column says the person did not "
                             "attend or cancelled."_s)
                     .arg(plan.counts.skipped);
    if (plan.counts.repaired > 0)
        lines << u"%1 email addresses were repaired; the repaired address is sent."_s.arg(
            plan.counts.repaired);
    if (plan.dateOrderAmbiguous) {
        const bool monthFirst = plan.dateOrderUsed == ImportOptions::DateOrder::MonthFirst;
        lines << u"Dates like 03/04/2026 could be 3 April or March 4; read as %1. Choose with "
                 "--date-order day-first or month-first."_s.arg(
                     monthFirst ? u"month first"_s : u"day first"_s);
    }
    if (summaryOnly)
        return lines;

    QStringList values;
    for (const InvalidRow &r : plan.invalid)
        values << u'"' + TerminalText::field(r.value) + u'"';
    for (const DuplicateRow &d : plan.duplicates)
        values << TerminalText::field(d.email);
    const int valueWidth = int(std::min<qsizetype>(widest(values), 40));
    if (!plan.invalid.isEmpty()) {
        lines << QString() << u"Invalid rows (not sent):"_s;
        for (qsizetype i = 0; i < plan.invalid.size(); ++i) {
            const InvalidRow &r = plan.invalid.at(i);
            lines << u"  row %1  %2  %3"_s.arg(r.row, -5)
                         .arg(values.at(i), -valueWidth)
                         .arg(r.reason);
        }
    }
    if (!plan.duplicates.isEmpty()) {
        lines << QString() << u"Duplicate rows (not sent):"_s;
        for (const DuplicateRow &d : plan.duplicates) {
            QString line = (d.merged ? u"  row %1  %2  merged into row %3 (another session)"_s
                                     : u"  row %1  %2  same email as row %3"_s)
                               .arg(d.row, -5)
                               .arg(TerminalText::field(d.email), -valueWidth)
                               .arg(d.firstRow);
            if (d.ownState && d.sentAs && *d.ownState != *d.sentAs)
                line += u", which goes as %1 (the furthest state of the person's rows)"_s.arg(
                    toApiString(*d.sentAs));
            lines << line;
        }
    }
    if (!plan.skipped.isEmpty()) {
        lines << QString() << u"Skipped for their status (not sent):"_s;
        for (const SkippedRow &r : plan.skipped)
            lines << u"  row %1  %2  %3"_s.arg(r.row, -5)
                         .arg(TerminalText::field(r.email), -valueWidth)
                         .arg(r.reason);
    }
    if (!plan.repaired.isEmpty()) {
        lines << QString() << u"Repaired rows (sent):"_s;
        for (const RepairedRow &r : plan.repaired)
            lines << u"  row %1  \"%2\" -> %3"_s.arg(r.row, -5).arg(r.original, r.email);
    }
    return lines;
}

} // namespace

int ValidateCommand::run(const CommandLine &commandLine)
{
    ImportPlan plan;
    QString error;
    // A summary needs only the counts: the same checks, without a million attendees in memory.
    const PlanDetail detail = commandLine.summary ? PlanDetail::CountsOnly : PlanDetail::Rows;
    std::optional<SheetChoice> chosen;
    if (!PlanLoader::load(commandLine.sheet, &plan, &error, false, detail, &chosen)) {
        Console::err(error);
        return ExitUsage;
    }
    if (commandLine.json) {
        Console::outBytes(JsonOutput::toText(JsonOutput::plan(plan, commandLine.summary, chosen)));
    } else {
        Console::out(describe(plan, chosen, commandLine.summary));
    }
    return ExitOk;
}

} // namespace attendance::cli
