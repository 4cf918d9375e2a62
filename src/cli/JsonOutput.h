// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"
#include "hubspot/ApiError.h"
#include "hubspot/MarketingEvent.h"
#include "mapping/ImportPlan.h"
#include "pipeline/ImportPipeline.h"
#include "results/RowResult.h"
#include "sending/SendEngine.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace attendance::cli {

/// The --json shapes of the commands, as documented in --help. Never holds a token: none of
/// its inputs carries one.
class JsonOutput final
{
public:
    JsonOutput() = delete;

    /// validate: with summaryOnly, counts replace the attendees / invalid / duplicates /
    /// repaired arrays. "sheetChoice" is @p chosen, or null.
    static QJsonObject plan(
        const ImportPlan &plan, bool summaryOnly, const std::optional<SheetChoice> &chosen);
    /// events: {"events": [...]}, each event as HubSpot sent it plus the documented keys.
    static QJsonObject events(const QList<MarketingEvent> &events);
    /// import: counts, why the run stopped (or null), the sheet chosen (or null) and one entry
    /// per row.
    static QJsonObject run(const QString &eventId, SubscriberState state,
        const QList<RowResult> &results, const RunSummary &summary, const ApiError &stopError,
        const std::optional<SheetChoice> &chosen);

    /// Indented, UTF-8, newline-terminated; characters a terminal acts on as \uXXXX (see
    /// TerminalText::printableJson()).
    static QByteArray toText(const QJsonObject &object);
};

} // namespace attendance::cli
