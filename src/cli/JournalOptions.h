// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"
#include "sending/RunJournal.h"

#include <QString>

namespace attendance::cli {

/// The --journal PATH of an import, and with --resume the run it continues.
///
/// A resumed run sends the plan recorded in the journal, to the journal's event, in its state, with
/// its default interaction time: the spreadsheet is not read again. FILE, --event and --state may
/// be repeated on the command line; they are then checked against the journal (FILE by its
/// SHA-256), so a resume never mixes two runs. From prepare() to the end of the run the journal
/// file itself is locked (RunJournal::claim), so no other process sends it at the same time, by
/// whatever name it reaches it; the system drops the lock when the process ends, however it ends.
class JournalOptions final
{
    Q_DISABLE_COPY_MOVE(JournalOptions)

public:
    JournalOptions();
    ~JournalOptions();

    /// Before anything is sent: refuses a symbolic link and a journal in use; for a new run,
    /// refuses to replace an unfinished journal or a file that is not one; for a resume, reads the
    /// journal and checks @p line agrees with it. false with *error on a usage problem (exit 2).
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
    bool checkNewPath(QString *error);
    bool checkResume(const CommandLine &line, QString *error);

    QString m_path;
    bool m_resume = false;
    JournalContents m_previous;
    RunJournal m_journal;
};

} // namespace attendance::cli
