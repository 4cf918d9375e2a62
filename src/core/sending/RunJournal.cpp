// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/RunJournal.h"

#include "Logging.h"
#include "sending/RetryPolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace attendance {

namespace {

constexpr int kVersion = 1;
constexpr qint64 kHeaderLimit = 64 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("attendance::RunJournal", text);
}

QJsonObject planToJson(const ImportPlan &plan)
{
    QJsonArray attendees;
    for (const Attendee &a : plan.attendees) {
        QJsonObject o {{QStringLiteral("row"), a.row}, {QStringLiteral("email"), a.email}};
        if (a.state)
            o.insert(QStringLiteral("state"), toApiString(*a.state));
        if (a.interactionDateTime)
            o.insert(
                QStringLiteral("interactionDateTime"), QString::number(*a.interactionDateTime));
        if (!a.contactProperties.isEmpty())
            o.insert(QStringLiteral("contactProperties"), a.contactProperties.toJson());
        if (!a.properties.isEmpty())
            o.insert(QStringLiteral("properties"), a.properties.toJson());
        attendees.append(o);
    }
    QJsonArray invalid;
    for (const InvalidRow &r : plan.invalid)
        invalid.append(QJsonObject {{QStringLiteral("row"), r.row},
            {QStringLiteral("value"), r.value}, {QStringLiteral("reason"), r.reason}});
    QJsonArray duplicates;
    for (const DuplicateRow &d : plan.duplicates) {
        QJsonObject o {{QStringLiteral("row"), d.row}, {QStringLiteral("email"), d.email},
            {QStringLiteral("firstRow"), d.firstRow}};
        if (d.merged)
            o.insert(QStringLiteral("merged"), true);
        if (d.ownState)
            o.insert(QStringLiteral("ownState"), toApiString(*d.ownState));
        if (d.sentAs)
            o.insert(QStringLiteral("sentAs"), toApiString(*d.sentAs));
        duplicates.append(o);
    }
    QJsonArray skipped;
    for (const SkippedRow &r : plan.skipped)
        skipped.append(QJsonObject {{QStringLiteral("row"), r.row},
            {QStringLiteral("email"), r.email}, {QStringLiteral("reason"), r.reason}});
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("plan")},
        {QStringLiteral("file"), plan.file}, {QStringLiteral("sheet"), plan.sheet},
        {QStringLiteral("headerRow"), plan.headerRow},
        {QStringLiteral("totalRows"), plan.totalRows}, {QStringLiteral("attendees"), attendees},
        {QStringLiteral("invalid"), invalid}, {QStringLiteral("duplicates"), duplicates},
        {QStringLiteral("skipped"), skipped}};
}

ImportPlan planFromJson(const QJsonObject &o)
{
    ImportPlan plan;
    plan.file = o.value(u"file").toString();
    plan.sheet = o.value(u"sheet").toString();
    plan.headerRow = o.value(u"headerRow").toInt();
    plan.totalRows = o.value(u"totalRows").toInt();
    for (const QJsonValue &v : o.value(u"attendees").toArray()) {
        const QJsonObject a = v.toObject();
        Attendee attendee;
        attendee.row = a.value(u"row").toInt();
        attendee.email = a.value(u"email").toString();
        attendee.state = subscriberStateFromString(a.value(u"state").toString());
        if (a.contains(u"interactionDateTime"))
            attendee.interactionDateTime = a.value(u"interactionDateTime").toString().toLongLong();
        attendee.contactProperties
            = PropertyMap::fromJson(a.value(u"contactProperties").toObject());
        attendee.properties = PropertyMap::fromJson(a.value(u"properties").toObject());
        plan.attendees.append(attendee);
    }
    for (const QJsonValue &v : o.value(u"invalid").toArray()) {
        const QJsonObject r = v.toObject();
        plan.invalid.append(InvalidRow {
            r.value(u"row").toInt(), r.value(u"value").toString(), r.value(u"reason").toString()});
    }
    for (const QJsonValue &v : o.value(u"duplicates").toArray()) {
        const QJsonObject d = v.toObject();
        // Journals written before sessions were merged have no "merged": false, as it was.
        plan.duplicates.append(DuplicateRow {d.value(u"row").toInt(), d.value(u"email").toString(),
            d.value(u"firstRow").toInt(), d.value(u"merged").toBool(),
            subscriberStateFromString(d.value(u"ownState").toString()),
            subscriberStateFromString(d.value(u"sentAs").toString())});
    }
    // Journals written before status columns have no "skipped": an empty list, as it was.
    for (const QJsonValue &v : o.value(u"skipped").toArray()) {
        const QJsonObject r = v.toObject();
        plan.skipped.append(SkippedRow {
            r.value(u"row").toInt(), r.value(u"email").toString(), r.value(u"reason").toString()});
    }
    return plan;
}

