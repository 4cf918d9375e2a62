// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalOptions.h"

#include "spreadsheet/InputFile.h"
#include "spreadsheet/ReadLimits.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace attendance::cli {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// The reading and mapping options, by name, that were given: a resume has no use for them.
QStringList sheetOptionsGiven(const SheetOptions &s)
{
    QStringList given;
    const auto add = [&given](bool set, const char *name) {
        if (set)
            given << QString::fromLatin1(name);
    };
    add(s.sheet.has_value(), "--sheet");
    add(!s.headerRow.isEmpty(), "--header-row");
    add(!s.maps.isEmpty(), "--map");
    add(!s.dateFormat.isEmpty(), "--date-format");
    add(!s.dateOrder.isEmpty(), "--date-order");
    add(!s.timeZone.isEmpty(), "--timezone");
    add(!s.encoding.isEmpty(), "--encoding");
    add(!s.delimiter.isEmpty(), "--delimiter");
    return given;
}

} // namespace

JournalOptions::JournalOptions() = default;

JournalOptions::~JournalOptions() = default;

QString JournalOptions::sha256Of(const QString &path)
{
    // Through InputFile, as the import read it: opened once, within the input limit, so a device
    // such as /dev/zero given to --resume ends instead of being hashed forever.
    const InputFile::Result input = InputFile::read(path, ReadLimits::MaxInputBytes);
    if (!input.ok())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(input.data, QCryptographicHash::Sha256).toHex());
}

bool JournalOptions::prepare(const CommandLine &line, QString *error)
{
    m_path = QFileInfo(line.journalPath).absoluteFilePath();
    m_resume = line.resume;
    const QFileInfo entry(m_path);
    if (entry.isDir() && !entry.isSymLink()) {
        *error = u"--journal: '%1' is a folder; give a file name such as run.jsonl."_s.arg(
            native(line.journalPath));
        return false;
    }
    if (!line.resultsPath.isEmpty() && QFileInfo(line.resultsPath).absoluteFilePath() == m_path) {
        *error = u"--journal and --results name the same file; give each its own."_s;
        return false;
    }
    const QFileInfo folder(entry.absolutePath());
    if (m_resume && !JournalFile::exists(m_path)) {
        *error = u"--resume: no journal at %1."_s.arg(native(m_path));
        return false;
    }
    if (!m_resume && (!folder.isDir() || !folder.isWritable())) {
        *error = u"--journal: cannot write in the folder '%1'."_s.arg(
            native(folder.absoluteFilePath()));
        return false;
    }
    return m_resume ? checkResume(line, error) : checkNewPath(error);
}

bool JournalOptions::checkNewPath(QString *error)
{
    if (!JournalFile::exists(m_path))
        return true;
    // Locked from now until the run ends: what the file is cannot change before create() replaces
    // it, and no other run can be sending it.
    JournalContents existing;
    if (!m_journal.claim(m_path, &existing)) {
        *error = u"--journal: "_s + m_journal.lastError();
        return false;
    }
    // Only a finished run is replaced: an unfinished one is the record of what HubSpot has.
    if (!existing.ok()) {
        *error = u"--journal: %1 exists and is not the journal of an import; choose another "
                 "file name (it is not replaced)."_s.arg(native(m_path));
        return false;
    }
    if (!existing.complete) {
        *error = u"--journal: %1 holds an unfinished import (%2 attendees not yet confirmed). "
                 "Continue it with --resume, or choose another file name."_s.arg(native(m_path))
                     .arg(existing.resendableCount());
        return false;
    }
    return true;
}

bool JournalOptions::checkResume(const CommandLine &line, QString *error)
{
    if (const QStringList given = sheetOptionsGiven(line.sheet); !given.isEmpty()) {
        *error = u"--resume sends the rows as the journal recorded them; leave out %1."_s.arg(
            given.join(u", "_s));
        return false;
    }
    if (!line.interactionTime.isEmpty()) {
        *error = u"--resume records the rows at the time the journal recorded; leave out "
                 "--interaction-time."_s;
        return false;
    }
    // Locked before it is read: what it says cannot change until this run ends.
    if (!m_journal.claim(m_path, &m_previous)) {
        *error = u"--resume: "_s + m_journal.lastError();
        return false;
    }
    if (!m_previous.ok()) {
        *error = u"--resume: "_s + m_previous.error;
        return false;
    }
    const JournalHeader &header = m_previous.header;
    if (!line.event.isEmpty() && line.event.trimmed() != header.eventId) {
        *error = u"--resume: the journal is an import into event %1, not %2."_s.arg(
            header.eventId, line.event.trimmed());
        return false;
    }
    if (!line.state.isEmpty()) {
        const std::optional<SubscriberState> state
            = subscriberStateFromString(line.state.trimmed());
        if (state && *state != header.state) {
            *error = u"--resume: the journal records the attendees as %1, not %2."_s.arg(
                toApiString(header.state), toApiString(*state));
            return false;
        }
    }
    if (!line.sheet.file.isEmpty() && !header.fileSha256.isEmpty()) {
        const QString sha = sha256Of(line.sheet.file);
        if (sha.isEmpty()) {
            *error = u"--resume: cannot read %1. The spreadsheet is not needed to resume: "
                     "leave it out."_s.arg(native(line.sheet.file));
            return false;
        }
        if (sha != header.fileSha256) {
            *error = u"--resume: %1 is not the file this import started from, or it changed "
                     "since. A resume sends the rows as they were when the import started: "
                     "leave FILE out to do that, or start a new import (without --resume) "
                     "to send the file as it is now."_s.arg(native(line.sheet.file));
            return false;
        }
    }
    return true;
}

QString JournalOptions::resumeAdvice(bool tokenRefused) const
{
    QString path = native(m_path);
    if (path.contains(u' '))
        path = u'"' + path + u'"';
    return (tokenRefused ? u"HubSpot refused the token (401). Its progress is saved in %1: to send "
                           "the rest, run it again with a new token and --resume:\n"_s
                         : u"The import stopped before the end. Its progress is saved in %1: to "
                           "send the rest, run it again with --resume:\n"_s)
               .arg(path)
        + u"  attendance-importer-cli import --journal %1 --resume"_s.arg(path);
}

bool JournalOptions::open(const JournalHeader &header, const ImportPlan &plan, QString *error)
{
    const bool opened
        = m_resume ? m_journal.openForAppend(m_path) : m_journal.create(m_path, header, plan);
    if (!opened)
        *error = u"--journal: "_s + m_journal.lastError();
    return opened;
}

} // namespace attendance::cli
