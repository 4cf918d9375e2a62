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
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.emplaceBack(name, value);
    }
};

} // namespace attendance::sim
