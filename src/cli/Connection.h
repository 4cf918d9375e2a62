// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <memory>

class QIODevice;

namespace attendance {
class HubSpotClient;
namespace sim {
class HubSpotSimulator;
}
} // namespace attendance

namespace attendance::cli {

/// The connection one command (events, import) opens: a HubSpotClient on its own network
/// manager, aimed at HubSpot (or --base-url) with the user's token, or with --demo at an
/// in-process simulator. The GUI's counterpart is part of gui::Session.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    /// Sets up the client. false with *error for a bad --base-url, --api-version or --timeout,
    /// or a missing or unusable token (all exit code 2). input is standard input, for
    /// --token-stdin. Warnings (a token file others can read, demo mode) go to stderr here.
    bool open(const GlobalOptions &options, QIODevice *input, QString *error);

    HubSpotClient *client() const { return m_client.get(); }
    bool isDemo() const { return m_simulator != nullptr; }

private:
    bool startDemo(QString *error);

    // Declaration order is destruction order in reverse: the client's jobs go first, then the
    // simulator, and the network manager they both use last.
    QNetworkAccessManager m_network;
    std::unique_ptr<sim::HubSpotSimulator> m_simulator;
    std::unique_ptr<HubSpotClient> m_client;
};

} // namespace attendance::cli
