// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/VerifyPanel.h"

#include "services/Session.h"
#include "widgets/MessageArea.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace attendance::gui {

VerifyPanel::VerifyPanel(QWidget *parent)
    : QFrame(parent)
    , m_progressLabel(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("S&top checking"), this))
    , m_result(new MessageArea(this))
{
    m_progressLabel->setObjectName(QStringLiteral("verifyProgressLabel"));
    m_progressLabel->setWordWrap(true);
    m_progressLabel->setAccessibleName(tr("Verification progress"));
    m_bar->setObjectName(QStringLiteral("verifyBar"));
    m_bar->setAccessibleName(tr("People found in HubSpot"));
    m_bar->setFormat(tr("%v of %m found"));
    m_cancelButton->setObjectName(QStringLiteral("verifyCancelButton"));
    m_cancelButton->setToolTip(
        tr("Stop asking HubSpot. Nothing is changed in HubSpot either way."));
    m_result->setObjectName(QStringLiteral("verifyResult"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progressLabel, 0, 0, 1, 2);
    layout->addWidget(m_bar, 1, 0);
    layout->addWidget(m_cancelButton, 1, 1);
    layout->addWidget(m_result, 2, 0, 1, 2);
    connect(m_cancelButton, &QPushButton::clicked, this, &VerifyPanel::cancel);
    reset();
}

VerifyPanel::~VerifyPanel()
{
    stopVerifier();
}

void VerifyPanel::reset()
{
    stopVerifier();
    m_report = {};
    m_result->clear();
    hide();
}

void VerifyPanel::start(HubSpotClient *client, const QString &eventId, const QString &eventName,
    SubscriberState state, const QList<RowResult> &results)
{
    stopVerifier();
    m_eventName = eventName;
    m_state = state;
    m_report = {};
    m_result->clear();
    m_verifier = new RunVerifier(client, this);
    m_verifier->setOptions(m_options);
    connect(m_verifier, &RunVerifier::progress, this, &VerifyPanel::onProgress);
    connect(m_verifier, &RunVerifier::finished, this, &VerifyPanel::onFinished);
    m_progressLabel->setText(tr("Asking HubSpot what it now records for “%1”…").arg(eventName));
    m_bar->setRange(0, 0); // busy until the first answer
    for (QWidget *w : {static_cast<QWidget *>(m_progressLabel), static_cast<QWidget *>(m_bar),
             static_cast<QWidget *>(m_cancelButton)})
        w->show();
    show();
    Q_EMIT runningChanged(true);
    m_verifier->start(eventId, state, results);
}

void VerifyPanel::cancel()
{
    if (!m_verifier)
        return;
    stopVerifier();
    m_progressLabel->hide();
    m_bar->hide();
    m_cancelButton->hide();
    m_result->showMessage(
        MessageArea::Kind::Information, tr("Checking stopped. %1").arg(countsSentence(m_report)));
    Q_EMIT runningChanged(false);
}

void VerifyPanel::stopVerifier()
{
    if (!m_verifier)
        return;
    // Answers still on their way must not reach a check that was given up.
    m_verifier->cancel();
    m_verifier->disconnect(this);
    m_verifier->deleteLater();
    m_verifier = nullptr;
}

QString VerifyPanel::text() const
{
    return m_result->isVisible() ? m_result->text() : m_progressLabel->text();
}

QString VerifyPanel::countsSentence(const RunVerifier::Report &report) const
{
    if (report.attempts == 0)
        return {};
    if (m_state == SubscriberState::ByStatus) {
        // Each state's counter, for the states this import recorded anyone in.
        const ParticipationCounters &c = report.counters;
        const StateCounts shown {c.registered, c.attended, c.cancelled};
        return tr("Expected, recorded by this import: %1.")
                   .arg(Session::stateCountsText(report.expectedByState))
            + u' '
            + tr("HubSpot shows in the event: %1.")
                  .arg(Session::stateCountsText(shown, report.expectedByState));
    }
    return tr("Expected: %n person(s) recorded as %1 by this import.", nullptr, report.expected)
               .arg(Session::stateLabel(m_state))
        + u' '
        + tr("HubSpot shows: %n person(s) as %1 in the event.", nullptr, report.countForState)
              .arg(Session::stateLabel(m_state));
}

void VerifyPanel::onProgress(const RunVerifier::Report &report)
{
    m_report = report;
    m_bar->setRange(0, std::max(1, report.sampled));
    m_bar->setValue(report.sampledConfirmed);
    QString text = countsSentence(report) + u' '
        + tr("%1 of %2 people checked one by one are there.")
              .arg(report.sampledConfirmed)
              .arg(report.sampled);
    if (!report.complete())
        text += u' '
            + tr("HubSpot can take a few minutes to show changes, so it is asked again "
                 "(check %1).")
                  .arg(report.attempts);
    m_progressLabel->setText(text);
}

void VerifyPanel::onFinished()
{
    const RunVerifier::Report report = m_verifier ? m_verifier->report() : m_report;
    m_report = report;
    stopVerifier();
    m_progressLabel->hide();
    m_bar->hide();
    m_cancelButton->hide();
    const QString state = Session::stateLabel(m_state);
    const bool byStatus = m_state == SubscriberState::ByStatus;
    if (report.error.isError()) {
        m_result->showMessage(MessageArea::Kind::Error,
            tr("HubSpot could not be asked: %1").arg(report.error.userMessage()));
    } else if (report.complete()) {
        m_result->showMessage(MessageArea::Kind::Positive,
            tr("Verified: HubSpot shows everything this import recorded.") + u' '
                + countsSentence(report) + u' '
                + (byStatus ? tr("All %n person(s) checked one by one are there, each as their "
                                 "status said.",
                       nullptr, report.sampled)
                            : tr("All %n person(s) checked one by one are there as %1.", nullptr,
                                report.sampled)
                                  .arg(state)));
    } else {
        QString text = tr("HubSpot does not show everything yet.") + u' ' + countsSentence(report);
        const QString missing = QLocale().createSeparatedList(report.sampledMissing);
        if (!report.sampledMissing.isEmpty())
            text += u' '
                + (byStatus ? tr("Not shown as their status said yet: %1.").arg(missing)
                            : tr("Not shown as %1 yet: %2.").arg(state, missing));
        text += u' '
            + tr("HubSpot may still be applying the changes: verify again in a few minutes.");
        m_result->showMessage(MessageArea::Kind::Warning, text);
    }
    Q_EMIT runningChanged(false);
}

} // namespace attendance::gui
