// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/ImportPipeline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QUuid>
#include <algorithm>

namespace attendance {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("attendance::ImportPipeline", text);
}

bool isSpreadsheetSuffix(const QString &file)
{
    static const QStringList suffixes = {QStringLiteral("csv"), QStringLiteral("tsv"),
        QStringLiteral("txt"), QStringLiteral("xlsx"), QStringLiteral("xlsm"),
        QStringLiteral("xls"), QStringLiteral("ods")};
    return suffixes.contains(QFileInfo(file).suffix().toLower());
}

QString quotedNames(const QStringList &names)
{
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString &name : names)
        quoted.append(QChar(0x201C) + name + QChar(0x201D));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

Workbook ImportPipeline::read(
    const QString &path, const CsvOptions &csv, const ReadControl &control, bool withSha256)
{
    QString sha256;
    Workbook book = SpreadsheetReader::read(path, csv, control, withSha256 ? &sha256 : nullptr);
    book.sha256 = sha256;
    if (book.cancelled || !book.error.isEmpty()) {
        // The content decides the format, so a renamed file still reads; what reads as nothing
        // we know, under a name that is no spreadsheet's, gets the plainer message. Errors about
        // the file itself (missing, too large, changed while read) are kept as they are.
        if (book.unknownFormat && !isSpreadsheetSuffix(path)) {
            book.error = tr("This kind of file cannot be read: '%1' is not a spreadsheet this "
                            "program reads. Open a spreadsheet: CSV (.csv, .tsv or .txt), Excel "
                            "(.xlsx or .xls) or LibreOffice (.ods).")
                             .arg(QDir::toNativeSeparators(path));
        }
        return book;
    }
    if (book.sheets.isEmpty())
        book.error = tr("'%1' holds no sheet to read.").arg(QDir::toNativeSeparators(path));
    return book;
}

bool ImportPipeline::plan(const Workbook &book, int sheet, const ImportOptions &options,
    const QString &file, ImportPlan *plan, QString *error, PlanDetail detail)
{
    *plan = ImportPlan {};
    plan->file = file;
    plan->fileSha256 = book.sha256;
    if (sheet < 0 || sheet >= book.sheets.size()) {
        *error = tr("The workbook has no sheet %1.").arg(sheet + 1);
        return false;
    }
    if (buildImportPlan(book.sheets.at(sheet), options, plan, error, detail))
        return true;
    const QString hint = plan->headers.isEmpty() || plan->mapping.emailColumn() >= 0
        ? QString()
        : emailSheetsHint(book, sheet);
    if (!hint.isEmpty())
        *error += u' ' + hint;
    return false;
}

SheetChoice ImportPipeline::chooseSheet(const Workbook &book)
{
    SheetChoice choice;
    for (int i = 0; i < book.sheets.size(); ++i) {
        if (!holdsEmailColumn(book.sheets.at(i)))
            continue;
        if (choice.holdsEmails) {
            choice.others.append(book.sheets.at(i).name);
        } else {
            choice.index = i;
            choice.holdsEmails = true;
        }
    }
    choice.name = book.sheets.value(choice.index).name;
    return choice;
}

QString ImportPipeline::emailSheetsHint(const Workbook &book, int sheet)
{
    if (book.sheets.size() < 2)
        return {};
    QStringList withEmails;
    QStringList all;
    for (int i = 0; i < book.sheets.size(); ++i) {
        all.append(book.sheets.at(i).name);
        if (i != sheet && holdsEmailColumn(book.sheets.at(i)))
            withEmails.append(book.sheets.at(i).name);
    }
    if (withEmails.size() == 1)
        return tr("The sheet %1 holds email addresses.").arg(quotedNames(withEmails));
    if (!withEmails.isEmpty())
        return tr("These sheets hold email addresses: %1.").arg(quotedNames(withEmails));
    return tr("None of this workbook's sheets holds email addresses: %1.").arg(quotedNames(all));
}

ImportPlan ImportPipeline::planToSend(
    const ImportPlan &plan, SubscriberState state, bool *droppedTimes)
{
    // Join and leave times belong to attending; by status, to the rows that go as attend.
    const auto attends
        = [state](const Attendee &a) { return a.state.value_or(state) == SubscriberState::Attend; };
    const auto dropsTimes
        = [&](const Attendee &a) { return !a.properties.isEmpty() && !attends(a); };
    // Checked first: clearing copies every attendee of the implicitly shared list, which a big
    // file feels.
    const bool dropping = std::any_of(plan.attendees.cbegin(), plan.attendees.cend(), dropsTimes);
    if (droppedTimes)
        *droppedTimes = dropping;
    ImportPlan sent = plan;
    if (dropping) {
        for (Attendee &a : sent.attendees) {
            if (!attends(a))
                a.properties.clear();
        }
    }
    return sent;
}

JournalHeader ImportPipeline::journalHeader(RunSettings *settings, const ImportPlan &plan)
{
    if (!settings->interactionTime)
        settings->interactionTime = QDateTime::currentMSecsSinceEpoch();
    JournalHeader header;
    header.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    header.createdAt = QDateTime::currentDateTimeUtc();
    header.eventId = settings->eventId;
    header.eventName = settings->eventName;
    header.state = settings->state;
    header.apiVersion = settings->apiVersion;
    header.file = plan.file.isEmpty() ? QString() : QFileInfo(plan.file).absoluteFilePath();
    header.fileSha256 = plan.fileSha256;
    header.defaultInteractionTime = settings->interactionTime;
    header.existingContactsOnly = settings->existingContactsOnly;
    return header;
}

RunSettings ImportPipeline::resumedSettings(const JournalHeader &header)
{
    RunSettings settings;
    settings.eventId = header.eventId;
    settings.eventName = header.eventName;
    settings.state = header.state;
    settings.interactionTime = header.defaultInteractionTime;
    settings.existingContactsOnly = header.existingContactsOnly;
    settings.apiVersion = header.apiVersion;
    return settings;
}

ImportPlan ImportPipeline::retryPlan(const ImportPlan &sent, const QList<RowResult> &results)
{
    ImportPlan retry;
    retry.file = sent.file;
    retry.fileSha256 = sent.fileSha256;
    retry.sheet = sent.sheet;
    retry.headerRow = sent.headerRow;
    retry.headers = sent.headers;
    retry.mapping = sent.mapping;
    const QList<Attendee> &attendees = sent.attendees;
    for (const RowResult &r : results) {
        if (r.status != RowStatus::Failed)
            continue;
        const auto at = std::lower_bound(attendees.cbegin(), attendees.cend(), r.row,
            [](const Attendee &a, int row) { return a.row < row; });
        if (at != attendees.cend() && at->row == r.row)
            retry.attendees.append(*at);
    }
    retry.totalRows = int(retry.attendees.size());
    return retry;
}

QList<RowResult> ImportPipeline::mergeResults(QList<RowResult> all, const QList<RowResult> &retried)
{
    QHash<int, qsizetype> answered;
    answered.reserve(retried.size());
    for (qsizetype i = 0; i < retried.size(); ++i)
        answered.insert(retried.at(i).row, i);
    for (RowResult &r : all) {
        const auto at = answered.constFind(r.row);
        if (at != answered.cend())
            r = retried.at(*at);
    }
    return all;
}

} // namespace attendance
