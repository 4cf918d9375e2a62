// SPDX-License-Identifier: GPL-3.0-or-later
// The send engine's rules for trouble, against the simulator's deterministic faults over real
// HTTP: bisecting a batch HubSpot refuses as a whole, 5xx / resets / garbage / hangs, omitted
// results, a token revoked mid-run, the wrong data centre, and verification after a run.
#include "HubSpotSimulator.h"
#include "SamplePlan.h"
#include "SimulatedHubSpot.h"
#include "hubspot/HubSpotClient.h"
#include "results/RowResult.h"
#include "sending/RetryPolicy.h"
#include "sending/RunVerifier.h"
#include "sending/SendEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace attendance;
using attendance::sim::HubSpotSimulator;
using namespace std::chrono_literals;

namespace {

const QStringList kScopes = {QStringLiteral("crm.objects.marketing_events.read"),
    QStringLiteral("crm.objects.marketing_events.write")};

} // namespace

class TestSendEngineFaults final : public QObject
{
    Q_OBJECT

private:
    void start(const HubSpotSimulator::Faults &faults = {}, int timeoutMs = 60000)
    {
        ClientConfig config;
        config.timeout = std::chrono::milliseconds(timeoutMs);
        m_hub = std::make_unique<test::SimulatedHubSpot>(HubSpotSimulator::Options {}, config);
        QVERIFY(m_hub->isListening());
        m_hub->simulator()->setFaults(faults);
        m_engine = std::make_unique<SendEngine>(client());
        SendEngine::Options o;
        o.batchSize = 10;
        o.retry.backoffBase = 10ms;
        o.retry.backoffMax = 40ms;
        o.retry.maxTransientAttempts = 8;
        o.maxConsecutiveFailedBatches = 1000;
        o.jitterSeed = 3;
        m_engine->setOptions(o);
        m_eventId = m_hub->firstEventId();
    }

    bool run(const ImportPlan &plan, int timeoutMs = 30000)
    {
        QSignalSpy finished(m_engine.get(), &SendEngine::finished);
        m_engine->start(m_eventId, SubscriberState::Attend, plan);
        return finished.count() == 1 || finished.wait(timeoutMs);
    }

    void verifyAccounted(const ImportPlan &plan)
    {
        const auto &results = m_engine->results();
        QCOMPARE(
            results.size(), plan.attendees.size() + plan.invalid.size() + plan.duplicates.size());
        QCOMPARE(countByStatus(results).pending, 0);
        for (const RowResult &r : results) {
            if (r.status != RowStatus::Succeeded)
                QVERIFY(!r.error.message.isEmpty());
        }
    }

private Q_SLOTS:
    void cleanup()
    {
        m_engine.reset();
        m_hub.reset();
    }

    void bisectsABatchRefusedAsAWhole()
    {
        start();
        ImportPlan plan = test::samplePlan(40);
        // Two rows name a property the portal does not have: HubSpot refuses their whole batch.
        plan.attendees[13].contactProperties.insert(
            QStringLiteral("shoe_size"), QStringLiteral("42"));
        plan.attendees[37].contactProperties.insert(
            QStringLiteral("favourite_colour"), QStringLiteral("teal"));
        plan.attendees[5].contactProperties.insert(
            QStringLiteral("firstname"), QStringLiteral("Zoë"));
        QVERIFY(run(plan));
        verifyAccounted(plan);
        QCOMPARE(m_engine->summary().succeeded, 38);
        QCOMPARE(m_engine->summary().failed, 2);
        const RowResult &bad = m_engine->results().at(13);
        QCOMPARE(bad.status, RowStatus::Failed);
        QCOMPARE(bad.error.category, QStringLiteral("VALIDATION_ERROR"));
        QVERIFY(bad.error.message.contains(u"shoe_size"));
        QVERIFY(!isResendable(bad.error.category)); // HubSpot's verdict on the row itself
        QCOMPARE(m_engine->results().at(37).status, RowStatus::Failed);
        QCOMPARE(simulator()->counters(m_eventId).attended, 38);
        // 4 batches + for each of the two bad batches: halves down to one row (10→5→3→2→1).
        QVERIFY(m_engine->summary().requests > 4);
        QVERIFY(m_engine->summary().requests <= 4 + 2 * 8);
    }

