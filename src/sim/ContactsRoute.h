// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimulatorResponse.h"

#include <QString>

namespace attendance::sim {

class SimulatorState;
struct RouteContext;

/// POST /crm/v3/objects/contacts/batch/read by email (hubspot-api.md §11).
///
/// Answers from the simulator's contacts: those email-create made and those added with
/// HubSpotSimulator::addContact() (seedDemo() adds a few). Every input found: 200; some or all
/// missing: 207 with an OBJECT_NOT_FOUND error naming them in context.ids. Emails match
/// case-insensitively and come back lower-cased. A body without inputs, with an idProperty other
/// than "email", or with more than kMaxInputs inputs is refused whole with 400.
class ContactsRoute final
{
    Q_DISABLE_COPY_MOVE(ContactsRoute)

public:
    /// The CRM batch norm; HubSpot does not document it for this endpoint.
    static constexpr int kMaxInputs = 100;

    explicit ContactsRoute(const SimulatorState &state);

    SimulatorResponse batchRead(const RouteContext &context) const;

private:
    const SimulatorState &m_state;
};

} // namespace attendance::sim
