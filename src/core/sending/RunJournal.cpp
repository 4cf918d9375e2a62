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

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace attendance {

namespace {

constexpr int kVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("attendance::RunJournal", text);
}

/// QFile::flush() only empties Qt's buffer into the OS; this asks the OS to put it on the disk.
bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

QJsonObject planToJson(const ImportPlan &plan)
{
    QJsonArray attendees;
    for (const Attendee &a : plan.attendees) {
        QJsonObject o{{QStringLiteral("row"), a.row}, {QStringLiteral("email"), a.email}};
        if (a.interactionDateTime)
            o.insert(QStringLiteral("interactionDateTime"), QString::number(*a.interactionDateTime));
        if (!a.contactProperties.isEmpty())
            o.insert(QStringLiteral("contactProperties"), a.contactProperties.toJson());
        if (!a.properties.isEmpty())
            o.insert(QStringLiteral("properties"), a.properties.toJson());
        attendees.append(o);
    }
    QJsonArray invalid;
    for (const InvalidRow &r : plan.invalid)
        invalid.append(QJsonObject{{QStringLiteral("row"), r.row}, {QStringLiteral("value"), r.value}, {QStringLiteral("reason"), r.reason}});
    QJsonArray duplicates;
    for (const DuplicateRow &d : plan.duplicates)
        duplicates.append(QJsonObject{{QStringLiteral("row"), d.row}, {QStringLiteral("email"), d.email}, {QStringLiteral("firstRow"), d.firstRow}});
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("plan")},
                       {QStringLiteral("file"), plan.file},
                       {QStringLiteral("sheet"), plan.sheet},
                       {QStringLiteral("headerRow"), plan.headerRow},
                       {QStringLiteral("totalRows"), plan.totalRows},
                       {QStringLiteral("attendees"), attendees},
                       {QStringLiteral("invalid"), invalid},
                       {QStringLiteral("duplicates"), duplicates}};
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
        if (a.contains(u"interactionDateTime"))
            attendee.interactionDateTime = a.value(u"interactionDateTime").toString().toLongLong();
        attendee.contactProperties = PropertyMap::fromJson(a.value(u"contactProperties").toObject());
        attendee.properties = PropertyMap::fromJson(a.value(u"properties").toObject());
        plan.attendees.append(attendee);
    }
    for (const QJsonValue &v : o.value(u"invalid").toArray()) {
        const QJsonObject r = v.toObject();
        plan.invalid.append(InvalidRow{r.value(u"row").toInt(), r.value(u"value").toString(), r.value(u"reason").toString()});
    }
    for (const QJsonValue &v : o.value(u"duplicates").toArray()) {
        const QJsonObject d = v.toObject();
        plan.duplicates.append(DuplicateRow{d.value(u"row").toInt(), d.value(u"email").toString(), d.value(u"firstRow").toInt()});
    }
    return plan;
}

QJsonObject rowToJson(const RowResult &r)
{
    QJsonObject o{{QStringLiteral("row"), r.row}, {QStringLiteral("status"), toApiString(r.status)}};
    if (r.vid != 0)
        o.insert(QStringLiteral("vid"), QString::number(r.vid)); // a string: int64 must survive exactly
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

} // namespace

RunJournal::~RunJournal()
{
    close();
}

