// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace attendance::sim {

/// What a route answers; the server adds the headers every response carries and writes it.
struct SimulatorResponse
{
    /// How the answer reaches the client; anything but Answer is an injected fault.
    enum class Delivery {
        Answer,
        Hang, ///< Never written; the connection is closed after closeAfterMs.
        Reset, ///< The connection is dropped after delayMs, nothing written.
    };

    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
    /// When not null, sent as the body instead of @c body (HTML pages, broken JSON).
    QByteArray rawBody {};
    QByteArray contentType = "application/json;charset=utf-8";
    /// False for answers that do not come from HubSpot itself (a proxy's 502 page): they carry
    /// no correlation id and no rate-limit headers.
    bool hubSpotHeaders = true;
    Delivery delivery = Delivery::Answer;
    int delayMs = 0;
    int closeAfterMs = 0;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.emplaceBack(name, value);
    }
};

} // namespace attendance::sim
