// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubspot/ApiJob.h"

#include <QDateTime>
#include <QList>

namespace attendance {

/// AttendanceCounters of an event (GET …/participations/{id}).
struct ParticipationCounters
{
    int registered = 0;
    int attended = 0;
    int cancelled = 0;
    int noShows = 0;
};

/// One contact's participation as HubSpot reports it (GET …/participations/{id}/breakdown).
struct Participation
{
    QString email;
    QString contactId;
    QString state; ///< REGISTERED, ATTENDED, CANCELLED, NO_SHOW, EMPTY.
    qint64 occurredAt = 0;
};

/// Reads an event's participation counters.
class CountersJob final : public ApiJob
{
    Q_OBJECT

public:
    CountersJob(HubSpotClient *client, const QString &objectId);
    const ParticipationCounters &counters() const { return m_counters; }

protected:
    void begin() override;
    void onSuccess(const QByteArray &body) override;
    QString requiredScope() const override
    {
        return QStringLiteral("crm.objects.marketing_events.read");
    }

private:
    QString m_objectId;
    ParticipationCounters m_counters;
};

/// Reads the participations of one contact (by email) in an event.
class BreakdownJob final : public ApiJob
{
    Q_OBJECT

public:
    BreakdownJob(HubSpotClient *client, const QString &objectId, const QString &email);
    const QList<Participation> &participations() const { return m_participations; }
    const QString &email() const { return m_email; }

protected:
    void begin() override;
    void onSuccess(const QByteArray &body) override;
    QString requiredScope() const override
    {
        return QStringLiteral("crm.objects.marketing_events.read");
    }

private:
    QString m_objectId;
    QString m_email;
    QList<Participation> m_participations;
};

} // namespace attendance
