// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/ResultsExporter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace attendance {

QString ResultsExporter::csvCell(const QString &value)
{
    QString cell = value;
    // CSV injection: a spreadsheet would evaluate these as formulas (OWASP "CSV Injection").
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')
        || cell.contains(u';')) {
        cell.replace(u"\""_qs, u"\"\""_qs);
        cell = u'"' + cell + u'"';
    }
    return cell;
}

QByteArray ResultsExporter::toCsv(const QList<RowResult> &results, const Context &context)
{
    QString out;
    out.reserve(int(results.size()) * 96 + 256);
    const QStringList header = {QStringLiteral("row"), QStringLiteral("email"),
        QStringLiteral("status"), QStringLiteral("contact_id"), QStringLiteral("error_category"),
        QStringLiteral("error_message"), QStringLiteral("http_status"),
        QStringLiteral("correlation_id"), QStringLiteral("event_id"), QStringLiteral("event_name"),
        QStringLiteral("state")};
    out += header.join(u',') + u"\r\n";
    for (const RowResult &r : results) {
        const QStringList cells = {
            QString::number(r.row), r.email, toApiString(r.status),
            r.vid != 0 ? QString::number(r.vid) : QString(), r.error.category, r.error.message,
            r.error.httpStatus != 0 ? QString::number(r.error.httpStatus) : QString(),
            r.error.correlationId, context.eventId, context.eventName,
            r.state ? toApiString(*r.state) : context.state, // a by-status run's own per row
        };
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += u',';
            out += csvCell(cells.at(i));
        }
        out += u"\r\n";
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

bool ResultsExporter::writeCsv(
    const QString &path, const QList<RowResult> &results, const Context &context, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("ResultsExporter", "Could not write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    // Only the owner may read it: like the journal, it lists the attendees' emails. This is the
    // new file, written beside the old one and renamed over it on commit(), so a file that was
    // readable by others before is replaced by one that is not; it is still empty at this point.
    // A file system without permissions (FAT) refuses, and the file is written all the same.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toCsv(results, context));
    if (!file.commit()) {
        *error = QCoreApplication::translate("ResultsExporter", "Could not write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace attendance
