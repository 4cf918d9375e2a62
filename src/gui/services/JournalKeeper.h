// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/ImportPlan.h"
#include "sending/RunJournal.h"

#include <QString>
#include <memory>

namespace attendance::gui {

/// The journal file of the send page's runs, in RunJournal::defaultDirectory(): one per run,
/// added to by "send failed rows again" and by a resume while the run is unfinished, removed once
/// every row has its answer (the emails it holds need not stay on disk). Never holds a token.
class JournalKeeper final
{
    Q_DISABLE_COPY_MOVE(JournalKeeper)

public:
    JournalKeeper() = default;
    ~JournalKeeper();

    /// Continues @p path (a journal read back at start) with the next open().
    void adopt(const QString &path) { m_path = path; }
    /// Opens the journal of a run: the unfinished one when @p continuePrevious and there is one,
    /// else a new one with @p header and @p plan. Null, with *error, when it cannot be written.
    RunJournal *open(
        const JournalHeader &header, const ImportPlan &plan, bool continuePrevious, QString *error);
    /// After the run; @p complete: every row got its answer, so the file goes.
    void close(bool complete);
    /// No journal for the next runs (the demo account) and none to continue.
    void forget();
    /// The journal of the current or last unfinished run; empty when none.
    const QString &path() const { return m_path; }
    /// The last open() failed because another import (another window, the CLI) is sending the
    /// run it was to continue.
    bool inUseElsewhere() const { return m_inUseElsewhere; }

private:
    std::unique_ptr<RunJournal> m_journal;
    QString m_path;
    bool m_inUseElsewhere = false;
};

} // namespace attendance::gui
