// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatorServer.h"

#include "SimulatorRouter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>

namespace attendance::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView name)
{
    // Header names are case-insensitive; do not rely on how Qt stores them.
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

SimulatorServer::SimulatorServer(SimulatorRouter &router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_pending(std::make_unique<QObject>())
{ }

SimulatorServer::~SimulatorServer() = default;

bool SimulatorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    answer(request, socket);
    return true;
}

void SimulatorServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Unreachable while handleRequest() answers everything; kept correct all the same.
    answer(request, socket);
}

void SimulatorServer::answer(const QHttpServerRequest &request, QTcpSocket *socket)
{
    RecordedRequest recorded;
    recorded.method = methodName(request.method());
    recorded.path = request.url().path();
    recorded.query = request.query();
    recorded.authorization = headerValue(request, "Authorization");
    recorded.body = request.body();
    recorded.receivedAt = QDateTime::currentDateTimeUtc();

    const SimulatorResponse response = m_router.handle(recorded);
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    const QPointer<QTcpSocket> connection(socket);

    switch (response.delivery) {
    case SimulatorResponse::Delivery::Answer: {
        if (response.delayMs <= 0) {
            QHttpServerResponder responder = makeResponder(request, socket);
            write(responder, response, head);
            Q_EMIT requestHandled(response.status);
            return;
        }
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        later(response.delayMs, [this, responder, connection, response, head] {
            // A client that gave up has closed the socket; Qt may have deleted it.
            if (connection && connection->state() == QAbstractSocket::ConnectedState)
                write(*responder, response, head);
            Q_EMIT requestHandled(response.status);
        });
        return;
    }
    case SimulatorResponse::Delivery::Hang: {
        // Held, never written: the client sees an open, silent connection.
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        later(response.closeAfterMs, [responder, connection] {
            if (connection)
                connection->close();
        });
        Q_EMIT requestHandled(0);
        return;
    }
    case SimulatorResponse::Delivery::Reset:
        later(response.delayMs, [this, connection] {
            if (connection)
                connection->abort();
            Q_EMIT requestHandled(0);
        });
        return;
    }
}

void SimulatorServer::write(
    QHttpServerResponder &responder, const SimulatorResponse &response, bool head)
{
    const QByteArray body = response.rawBody.isNull()
        ? QJsonDocument(response.body).toJson(QJsonDocument::Compact)
        : response.rawBody;

    // The initializer-list write() overloads cannot take a run-time header list; write by parts.
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    // A HEAD answer carries the headers of the GET answer but never a body (RFC 9110 9.3.2);
    // stray bytes would be read as the start of the next response on a kept-alive connection.
    responder.writeBody(head ? QByteArray() : body);
}

void SimulatorServer::later(int ms, std::function<void()> action)
{
    auto *timer = new QTimer(m_pending.get());
    timer->setSingleShot(true);
    // A coarse timer may fire up to 5% early; a latency must never be shorter than asked.
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, [timer, action = std::move(action)] {
        action();
        timer->deleteLater();
    });
    timer->start(std::max(0, ms));
}

} // namespace attendance::sim
