// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanLoader.h"

#include "TerminalText.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace attendance::cli {

namespace {

/// A sheet name in a line of its own: a line break in it cannot start another.
QString quoted(const QString &name)
{
    return u'"' + TerminalText::field(name) + u'"';
}

QString quotedNames(const QList<Sheet> &sheets)
{
    QStringList names;
    for (const Sheet &sheet : sheets)
        names.append(u'"' + sheet.name + u'"');
    return names.join(u", "_s);
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
    if (!options.state.isEmpty()) {
        import->state = subscriberStateFromString(options.state.trimmed().toLower());
        if (!import->state) {
            *error = u"--state takes register, attend, cancel or by-status, not '%1'."_s.arg(
                options.state);
            return false;
        }
    }
    import->dateFormat = options.dateFormat;
    const QString order = options.dateOrder.trimmed().toLower();
    if (order == u"day-first") {
        import->dateOrder = ImportOptions::DateOrder::DayFirst;
    } else if (order == u"month-first") {
        import->dateOrder = ImportOptions::DateOrder::MonthFirst;
    } else if (!order.isEmpty() && order != u"auto") {
        *error = u"--date-order takes day-first, month-first or auto, not '%1'."_s.arg(
            options.dateOrder);
        return false;
    }
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

int PlanLoader::sheetIndex(const Workbook &book, const SheetOptions &options, QString *error,
    std::optional<SheetChoice> *chosen)
{
    if (chosen)
        chosen->reset();
    if (book.sheets.isEmpty()) {
        *error = u"'%1' holds no sheet to read."_s.arg(options.file);
        return -1;
    }
    if (!options.sheet) {
        const SheetChoice choice = ImportPipeline::chooseSheet(book);
        if (chosen && book.sheets.size() > 1)
            *chosen = choice;
        return choice.index;
    }
    const int index = book.sheetIndex(options.sheet->trimmed());
    if (index >= 0)
        return index;
    if (book.format == u"csv") {
        *error = u"A CSV file has a single sheet, \"%1\" (named after the file); leave out "
                 "--sheet."_s.arg(book.sheets.constFirst().name);
    } else {
        *error = u"No sheet \"%1\" in this workbook. Its sheets are: %2."_s.arg(
            *options.sheet, quotedNames(book.sheets));
    }
    return -1;
}

QString PlanLoader::describeChoice(const SheetChoice &choice)
{
    if (!choice.worthTelling())
        return {};
    QString line = u"Sheet %1 was chosen: it holds the email addresses."_s.arg(quoted(choice.name));
    if (!choice.others.isEmpty()) {
        QStringList others;
        for (const QString &name : choice.others)
            others.append(quoted(name));
        line += u" Other sheets with addresses: %1. Choose with --sheet."_s.arg(
            others.join(u", "_s));
    } else {
        line += u" The sheets before it hold none."_s;
    }
    return line;
}

bool PlanLoader::toColumnChoices(
    const SheetOptions &options, const Sheet &sheet, ImportOptions *import, QString *error)
{
    if (options.maps.isEmpty())
        return true;
    SheetLayout layout;
    if (!sheetLayout(sheet, import->headerRow, &layout, error))
        return false;
    for (const QString &map : options.maps) {
        const std::optional<ColumnChoice> choice = parseColumnChoice(map, layout.headers, error);
        if (!choice) {
            *error = u"--map: "_s + *error;
            return false;
        }
        import->columnChoices.append(*choice);
    }
    return true;
}

bool PlanLoader::load(const SheetOptions &options, ImportPlan *plan, QString *error,
    bool withSha256, PlanDetail detail, std::optional<SheetChoice> *chosen)
{
    if (options.file.isEmpty()) {
        *error = u"No file given."_s;
        return false;
    }
    CsvOptions csv;
    ImportOptions import;
    if (!toCsvOptions(options, &csv, error) || !toImportOptions(options, &import, error))
        return false;

    const Workbook book = ImportPipeline::read(options.file, csv, {}, withSha256);
    if (!book.ok()) {
        *error = book.error;
        return false;
    }
    const int index = sheetIndex(book, options, error, chosen);
    if (index < 0 || !toColumnChoices(options, book.sheets.at(index), &import, error))
        return false;
    if (ImportPipeline::plan(book, index, import, options.file, plan, error, detail))
        return true;
    // Core speaks of columns; here they are chosen with --map.
    if (!plan->headers.isEmpty() && plan->mapping.emailColumn() < 0)
        *error += u" Use --map COLUMN=email, e.g. --map \"E-mail=email\" or --map C=email."_s;
    return false;
}

} // namespace attendance::cli
