// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"
#include "hubspot/HubSpotClient.h" // ApiJob.h, via RunVerifier.h, needs the whole type
#include "results/RowResult.h"
#include "sending/RunVerifier.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace attendance {
class HubSpotClient;
}

namespace attendance::gui {

class MessageArea;

/// "Verify in HubSpot" after a run: asks HubSpot, through RunVerifier, what it now records and
/// says in plain words what was expected and what HubSpot shows. HubSpot applies changes with a
/// delay, so it checks again for a while; a bar shows how many of the sampled people HubSpot
/// already shows, and "Stop checking" ends it. Asynchronous: the window stays responsive.
class VerifyPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyPanel)

public:
    explicit VerifyPanel(QWidget *parent = nullptr);
    ~VerifyPanel() override;

    /// How long and how often to ask; tests shorten the interval.
    void setOptions(const RunVerifier::Options &options) { m_options = options; }
    void start(HubSpotClient *client, const QString &eventId, const QString &eventName,
        SubscriberState state, const QList<RowResult> &results);
    void cancel();
    /// Hides the panel and forgets the last check (a new run starts).
    void reset();
    bool isRunning() const { return m_verifier != nullptr; }
    /// The last report, also after the check ended.
    const RunVerifier::Report &report() const { return m_report; }
    QString text() const;

Q_SIGNALS:
    void runningChanged(bool running);

private:
    void onProgress(const attendance::RunVerifier::Report &report);
    void onFinished();
    void stopVerifier();
    QString countsSentence(const RunVerifier::Report &report) const;

    QLabel *m_progressLabel;
    QProgressBar *m_bar;
    QPushButton *m_cancelButton;
    MessageArea *m_result;
    RunVerifier::Options m_options;
    QPointer<RunVerifier> m_verifier;
    RunVerifier::Report m_report;
    QString m_eventName;
    SubscriberState m_state = SubscriberState::Register;
};

} // namespace attendance::gui
