// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"
#include "mapping/ImportPlan.h"
#include "results/RowResult.h"

#include <QDateTime>
#include <QFile>
#include <QString>

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
    QString file;       ///< The spreadsheet the plan came from, for the user's information.
    QString fileSha256; ///< Of that file when the run started.
    /// interactionDateTime (epoch ms) of rows whose file gave none, so a resumed run records
    /// them at the same time as the first; nullopt in journals that did not record it.
    std::optional<qint64> defaultInteractionTime;
};

/// A journal read back: the plan as it was sent, and the latest outcome of each row.
struct JournalContents
{
    QString path;
    JournalHeader header;
    ImportPlan plan;
    QList<RowResult> results; ///< Latest outcome per row that has one.
    bool complete = false;    ///< The run ended with every row judged; nothing to resume.
    QString error;            ///< Why it could not be read; empty when it could.

    bool ok() const { return error.isEmpty(); }
    /// Attendees without a final outcome: what a resume would send.
    int resendableCount() const;
};

/// An append-only, crash-safe record of a run (JSON Lines): a header, the plan, then one line per
/// settled batch, then "complete". Each append is flushed and synced to disk before it returns, so
/// after a crash, a kill or a power cut the journal says at least what the user was shown. A torn
/// last line (power cut mid-write) is ignored on reading.
class RunJournal final
{
    Q_DISABLE_COPY_MOVE(RunJournal)

public:
    RunJournal() = default;
    ~RunJournal();

    /// Starts a new journal at @p path (overwriting), with the header and the whole plan.
    bool create(const QString &path, const JournalHeader &header, const ImportPlan &plan);
    /// Continues an existing journal (resume).
    bool openForAppend(const QString &path);
    bool appendOutcomes(const QList<RowResult> &rows);
    void markComplete();
    void close();

    const QString &lastError() const { return m_error; }
    QString path() const { return m_file.fileName(); }

    static JournalContents load(const QString &path);
    /// Where the GUI keeps its journals (AppDataLocation/journals).
    static QString defaultDirectory();
    /// Journals in @p directory that can be resumed, newest first.
    static QStringList resumable(const QString &directory);

private:
    bool writeLine(const QByteArray &json);

    QFile m_file;
    QString m_error;
};

} // namespace attendance
