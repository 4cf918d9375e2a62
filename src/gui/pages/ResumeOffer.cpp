// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/ResumeOffer.h"

#include "Dialogs.h"
#include "Logging.h"
#include "Style.h"
#include "services/Session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace attendance::gui {

ResumeOffer::ResumeOffer(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_note(new QLabel(this))
    , m_continueButton(new QPushButton(tr("Contin&ue sending"), this))
    , m_discardButton(new QPushButton(tr("D&iscard"), this))
    , m_laterButton(new QPushButton(tr("&Later"), this))
{
    setObjectName(QStringLiteral("resumeOffer"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#resumeOffer { background-color: #e6f0fb; border: 1px solid "
                                 "#7aa7d9; border-radius: 4px; } #resumeOffer QLabel { color: "
                                 "#10263f; }"));
    m_text->setObjectName(QStringLiteral("resumeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_note->setObjectName(QStringLiteral("resumeNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    m_continueButton->setObjectName(QStringLiteral("resumeContinueButton"));
    m_continueButton->setToolTip(tr("Send the rows HubSpot has not confirmed yet. Rows it "
                                    "already confirmed are never sent twice."));
    m_discardButton->setObjectName(QStringLiteral("resumeDiscardButton"));
    m_discardButton->setToolTip(tr("Forget this import: its remaining rows will not be sent."));
    m_laterButton->setObjectName(QStringLiteral("resumeLaterButton"));
    m_laterButton->setToolTip(tr("Decide the next time the app starts."));

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_text);
    texts->addWidget(m_note);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(texts, 1);
    for (QPushButton *button : {m_continueButton, m_discardButton, m_laterButton})
        layout->addWidget(button, 0, Qt::AlignVCenter);

    connect(m_continueButton, &QPushButton::clicked, this,
        [this] { Q_EMIT continueRequested(m_journal); });
    connect(m_discardButton, &QPushButton::clicked, this, &ResumeOffer::discard);
    connect(m_laterButton, &QPushButton::clicked, this, &ResumeOffer::dismiss);
    connect(&m_watcher, &QFutureWatcher<JournalContents>::finished, this, &ResumeOffer::onScanned);
    hide();
}

ResumeOffer::~ResumeOffer()
{
    // The reading thread only touches its own copies; let it finish before the watcher goes.
    m_watcher.waitForFinished();
}

void ResumeOffer::scan(const QString &directory)
{
    if (m_watcher.isRunning())
        return;
    m_directory = directory;
    // Reading every journal means parsing whole plans: not on the UI thread.
    m_watcher.setFuture(QtConcurrent::run([directory] {
        const QStringList paths = RunJournal::resumable(directory);
        return paths.isEmpty() ? JournalContents {} : RunJournal::load(paths.constFirst());
    }));
}

void ResumeOffer::onScanned()
{
    m_journal = m_watcher.result();
    if (m_journal.path.isEmpty() || !m_journal.ok()) {
        hide();
        return;
    }
    const JournalHeader &h = m_journal.header;
    const int left = m_journal.resendableCount();
    const int total = int(m_journal.plan.attendees.size());
    const QString started = QLocale().toString(
        h.createdAt.toTimeZone(QTimeZone::systemTimeZone()), QLocale::ShortFormat);
    const QString file = h.file.isEmpty() ? tr("an unnamed file") : QFileInfo(h.file).fileName();
    const QString event = h.eventName.isEmpty() ? h.eventId : h.eventName;
    const QString what = h.state == SubscriberState::ByStatus
        ? tr("An import did not finish: “%1”, marking people by each row's status, from %2 "
             "(started %3).")
              .arg(event, file, started)
        : tr("An import did not finish: “%1”, marking people as %2, from %3 (started %4).")
              .arg(event, Session::stateLabel(h.state), file, started);
    m_text->setText(what + u' ' + tr("%1 of %n row(s) not sent yet.", nullptr, total).arg(left));
    m_note->hide();
    m_continueButton->setEnabled(true);
    show();
}

void ResumeOffer::showNeedsConnection(bool demoConnected)
{
    m_note->setText(demoConnected
            ? tr("The unfinished import continues with your HubSpot account, not the demo "
                 "account: connect with your access token.")
            : tr("Connect to HubSpot with your access token: the import continues as soon as "
                 "the account answers."));
    m_note->show();
    m_continueButton->setEnabled(false);
}

void ResumeOffer::dismiss()
{
    m_journal = {};
    hide();
}

void ResumeOffer::discard()
{
    if (!Dialogs::confirm(window(), tr("Discard the unfinished import"),
            tr("The rows not sent yet will not be sent, and this import will not be offered "
               "again. People already recorded in HubSpot stay recorded."),
            tr("Discard")))
        return;
    if (!QFile::remove(m_journal.path))
        qCWarning(lcUi) << "could not remove an unfinished journal";
    dismiss();
    scan(m_directory); // there may be an older one
}

QString ResumeOffer::text() const
{
    return m_text->text() + (!m_note->isHidden() ? u' ' + m_note->text() : QString());
}

} // namespace attendance::gui
