// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatorServer.h"

#include "SimulatorRouter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>

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
{ }

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
    const QByteArray body = QJsonDocument(response.body).toJson(QJsonDocument::Compact);

    // The initializer-list write() overloads cannot take a run-time header list; write by parts.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", "application/json;charset=utf-8");
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    // A HEAD answer carries the headers of the GET answer but never a body (RFC 9110 9.3.2);
    // stray bytes would be read as the start of the next response on a kept-alive connection.
    responder.writeBody(request.method() == QHttpServerRequest::Method::Head ? QByteArray() : body);

    Q_EMIT requestHandled(response.status);
}

} // namespace attendance::sim
