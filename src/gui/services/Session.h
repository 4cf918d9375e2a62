// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"
#include "hubspot/ApiConfig.h"
#include "hubspot/ApiError.h"
#include "hubspot/MarketingEvent.h"
#include "mapping/ImportPlan.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace attendance {
class HubSpotClient;
class ListEventsJob;
namespace sim {
class HubSpotSimulator;
}
} // namespace attendance

namespace attendance::gui {

/// What the pages share: the connection, the chosen event and state, and the import plan.
/// Widget-free, so the pages stay views and the rules ("ready to send") live in one place.
/// The token goes to the HubSpotClient and is not kept here.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    /// Uses @p network (not owned) for every request from now on; null = an own manager.
    void setNetworkAccessManager(QNetworkAccessManager *network);
    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    /// Starts the in-process simulator once; false with *error when it cannot listen.
    bool startDemo(QString *error);
    /// The current connection goes to the demo simulator (not to HubSpot).
    bool isDemo() const { return m_usingDemo; }
    sim::HubSpotSimulator *demoSimulator() const { return m_demo.get(); }
    /// Where the demo account answers, and its (public) token.
    ClientConfig demoConfig() const;

    /// Replaces the client and lists the events; connectFinished() follows.
    void connectAccount(const ClientConfig &config, const QString &token);
    /// Lists the events again with the current client; eventsRefreshed() follows.
    void refreshEvents();
    bool isConnected() const { return m_connected; }
    bool isBusy() const;
    HubSpotClient *client() const;

    const QList<MarketingEvent> &events() const { return m_events; }
    void setEventId(const QString &objectId);
    QString eventId() const { return m_eventId; }
    /// The chosen event; empty objectId when none.
    MarketingEvent chosenEvent() const;
    /// An event's name as every summary shows it: "(cancelled)" added when HubSpot marks the
    /// event (among the listed ones) as cancelled; @p name when it is not listed.
    QString eventLabel(const QString &objectId, const QString &name) const;
    /// The state chosen on the event step, for everyone in the file; never ByStatus.
    void setState(std::optional<SubscriberState> state);
    std::optional<SubscriberState> chosenState() const { return m_state; }
    /// Each person in the state their status column says (SubscriberState::ByStatus) rather than
    /// the chosen state, which is kept for a file without a status column. The file step offers
    /// it when a status column is mapped, and turns it off when none is.
    void setByStatus(bool byStatus);
    bool byStatus() const { return m_byStatus; }
    /// The run's state: ByStatus when byStatus(), else the chosen one.
    std::optional<SubscriberState> state() const;

    void setPlan(const ImportPlan &plan);
    void clearPlan();
    bool hasPlan() const { return m_hasPlan; }
    const ImportPlan &plan() const { return m_plan; }

    /// interactionDateTime (epoch ms) for people the file gives no date; nullopt = the time of
    /// sending. Handed to SendEngine::setDefaultInteractionTime().
    void setDefaultInteractionTime(std::optional<qint64> ms) { m_defaultInteractionTime = ms; }
    std::optional<qint64> defaultInteractionTime() const { return m_defaultInteractionTime; }

    /// Connected, an event and a state chosen, and at least one person to send.
    bool readyToSend() const;

    /// "Registered", "Attended", "Cancelled" as shown to people.
    static QString stateLabel(SubscriberState state);
    /// "3 as Attended, 2 as Registered, 2 as Cancelled": the states with anyone in them.
    static QString stateCountsText(const StateCounts &counts);
    /// As above, for the states with anyone in @p listed (a count of 0 included).
    static QString stateCountsText(const StateCounts &counts, const StateCounts &listed);
    /// The question to ask before people are recorded in the chosen event in @p state when
    /// HubSpot marks it as cancelled (cancelling needs none); empty when there is none to ask.
    QString cancelledEventQuestion(SubscriberState state) const;

Q_SIGNALS:
    void busyChanged(bool busy);
    void connectFinished(const attendance::ApiError &error);
    void eventsRefreshed(const attendance::ApiError &error);
    void eventsChanged();
    void demoChanged(bool demo);
    /// Event, state or plan changed: readyToSend() may have changed.
    void selectionChanged();

private:
    void listEvents(bool isConnect);

    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    std::unique_ptr<sim::HubSpotSimulator> m_demo;
    QPointer<HubSpotClient> m_client;
    QPointer<ListEventsJob> m_listJob;
    bool m_connected = false;
    bool m_usingDemo = false;
    QList<MarketingEvent> m_events;
    QString m_eventId;
    std::optional<SubscriberState> m_state;
    bool m_byStatus = false;
    ImportPlan m_plan;
    bool m_hasPlan = false;
    std::optional<qint64> m_defaultInteractionTime;
};

} // namespace attendance::gui
