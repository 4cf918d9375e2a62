// SPDX-License-Identifier: GPL-3.0-or-later
#include "HubSpotSimulator.h"

#include "DemoData.h"
#include "FaultInjector.h"
#include "Logging.h"
#include "RateLimiter.h"
#include "SimulatorRouter.h"
#include "SimulatorServer.h"
#include "SimulatorState.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <cstring>

using namespace Qt::StringLiterals;

namespace attendance::sim {

namespace {

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

/// Qt HttpServer's debug output prints whole request headers, Authorization included. Tokens
/// must never reach a log, whatever QT_LOGGING_RULES says, so its debug level stays off.
void muteHttpServerDebug(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (std::strncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

void installLogFilterOnce()
{
    static const bool installed = [] {
        g_previousFilter = QLoggingCategory::installFilter(muteHttpServerDebug);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace

HubSpotSimulator::HubSpotSimulator(QObject *parent)
    : HubSpotSimulator(Options {}, parent)
{ }

HubSpotSimulator::HubSpotSimulator(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_state(std::make_unique<SimulatorState>())
    , m_limiter(std::make_unique<RateLimiter>(
          options.rateLimitMax, options.rateLimitIntervalMs, options.dailyLimit))
    , m_faults(std::make_unique<FaultInjector>())
    , m_router(std::make_unique<SimulatorRouter>(*m_state, *m_limiter, *m_faults, m_options))
    , m_server(new SimulatorServer(*m_router, this))
{
    installLogFilterOnce();
    connect(m_server, &SimulatorServer::requestHandled, this, &HubSpotSimulator::requestHandled);
}

HubSpotSimulator::~HubSpotSimulator()
{
    // The server refers to the router; close it before the members it uses go away.
    delete m_server;
}

bool HubSpotSimulator::listen(quint16 port)
{
    if (!m_server->servers().isEmpty()) {
        qCWarning(lcSim) << "HubSpot simulator is already listening on port" << this->port();
        return false;
    }
    // Loopback only: the simulator accepts any client that knows a token, so it must not be
    // reachable from the network.
    const quint16 bound = m_server->listen(QHostAddress(QHostAddress::LocalHost), port);
    if (bound == 0) {
        qCWarning(lcSim) << "HubSpot simulator could not listen on 127.0.0.1 port" << port;
        return false;
    }
    m_router->setBaseUrl(baseUrl());
    qCInfo(lcSim).noquote() << "HubSpot simulator listening on" << baseUrl().toString();
    return true;
}

quint16 HubSpotSimulator::port() const
{
    const QList<quint16> ports = m_server->serverPorts();
    return ports.isEmpty() ? 0 : ports.first();
}

QUrl HubSpotSimulator::baseUrl() const
{
    const quint16 bound = port();
    if (bound == 0)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(bound);
    return url;
}

void HubSpotSimulator::addToken(const QString &token, const QStringList &scopes)
{
    m_state->addToken(token, scopes);
}

void HubSpotSimulator::revokeToken(const QString &token)
{
    m_state->revokeToken(token);
}

void HubSpotSimulator::copyAccountFrom(const HubSpotSimulator &other)
{
    m_state->copyAccountFrom(*other.m_state);
}

void HubSpotSimulator::addEvent(const SimulatedEvent &event)
{
    m_state->addEvent(event);
}

qint64 HubSpotSimulator::addContact(const SimulatedContact &contact)
{
    const qint64 id = contactIdFor(contact.email);
    m_state->ensureContact({id, contact.email.toLower(), contact.firstname, contact.lastname, {}});
    return id;
}

void HubSpotSimulator::seedDemo()
{
    addToken(QString(kDemoToken), DemoData::demoScopes());
    const QList<SimulatedEvent> events = DemoData::events(QDate::currentDate());
    for (const SimulatedEvent &event : events)
        addEvent(event);
    const QList<SimulatedContact> contacts = DemoData::contacts();
    for (const SimulatedContact &contact : contacts)
        addContact(contact);
}

QList<SimulatedEvent> HubSpotSimulator::events() const
{
    QList<SimulatedEvent> events;
    events.reserve(m_state->events().size());
    for (const EventRecord &record : m_state->events())
        events.append(record.event);
    return events;
}

QStringList HubSpotSimulator::contactEmails() const
{
    return m_state->contactEmails();
}

AttendanceCounters HubSpotSimulator::counters(const QString &objectId) const
{
    // What a GET would see now: delayed changes that are due count, the others do not yet.
    m_state->applyDueChanges();
    return m_state->counters(objectId);
}

QList<RecordedRequest> HubSpotSimulator::requests() const
{
    return m_state->requests();
}

void HubSpotSimulator::clearRequests()
{
    m_state->clearRequests();
}

void HubSpotSimulator::setFaults(const Faults &faults)
{
    m_faults->setFaults(faults);
}

HubSpotSimulator::Faults HubSpotSimulator::faults() const
{
    return m_faults->faults();
}

int HubSpotSimulator::faultsInjected(FaultKind kind) const
{
    return m_faults->injected(kind);
}

int HubSpotSimulator::processedButUnanswered() const
{
    return m_faults->processedButUnanswered();
}

QStringList HubSpotSimulator::unansweredEmails() const
{
    return m_faults->unansweredEmails();
}

QStringList HubSpotSimulator::omittedEmails() const
{
    return m_faults->omittedEmails();
}

void HubSpotSimulator::setDailyRemaining(int remaining)
{
    m_limiter->setDailyRemaining(remaining);
}

} // namespace attendance::sim
