// SPDX-License-Identifier: GPL-3.0-or-later
// The send engine against the simulator over real HTTP: batching, waits on 429, stops on fatal
// errors, cancellation, and that every row ends accounted for.
#include "HubSpotSimulator.h"
#include "hubspot/EventJobs.h"
#include "hubspot/HubSpotClient.h"
#include "sending/SendEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace attendance;
using attendance::sim::HubSpotSimulator;

namespace {

ImportPlan makePlan(int count, int firstRow = 2)
{
    ImportPlan plan;
    for (int i = 0; i < count; ++i) {
        Attendee a;
        a.row = firstRow + i;
        a.email = QStringLiteral("person%1@example.com").arg(i);
        plan.attendees.append(a);
    }
    plan.totalRows = count;
    return plan;
}

/// Emails the server accepted (answered 200), each with how many times.
QMap<QString, int> postedEmails(const QList<sim::RecordedRequest> &requests, bool onlyAccepted)
{
    QMap<QString, int> seen;
    for (const auto &r : requests) {
        if (r.method != "POST" || (onlyAccepted && r.status != 200))
            continue;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.body).object().value(u"inputs").toArray())
            ++seen[v.toObject().value(u"email").toString()];
    }
    return seen;
}

int countStatus(const QList<RowResult> &results, RowStatus status)
{
    return int(std::count_if(results.begin(), results.end(), [status](const RowResult &r) { return r.status == status; }));
}

} // namespace

class TestSendEngine final : public QObject
{
    Q_OBJECT

private:
    void startSimulator(const HubSpotSimulator::Options &options = {})
    {
        m_sim = std::make_unique<HubSpotSimulator>(options);
        m_sim->seedDemo();
        QVERIFY(m_sim->listen());
        ClientConfig config;
        config.baseUrl = m_sim->baseUrl();
        m_client = std::make_unique<HubSpotClient>(&m_network, config);
        m_client->setToken(QString(HubSpotSimulator::kDemoToken));
        m_engine = std::make_unique<SendEngine>(m_client.get());
        SendEngine::Options o;
        o.backoff = std::chrono::milliseconds(20);
        o.defaultRateLimitWait = std::chrono::milliseconds(200);
        m_engine->setOptions(o);
        m_eventId = m_sim->events().first().objectId;
    }

    bool runToEnd(const ImportPlan &plan, SubscriberState state = SubscriberState::Attend, int timeoutMs = 20000)
    {
        QSignalSpy finished(m_engine.get(), &SendEngine::finished);
        m_engine->start(m_eventId, state, plan);
        return finished.count() == 1 || finished.wait(timeoutMs);
    }

    /// Every row of the plan is in the results exactly once, and none is left pending.
    void verifyAccounted(const ImportPlan &plan)
    {
        const auto &results = m_engine->results();
        QCOMPARE(results.size(), plan.attendees.size() + plan.invalid.size() + plan.duplicates.size());
        QCOMPARE(countStatus(results, RowStatus::Pending), 0);
        const RunSummary s = m_engine->summary();
        QCOMPARE(s.succeeded + s.failed + s.skipped, int(results.size()));
        for (const RowResult &r : results) {
            if (r.status != RowStatus::Succeeded)
                QVERIFY2(!r.error.message.isEmpty(), qPrintable(u"row " + QString::number(r.row) + u" has no reason"));
        }
    }

private Q_SLOTS:
    void cleanup()
    {
        m_engine.reset();
        m_client.reset();
        m_sim.reset();
    }

    void sendsInBatchesExactlyOnce()
    {
        startSimulator();
        ImportPlan plan = makePlan(245);
        plan.invalid.append(InvalidRow{300, QStringLiteral("not an email"), QStringLiteral("Missing @")});
        plan.duplicates.append(DuplicateRow{301, QStringLiteral("PERSON0@example.com"), 2});
        QSignalSpy rowsChanged(m_engine.get(), &SendEngine::rowsChanged);
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        const RunSummary s = m_engine->summary();
        QCOMPARE(s.succeeded, 245);
        QCOMPARE(s.skipped, 2);
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.requests, 3);
        QCOMPARE(rowsChanged.count(), 3); // one update per batch, not per row

