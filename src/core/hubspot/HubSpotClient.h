// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"
#include "hubspot/ApiConfig.h"

#include <QObject>
#include <QStringList>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkRequest;

namespace attendance {

class ContactLookupJob;
class ListEventsJob;
class GetEventJob;
class PostAttendanceJob;

/// The HubSpot Marketing Events API, and the contacts lookup that goes with it. Receives its
/// QNetworkAccessManager (so tests can use their own); base URL, version, token, timeout,
/// User-Agent and JSON headers are set here only. Jobs are created unstarted: connect to
/// finished(), then call start().
class HubSpotClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubSpotClient)

public:
    HubSpotClient(
        QNetworkAccessManager *network, const ClientConfig &config, QObject *parent = nullptr);

    /// Stores cleanToken(token) in memory only; it is never logged or written anywhere.
    void setToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }

    const ClientConfig &config() const { return m_config; }
    void setConfig(const ClientConfig &config) { m_config = config; }

    /// Every event of the account, following every page.
    ListEventsJob *listEvents(int pageSize = 100);
    GetEventJob *getEvent(const QString &objectId);
    /// One batch to .../{objectId}/attendance/{state}/email-create. Attendees without an
    /// interactionDateTime get defaultInteractionMs.
    PostAttendanceJob *postAttendance(const QString &objectId, SubscriberState state,
        const QList<Attendee> &inputs, qint64 defaultInteractionMs);
    /// Which of @p emails are contacts, by the contacts batch read by email (at most
    /// ContactLookupJob::kMaxInputs a job). Needs the crm.objects.contacts.read scope.
    ContactLookupJob *lookupContacts(const QStringList &emails);

    QNetworkAccessManager *networkManager() const { return m_network; }
    /// A request to url with the auth, JSON and User-Agent headers.
    QNetworkRequest makeRequest(const QUrl &url) const;
    /// base URL + eventsPath() + suffix (suffix starts with '/' or is empty).
    QUrl eventsUrl(const QString &suffix, const QUrlQuery &query = {}) const;
    /// base URL + @p path (which starts with '/'), for endpoints outside the events family.
    QUrl apiUrl(const QString &path, const QUrlQuery &query = {}) const;

private:
    QNetworkAccessManager *m_network;
    ClientConfig m_config;
    QString m_token;
};

} // namespace attendance
