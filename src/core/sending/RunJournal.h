// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"
#include "mapping/ImportPlan.h"
#include "results/RowResult.h"
#include "sending/JournalFile.h"

#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

namespace attendance {

/// What a run is about; written first. Never a token.
struct JournalHeader
{
    QString runId;
    QDateTime createdAt;
    QString eventId;
    QString eventName;
    SubscriberState state = SubscriberState::Register;
    QString apiVersion;
    QString file; ///< The spreadsheet the plan came from, for the user's information.
    QString fileSha256; ///< Of that file when the run started.
    /// interactionDateTime (epoch ms) of rows whose file gave none, so a resumed run records
    /// them at the same time as the first; nullopt in journals that did not record it.
    std::optional<qint64> defaultInteractionTime;
    /// Only people who are already contacts are recorded (SendEngine::Options); a resume must
    /// not create the others.
    bool existingContactsOnly = false;
};

/// A journal read back: the plan as it was sent, and the latest outcome of each row.
struct JournalContents
{
    QString path;
    JournalHeader header;
    ImportPlan plan;
    QList<RowResult> results; ///< Latest outcome per row that has one.
    bool complete = false; ///< The run ended with every row judged; nothing to resume.
    QString error; ///< Why it could not be read; empty when it could.

    bool ok() const { return error.isEmpty(); }
    /// Attendees without a final outcome: what a resume would send.
    int resendableCount() const;
};

/// An append-only, crash-safe record of a run (JSON Lines): a header, the plan, then one line per
/// settled batch, then "complete". Each append is flushed and synced to disk before it returns, so
/// after a crash, a kill or a power cut the journal says at least what the user was shown. A torn
/// last line (power cut mid-write) is ignored on reading; a write that fails (a full disk) is cut
/// off again, so the journal stays readable and resumable.
///
/// A journal in use is locked (the file itself, see JournalFile): a second run refuses it by any
/// name. A journal is never opened through a symbolic link, and never replaces a file that is not
/// a finished journal.
class RunJournal final
{
    Q_DISABLE_COPY_MOVE(RunJournal)

public:
    /// Why the last call failed; lastError() says it in words, with the path.
    enum class Failure {
        None,
        Missing,
        SymbolicLink,
        NotAFile,
        InUse, ///< Another run (this process or another) has the journal open.
        NotReplaceable, ///< create(): something that is not a finished journal is at the path.
        Io, ///< The system refused (a full disk, no permission...).
    };

    RunJournal();
    ~RunJournal();

    /// Takes the existing journal at @p path for this run and reads it into @p contents, whose
    /// error says when the file is not a journal. Until close() the file stays locked for this run.
    /// false, with lastFailure(), when it is missing, a symbolic link, not an ordinary file, in
    /// use by another run, or cannot be opened.
    bool claim(const QString &path, JournalContents *contents);
    /// Starts a new journal at @p path with the header and the whole plan. They are written under
    /// a temporary name first, so a plan that does not fit on the disk leaves nothing at @p path.
    /// A file already there is replaced only when it is a finished journal; anything else is left
    /// untouched and refused.
    bool create(const QString &path, const JournalHeader &header, const ImportPlan &plan);
    /// Continues an existing journal (resume); claims it first unless claim() took it.
    bool openForAppend(const QString &path);
    bool appendOutcomes(const QList<RowResult> &rows);
    void markComplete();
    void close();

    const QString &lastError() const { return m_error; }
    Failure lastFailure() const { return m_failure; }
    QString path() const;

    /// Reads the journal at @p path (never through a symbolic link), even while a run writes it.
    static JournalContents load(const QString &path);
    /// Where the GUI keeps its journals (AppDataLocation/journals).
    static QString defaultDirectory();
    /// Journals in @p directory that can be resumed, newest first.
    static QStringList resumable(const QString &directory);

private:
    bool writeLine(const QByteArray &json);
    bool failWriting();
    bool fail(Failure failure, const QString &message);
    bool failOpening(JournalFile::Result result, const QString &path);

    std::unique_ptr<JournalFile> m_file;
    bool m_claimedJournal = false; ///< claim() found a journal...
    bool m_claimedComplete = false; ///< ...and a finished one.
    Failure m_failure = Failure::None;
    QString m_error;
};

} // namespace attendance
