// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"
#include "Connection.h"

#include <QObject>
#include <optional>

class QIODevice;

namespace attendance {
class ListEventsJob;
}

namespace attendance::cli {

/// events: lists the account's marketing events as a table or JSON.
class EventsCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsCommand)

public:
    explicit EventsCommand(const CommandLine &commandLine, QObject *parent = nullptr);

    /// Checks the options and opens the connection; an exit code when the command cannot start.
    std::optional<int> prepare(QIODevice *input);
    /// Asks HubSpot; finished() follows from the event loop.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onListed(ListEventsJob *job);

    CommandLine m_commandLine;
    Connection m_connection;
};

} // namespace attendance::cli
