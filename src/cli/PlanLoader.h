// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"
#include "mapping/ImportPlan.h"
#include "pipeline/ImportPipeline.h"
#include "spreadsheet/Workbook.h"

#include <QString>
#include <optional>

namespace attendance::cli {

/// Turns the sheet options of validate and import into a read file and an ImportPlan, with a
/// plain-language message for every way the options or the file can be wrong.
class PlanLoader final
{
public:
    PlanLoader() = delete;

    /// false on a usage or input problem (exit code 2), with *error set. With @p withSha256 the
    /// plan records the SHA-256 of the bytes read (the file is read once, whatever it is).
    /// @p detail as for buildImportPlan(). *chosen (when given) says which sheet was read and
    /// why when --sheet named none and the file has several (else nullopt).
    static bool load(const SheetOptions &options, ImportPlan *plan, QString *error,
        bool withSha256 = false, PlanDetail detail = PlanDetail::Rows,
        std::optional<SheetChoice> *chosen = nullptr);

    /// The parts that need no file; exposed so import can reject bad options before anything else.
    static bool toCsvOptions(const SheetOptions &options, CsvOptions *csv, QString *error);
    static bool toImportOptions(const SheetOptions &options, ImportOptions *import, QString *error);
    /// --map's COLUMN=TARGET texts as typed column choices of @p sheet (whose header row
    /// import->headerRow says), appended to import->columnChoices.
    static bool toColumnChoices(
        const SheetOptions &options, const Sheet &sheet, ImportOptions *import, QString *error);
    /// The sheet --sheet names; when none, ImportPipeline::chooseSheet()'s, which *chosen then
    /// holds for a file of several sheets. -1 with *error when there is no such sheet.
    /// A CSV file's single sheet is named after the file: --sheet is accepted with that name only.
    static int sheetIndex(const Workbook &book, const SheetOptions &options, QString *error,
        std::optional<SheetChoice> *chosen = nullptr);
    /// The line that tells which sheet was read and why, when that is worth telling
    /// (SheetChoice::worthTelling()); else empty.
    static QString describeChoice(const SheetChoice &choice);
};

} // namespace attendance::cli