    void transientFaultsAreRetriedUntilEveryRowSucceeds_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("5xx") << QStringLiteral("server");
        QTest::newRow("reset") << QStringLiteral("reset");
        QTest::newRow("garbage") << QStringLiteral("garbage");
    }

    void transientFaultsAreRetriedUntilEveryRowSucceeds()
    {
        QFETCH(QString, fault);
        HubSpotSimulator::Faults f;
        f.seed = 11;
        (fault == u"server"         ? f.serverErrorRate
                : fault == u"reset" ? f.resetRate
                                    : f.garbageRate)
            = 0.3;
        start(f);
        const ImportPlan plan = test::samplePlan(100);
        QSignalSpy waiting(m_engine.get(), &SendEngine::waiting);
        QVERIFY(run(plan));
        verifyAccounted(plan);
        QCOMPARE(m_engine->summary().succeeded, 100);
        QVERIFY(waiting.count() > 0);
        QCOMPARE(simulator()->counters(m_eventId).attended, 100);
    }

    void hangsTimeOutAndAreRetried()
    {
        HubSpotSimulator::Faults f;
        f.seed = 5;
        f.hangRate = 0.2;
        f.hangCloseAfterMs = 5000;
        start(f, 300); // a 300 ms client timeout
        const ImportPlan plan = test::samplePlan(60);
        QVERIFY(run(plan));
        verifyAccounted(plan);
        QCOMPARE(m_engine->summary().succeeded, 60);
        QVERIFY(simulator()->processedButUnanswered() > 0);
        QCOMPARE(simulator()->counters(m_eventId).attended, 60);
    }

    void omittedResultsAreNotCountedAsSuccess()
    {
        HubSpotSimulator::Faults f;
        f.seed = 9;
        f.omitRate = 0.1;
        start(f);
        const ImportPlan plan = test::samplePlan(100);
        QVERIFY(run(plan));
        verifyAccounted(plan);
        const int omitted = int(simulator()->omittedEmails().size());
        QVERIFY(omitted > 0);
        QCOMPARE(m_engine->summary().failed, omitted);
        QCOMPARE(m_engine->summary().succeeded, 100 - omitted);
        for (const RowResult &r : m_engine->results()) {
            if (r.status == RowStatus::Failed) {
                QCOMPARE(r.error.category, QStringLiteral("NOT_CONFIRMED"));
                QVERIFY(isResendable(r.error.category));
            }
        }
    }

    void tokenRevokedMidRunIsSwapped()
    {
        HubSpotSimulator::Faults f;
        f.unauthorizedAfter = 3;
        start(f);
        simulator()->addToken(QStringLiteral("pat-na1-first"), kScopes);
        client()->setToken(QStringLiteral("pat-na1-first"));
        const ImportPlan plan = test::samplePlan(100);
        QSignalSpy finished(m_engine.get(), &SendEngine::finished);
        QSignalSpy rejected(m_engine.get(), &SendEngine::tokenRejected);
        m_engine->start(m_eventId, SubscriberState::Attend, plan);
        QVERIFY(rejected.wait(10000));
        QTRY_COMPARE(m_engine->state(), SendEngine::State::WaitingForToken);
        simulator()->addToken(QStringLiteral("pat-na1-second"), kScopes);
        m_engine->resumeWithToken(QStringLiteral("pat-na1-second"));
        QVERIFY(finished.wait(10000));
        verifyAccounted(plan);
        QCOMPARE(m_engine->summary().succeeded, 100);
        QCOMPARE(simulator()->counters(m_eventId).attended, 100);
    }

    void wrongDataCentreSwitchesHost()
    {
        start();
        HubSpotSimulator eu;
        eu.copyAccountFrom(*simulator());
        QVERIFY(eu.listen());
        HubSpotSimulator::Faults f;
        f.hublet = QStringLiteral("eu1");
        simulator()->setFaults(f);
        ClientConfig config = client()->config();
        config.hubletBaseUrls.insert(QStringLiteral("eu1"), eu.baseUrl());
        client()->setConfig(config);
        const ImportPlan plan = test::samplePlan(30);
        QVERIFY(run(plan));
        verifyAccounted(plan);
        QCOMPARE(m_engine->summary().succeeded, 30);
        QCOMPARE(eu.counters(m_eventId).attended, 30);
        QCOMPARE(client()->config().baseUrl, eu.baseUrl());
    }

    void verifierWaitsForHubSpotToApply()
    {
        HubSpotSimulator::Faults f;
        f.applyDelayMs = 600;
        start(f);
        const ImportPlan plan = test::samplePlan(25);
        QVERIFY(run(plan));
        RunVerifier verifier(client());
        RunVerifier::Options o;
        o.interval = 200ms;
        o.timeout = 10s;
        verifier.setOptions(o);
        QSignalSpy done(&verifier, &RunVerifier::finished);
        verifier.start(m_eventId, SubscriberState::Attend, m_engine->results());
        QVERIFY(done.wait(15000));
        const RunVerifier::Report &report = verifier.report();
        QVERIFY2(report.complete(), qPrintable(report.sampledMissing.join(u',')));
        QCOMPARE(report.expected, 25);
        QCOMPARE(report.countForState, 25);
        QCOMPARE(report.sampled, 10);
        QCOMPARE(report.sampledConfirmed, 10);
        QVERIFY(report.attempts >= 2); // the first look came too early
    }

private:
    HubSpotSimulator *simulator() const { return m_hub->simulator(); }
    HubSpotClient *client() const { return m_hub->client(); }

    std::unique_ptr<test::SimulatedHubSpot> m_hub;
    std::unique_ptr<SendEngine> m_engine;
    QString m_eventId;
};

QTEST_GUILESS_MAIN(TestSendEngineFaults)
#include "TestSendEngineFaults.moc"