QJsonObject rowToJson(const RowResult &r)
{
    QJsonObject o {
        {QStringLiteral("row"), r.row}, {QStringLiteral("status"), toApiString(r.status)}};
    if (r.vid != 0)
        o.insert(
            QStringLiteral("vid"), QString::number(r.vid)); // a string: int64 must survive exactly
    if (!r.error.isEmpty()) {
        o.insert(QStringLiteral("category"), r.error.category);
        o.insert(QStringLiteral("message"), r.error.message);
        if (r.error.httpStatus != 0)
            o.insert(QStringLiteral("httpStatus"), r.error.httpStatus);
        if (!r.error.correlationId.isEmpty())
            o.insert(QStringLiteral("correlationId"), r.error.correlationId);
    }
    return o;
}

RowStatus statusFromString(const QString &s)
{
    if (s == u"succeeded")
        return RowStatus::Succeeded;
    if (s == u"failed")
        return RowStatus::Failed;
    if (s == u"skipped")
        return RowStatus::Skipped;
    return RowStatus::Pending;
}

/// Reads a journal from @p file into @p c (whose path is set); c->error says what went wrong.
void readJournal(QFile &file, JournalContents *out)
{
    JournalContents &c = *out;
    const QString &path = c.path;
    QHash<int, int> indexOfRow;
    bool haveHeader = false;
    bool havePlan = false;
    while (!file.atEnd()) {
        // A journal starts with its short header: a big file given by mistake is not read through.
        const QByteArray line
            = (haveHeader ? file.readLine() : file.readLine(kHeaderLimit)).trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString type = o.value(u"type").toString();
        if (!haveHeader && type != u"header")
            break;
        if (type == u"header") {
            if (o.value(u"version").toInt() != kVersion) {
                c.error = tr("The progress file %1 was written by another version of the app.")
                              .arg(path);
                return;
            }
            c.header.runId = o.value(u"runId").toString();
            c.header.createdAt
                = QDateTime::fromString(o.value(u"createdAt").toString(), Qt::ISODateWithMs);
            c.header.eventId = o.value(u"eventId").toString();
            c.header.eventName = o.value(u"eventName").toString();
            c.header.state = subscriberStateFromString(o.value(u"state").toString())
                                 .value_or(SubscriberState::Register);
            c.header.apiVersion = o.value(u"apiVersion").toString();
            c.header.file = o.value(u"file").toString();
            c.header.fileSha256 = o.value(u"fileSha256").toString();
            if (o.contains(u"defaultInteractionTime"))
                c.header.defaultInteractionTime
                    = o.value(u"defaultInteractionTime").toString().toLongLong();
            c.header.existingContactsOnly = o.value(u"existingContactsOnly").toBool();
            haveHeader = true;
        } else if (type == u"plan") {
            c.plan = planFromJson(o);
            havePlan = true;
        } else if (type == u"rows") {
            for (const QJsonValue &v : o.value(u"rows").toArray()) {
                const QJsonObject r = v.toObject();
                RowResult result;
                result.row = r.value(u"row").toInt();
                result.status = statusFromString(r.value(u"status").toString());
                result.vid = r.value(u"vid").toString().toLongLong();
                result.error
                    = RowError {r.value(u"category").toString(), r.value(u"message").toString(),
                        r.value(u"httpStatus").toInt(), r.value(u"correlationId").toString()};
                const auto it = indexOfRow.constFind(result.row);
                if (it != indexOfRow.cend()) {
                    result.email = c.results.at(*it).email;
                    c.results[*it] = result;
                } else {
                    indexOfRow.insert(result.row, int(c.results.size()));
                    c.results.append(result);
                }
            }
        } else if (type == u"complete") {
            c.complete = true;
        }
        // Anything else (a torn last line) is ignored: it was never acknowledged to anyone.
    }
    if (!haveHeader || !havePlan) {
        c.error = tr("The progress file %1 is incomplete or damaged.").arg(path);
        return;
    }
    QHash<int, QString> emailOfRow;
    for (const Attendee &a : std::as_const(c.plan.attendees))
        emailOfRow.insert(a.row, a.email);
    for (RowResult &r : c.results) {
        if (r.email.isEmpty())
            r.email = emailOfRow.value(r.row);
    }
}

} // namespace

