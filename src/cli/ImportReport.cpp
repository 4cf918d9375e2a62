// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportReport.h"

#include "TerminalText.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace attendance::cli {

namespace {

/// Rows never sent (or cut off by Ctrl-C) share one reason; listing thousands of them one by one
/// would bury the rows HubSpot actually refused.
bool isNotSent(const RowResult &r)
{
    return r.status == RowStatus::Failed
        && (r.error.category == u"NOT_SENT" || r.error.category == u"CANCELLED");
}

QString rowLine(const RowResult &r, qsizetype emailWidth)
{
    QString reason = r.error.message;
    if (!r.error.category.isEmpty() && r.error.category != u"DUPLICATE"
        && r.error.category != u"MERGED" && r.error.category != u"INVALID_EMAIL")
        reason = r.error.category + u": "_s + reason;
    if (!r.error.correlationId.isEmpty())
        reason += u" (correlation id %1)"_s.arg(r.error.correlationId);
    return u"  row %1  %2  %3"_s.arg(r.row, -5)
        .arg(TerminalText::field(r.email), -int(emailWidth))
        .arg(reason);
}

} // namespace

QString ImportReport::rowRanges(const QList<int> &rows)
{
    QStringList parts;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        parts << (j == i ? QString::number(rows.at(i))
                         : u"%1-%2"_s.arg(rows.at(i)).arg(rows.at(j)));
        i = j + 1;
    }
    return parts.join(u", "_s);
}

QString ImportReport::stateCounts(const StateCounts &counts)
{
    QStringList parts;
    for (const SubscriberState state :
        {SubscriberState::Attend, SubscriberState::Register, SubscriberState::Cancel}) {
        if (const int n = counts.at(size_t(state)); n > 0)
            parts << u"%1 as %2"_s.arg(n).arg(toApiString(state));
    }
    return parts.isEmpty() ? u"none"_s : parts.join(u", "_s);
}

QStringList ImportReport::text(
    const QList<RowResult> &results, const RunSummary &summary, bool byStatus)
{
    QStringList lines;
    lines << u"%1 succeeded, %2 failed, %3 skipped in %4 %5"_s.arg(summary.succeeded)
                 .arg(summary.failed)
                 .arg(summary.skipped)
                 .arg(summary.requests)
                 .arg(summary.requests == 1 ? u"request"_s : u"requests"_s);
    if (byStatus) {
        lines << u"Recorded by status: %1"_s.arg(
            stateCounts(countByState(results, RowStatus::Succeeded)));
        if (summary.failed > 0)
            lines << u"Failed by status: %1"_s.arg(
                stateCounts(countByState(results, RowStatus::Failed)));
    }

    qsizetype emailWidth = 0;
    for (const RowResult &r : results) {
        if (r.status == RowStatus::Skipped || (r.status == RowStatus::Failed && !isNotSent(r)))
            emailWidth = std::max(
                emailWidth, std::min<qsizetype>(TerminalText::field(r.email).size(), 40));
    }
    QStringList skipped;
    QStringList failed;
    QMap<QString, QList<int>> notSent; // reason -> rows
    for (const RowResult &r : results) {
        if (r.status == RowStatus::Skipped)
            skipped << rowLine(r, emailWidth);
        else if (isNotSent(r))
            notSent[r.error.message].append(r.row);
        else if (r.status == RowStatus::Failed)
            failed << rowLine(r, emailWidth);
    }
    if (!skipped.isEmpty())
        lines << QString() << u"Skipped rows (not sent):"_s << skipped;
    if (!failed.isEmpty())
        lines << QString() << u"Failed rows:"_s << failed;
    for (auto it = notSent.cbegin(); it != notSent.cend(); ++it) {
        lines << QString()
              << u"%1 %2 %3 (rows %4)"_s.arg(it.value().size())
                     .arg(it.value().size() == 1 ? u"row:"_s : u"rows:"_s)
                     .arg(it.key())
                     .arg(rowRanges(it.value()));
    }
    return lines;
}

} // namespace attendance::cli
