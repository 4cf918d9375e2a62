// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubspot/ApiJob.h"
#include "hubspot/MarketingEvent.h"

#include <QList>

namespace attendance {

/// Lists every marketing event of the account, following paging.next.after to the end.
class ListEventsJob final : public ApiJob
{
    Q_OBJECT

public:
    ListEventsJob(HubSpotClient *client, int pageSize);
    const QList<MarketingEvent> &events() const { return m_events; }
    int pagesRead() const { return m_pages; }

protected:
    void begin() override;
    void onSuccess(const QByteArray &body) override;
    QString requiredScope() const override
    {
        return QStringLiteral("crm.objects.marketing_events.read");
    }

private:
    void requestPage(const QString &after);

    int m_pageSize;
    int m_pages = 0;
    QList<MarketingEvent> m_events;
};

/// Reads one marketing event by objectId.
class GetEventJob final : public ApiJob
{
    Q_OBJECT

public:
    GetEventJob(HubSpotClient *client, const QString &objectId);
    const MarketingEvent &marketingEvent() const { return m_event; }

protected:
    void begin() override;
    void onSuccess(const QByteArray &body) override;
    QString requiredScope() const override
    {
        return QStringLiteral("crm.objects.marketing_events.read");
    }

private:
    QString m_objectId;
    MarketingEvent m_event;
};

} // namespace attendance
