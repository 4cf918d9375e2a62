// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultInjector.h"

#include "ErrorBodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace attendance::sim {

namespace {

// Decorrelates the omission engine from the outcome engine for the same seed.
constexpr quint64 kOmissionSalt = 0x9E3779B97F4A7C15ULL;

double clampedRate(double rate)
{
    // NaN compares false both ways and ends up 0: no fault.
    return rate > 0.0 ? std::min(rate, 1.0) : 0.0;
}

} // namespace

FaultInjector::FaultInjector()
{
    setFaults(Faults {});
}

void FaultInjector::setFaults(const Faults &faults)
{
    m_faults = faults;
    m_faults.hangCloseAfterMs = std::max(0, faults.hangCloseAfterMs);
    m_faults.applyDelayMs = std::max(0, faults.applyDelayMs);
    m_faults.latencyMs = std::max(0, faults.latencyMs);
    m_faults.readLatencyMs = std::max(0, faults.readLatencyMs);
    m_outcomes.seed(faults.seed);
    m_omissions.seed(faults.seed ^ kOmissionSalt);
    m_processed = 0;
    m_unauthorizedArmed = faults.unauthorizedAfter >= 0;
    m_serverErrors = 0;
    m_garbage = 0;
}

FaultInjector::Outcome FaultInjector::nextOutcome()
{
    // Always one draw, whatever the rates, so the sequence depends on the seed and the number
    // of requests only; exclusive bands in a fixed order, the later ones squeezed when the sum
    // passes 1.
    const double draw = uniform(m_outcomes);
    double bound = 0.0;
    const std::array<std::pair<double, Outcome>, 4> bands {{
        {m_faults.serverErrorRate, Outcome::ServerError},
        {m_faults.hangRate, Outcome::Hang},
        {m_faults.resetRate, Outcome::Reset},
        {m_faults.garbageRate, Outcome::Garbage},
    }};
    for (const auto &[rate, outcome] : bands) {
        bound += clampedRate(rate);
        if (draw < bound) {
            // Server errors and garbage are counted where their answer is built.
            if (outcome == Outcome::Hang)
                count(FaultKind::Hang);
            else if (outcome == Outcome::Reset)
                count(FaultKind::Reset);
            return outcome;
        }
    }
    return Outcome::Process;
}

bool FaultInjector::nextOmitted()
{
    return uniform(m_omissions) < clampedRate(m_faults.omitRate);
}

SimulatorResponse FaultInjector::serverError(const QString &correlationId)
{
    count(FaultKind::ServerError);
    switch (m_serverErrors++ % 3) {
    case 0:
        return ErrorBodies::internalError(correlationId);
    case 1:
        return ErrorBodies::proxyBadGateway();
    default:
        return ErrorBodies::serviceUnavailable(correlationId);
    }
}

SimulatorResponse FaultInjector::garbage(const QDateTime &requestedAt)
{
    count(FaultKind::Garbage);
    SimulatorResponse response;
    if (m_garbage++ % 2 == 0) {
        // The start of a real batch answer, cut mid-array: what a dropped proxy buffer leaves.
        const QByteArray whole
            = QJsonDocument(QJsonObject {
                                {u"status"_s, u"COMPLETE"_s},
                                {u"requestedAt"_s, requestedAt.toUTC().toString(Qt::ISODateWithMs)},
                                {u"results"_s, QJsonArray {}},
                            })
                  .toJson(QJsonDocument::Compact);
        response.rawBody = whole.left(whole.indexOf("\"results\"") + 11); // ...,"results":[
    } else {
        // A captive portal or a misconfigured proxy answering for HubSpot.
        response.rawBody = "<!DOCTYPE html><html><head><title>Please wait</title></head>"
                           "<body><p>Your request is being processed.</p></body></html>\n";
        response.contentType = "text/html; charset=utf-8";
    }
    return response;
}

bool FaultInjector::unauthorizedBeforeProcessing() const
{
    return m_unauthorizedArmed && m_faults.unauthorizedAfter == 0;
}

bool FaultInjector::noteProcessed()
{
    ++m_processed;
    return m_unauthorizedArmed && m_processed >= m_faults.unauthorizedAfter;
}

void FaultInjector::noteRevoked()
{
    m_unauthorizedArmed = false;
    count(FaultKind::Unauthorized);
}

void FaultInjector::noteOmitted(const QString &email)
{
    count(FaultKind::Omit);
    m_omittedEmails.append(email);
}

void FaultInjector::noteUnanswered(const QStringList &emails)
{
    ++m_processedButUnanswered;
    m_unansweredEmails.append(emails);
}

int FaultInjector::injected(FaultKind kind) const
{
    const auto index = static_cast<std::size_t>(kind);
    return index < kKinds ? m_injected.at(index) : 0;
}

void FaultInjector::count(FaultKind kind)
{
    const auto index = static_cast<std::size_t>(kind);
    if (index < kKinds)
        ++m_injected.at(index);
}

double FaultInjector::uniform(std::mt19937_64 &engine)
{
    return static_cast<double>(engine() >> 11) * 0x1.0p-53;
}

} // namespace attendance::sim
