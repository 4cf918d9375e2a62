// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>

namespace attendance::sim {

class SimulatorRouter;

/// The HTTP side: turns a QHttpServerRequest into a RecordedRequest, lets the router answer
/// and writes the response with the headers the router chose. Answers every request itself,
/// so unknown paths get HubSpot's 404 body rather than Qt's empty one.
class SimulatorServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorServer)

public:
    SimulatorServer(SimulatorRouter &router, QObject *parent = nullptr);

Q_SIGNALS:
    void requestHandled(int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answer(const QHttpServerRequest &request, QTcpSocket *socket);

    SimulatorRouter &m_router;
};

} // namespace attendance::sim
