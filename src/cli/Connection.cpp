// SPDX-License-Identifier: GPL-3.0-or-later
#include "Connection.h"

#include "Console.h"
#include "HubSpotSimulator.h"
#include "TokenSource.h"
#include "hubspot/ApiConfig.h"
#include "hubspot/HubSpotClient.h"

#include <QHostAddress>
#include <QNetworkProxy>

using namespace Qt::StringLiterals;

namespace attendance::cli {

namespace {

bool isLoopback(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host().compare(u"localhost", Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
}

} // namespace

Connection::Connection(QObject *parent)
    : QObject(parent)
{ }

Connection::~Connection() = default;

bool Connection::open(const GlobalOptions &options, QIODevice *input, QString *error)
{
    ClientConfig config;
    if (!options.apiVersion.isEmpty()) {
        const std::optional<ApiVersion> version = apiVersionFromString(options.apiVersion);
        if (!version) {
            *error = u"--api-version takes v3 or 2026-03, not '%1'."_s.arg(options.apiVersion);
            return false;
        }
        config.version = *version;
    }
    if (!options.timeout.isEmpty()) {
        bool ok = false;
        const int seconds = options.timeout.trimmed().toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            *error = u"--timeout takes a number of seconds from 1 to 3600, not '%1'."_s.arg(
                options.timeout);
            return false;
        }
        config.timeout = std::chrono::seconds(seconds);
    }

    QString token;
    if (options.demo) {
        if (!options.baseUrl.isEmpty()) {
            *error = u"--demo runs its own simulated account; leave out --base-url."_s;
            return false;
        }
        if (!startDemo(error))
            return false;
        config.baseUrl = m_simulator->baseUrl();
        token = QString(sim::HubSpotSimulator::kDemoToken);
    } else {
        if (!options.baseUrl.isEmpty()) {
            const QUrl url(options.baseUrl.trimmed(), QUrl::StrictMode);
            if (const QString problem = checkBaseUrl(url); !problem.isEmpty()) {
                *error = u"--base-url: "_s + problem;
                return false;
            }
            config.baseUrl = url;
        }
        // Checked after the URL so a bad URL is reported even when no token is configured yet.
        TokenSource::Result found = TokenSource::read(options, input);
        for (const QString &warning : std::as_const(found.warnings))
            Console::err(warning);
        if (!found.error.isEmpty()) {
            *error = found.error;
            return false;
        }
        token = std::move(found.token);
    }

    // A system proxy must never see loopback traffic (the simulator) nor break it.
    if (isLoopback(config.baseUrl))
        m_network.setProxy(QNetworkProxy::NoProxy);
    m_client = std::make_unique<HubSpotClient>(&m_network, config);
    m_client->setToken(token);
    return true;
}

bool Connection::startDemo(QString *error)
{
    m_simulator = std::make_unique<sim::HubSpotSimulator>();
    if (!m_simulator->listen(0)) {
        *error = u"--demo: could not start the simulated account on 127.0.0.1."_s;
        m_simulator.reset();
        return false;
    }
    m_simulator->seedDemo();
    // stderr, so that JSON on stdout stays clean for scripts.
    Console::err(u"Demo mode: a simulated HubSpot account on this computer; nothing is sent to "
                 "HubSpot."_s);
    return true;
}

} // namespace attendance::cli
