// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/JournalKeeper.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace attendance::gui {

JournalKeeper::~JournalKeeper() = default;

RunJournal *JournalKeeper::open(
    const JournalHeader &header, const ImportPlan &plan, bool continuePrevious, QString *error)
{
    m_journal = std::make_unique<RunJournal>();
    bool ok = false;
    if (continuePrevious && !m_path.isEmpty() && QFileInfo::exists(m_path)) {
        ok = m_journal->openForAppend(m_path);
    } else {
        // Named so that a listing sorts by time.
        const QString stamp
            = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        const QDir directory(RunJournal::defaultDirectory());
        m_path = directory.filePath(QStringLiteral("run-%1-%2.jsonl").arg(stamp, header.eventId));
        ok = directory.mkpath(QStringLiteral(".")) && m_journal->create(m_path, header, plan);
    }
    m_inUseElsewhere = !ok && m_journal->lastFailure() == RunJournal::Failure::InUse;
    if (!ok) {
        *error = m_journal->lastError();
        m_journal.reset();
        m_path.clear();
    }
    return m_journal.get();
}

void JournalKeeper::close(bool complete)
{
    if (!m_journal)
        return;
    m_journal->close();
    m_journal.reset();
    if (complete) {
        QFile::remove(m_path);
        m_path.clear();
    }
}

void JournalKeeper::forget()
{
    m_journal.reset();
    m_path.clear();
}

} // namespace attendance::gui
