// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/RunJournal.h"

#include <QFrame>
#include <QFutureWatcher>

class QLabel;
class QPushButton;

namespace attendance::gui {

/// The banner that offers to continue an import that did not finish (the app was closed, crashed
/// or lost power mid-run, or the run stopped): event, state, file and how many rows are left,
/// with Continue, Discard and Later. Journals are read off the UI thread; hidden when none is
/// unfinished.
class ResumeOffer final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumeOffer)

public:
    explicit ResumeOffer(QWidget *parent = nullptr);
    ~ResumeOffer() override;

    /// Looks for unfinished runs in @p directory (RunJournal::resumable()) and shows the newest.
    void scan(const QString &directory);
    /// Continue was chosen: say that the run goes on once connected to HubSpot.
    void showNeedsConnection(bool demoConnected);
    /// The offered run is being continued (or was discarded): nothing more to offer now.
    void dismiss();
    const JournalContents &journal() const { return m_journal; }
    QString text() const;

Q_SIGNALS:
    void continueRequested(const attendance::JournalContents &journal);

private:
    void onScanned();
    void discard();

    QLabel *m_text;
    QLabel *m_note;
    QPushButton *m_continueButton;
    QPushButton *m_discardButton;
    QPushButton *m_laterButton;
    QFutureWatcher<JournalContents> m_watcher;
    QString m_directory;
    JournalContents m_journal;
};

} // namespace attendance::gui
