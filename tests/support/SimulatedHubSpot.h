// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Header-only: its users link attendance_core and attendance_sim themselves.

#include "HubSpotSimulator.h"
#include "hubspot/HubSpotClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QSet>
#include <memory>

namespace attendance::test {

/// A simulator listening on 127.0.0.1 with the demo events and token (seedDemo()), and a client
/// pointed at it with the demo token: what the client's and the send engine's tests talk to.
class SimulatedHubSpot final
{
public:
    /// @p config's baseUrl is replaced by the simulator's. Check isListening() before use.
    explicit SimulatedHubSpot(
        const sim::HubSpotSimulator::Options &options = {}, ClientConfig config = {})
        : m_simulator(options)
    {
        m_simulator.seedDemo();
        if (!m_simulator.listen())
            return;
        config.baseUrl = m_simulator.baseUrl();
        m_client = std::make_unique<HubSpotClient>(&m_network, config);
        m_client->setToken(QString(sim::HubSpotSimulator::kDemoToken));
    }
    SimulatedHubSpot(const SimulatedHubSpot &) = delete;
    SimulatedHubSpot &operator=(const SimulatedHubSpot &) = delete;

    bool isListening() const { return m_client != nullptr; }
    sim::HubSpotSimulator *simulator() { return &m_simulator; }
    HubSpotClient *client() { return m_client.get(); }
    /// The client's network access, for more clients of the same simulator.
    QNetworkAccessManager *network() { return &m_network; }
    /// The first of the demo events.
    QString firstEventId() const { return m_simulator.events().first().objectId; }

private:
    QNetworkAccessManager m_network;
    sim::HubSpotSimulator m_simulator;
    std::unique_ptr<HubSpotClient> m_client;
};

/// The attendance POSTs a simulator received (not the contact lookups), and the emails in their
/// inputs.
struct Posts
{
    QList<sim::RecordedRequest> requests; ///< The POSTs, in the order they came.
    int count = 0;
    QMap<QString, int> emails; ///< Times each (lower-cased) email was posted, whatever the answer.
    QMap<QString, int> accepted; ///< Times each email was in a POST answered 200.
    QSet<qint64> interactionTimes; ///< The inputs' interactionDateTime values.
};

/// The POSTs among @p requests made with @p token ("Bearer <token>"), or all of them when it is
/// empty.
inline Posts postsIn(const QList<sim::RecordedRequest> &requests, QLatin1StringView token = {})
{
    Posts p;
    const QByteArray bearer = "Bearer " + QByteArray(token.data(), token.size());
    for (const auto &r : requests) {
        if (r.method != "POST" || !r.path.endsWith(u"/email-create")
            || (!token.isEmpty() && r.authorization != bearer))
            continue;
        p.requests.append(r);
        ++p.count;
        const QJsonArray inputs
            = QJsonDocument::fromJson(r.body).object().value(u"inputs").toArray();
        for (const QJsonValue &v : inputs) {
            const QString e = v.toObject().value(u"email").toString().toLower();
            ++p.emails[e];
            if (r.status == 200)
                ++p.accepted[e];
            p.interactionTimes.insert(v.toObject().value(u"interactionDateTime").toInteger());
        }
    }
    return p;
}

/// The POSTs @p simulator received with @p token, or all of them when it is empty.
inline Posts postsWith(const sim::HubSpotSimulator &simulator, QLatin1StringView token = {})
{
    return postsIn(simulator.requests(), token);
}

} // namespace attendance::test