RunJournal::RunJournal()
    : m_file(std::make_unique<JournalFile>())
{ }

RunJournal::~RunJournal()
{
    close();
}

QString RunJournal::path() const
{
    return m_file->path();
}

bool RunJournal::fail(Failure failure, const QString &message)
{
    m_failure = failure;
    m_error = message;
    return false;
}

bool RunJournal::failOpening(JournalFile::Result result, const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    switch (result) {
    case JournalFile::Result::Ok:
        return true;
    case JournalFile::Result::Missing:
        return fail(Failure::Missing, tr("There is no progress file at %1.").arg(where));
    case JournalFile::Result::SymbolicLink:
        return fail(Failure::SymbolicLink,
            tr("%1 is a symbolic link: give the path of the file itself. Nothing was changed.")
                .arg(where));
    case JournalFile::Result::NotAFile:
        return fail(Failure::NotAFile,
            tr("%1 is not an ordinary file (a folder, a device or a pipe). Nothing was changed.")
                .arg(where));
    case JournalFile::Result::InUse:
        return fail(Failure::InUse,
            tr("The progress file %1 is in use by another import (the app or "
               "attendance-importer-cli is sending it); wait for it to finish.")
                .arg(where));
    case JournalFile::Result::Exists:
        return fail(Failure::NotReplaceable,
            tr("%1 appeared while the import was starting; it was left untouched. Choose another "
               "file name.")
                .arg(where));
    case JournalFile::Result::Failed:
        break;
    }
    return fail(Failure::Io,
        tr("Could not open the progress file %1: %2.").arg(where, m_file->errorString()));
}

bool RunJournal::writeLine(const QByteArray &json)
{
    return (m_file->append(json + '\n') && m_file->sync()) || failWriting();
}

bool RunJournal::failWriting()
{
    QString message = tr("Could not write the progress file %1: %2.")
                          .arg(QDir::toNativeSeparators(m_file->path()), m_file->errorString());
    if (m_file->noSpaceLeft())
        message += u' ' + tr("Free some space on that disk, then continue the import.");
    return fail(Failure::Io, message);
}

