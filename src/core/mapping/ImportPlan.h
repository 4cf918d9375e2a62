// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"
#include "mapping/ColumnTarget.h"
#include "spreadsheet/Sheet.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace attendance {

/// What the user (or the CLI) decided about a sheet; defaults mean "detect".
struct ImportOptions
{
    int headerRow = -1; ///< 1-based; 0 = the file has no header; -1 = detect.
    /// The person's column choices, applied after detection, in order (a later choice of a
    /// target that takes one column only moves it).
    QList<ColumnChoice> columnChoices;
    /// Qt date-time format; empty = detect (ISO 8601, epoch ms, common exports).
    QString dateFormat;
    QTimeZone timeZone = QTimeZone::systemTimeZone(); ///< For dates without an offset.
    /// For dates like 03/04/2026: day first or month first. Auto decides from the column's values
    /// and reports ImportPlan::dateOrderAmbiguous when they cannot tell.
    enum class DateOrder { Auto, DayFirst, MonthFirst };
    DateOrder dateOrder = DateOrder::Auto;
    /// The state the rows are to be recorded in, when known. A status column then decides: with
    /// Attend, only rows that say attended are sent (registered, absent, cancelled and blank
    /// ones are skipped); with Register, rows that say cancelled are skipped. Without it no row
    /// is skipped for its status; a status that reads as none of AttendanceStatus sets the row
    /// aside (invalid) either way. With ByStatus, each row's status decides its state
    /// (Attendee::state); a blank status is skipped, and a plan without a status column fails.
    std::optional<SubscriberState> state;
};

/// A row that is well formed but not to be recorded in the run's state, because its own status
/// cell says otherwise ("did not attend: Attended = No").
struct SkippedRow
{
    int row = 0;
    QString email; ///< The row's address, as it would have been sent.
    QString reason;
};

/// A row whose email cell needed a repair to be usable ("mailto:ada@x.org", "Ada <ada@x.org>").
/// The row is sent with the repaired address; the preview and reports say so.
struct RepairedRow
{
    int row = 0;
    QString original; ///< The cell as it was.
    QString email; ///< What is sent.
};

/// A sheet turned into what will be sent and what was set aside, before anything is sent.
/// Invariant: attendees + invalid + duplicates + skipped == totalRows (blank rows are not counted).
struct ImportPlan
{
    QString file;
    QString fileSha256; ///< Of the bytes the plan was read from; empty when not known.
    QString sheet;
    int headerRow = 0; ///< 1-based; 0 = no header row.
    int totalRows = 0; ///< Non-blank data rows below the header, up to the table's end.
    /// 1-based row of the title of another table below this one (Teams' "3. In-Meeting
    /// Activities"), where reading stopped; 0 = the table runs to the end of the sheet.
    int tableEndRow = 0;
    QString nextTableTitle; ///< That title's text.
    int rowsAfterTable = 0; ///< Non-blank rows from tableEndRow on, title included: not read.
    /// The first cell that looks like mojibake ("JosÃ©"), 1-based row; 0 = none (findMojibake()).
    int mojibakeRow = 0;
    QString mojibakeValue;
    QStringList headers; ///< Header texts ("Column A", ... when there is no header).
    ColumnMapping mapping;
    QList<Attendee> attendees;
    QList<InvalidRow> invalid;
    QList<DuplicateRow> duplicates;
    QList<SkippedRow> skipped; ///< Their status contradicts the state (ImportOptions::state).
    QList<RepairedRow> repaired; ///< Informational: these rows are among the attendees.
    /// How many rows went each way. Always set; with PlanDetail::CountsOnly the five lists above
    /// stay empty and only these say what they would hold.
    struct Counts
    {
        qsizetype attendees = 0;
        qsizetype invalid = 0;
        qsizetype duplicates = 0;
        qsizetype merged = 0; ///< Of the duplicates, the sessions merged into an earlier row.
        qsizetype skipped = 0;
        qsizetype repaired = 0;
    };
    Counts counts;
    /// The date cells fit both day-first and month-first reading (e.g. every day <= 12): the
    /// user should choose (ImportOptions::dateOrder); until then dateOrderUsed applies.
    bool dateOrderAmbiguous = false;
    ImportOptions::DateOrder dateOrderUsed = ImportOptions::DateOrder::Auto;
};

/// What buildImportPlan() keeps of each row. CountsOnly runs the same checks (emails, dates,
/// duplicates) but keeps no attendee and no row lists, only ImportPlan::counts: for a summary
/// of a large file, at a few bytes a row instead of a few hundred.
enum class PlanDetail { Rows, CountsOnly };

/// Where a sheet's header and data are, before any row is checked: what a front end needs to
/// turn column names into ColumnChoices.
struct SheetLayout
{
    int headerIndex = -1; ///< 0-based; -1 = no header row.
    int dataStart = 0; ///< 0-based first data row.
    int dataEnd = 0; ///< 0-based, exclusive: the title of the next table, or the sheet's end.
    QStringList headers; ///< Header texts ("Column A", ... for blank or missing ones).
    bool namedColumns = false; ///< The headers come from a header row that is not blank.
};

/// @p headerRow as ImportOptions::headerRow. false with *error when the row is past the sheet.
bool sheetLayout(const Sheet &sheet, int headerRow, SheetLayout *layout, QString *error);

/// Whether buildImportPlan() with the header row detected and no column choices finds an email
/// column in @p sheet: one named so, or one mostly of addresses in the first rows below the
/// header. Reads the rows header detection reads and a sample below them, never every row's
/// cells, so that every sheet of a large workbook can be asked.
bool holdsEmailColumn(const Sheet &sheet);

/// Builds an ImportPlan from a sheet. On a usage error (a column choice past the sheet's columns,
/// no email column at all) returns false and sets *error to a plain-language message.
///
/// plan->file and plan->fileSha256 are kept (the caller sets them); everything else is replaced. On
/// failure the plan still holds headerRow, headers and the mapping found so far, so a UI can offer
/// the columns. Blank header cells read "Column B" etc. A row whose email is fine but whose date
/// cell cannot be read is an InvalidRow with the email cell as value and the date named in the
/// reason; such a row does not claim its email, so a later row with the same email is still sent.
bool buildImportPlan(const Sheet &sheet, const ImportOptions &options, ImportPlan *plan,
    QString *error, PlanDetail detail = PlanDetail::Rows);

} // namespace attendance