        const auto requests = m_sim->requests();
        QCOMPARE(requests.size(), 3);
        QList<int> sizes;
        for (const auto &r : requests)
            sizes.append(int(QJsonDocument::fromJson(r.body).object().value(u"inputs").toArray().size()));
        QCOMPARE(sizes, (QList<int>{100, 100, 45}));
        const auto posted = postedEmails(requests, false);
        QCOMPARE(posted.size(), 245);
        for (int n : posted)
            QCOMPARE(n, 1);
        // Results read like the file: in row order, contact ids from HubSpot.
        const auto &results = m_engine->results();
        QCOMPARE(results.first().row, 2);
        QCOMPARE(results.first().vid, HubSpotSimulator::contactIdFor(QStringLiteral("person0@example.com")));
        QCOMPARE(results.last().row, 301);
        QCOMPARE(results.last().status, RowStatus::Skipped);
        QVERIFY(results.last().error.message.contains(u"row 2"));
        QCOMPARE(m_sim->counters(m_eventId).attended, 245);
    }

    void fixedInteractionTimeFillsMissingDates()
    {
        startSimulator();
        ImportPlan plan = makePlan(3);
        plan.attendees[1].interactionDateTime = 1767261600000; // the file's own date wins
        m_engine->setDefaultInteractionTime(1764547200000);    // e.g. the event's start
        QVERIFY(runToEnd(plan));
        const QJsonArray inputs =
            QJsonDocument::fromJson(m_sim->requests().first().body).object().value(u"inputs").toArray();
        QCOMPARE(qint64(inputs[0].toObject().value(u"interactionDateTime").toDouble()), Q_INT64_C(1764547200000));
        QCOMPARE(qint64(inputs[1].toObject().value(u"interactionDateTime").toDouble()), Q_INT64_C(1767261600000));
        QCOMPARE(qint64(inputs[2].toObject().value(u"interactionDateTime").toDouble()), Q_INT64_C(1764547200000));
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
        // Forget the headers' advice so that the engine really meets a 429: start with a
        // request the engine does not know about.
        SendEngine::Options o = m_engine->options();
        o.batchSize = 10;
        m_engine->setOptions(o);
        const ImportPlan plan = makePlan(60);
        QSignalSpy waiting(m_engine.get(), &SendEngine::waiting);
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        QCOMPARE(m_engine->summary().succeeded, 60);
        QVERIFY(waiting.count() > 0);
        // Every email accepted exactly once, whatever the number of 429s in between.
        const auto accepted = postedEmails(m_sim->requests(), true);
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
        // Use up the window behind the engine's back, so its first POST is answered 429.
        QNetworkAccessManager other;
        HubSpotClient side(&other, m_client->config());
        side.setToken(QString(HubSpotSimulator::kDemoToken));
        auto *burn = side.listEvents();
        QSignalSpy burnt(burn, &ApiJob::finished);
        burn->start();
        QVERIFY(burnt.wait());
        const ImportPlan plan = makePlan(10);
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        QCOMPARE(m_engine->summary().succeeded, 10);
        int tooMany = 0;
        for (const auto &r : m_sim->requests())
            tooMany += r.status == 429 ? 1 : 0;
        QVERIFY(tooMany >= 1);
        QCOMPARE(postedEmails(m_sim->requests(), true).size(), 10);
    }

    void partialErrorsFailOnlyThoseRows()
    {
        startSimulator();
        ImportPlan plan = makePlan(5);
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

    void wrongTokenStopsTheRun()
    {
        startSimulator();
        m_client->setToken(QStringLiteral("pat-na1-wrong"));
        const ImportPlan plan = makePlan(250);
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        QCOMPARE(int(m_engine->stopError().kind), int(ApiError::Kind::Authentication));
        QCOMPARE(m_engine->summary().failed, 250);
        QCOMPARE(m_engine->summary().requests, 1); // no point hammering with a bad token
        QCOMPARE(m_engine->results().last().error.category, QStringLiteral("NOT_SENT"));
    }

    void missingScopeStopsAndNamesIt()
    {
        startSimulator();
        m_sim->addToken(QStringLiteral("ro"), {QStringLiteral("crm.objects.marketing_events.read")});
        m_client->setToken(QStringLiteral("ro"));
        const ImportPlan plan = makePlan(20);
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        QCOMPARE(int(m_engine->stopError().kind), int(ApiError::Kind::Permission));
        QVERIFY(m_engine->stopError().userMessage().contains(u"crm.objects.marketing_events.write"));
        QVERIFY(m_engine->results().first().error.message.contains(u"crm.objects.marketing_events.write"));
    }

    void unknownEventStops()
    {
        startSimulator();
        m_eventId = QStringLiteral("424242");
        const ImportPlan plan = makePlan(3);
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
        const ImportPlan plan = makePlan(50);
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        QVERIFY(m_engine->stopError().isDailyLimit());
        QCOMPARE(m_engine->summary().succeeded, 20);
        QCOMPARE(m_engine->summary().failed, 30);
        QCOMPARE(m_engine->summary().requests, 3);
        QVERIFY(m_engine->results().last().error.message.contains(u"daily"));
    }

    void unreachableServerRetriesThenStops()
    {
        startSimulator();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        ClientConfig config = m_client->config();
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        m_client->setConfig(config);
        const ImportPlan plan = makePlan(150);
        QSignalSpy waiting(m_engine.get(), &SendEngine::waiting);
        QVERIFY(runToEnd(plan));
        verifyAccounted(plan);
        QCOMPARE(int(m_engine->stopError().kind), int(ApiError::Kind::Network));
        QCOMPARE(waiting.count(), m_engine->options().maxTransientRetries);
        QCOMPARE(m_engine->summary().requests, m_engine->options().maxTransientRetries + 1);
        QCOMPARE(m_engine->summary().failed, 150);
    }

    void cancelMarksTheRest()
    {
        startSimulator();
        SendEngine::Options o = m_engine->options();
        o.batchSize = 10;
        m_engine->setOptions(o);
        const ImportPlan plan = makePlan(100);
        QSignalSpy finished(m_engine.get(), &SendEngine::finished);
        // Cancel as soon as the first batch is settled.
        connect(m_engine.get(), &SendEngine::rowsChanged, m_engine.get(), [this] { m_engine->cancel(); },
                Qt::SingleShotConnection);
        m_engine->start(m_eventId, SubscriberState::Register, plan);
        QVERIFY(finished.wait(10000));
        verifyAccounted(plan);
        QCOMPARE(m_engine->summary().succeeded, 10);
        QCOMPARE(m_engine->summary().failed, 90);
        QCOMPARE(m_engine->results().last().error.category, QStringLiteral("CANCELLED"));
        QVERIFY(!m_engine->isRunning());
    }

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<HubSpotSimulator> m_sim;
    std::unique_ptr<HubSpotClient> m_client;
    std::unique_ptr<SendEngine> m_engine;
    QString m_eventId;
};

QTEST_GUILESS_MAIN(TestSendEngine)
#include "TestSendEngine.moc"
