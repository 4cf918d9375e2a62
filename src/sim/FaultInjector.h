// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimulatorResponse.h"
#include "SimulatorTypes.h"

#include <array>
#include <random>

namespace attendance::sim {

/// The fault settings, the seeded random sequences that pick faults, and what was injected.
///
/// Two std::mt19937_64 engines, both seeded from Faults::seed: one draws the outcome of each
/// attendance POST, the other decides omissions input by input, so a batch's size never shifts
/// which later requests fail. Only the engines' raw output is used (it is fixed by the C++
/// standard); the standard distributions differ between standard libraries.
class FaultInjector final
{
    Q_DISABLE_COPY_MOVE(FaultInjector)

public:
    using Faults = SimulatorFaults;

    /// What happens to one attendance POST; all but Process and Hang skip the batch.
    enum class Outcome { Process, ServerError, Hang, Reset, Garbage };

    FaultInjector();

    void setFaults(const Faults &faults);
    const Faults &faults() const { return m_faults; }

    /// One draw per admitted attendance POST, counted in faultsInjected() when not Process.
    Outcome nextOutcome();
    /// One draw per input of a processed batch.
    bool nextOmitted();

    /// 500, 502, 503 in turn: HubSpot's JSON for 500 and 503, a proxy's HTML page for 502.
    SimulatorResponse serverError(const QString &correlationId);
    /// A 200 whose body no JSON parser accepts: a cut-off batch answer or an HTML page, in turn.
    SimulatorResponse garbage(const QDateTime &requestedAt);

    /// True when unauthorizedAfter is 0 and still armed: the request must be refused now.
    bool unauthorizedBeforeProcessing() const;
    /// Counts a processed attendance POST; true when its token must be revoked now.
    bool noteProcessed();
    /// Disarms unauthorizedAfter and counts the revocation.
    void noteRevoked();

    void noteWrongHublet() { count(FaultKind::WrongHublet); }
    void noteOmitted(const QString &email);
    void noteUnanswered(const QStringList &emails);

    int injected(FaultKind kind) const;
    int processedButUnanswered() const { return m_processedButUnanswered; }
    const QStringList &unansweredEmails() const { return m_unansweredEmails; }
    const QStringList &omittedEmails() const { return m_omittedEmails; }

private:
    void count(FaultKind kind);
    /// Uniform in [0, 1), from the top 53 bits so it is the same double everywhere.
    static double uniform(std::mt19937_64 &engine);

    static constexpr std::size_t kKinds = 7;

    Faults m_faults;
    std::mt19937_64 m_outcomes;
    std::mt19937_64 m_omissions;
    int m_processed = 0; // since setFaults(), for unauthorizedAfter
    bool m_unauthorizedArmed = false;
    int m_serverErrors = 0; // rotation of 500/502/503
    int m_garbage = 0; // rotation of the garbage bodies
    std::array<int, kKinds> m_injected {};
    int m_processedButUnanswered = 0;
    QStringList m_unansweredEmails;
    QStringList m_omittedEmails;
};

} // namespace attendance::sim
