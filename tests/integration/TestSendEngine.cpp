// SPDX-License-Identifier: GPL-3.0-or-later
// The send engine against the simulator over real HTTP: batching, waits on 429, stops on fatal
// errors, cancellation, and that every row ends accounted for.
#include "HubSpotSimulator.h"
#include "SamplePlan.h"
#include "SimulatedHubSpot.h"
#include "hubspot/EventJobs.h"
#include "hubspot/HubSpotClient.h"
#include "results/RowResult.h"
#include "sending/RetryPolicy.h"
#include "sending/SendEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace attendance;
using namespace Qt::StringLiterals;
using attendance::sim::HubSpotSimulator;

namespace { } // namespace

class TestSendEngine final : public QObject
{
    Q_OBJECT

private:
    void startSimulator(const HubSpotSimulator::Options &options = {})
    {
        m_hub = std::make_unique<test::SimulatedHubSpot>(options);
        QVERIFY(m_hub->isListening());
        m_engine = std::make_unique<SendEngine>(client());
        SendEngine::Options o;
        o.retry.backoffBase = std::chrono::milliseconds(20);
        o.retry.defaultRateLimitWait = std::chrono::milliseconds(200);
        o.jitterSeed = 1;
        m_engine->setOptions(o);
        m_eventId = m_hub->firstEventId();
    }

    /// Uses up @p requests of the rate window from another client on the same token.
    void burnWindow(int requests)
    {
        QNetworkAccessManager other;
        HubSpotClient side(&other, client()->config());
        side.setToken(QString(HubSpotSimulator::kDemoToken));
        for (int i = 0; i < requests; ++i) {
            auto *burn = side.getEvent(m_eventId);
            QSignalSpy burnt(burn, &ApiJob::finished);
            burn->start();
            QVERIFY(burnt.wait());
        }
    }

    bool runToEnd(const ImportPlan &plan, SubscriberState state = SubscriberState::Attend,
        int timeoutMs = 20000)
    {
        QSignalSpy finished(m_engine.get(), &SendEngine::finished);
        m_engine->start(m_eventId, state, plan);
        return finished.count() == 1 || finished.wait(timeoutMs);
    }

    /// Every row of the plan is in the results exactly once, and none is left pending.
    void verifyAccounted(const ImportPlan &plan)
    {
        const auto &results = m_engine->results();
        QCOMPARE(
            results.size(), plan.attendees.size() + plan.invalid.size() + plan.duplicates.size());
        QCOMPARE(countByStatus(results).pending, 0);
        const RunSummary s = m_engine->summary();
        QCOMPARE(s.succeeded + s.failed + s.skipped, int(results.size()));
        for (const RowResult &r : results) {
            if (r.status != RowStatus::Succeeded)
                QVERIFY2(!r.error.message.isEmpty(),
                    qPrintable(u"row " + QString::number(r.row) + u" has no reason"));
        }
    }

private Q_SLOTS:
    void cleanup()
    {
        m_engine.reset();
        m_hub.reset();
    }

    void sendsInBatchesExactlyOnce()
    {
        startSimulator();
        ImportPlan plan = test::samplePlan(245);
        plan.invalid.append(
            InvalidRow {300, QStringLiteral("not an email"), QStringLiteral("Missing @")});
        plan.duplicates.append(
            DuplicateRow {301, QStringLiteral("PERSON0@example.com"), 2, false, {}, {}});
        QSignalSpy rowsChanged(m_engine.get(), &SendEngine::rowsChanged);
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        const RunSummary s = m_engine->summary();
        QCOMPARE(s.succeeded, 245);
        QCOMPARE(s.skipped, 2);
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.requests, 3);
        QCOMPARE(rowsChanged.count(), 3); // one update per batch, not per row

