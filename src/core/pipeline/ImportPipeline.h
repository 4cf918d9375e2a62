// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"
#include "mapping/ImportPlan.h"
#include "results/RowResult.h"
#include "sending/RunJournal.h"
#include "spreadsheet/Workbook.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace attendance {

/// What a run is: where the attendees go, in which state, and when rows without a date happened.
/// Both front ends fill it from what the person chose (the wizard's pages, the CLI's flags).
struct RunSettings
{
    QString eventId; ///< The marketing event's objectId.
    QString eventName;
    SubscriberState state = SubscriberState::Register;
    /// interactionDateTime (epoch ms) for rows the file gives no date; nullopt = the time the run
    /// starts, fixed once so that a resumed run records the rest at the same time.
    std::optional<qint64> interactionTime;
    QString apiVersion; ///< Written to the journal; empty for the demo account.
    /// Only people who are already contacts (SendEngine::Options::existingContactsOnly).
    bool existingContactsOnly = false;
};

/// Which sheet of a workbook is read when the person names none, and why (ImportPipeline::
/// chooseSheet()).
struct SheetChoice
{
    int index = 0; ///< Into Workbook::sheets.
    QString name; ///< That sheet's name.
    /// It holds an email column. When false no sheet does, and the first one is read.
    bool holdsEmails = false;
    QStringList others; ///< The names of the other sheets with an email column, in order.

    /// The person should be told which sheet was read: it is not the first one, or others
    /// would do as well.
    bool worthTelling() const { return index > 0 || !others.isEmpty(); }
};

/// The import, one way for the GUI and the CLI: read → detect → map → check → plan, then the
/// run's rules (what each state sends, the journal's header, the retry plan, merging results).
/// The front ends only collect the options and show progress and results; SendEngine posts the
/// batches and RunJournal records them.
class ImportPipeline final
{
public:
    ImportPipeline() = delete;

    /// Reads @p path once (InputFile) and sniffs its format from the bytes. On failure the
    /// workbook's error says what to do; a file whose content is no spreadsheet we know, under a
    /// name that is no spreadsheet's, is told so plainly. With @p withSha256, Workbook::sha256
    /// holds the SHA-256 of the bytes read (for the journal, which must know the file again on a
    /// resume; validating has no use for it).
    static Workbook read(const QString &path, const CsvOptions &csv, const ReadControl &control,
        bool withSha256 = false);

    /// The sheet to read when the person names none: the first that holds an email column
    /// (holdsEmailColumn(): a summary or a cover sheet before the list of people is passed
    /// over), else the first. Asks each sheet with a sample of its rows, so it stays quick on a
    /// large workbook. @p book must hold a sheet.
    static SheetChoice chooseSheet(const Workbook &book);

    /// For a plan of sheet @p sheet that found no email column: which other sheets of @p book
    /// hold one, or that none does, naming them. Empty for a workbook of one sheet.
    static QString emailSheetsHint(const Workbook &book, int sheet);

    /// The plan of sheet @p sheet of @p book, read from @p file: the plan records the file and
    /// the book's SHA-256 as where it came from. When no email column is found, *error ends
    /// with emailSheetsHint().
    /// @p detail as for buildImportPlan().
    static bool plan(const Workbook &book, int sheet, const ImportOptions &options,
        const QString &file, ImportPlan *plan, QString *error,
        PlanDetail detail = PlanDetail::Rows);

    /// What a run in @p state sends of @p plan. HubSpot records join and leave times for
    /// attendance only (reference §3.1): other states send no event properties, and
    /// *droppedTimes (when given) says whether the file had any.
    static ImportPlan planToSend(
        const ImportPlan &plan, SubscriberState state, bool *droppedTimes = nullptr);

    /// The journal header of a new run of @p plan. Fixes settings->interactionTime to now when
    /// it is unset, so the engine and a later resume use the same instant.
    static JournalHeader journalHeader(RunSettings *settings, const ImportPlan &plan);

    /// The settings of a run resumed from its journal: the event, the state, and the interaction
    /// time the first run fixed (older journals kept none: the resumed run fixes its own).
    static RunSettings resumedSettings(const JournalHeader &header);

    /// The attendees of @p sent whose latest result in @p results failed: what "send the failed
    /// rows again" sends, in row order. @p sent's attendees are in row order (as plans are).
    static ImportPlan retryPlan(const ImportPlan &sent, const QList<RowResult> &results);

    /// @p all with each row that @p retried answered replaced by that answer; other rows keep
    /// theirs.
    static QList<RowResult> mergeResults(QList<RowResult> all, const QList<RowResult> &retried);
};

} // namespace attendance
