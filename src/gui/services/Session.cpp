// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Session.h"

#include "HubSpotSimulator.h"
#include "Logging.h"
#include "hubspot/EventJobs.h"
#include "hubspot/HubSpotClient.h"
#include "models/EventsModel.h"

#include <QNetworkAccessManager>

namespace attendance::gui {

Session::Session(QObject *parent)
    : QObject(parent)
{
    setNetworkAccessManager(nullptr);
}

Session::~Session()
{
    // The pages may already be gone: a job finishing now must not signal them.
    if (m_listJob)
        m_listJob->disconnect(this);
    delete m_client.data();
}

void Session::setNetworkAccessManager(QNetworkAccessManager *network)
{
    if (network) {
        m_network = network;
        return;
    }
    if (!m_ownNetwork)
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
    m_network = m_ownNetwork.get();
}

bool Session::startDemo(QString *error)
{
    if (m_demo)
        return true;
    auto simulator = std::make_unique<sim::HubSpotSimulator>();
    if (!simulator->listen(0)) {
        *error = tr("The demo account could not start on this computer.");
        return false;
    }
    simulator->seedDemo();
    m_demo = std::move(simulator);
    qCInfo(lcUi) << "demo account started on" << m_demo->baseUrl().toDisplayString();
    return true;
}

ClientConfig Session::demoConfig() const
{
    ClientConfig config;
    if (m_demo)
        config.baseUrl = m_demo->baseUrl();
    return config;
}

void Session::connectAccount(const ClientConfig &config, const QString &token)
{
    if (m_listJob) {
        m_listJob->disconnect(this);
        m_listJob->abort();
    }
    if (m_client)
        m_client->deleteLater();
    m_connected = false;
    m_events.clear();
    m_eventId.clear();
    Q_EMIT eventsChanged();
    const bool demo = m_demo && config.baseUrl == m_demo->baseUrl();
    if (demo != m_usingDemo) {
        m_usingDemo = demo;
        Q_EMIT demoChanged(demo);
    }
    m_client = new HubSpotClient(m_network, config, this);
    m_client->setToken(token);
    listEvents(true);
}

bool Session::isBusy() const
{
    return m_listJob != nullptr;
}

HubSpotClient *Session::client() const
{
    return m_client;
}

void Session::refreshEvents()
{
    if (!m_client || m_listJob)
        return;
    listEvents(false);
}

void Session::listEvents(bool isConnect)
{
    ListEventsJob *job = m_client->listEvents();
    m_listJob = job;
    connect(job, &ApiJob::finished, this, [this, job, isConnect] {
        m_listJob = nullptr;
        const ApiError error = job->error();
        if (!error.isError()) {
            m_connected = true;
            m_events = job->events();
            const bool stillThere = std::any_of(m_events.cbegin(), m_events.cend(),
                [this](const MarketingEvent &e) { return e.objectId == m_eventId; });
            if (!stillThere)
                m_eventId.clear();
            qCInfo(lcUi) << "listed" << m_events.size() << "events";
            Q_EMIT eventsChanged();
        } else if (isConnect) {
            m_connected = false;
        }
        Q_EMIT busyChanged(false);
        if (isConnect)
            Q_EMIT connectFinished(error);
        else
            Q_EMIT eventsRefreshed(error);
        Q_EMIT selectionChanged();
    });
    Q_EMIT busyChanged(true);
    job->start();
}

void Session::setEventId(const QString &objectId)
{
    if (objectId == m_eventId)
        return;
    m_eventId = objectId;
    Q_EMIT selectionChanged();
}

QString Session::eventLabel(const QString &objectId, const QString &name) const
{
    for (MarketingEvent e : m_events) {
        if (e.objectId == objectId) {
            e.eventName = name; // a resumed run's name is the journal's
            return EventsModel::nameLabel(e);
        }
    }
    return name;
}

MarketingEvent Session::chosenEvent() const
{
    for (const MarketingEvent &e : m_events) {
        if (e.objectId == m_eventId)
            return e;
    }
    return {};
}

void Session::setState(std::optional<SubscriberState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT selectionChanged();
}

void Session::setByStatus(bool byStatus)
{
    if (byStatus == m_byStatus)
        return;
    m_byStatus = byStatus;
    Q_EMIT selectionChanged();
}

std::optional<SubscriberState> Session::state() const
{
    return m_byStatus ? std::optional(SubscriberState::ByStatus) : m_state;
}

void Session::setPlan(const ImportPlan &plan)
{
    m_plan = plan;
    m_hasPlan = true;
    Q_EMIT selectionChanged();
}

void Session::clearPlan()
{
    m_plan = {};
    m_hasPlan = false;
    Q_EMIT selectionChanged();
}

bool Session::readyToSend() const
{
    return m_connected && m_client && !m_eventId.isEmpty() && state().has_value() && m_hasPlan
        && !m_plan.attendees.isEmpty();
}

QString Session::cancelledEventQuestion(SubscriberState state) const
{
    const MarketingEvent event = chosenEvent();
    if (!event.cancelled || state == SubscriberState::Cancel)
        return {};
    if (state == SubscriberState::ByStatus)
        return tr("“%1” is cancelled in HubSpot. Record the people in your file as their status "
                  "column says (attended, registered or cancelled) for it anyway?")
            .arg(event.eventName);
    return tr("“%1” is cancelled in HubSpot. Record the people in your file as %2 for it anyway?")
        .arg(event.eventName, stateLabel(state));
}

QString Session::stateLabel(SubscriberState state)
{
    switch (state) {
    case SubscriberState::Register:
        return tr("Registered");
    case SubscriberState::Attend:
        return tr("Attended");
    case SubscriberState::Cancel:
        return tr("Cancelled");
    case SubscriberState::ByStatus:
        return tr("By each row's status");
    }
    return {};
}

QString Session::stateCountsText(const StateCounts &counts)
{
    return stateCountsText(counts, counts);
}

QString Session::stateCountsText(const StateCounts &counts, const StateCounts &listed)
{
    // The order the file step's option names them in: what happened most first.
    QStringList parts;
    for (const SubscriberState state :
        {SubscriberState::Attend, SubscriberState::Register, SubscriberState::Cancel}) {
        if (listed.at(size_t(state)) > 0)
            parts.append(tr("%1 as %2").arg(counts.at(size_t(state))).arg(stateLabel(state)));
    }
    return parts.isEmpty() ? tr("nobody") : parts.join(tr(", "));
}

} // namespace attendance::gui
