// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <functional>
#include <memory>

class QHttpServerResponder;

namespace attendance::sim {

class SimulatorRouter;
struct SimulatorResponse;

/// The HTTP side: turns a QHttpServerRequest into a RecordedRequest, lets the router answer
/// and writes the response with the headers the router chose. Answers every request itself,
/// so unknown paths get HubSpot's 404 body rather than Qt's empty one.
///
/// Late answers, hangs and resets keep the QHttpServerResponder (Qt 6.4 lets it outlive
/// handleRequest()) and act from a timer, so other connections are served meanwhile.
class SimulatorServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorServer)

public:
    SimulatorServer(SimulatorRouter &router, QObject *parent = nullptr);
    ~SimulatorServer() override;

Q_SIGNALS:
    void requestHandled(int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answer(const QHttpServerRequest &request, QTcpSocket *socket);
    void write(QHttpServerResponder &responder, const SimulatorResponse &response, bool head);
    /// Runs @p action after @p ms unless the server is gone by then.
    void later(int ms, std::function<void()> action);

    SimulatorRouter &m_router;
    // Parent of the pending timers, and through them of the held responders: destroyed before
    // the base class closes the sockets those responders point to.
    std::unique_ptr<QObject> m_pending;
};

} // namespace attendance::sim
