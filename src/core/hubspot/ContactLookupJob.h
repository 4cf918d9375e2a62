// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubspot/ApiJob.h"

#include <QList>
#include <QStringList>

namespace attendance {

/// Whether one looked-up email belongs to a contact.
struct ContactMatch
{
    QString email; ///< As it was given to the job.
    bool found = false;
    QString contactId; ///< results[].id when found; empty otherwise.
};

/// One POST of emails to the contacts batch read by email (hubspot-api.md §11):
/// POST /crm/v3/objects/contacts/batch/read with idProperty "email". HubSpot answers 200 when every
/// email is a contact and 207 when some are not (listed in an OBJECT_NOT_FOUND error's
/// context.ids); both are read alike. On success matches() has one entry per input email, in
/// input order. An answer that accounts for an email neither as found nor as missing is an error,
/// never a silent "not a contact". Callers cut their lists into chunks of at most kMaxInputs.
class ContactLookupJob final : public ApiJob
{
    Q_OBJECT

public:
    /// The CRM batch norm; UNCERTAIN for this endpoint (hubspot-api.md §11).
    static constexpr int kMaxInputs = 100;
    /// The scope HubSpot requires; named in a 403 that does not name it itself.
    static constexpr QLatin1StringView kRequiredScope {"crm.objects.contacts.read"};

    ContactLookupJob(HubSpotClient *client, const QStringList &emails);

    const QList<ContactMatch> &matches() const { return m_matches; }
    const QStringList &emails() const { return m_emails; }
    int inputCount() const { return int(m_emails.size()); }

    /// The JSON body sent for @p emails: each address once, compared case-insensitively, in
    /// order of first appearance (exposed for tests).
    static QByteArray requestBody(const QStringList &emails);
    /// Reads a 200/207 body into one match per email of @p emails. On failure returns an error
    /// (a Parse error, or the Validation error HubSpot reported for some inputs) and leaves
    /// @p matches empty.
    static ApiError mapResponse(
        const QStringList &emails, const QByteArray &body, QList<ContactMatch> *matches);

protected:
    void begin() override;
    void onSuccess(const QByteArray &body) override;
    QString requiredScope() const override { return QString(kRequiredScope); }

private:
    QStringList m_emails;
    QByteArray m_body;
    QList<ContactMatch> m_matches;
};

} // namespace attendance
