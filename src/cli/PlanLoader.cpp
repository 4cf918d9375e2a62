// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanLoader.h"

#include "spreadsheet/CsvReader.h"

#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace attendance::cli {

namespace {

/// Only delimited text this version; workbooks get a message that says what to do instead.
bool checkFileType(const QString &file, QString *error)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xls" || suffix == u"ods") {
        *error = u"XLSX/ODS files are not supported yet; save the sheet as CSV (UTF-8)"_s;
        return false;
    }
    if (suffix != u"csv" && suffix != u"tsv" && suffix != u"txt") {
        *error = u"'%1' is not a .csv, .tsv or .txt file. Save the sheet as CSV (UTF-8) and use "
                 "that file."_s.arg(file);
        return false;
    }
    return true;
}

} // namespace

bool PlanLoader::toCsvOptions(const SheetOptions &options, CsvOptions *csv, QString *error)
{
    csv->encoding = options.encoding.trimmed();
    const QString d = options.delimiter;
    if (d.isEmpty())
        return true;
    if (d == u"," || d == u";" || d == u"|") {
        csv->delimiter = d.front();
    } else if (d == u"\t" || d == u"\\t" || d.compare(u"tab", Qt::CaseInsensitive) == 0) {
        csv->delimiter = u'\t';
    } else {
        *error = u"--delimiter takes , ; | or tab, not '%1'."_s.arg(d);
        return false;
    }
    return true;
}

bool PlanLoader::toImportOptions(const SheetOptions &options, ImportOptions *import, QString *error)
{
    if (!options.headerRow.isEmpty()) {
        bool ok = false;
        const int row = options.headerRow.trimmed().toInt(&ok);
        if (!ok || row < 0) {
            *error = u"--header-row takes a row number (1 = the first row), or 0 when the file "
                     "has no header; not '%1'."_s.arg(options.headerRow);
            return false;
        }
        import->headerRow = row;
    }
    for (const QString &map : options.maps) {
        // Split at the last '=': a header may contain one, a target never does.
        const qsizetype at = map.lastIndexOf(u'=');
        const QString column = at > 0 ? map.left(at).trimmed() : QString();
        const QString target = at > 0 ? map.mid(at + 1).trimmed() : QString();
        if (column.isEmpty() || target.isEmpty()) {
            *error = u"--map takes COLUMN=TARGET, e.g. --map \"E-mail=email\" or --map "
                     "C=contactProperties.firstname; not '%1'."_s.arg(map);
            return false;
        }
        import->mapOverrides.append({column, target});
    }
    import->dateFormat = options.dateFormat;
    if (!options.timeZone.isEmpty()) {
        const QTimeZone zone(options.timeZone.trimmed().toUtf8());
        if (!zone.isValid()) {
            *error = u"Unknown time zone '%1'. Use an IANA name such as Europe/Madrid, "
                     "America/New_York or UTC."_s.arg(options.timeZone);
            return false;
        }
        import->timeZone = zone;
    }
    return true;
}

bool PlanLoader::load(const SheetOptions &options, ImportPlan *plan, QString *error)
{
    if (options.file.isEmpty()) {
        *error = u"No file given."_s;
        return false;
    }
    if (!checkFileType(options.file, error))
        return false;
    if (options.sheet) {
        *error = u"CSV files have a single sheet (named after the file); leave out --sheet."_s;
        return false;
    }
    CsvOptions csv;
    ImportOptions import;
    if (!toCsvOptions(options, &csv, error) || !toImportOptions(options, &import, error))
        return false;

    const ReadResult read = CsvReader::readFile(options.file, csv);
    if (!read.ok()) {
        *error = read.error;
        return false;
    }
    *plan = ImportPlan {};
    plan->file = options.file;
    return buildImportPlan(read.sheet, import, plan, error);
}

} // namespace attendance::cli