bool RunJournal::claim(const QString &path, JournalContents *contents)
{
    close();
    *contents = {};
    contents->path = path;
    const JournalFile::Result opened = m_file->openExisting(path);
    if (opened != JournalFile::Result::Ok) {
        failOpening(opened, path);
        contents->error = m_error;
        return false;
    }
    QFile file;
    if (!file.open(m_file->handle(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle)
        || !file.seek(0))
        contents->error = tr("Could not read the progress file %1: %2.")
                              .arg(QDir::toNativeSeparators(path), file.errorString());
    else
        readJournal(file, contents);
    m_claimedJournal = contents->ok();
    m_claimedComplete = contents->ok() && contents->complete;
    return true;
}

bool RunJournal::create(const QString &path, const JournalHeader &header, const ImportPlan &plan)
{
    m_failure = Failure::None;
    const QString where = QDir::toNativeSeparators(path);
    if (!m_file->isOpen() || m_file->path() != path) {
        close();
        QDir().mkpath(QFileInfo(path).absolutePath());
        JournalContents existing;
        if (JournalFile::exists(path) && !claim(path, &existing))
            return false;
    }
    // Only a finished run is replaced: an unfinished one is the record of what HubSpot has, and
    // anything else is somebody's file given by mistake.
    const bool replace = m_file->isOpen();
    if (replace && !m_claimedComplete) {
        const bool unfinished = m_claimedJournal;
        close();
        return fail(Failure::NotReplaceable,
            unfinished ? tr("%1 holds an unfinished import; it was left untouched. Continue that "
                            "import, or choose another file name.")
                             .arg(where)
                       : tr("%1 already exists and is not the progress file of an import; it was "
                            "left untouched. Choose another file name.")
                             .arg(where));
    }

    // Written under a temporary name, then renamed: a plan that does not fit (a full disk) leaves
    // no half-written file at the path, and a replaced journal is never half old, half new.
    auto next = std::make_unique<JournalFile>();
    const auto failCreating = [&](const JournalFile &file) {
        QString message
            = tr("Could not create the progress file %1: %2.").arg(where, file.errorString());
        if (file.noSpaceLeft())
            message += u' ' + tr("Free some space on that disk.");
        close();
        return fail(Failure::Io, message);
    };
    if (next->createTemporary(path) != JournalFile::Result::Ok)
        return failCreating(*next);
    QJsonObject h {{QStringLiteral("type"), QStringLiteral("header")},
        {QStringLiteral("version"), kVersion}, {QStringLiteral("runId"), header.runId},
        {QStringLiteral("createdAt"), header.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("eventId"), header.eventId},
        {QStringLiteral("eventName"), header.eventName},
        {QStringLiteral("state"), toApiString(header.state)},
        {QStringLiteral("apiVersion"), header.apiVersion}, {QStringLiteral("file"), header.file},
        {QStringLiteral("fileSha256"), header.fileSha256}};
    if (header.defaultInteractionTime)
        h.insert(QStringLiteral("defaultInteractionTime"),
            QString::number(*header.defaultInteractionTime));
    if (header.existingContactsOnly)
        h.insert(QStringLiteral("existingContactsOnly"), true);
    const QByteArray lines = QJsonDocument(h).toJson(QJsonDocument::Compact) + '\n'
        + QJsonDocument(planToJson(plan)).toJson(QJsonDocument::Compact) + '\n';
    if (!next->append(lines) || !next->sync())
        return failCreating(*next); // the temporary file goes with it
    const JournalFile::Result published = next->publish(replace);
    if (published == JournalFile::Result::Failed)
        return failCreating(*next);
    if (published != JournalFile::Result::Ok) {
        close();
        return failOpening(published, path); // the name was taken meanwhile
    }
    // The replaced journal's lock goes with it; the new file was locked before it had its name.
    m_file = std::move(next);
    m_claimedJournal = false;
    m_claimedComplete = false;
    return true;
}

bool RunJournal::openForAppend(const QString &path)
{
    m_failure = Failure::None;
    if (!m_file->isOpen() || m_file->path() != path) {
        close();
        const JournalFile::Result opened = m_file->openExisting(path);
        if (opened != JournalFile::Result::Ok)
            return failOpening(opened, path);
    }
    // A torn last line (power cut mid-write) would glue onto the next one: start on a fresh line.
    if (m_file->size() > 0 && m_file->tail(1) != "\n" && !m_file->append("\n"))
        return failWriting();
    return true;
}

bool RunJournal::appendOutcomes(const QList<RowResult> &rows)
{
    QJsonArray array;
    for (const RowResult &r : rows)
        array.append(rowToJson(r));
    return writeLine(QJsonDocument(
        QJsonObject {{QStringLiteral("type"), QStringLiteral("rows")},
            {QStringLiteral("rows"),
                array}}).toJson(QJsonDocument::Compact));
}

void RunJournal::markComplete()
{
    writeLine(QByteArrayLiteral("{\"type\":\"complete\"}"));
}

void RunJournal::close()
{
    m_file->close();
    m_claimedJournal = false;
    m_claimedComplete = false;
}

JournalContents RunJournal::load(const QString &path)
{
    JournalContents c;
    c.path = path;
    RunJournal reader; // unlocked, read only: for its messages
    const JournalFile::Result opened = reader.m_file->openForReading(path);
    if (opened != JournalFile::Result::Ok) {
        reader.failOpening(opened, path);
        c.error = reader.m_error;
        return c;
    }
    QFile file;
    if (!file.open(reader.m_file->handle(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
        c.error = tr("Could not read the progress file %1: %2.")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        return c;
    }
    readJournal(file, &c);
    return c;
}

int JournalContents::resendableCount() const
{
    QHash<int, const RowResult *> byRow;
    for (const RowResult &r : results)
        byRow.insert(r.row, &r);
    int count = 0;
    for (const Attendee &a : plan.attendees) {
        const RowResult *r = byRow.value(a.row);
        if (!r || r->status == RowStatus::Pending
            || (r->status == RowStatus::Failed && isResendable(r->error.category)))
            ++count;
    }
    return count;
}

QString RunJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journals";
}

QStringList RunJournal::resumable(const QString &directory)
{
    QStringList paths;
    const QFileInfoList files
        = QDir(directory).entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : files) {
        const JournalContents c = load(info.absoluteFilePath());
        if (c.ok() && !c.complete && c.resendableCount() > 0)
            paths.append(info.absoluteFilePath());
    }
    return paths;
}

} // namespace attendance
