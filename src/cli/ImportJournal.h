// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"
#include "sending/RunJournal.h"

#include <QString>
#include <memory>

class QLockFile;

namespace attendance::cli {

/// The --journal PATH of an import, and with --resume the run it continues.
///
/// A resumed run sends the plan recorded in the journal, to the journal's event, in its state, with
/// its default interaction time: the spreadsheet is not read again. FILE, --event and --state may
/// be repeated on the command line; they are then checked against the journal (FILE by its
/// SHA-256), so a resume never mixes two runs. A lock file (PATH.lock) keeps two processes from
/// sending the same journal at once; one left by a killed process is taken over.
class ImportJournal final
{
    Q_DISABLE_COPY_MOVE(ImportJournal)

public:
    ImportJournal();
    ~ImportJournal();

    /// Before anything is sent: takes the lock, then for a new run refuses to replace an
    /// unfinished journal or a file that is not one; for a resume, reads the journal and checks
    /// @p line agrees with it. false with *error on a usage problem (exit code 2).
    bool prepare(const CommandLine &line, QString *error);
    /// A new run: writes the header and the plan. A resume: opens the journal for appending.
    bool open(const JournalHeader &header, const ImportPlan &plan, QString *error);

    bool isResume() const { return m_resume; }
    /// For a resume: the run as the journal left it.
    const JournalContents &previous() const { return m_previous; }
    RunJournal *journal() { return &m_journal; }
    const QString &path() const { return m_path; }

    /// What to tell the user when the run stopped before the end: how to send the rest.
    QString resumeAdvice(bool tokenRefused) const;

    /// Hex SHA-256 of a file's bytes; empty when it cannot be read.
    static QString sha256Of(const QString &path);

private:
    bool lock(QString *error);
    bool checkNewPath(QString *error) const;
    bool checkResume(const CommandLine &line, QString *error);

    QString m_path;
    bool m_resume = false;
    JournalContents m_previous;
    RunJournal m_journal;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace attendance::cli
