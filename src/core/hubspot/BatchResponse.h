// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace attendance {

/// What HubSpot said about one input of a batch.
struct InputOutcome
{
    bool succeeded = false;
    qint64 vid = 0;
    QString category; ///< On failure.
    QString message; ///< On failure; plain language.
};

/// Maps a 2xx attendance answer (results[] and errors[]) back to the inputs, by email,
/// case-insensitively. An input named in neither list fails as "not confirmed by HubSpot".
/// Returns false (and sets *error) when the body is not a JSON object with a results array.
bool mapBatchResponse(const QStringList &inputEmails, const QByteArray &body,
    QList<InputOutcome> *outcomes, QString *error);

} // namespace attendance