bool RunJournal::writeLine(const QByteArray &json)
{
    if (!m_file.isOpen()) {
        m_error = tr("the progress file is not open");
        return false;
    }
    if (m_file.write(json + '\n') != json.size() + 1 || !syncToDisk(m_file)) {
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

bool RunJournal::create(const QString &path, const JournalHeader &header, const ImportPlan &plan)
{
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file.setFileName(path);
    // Only the owner may read it: it holds the attendees' emails. A new file is created so (no
    // moment with the umask's permissions); an old one being replaced is restricted here.
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly)) {
        m_error = tr("Could not create the progress file %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_file.setPermissions(ownerOnly);
    QJsonObject h{{QStringLiteral("type"), QStringLiteral("header")},
                  {QStringLiteral("version"), kVersion},
                  {QStringLiteral("runId"), header.runId},
                  {QStringLiteral("createdAt"), header.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("eventId"), header.eventId},
                  {QStringLiteral("eventName"), header.eventName},
                  {QStringLiteral("state"), toApiString(header.state)},
                  {QStringLiteral("apiVersion"), header.apiVersion},
                  {QStringLiteral("file"), header.file},
                  {QStringLiteral("fileSha256"), header.fileSha256}};
    if (header.defaultInteractionTime)
        h.insert(QStringLiteral("defaultInteractionTime"), QString::number(*header.defaultInteractionTime));
    return writeLine(QJsonDocument(h).toJson(QJsonDocument::Compact))
        && writeLine(QJsonDocument(planToJson(plan)).toJson(QJsonDocument::Compact));
}

bool RunJournal::openForAppend(const QString &path)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite)) {
        m_error = tr("Could not open the progress file %1: %2").arg(path, m_file.errorString());
        return false;
    }
    // A torn last line (power cut mid-write) would glue onto the next one: start on a fresh line.
    if (m_file.size() > 0) {
        m_file.seek(m_file.size() - 1);
        const bool endsWithNewline = m_file.read(1) == "\n";
        m_file.seek(m_file.size());
        if (!endsWithNewline && m_file.write("\n") != 1) {
            m_error = m_file.errorString();
            return false;
        }
    }
    return true;
}

bool RunJournal::appendOutcomes(const QList<RowResult> &rows)
{
    QJsonArray array;
    for (const RowResult &r : rows)
        array.append(rowToJson(r));
    return writeLine(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("rows")}, {QStringLiteral("rows"), array}})
                         .toJson(QJsonDocument::Compact));
}

void RunJournal::markComplete()
{
    writeLine(QByteArrayLiteral("{\"type\":\"complete\"}"));
}

void RunJournal::close()
{
    if (m_file.isOpen())
        m_file.close();
}

JournalContents RunJournal::load(const QString &path)
{
    JournalContents c;
    c.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = tr("Could not open the progress file %1: %2").arg(path, file.errorString());
        return c;
    }
    QHash<int, int> indexOfRow;
    bool haveHeader = false;
    bool havePlan = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString type = o.value(u"type").toString();
        if (type == u"header") {
            if (o.value(u"version").toInt() != kVersion) {
                c.error = tr("The progress file %1 was written by another version of the app.").arg(path);
                return c;
            }
            c.header.runId = o.value(u"runId").toString();
            c.header.createdAt = QDateTime::fromString(o.value(u"createdAt").toString(), Qt::ISODateWithMs);
            c.header.eventId = o.value(u"eventId").toString();
            c.header.eventName = o.value(u"eventName").toString();
            c.header.state = subscriberStateFromString(o.value(u"state").toString()).value_or(SubscriberState::Register);
            c.header.apiVersion = o.value(u"apiVersion").toString();
            c.header.file = o.value(u"file").toString();
            c.header.fileSha256 = o.value(u"fileSha256").toString();
            if (o.contains(u"defaultInteractionTime"))
                c.header.defaultInteractionTime = o.value(u"defaultInteractionTime").toString().toLongLong();
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
                result.error = RowError{r.value(u"category").toString(), r.value(u"message").toString(),
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
        return c;
    }
    QHash<int, QString> emailOfRow;
    for (const Attendee &a : std::as_const(c.plan.attendees))
        emailOfRow.insert(a.row, a.email);
    for (RowResult &r : c.results) {
        if (r.email.isEmpty())
            r.email = emailOfRow.value(r.row);
    }
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
        if (!r || r->status == RowStatus::Pending || (r->status == RowStatus::Failed && isResendable(r->error.category)))
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
    const QFileInfoList files = QDir(directory).entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : files) {
        const JournalContents c = load(info.absoluteFilePath());
        if (c.ok() && !c.complete && c.resendableCount() > 0)
            paths.append(info.absoluteFilePath());
    }
    return paths;
}

} // namespace attendance