        const auto requests = simulator()->requests();
        QCOMPARE(requests.size(), 3);
        QList<int> sizes;
        for (const auto &r : requests)
            sizes.append(
                int(QJsonDocument::fromJson(r.body).object().value(u"inputs").toArray().size()));
        QCOMPARE(sizes, (QList<int> {100, 100, 45}));
        const auto posted = test::postsIn(requests).emails;
        QCOMPARE(posted.size(), 245);
        for (int n : posted)
            QCOMPARE(n, 1);
        // Results read like the file: in row order, contact ids from HubSpot.
        const auto &results = m_engine->results();
        QCOMPARE(results.first().row, 2);
        QCOMPARE(results.first().vid,
            HubSpotSimulator::contactIdFor(QStringLiteral("person0@example.com")));
        QCOMPARE(results.last().row, 301);
        QCOMPARE(results.last().status, RowStatus::Skipped);
        QVERIFY(results.last().error.message.contains(u"row 2"));
        QCOMPARE(simulator()->counters(m_eventId).attended, 245);
    }

    void startPausedSendsNothingUntilResumed()
    {
        // What the window does when Pause or Cancel is pressed while a run is being prepared;
        // the rows were laid out beforehand with prepare(), as on the window's worker thread.
        startSimulator();
        SendEngine::Options o = m_engine->options();
        o.startPaused = true;
        m_engine->setOptions(o);
        const ImportPlan plan = test::samplePlan(30);
        QSignalSpy finished(m_engine.get(), &SendEngine::finished);
        m_engine->start(m_eventId, SubscriberState::Attend, plan, {}, SendEngine::prepare(plan));
        QCOMPARE(m_engine->state(), SendEngine::State::Paused);
        QTest::qWait(200);
        QCOMPARE(int(simulator()->requests().size()), 0);
        m_engine->resume();
        QVERIFY(finished.wait(10000));
        verifyAccounted(plan);
        QCOMPARE(m_engine->summary().succeeded, 30);

        // Cancelled before anything went: every row "not sent", no request at all.
        const int before = int(simulator()->requests().size());
        finished.clear();
        m_engine->start(m_eventId, SubscriberState::Attend, plan);
        m_engine->cancel();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        verifyAccounted(plan);
        QCOMPARE(countByStatus(m_engine->results()).failed, 30);
        QCOMPARE(m_engine->results().first().error.category, QStringLiteral("CANCELLED"));
        QVERIFY(m_engine->wasCancelled());
        QTest::qWait(100);
        QCOMPARE(int(simulator()->requests().size()), before);
    }

    void pauseHoldsAndResumeContinues()
    {
        startSimulator();
        SendEngine::Options o = m_engine->options();
        o.batchSize = 10;
        o.maxInFlight = 1;
        m_engine->setOptions(o);
        const ImportPlan plan = test::samplePlan(50);
        QSignalSpy finished(m_engine.get(), &SendEngine::finished);
        connect(
            m_engine.get(), &SendEngine::rowsChanged, m_engine.get(), [this] { m_engine->pause(); },
            Qt::SingleShotConnection);
        m_engine->start(m_eventId, SubscriberState::Register, plan);
        QTRY_COMPARE(m_engine->state(), SendEngine::State::Paused);
        const int before = int(simulator()->requests().size());
        QTest::qWait(300);
        QCOMPARE(int(simulator()->requests().size()), before); // nothing goes out while paused
        QCOMPARE(m_engine->summary().succeeded, 10);
        QCOMPARE(finished.count(), 0);
        m_engine->resume();
        QVERIFY(finished.wait(10000));
        verifyAccounted(plan);
        QCOMPARE(m_engine->summary().succeeded, 50);
        QCOMPARE(m_engine->summary().requests, 5);
    }

    void resumeSkipsRowsAlreadyConfirmed()
    {
        startSimulator();
        const ImportPlan plan = test::samplePlan(30);
        QList<RowResult> previous;
        for (int i = 0; i < 30; ++i) {
            RowResult r {plan.attendees[i].row, plan.attendees[i].email, RowStatus::Pending, 0, {}};
            if (i < 10) { // confirmed by HubSpot in an earlier run
                r.status = RowStatus::Succeeded;
                r.vid = 4294967296 + i;
            } else if (i < 12) { // refused by HubSpot for the row itself: final
                r.status = RowStatus::Failed;
                r.error
                    = RowError {QStringLiteral("VALIDATION_ERROR"), QStringLiteral("bad"), 200, {}};
            } else if (i < 20) { // never got through
                r.status = RowStatus::Failed;
                r.error = RowError {QStringLiteral("NOT_SENT"), QStringLiteral("stopped"), 0, {}};
            } else {
                continue; // no outcome recorded at all
            }
            previous.append(r);
        }
        QSignalSpy finished(m_engine.get(), &SendEngine::finished);
        m_engine->start(m_eventId, SubscriberState::Register, plan, previous);
        QVERIFY(finished.wait(10000));
        verifyAccounted(plan);
        const auto posted = test::postsIn(simulator()->requests()).emails;
        QCOMPARE(posted.size(), 18);
        for (int i = 0; i < 12; ++i)
            QVERIFY(!posted.contains(plan.attendees[i].email));
        QCOMPARE(m_engine->summary().succeeded, 28);
        QCOMPARE(m_engine->summary().failed, 2);
        QCOMPARE(m_engine->results()[0].vid, Q_INT64_C(4294967296));
    }

    void fixedInteractionTimeFillsMissingDates()
    {
        startSimulator();
        ImportPlan plan = test::samplePlan(3);
        plan.attendees[1].interactionDateTime = 1767261600000; // the file's own date wins
        m_engine->setDefaultInteractionTime(1764547200000); // e.g. the event's start
        QVERIFY(runToEnd(plan));
        const QJsonArray inputs = QJsonDocument::fromJson(simulator()->requests().first().body)
                                      .object()
                                      .value(u"inputs")
                                      .toArray();
        QCOMPARE(qint64(inputs[0].toObject().value(u"interactionDateTime").toDouble()),
            Q_INT64_C(1764547200000));
        QCOMPARE(qint64(inputs[1].toObject().value(u"interactionDateTime").toDouble()),
            Q_INT64_C(1767261600000));
        QCOMPARE(qint64(inputs[2].toObject().value(u"interactionDateTime").toDouble()),
            Q_INT64_C(1764547200000));
    }

    void waitsOn429ThenSucceeds_data()
    {
        QTest::addColumn<bool>("retryAfter");
        QTest::newRow("interval header") << false;
        QTest::newRow("Retry-After") << true;
    }

    void waitsOn429ThenSucceeds()
    {
        QFETCH(bool, retryAfter);
        HubSpotSimulator::Options options;
        options.rateLimitMax = 2;
        options.rateLimitIntervalMs = 400;
        options.sendRetryAfter = retryAfter;
        startSimulator(options);
        SendEngine::Options o = m_engine->options();
        o.batchSize = 10;
        m_engine->setOptions(o);
        burnWindow(2); // another client used the window up: the engine's first POST meets a 429
        const ImportPlan plan = test::samplePlan(60);
        QSignalSpy waiting(m_engine.get(), &SendEngine::waiting);
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        QCOMPARE(m_engine->summary().succeeded, 60);
        QVERIFY(waiting.count() > 0);
        // Every email accepted exactly once, whatever the number of 429s in between.
        const auto accepted = test::postsIn(simulator()->requests()).accepted;
        QCOMPARE(accepted.size(), 60);
        for (int n : accepted)
            QCOMPARE(n, 1);
    }

    void meets429AndRetries()
    {
        HubSpotSimulator::Options options;
        options.rateLimitMax = 1;
        options.rateLimitIntervalMs = 300;
        startSimulator(options);
        SendEngine::Options o = m_engine->options();
        o.batchSize = 5;
        m_engine->setOptions(o);
        burnWindow(1); // behind the engine's back, so its first POST is answered 429
        const ImportPlan plan = test::samplePlan(10);
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        QCOMPARE(m_engine->summary().succeeded, 10);
        int tooMany = 0;
        for (const auto &r : simulator()->requests())
            tooMany += r.status == 429 ? 1 : 0;
        QVERIFY(tooMany >= 1);
        QCOMPARE(test::postsIn(simulator()->requests()).accepted.size(), 10);
    }

    void contactLookupMeets429AndRetries()
    {
        // Only existing contacts: the lookup is paced and retried like a post, and a 429 on it
        // neither skips nor sends anyone early.
        HubSpotSimulator::Options options;
        options.rateLimitMax = 1;
        options.rateLimitIntervalMs = 300;
        startSimulator(options);
        for (int i = 0; i < 10; i += 2)
            simulator()->addContact({u"person%1@example.com"_s.arg(i), {}, {}});
        SendEngine::Options o = m_engine->options();
        o.batchSize = 500; // capped at a lookup's 100
        o.existingContactsOnly = true;
        m_engine->setOptions(o);
        burnWindow(1); // the first lookup is answered 429
        ImportPlan plan = test::samplePlan(10);
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        const RunSummary s = m_engine->summary();
        QCOMPARE(s.succeeded, 5);
        QCOMPARE(s.skipped, 5);
        int tooMany = 0;
        int lookups = 0;
        for (const auto &r : simulator()->requests()) {
            const bool lookup = r.path.endsWith(u"/contacts/batch/read");
            lookups += lookup;
            tooMany += lookup && r.status == 429;
        }
        QVERIFY(tooMany >= 1);
        QCOMPARE(lookups, 1 + tooMany);
        const auto posted = test::postsIn(simulator()->requests()).emails;
        QCOMPARE(posted.size(), 5);
        for (const RowResult &r : m_engine->results()) {
            const bool contact = r.email.mid(6).section(u'@', 0, 0).toInt() % 2 == 0;
            QCOMPARE(r.status, contact ? RowStatus::Succeeded : RowStatus::Skipped);
            QCOMPARE(posted.contains(r.email.toLower()), contact);
            if (!contact)
                QCOMPARE(r.error.category, u"NOT_A_CONTACT"_s);
        }
    }

    void byStatusSendsEachStateToItsEndpoint()
    {
        startSimulator();
        SendEngine::Options o = m_engine->options();
        o.batchSize = 2;
        m_engine->setOptions(o);
        ImportPlan plan = test::samplePlan(7);
        const QList<SubscriberState> states {SubscriberState::Attend, SubscriberState::Register,
            SubscriberState::Attend, SubscriberState::Cancel, SubscriberState::Attend,
            SubscriberState::Register, SubscriberState::Attend};
        for (int i = 0; i < states.size(); ++i)
            plan.attendees[i].state = states.at(i);
        plan.attendees[6].state.reset(); // only a damaged journal has such a row
        QVERIFY(runToEnd(plan, SubscriberState::ByStatus));
        verifyAccounted(plan);
        QStringList paths;
        for (const auto &r : simulator()->requests()) {
            const QJsonArray inputs
                = QJsonDocument::fromJson(r.body).object().value(u"inputs").toArray();
            paths.append(u"%1:%2"_s.arg(r.path.section(u'/', -2, -2)).arg(inputs.size()));
        }
        // One state per request, attend first; never a guess for the row without a state.
        QCOMPARE(
            paths, (QStringList {u"attend:2"_s, u"attend:1"_s, u"register:2"_s, u"cancel:1"_s}));
        const QList<RowResult> &results = m_engine->results();
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(results.at(i).status, RowStatus::Succeeded);
            QCOMPARE(results.at(i).state, std::optional(states.at(i)));
        }
        QCOMPARE(results.at(6).status, RowStatus::Failed);
        QCOMPARE(results.at(6).error.category, u"NO_STATE"_s);
        QCOMPARE(simulator()->counters(m_eventId).attended, 3);
        QCOMPARE(simulator()->counters(m_eventId).registered, 2);
        QCOMPARE(simulator()->counters(m_eventId).cancelled, 1);
    }

    void partialErrorsFailOnlyThoseRows()
    {
        startSimulator();
        ImportPlan plan = test::samplePlan(5);
        plan.attendees[1].email = QStringLiteral("broken@nodot");
        plan.attendees[3].email = QStringLiteral("also broken@example.com");
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        const auto &results = m_engine->results();
        QCOMPARE(m_engine->summary().succeeded, 3);
        QCOMPARE(results[1].status, RowStatus::Failed);
        QCOMPARE(results[1].error.category, QStringLiteral("VALIDATION_ERROR"));
        QVERIFY(results[1].error.message.contains(u"broken@nodot"));
        QCOMPARE(results[3].status, RowStatus::Failed);
        QCOMPARE(results[0].status, RowStatus::Succeeded);
    }

    void wrongTokenPausesForANewOne()
    {
        startSimulator();
        client()->setToken(QStringLiteral("pat-na1-wrong"));
        const ImportPlan plan = test::samplePlan(250);
        QSignalSpy rejected(m_engine.get(), &SendEngine::tokenRejected);
        QSignalSpy finished(m_engine.get(), &SendEngine::finished);
        m_engine->start(m_eventId, SubscriberState::Register, plan);
        QVERIFY(rejected.wait(5000));
        QTest::qWait(100);
        QCOMPARE(m_engine->state(), SendEngine::State::WaitingForToken);
        QCOMPARE(m_engine->summary().requests, 1); // one request, not a hammering
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(finished.count(), 0);
        // The coordinator pastes a new token: the run goes on where it stopped.
        simulator()->addToken(QStringLiteral("pat-na1-rotated"),
            {QStringLiteral("crm.objects.marketing_events.read"),
                QStringLiteral("crm.objects.marketing_events.write")});
        m_engine->resumeWithToken(QStringLiteral("pat-na1-rotated"));
        QVERIFY(finished.wait(10000));
        verifyAccounted(plan);
        QCOMPARE(m_engine->summary().succeeded, 250);
        QVERIFY(!m_engine->stopError().isError());
        const auto accepted = test::postsIn(simulator()->requests()).accepted;
        QCOMPARE(accepted.size(), 250);
        for (int n : accepted)
            QCOMPARE(n, 1);
    }

    void wrongTokenWithNoOneToAskStops()
    {
        startSimulator();
        client()->setToken(QStringLiteral("pat-na1-wrong"));
        // The CLI's way: there is no one to ask for a new token, so it stops, resumable.
        connect(m_engine.get(), &SendEngine::tokenRejected, m_engine.get(),
            [this] { m_engine->stop(m_engine->stopError()); });
        const ImportPlan plan = test::samplePlan(250);
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        QCOMPARE(int(m_engine->stopError().kind), int(ApiError::Kind::Authentication));
        QCOMPARE(m_engine->summary().failed, 250);
        QCOMPARE(m_engine->summary().requests, 1);
        QCOMPARE(m_engine->results().last().error.category, QStringLiteral("NOT_SENT"));
        QVERIFY(isResendable(m_engine->results().first().error.category));
    }

    void missingScopeStopsAndNamesIt()
    {
        startSimulator();
        simulator()->addToken(
            QStringLiteral("ro"), {QStringLiteral("crm.objects.marketing_events.read")});
        client()->setToken(QStringLiteral("ro"));
        const ImportPlan plan = test::samplePlan(20);
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        QCOMPARE(int(m_engine->stopError().kind), int(ApiError::Kind::Permission));
        QVERIFY(
            m_engine->stopError().userMessage().contains(u"crm.objects.marketing_events.write"));
        QVERIFY(m_engine->results().first().error.message.contains(
            u"crm.objects.marketing_events.write"));
    }

    void unknownEventStops()
    {
        startSimulator();
        m_eventId = QStringLiteral("424242");
        const ImportPlan plan = test::samplePlan(3);
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        QCOMPARE(int(m_engine->stopError().kind), int(ApiError::Kind::NotFound));
        QCOMPARE(m_engine->summary().failed, 3);
    }

    void dailyLimitStopsWithRowsNotSent()
    {
        HubSpotSimulator::Options options;
        options.dailyLimit = 2;
        startSimulator(options);
        SendEngine::Options o = m_engine->options();
        o.batchSize = 10;
        m_engine->setOptions(o);
        const ImportPlan plan = test::samplePlan(50);
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        QVERIFY(m_engine->stopError().isDailyLimit());
        QCOMPARE(m_engine->summary().succeeded, 20);
        QCOMPARE(m_engine->summary().failed, 30);
        // Two accepted, then the daily 429s; requests already in flight come back refused too.
        QVERIFY(m_engine->summary().requests >= 3);
        QVERIFY(m_engine->summary().requests <= 2 + m_engine->options().maxInFlight);
        QVERIFY(m_engine->results().last().error.message.contains(u"daily"));
    }

    void unreachableServerRetriesThenStops()
    {
        startSimulator();
        SendEngine::Options o = m_engine->options();
        o.batchSize = 10;
        o.maxInFlight = 1;
        m_engine->setOptions(o);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        ClientConfig config = client()->config();
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        client()->setConfig(config);
        const ImportPlan plan = test::samplePlan(150);
        QSignalSpy waiting(m_engine.get(), &SendEngine::waiting);
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        QCOMPARE(int(m_engine->stopError().kind), int(ApiError::Kind::Network));
        // Three batches each tried 1 + maxTransientAttempts times, then the run gives up.
        const int attempts = m_engine->options().retry.maxTransientAttempts;
        QCOMPARE(waiting.count(), 3 * attempts);
        QCOMPARE(m_engine->summary().requests, 3 * (attempts + 1));
        QCOMPARE(m_engine->summary().failed, 150);
        QCOMPARE(m_engine->results().first().error.category, QStringLiteral("NETWORK_ERROR"));
        QCOMPARE(m_engine->results().last().error.category, QStringLiteral("NOT_SENT"));
    }

    void cancelMarksTheRest()
    {
        startSimulator();
        SendEngine::Options o = m_engine->options();
        o.batchSize = 10;
        o.maxInFlight = 1;
        m_engine->setOptions(o);
        const ImportPlan plan = test::samplePlan(100);
        QSignalSpy finished(m_engine.get(), &SendEngine::finished);
        // Cancel as soon as the first batch is settled.
        connect(
            m_engine.get(), &SendEngine::rowsChanged, m_engine.get(),
            [this] { m_engine->cancel(); }, Qt::SingleShotConnection);
        m_engine->start(m_eventId, SubscriberState::Register, plan);
        QVERIFY(finished.wait(10000));
        verifyAccounted(plan);
        QCOMPARE(m_engine->summary().succeeded, 10);
        QCOMPARE(m_engine->summary().failed, 90);
        QCOMPARE(m_engine->results().last().error.category, QStringLiteral("CANCELLED"));
        QVERIFY(!m_engine->isRunning());
    }

private:
    HubSpotSimulator *simulator() const { return m_hub->simulator(); }
    HubSpotClient *client() const { return m_hub->client(); }

    std::unique_ptr<test::SimulatedHubSpot> m_hub;
    std::unique_ptr<SendEngine> m_engine;
    QString m_eventId;
};

QTEST_GUILESS_MAIN(TestSendEngine)
#include "TestSendEngine.moc"
