// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"
#include "hubspot/ApiJob.h"
#include "hubspot/BatchResponse.h"

namespace attendance {

/// One POST of a batch to the email-create attendance endpoint. On success, outcomes() has one
/// entry per input, in input order.
class PostAttendanceJob final : public ApiJob
{
    Q_OBJECT

public:
    PostAttendanceJob(HubSpotClient *client, const QString &objectId, SubscriberState state,
        const QList<Attendee> &inputs, qint64 defaultInteractionMs);

    const QList<InputOutcome> &outcomes() const { return m_outcomes; }
    int inputCount() const { return int(m_emails.size()); }

    /// The JSON body sent for these inputs (exposed for tests and --dry-run output).
    static QByteArray requestBody(const QList<Attendee> &inputs, qint64 defaultInteractionMs);

protected:
    void begin() override;
    void onSuccess(const QByteArray &body) override;
    QString requiredScope() const override
    {
        return QStringLiteral("crm.objects.marketing_events.write");
    }

private:
    QString m_objectId;
    SubscriberState m_state;
    QByteArray m_body;
    QStringList m_emails;
    QList<InputOutcome> m_outcomes;
};

} // namespace attendance
