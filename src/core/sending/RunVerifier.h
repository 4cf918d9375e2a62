// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"
#include "hubspot/ApiError.h"
#include "hubspot/ParticipationJobs.h"
#include "results/RowResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <array>
#include <chrono>

namespace attendance {

class HubSpotClient;

/// After a run, asks HubSpot what it now records: the event's counters, and the participation
/// of a sample of the emails that succeeded. HubSpot applies attendance changes with a delay
/// (hubspot-api.md §8.2), so it asks again every `interval` until every sampled email shows the
/// state that was sent, or `timeout` passes.
class RunVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunVerifier)

public:
    struct Options
    {
        int sampleSize = 10;
        std::chrono::milliseconds interval {3000};
        std::chrono::milliseconds timeout {60000};
    };

    struct Report
    {
        int expected = 0; ///< Rows that succeeded in the run, in the verified state.
        /// Of expected, how many in each state (Register, Attend, Cancel): one state's count
        /// but in a by-status run.
        std::array<int, 3> expectedByState {};
        ParticipationCounters counters;
        /// The counter of the state that was sent. By status: the sum over the states of each
        /// counter up to what this run expects of it, so that it reaches expected only when
        /// every state's counter does.
        int countForState = 0;
        int sampled = 0;
        int sampledConfirmed = 0; ///< Sampled emails that HubSpot shows in the sent state.
        QStringList sampledMissing; ///< Sampled emails HubSpot does not (yet) show so.
        int attempts = 0;
        ApiError error; ///< Set when HubSpot could not be asked.
        bool complete() const
        {
            return !error.isError() && sampled == sampledConfirmed && countForState >= expected;
        }
    };

    RunVerifier(HubSpotClient *client, QObject *parent = nullptr);
    void setOptions(const Options &options) { m_options = options; }

    void start(const QString &objectId, SubscriberState state, const QList<RowResult> &results);
    void cancel();
    const Report &report() const { return m_report; }

    /// "ATTENDED" for attend, and so on: the breakdown's word for a state (none for ByStatus).
    static QString breakdownState(SubscriberState state);

Q_SIGNALS:
    void progress(const attendance::RunVerifier::Report &report);
    void finished();

private:
    void round();
    void onCounters(CountersJob *job);
    void onBreakdown(BreakdownJob *job);
    void roundDone();

    QPointer<HubSpotClient> m_client;
    Options m_options;
    QString m_objectId;
    SubscriberState m_state = SubscriberState::Register;
    QStringList m_sample;
    QHash<QString, SubscriberState> m_sampleState; ///< By status: each sampled email's state.
    QStringList m_pending; ///< Sample emails still to confirm.
    int m_outstanding = 0;
    std::chrono::steady_clock::time_point m_started;
    QTimer m_timer;
    Report m_report;
    bool m_running = false;
};

} // namespace attendance
