// SPDX-License-Identifier: GPL-3.0-or-later
// The HubSpot client against the simulator over real HTTP on 127.0.0.1.
#include "HubSpotSimulator.h"
#include "SimulatedHubSpot.h"
#include "hubspot/EventJobs.h"
#include "hubspot/HubSpotClient.h"
#include "hubspot/PostAttendanceJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace attendance;
using attendance::sim::HubSpotSimulator;

namespace {
const QString kReadOnly = QStringLiteral("read-only-token");
const QString kWriteScope = QStringLiteral("crm.objects.marketing_events.write");
const QString kReadScope = QStringLiteral("crm.objects.marketing_events.read");

/// Starts the job and waits (spinning the event loop, so the in-process server answers).
template <typename Job> bool run(Job *job)
{
    QSignalSpy spy(job, &ApiJob::finished);
    job->start();
    return spy.count() == 1 || spy.wait(10000);
}

Attendee attendee(int row, const QString &email)
{
    Attendee a;
    a.row = row;
    a.email = email;
    return a;
}
} // namespace

class TestHubSpotClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_hub = std::make_unique<test::SimulatedHubSpot>();
        QVERIFY(m_hub->isListening());
        simulator()->addToken(kReadOnly, {kReadScope});
        client()->setToken(u"  Bearer " + QString(HubSpotSimulator::kDemoToken) + u"\n");
    }

    void cleanup() { m_hub.reset(); }

    void listsEveryPage_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("listPath");
        QTest::newRow("v3") << int(ApiVersion::V3)
                            << QStringLiteral("/marketing/v3/marketing-events/");
        QTest::newRow("2026-03") << int(ApiVersion::V2026_03)
                                 << QStringLiteral("/marketing/marketing-events/2026-03");
    }

    void listsEveryPage()
    {
        QFETCH(int, version);
        QFETCH(QString, listPath);
        ClientConfig config = client()->config();
        config.version = ApiVersion(version);
        client()->setConfig(config);

        auto *job = client()->listEvents(2);
        QList<MarketingEvent> events;
        connect(job, &ApiJob::finished, this, [&] { events = job->events(); });
        QVERIFY(run(job));
        QCOMPARE(events.size(), simulator()->events().size());
        QCOMPARE(events.size(), 6);
        QCOMPARE(events.first().objectId, simulator()->events().first().objectId);
        QCOMPARE(events.first().eventName, simulator()->events().first().eventName);
        QVERIFY(events.first().startDateTime.isValid());

        const auto requests = simulator()->requests();
        QCOMPARE(requests.size(), 3); // 6 events, 2 a page
        for (const auto &r : requests) {
            QCOMPARE(r.path, listPath);
            QCOMPARE(r.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
            // The pasted "Bearer " and whitespace were cleaned before use.
            QCOMPARE(r.authorization, QByteArray("Bearer ") + HubSpotSimulator::kDemoToken.data());
        }
        QVERIFY(!requests[0].query.hasQueryItem(QStringLiteral("after")));
        QVERIFY(requests[1].query.hasQueryItem(QStringLiteral("after")));
    }

    void getsOneEventAnd404()
    {
        const QString id = simulator()->events().at(2).objectId;
        auto *job = client()->getEvent(id);
        MarketingEvent event;
        connect(job, &ApiJob::finished, this, [&] { event = job->marketingEvent(); });
        QVERIFY(run(job));
        QCOMPARE(event.objectId, id);
        QCOMPARE(event.eventName, simulator()->events().at(2).eventName);

        auto *missing = client()->getEvent(QStringLiteral("999999999"));
        ApiError error;
        connect(missing, &ApiJob::finished, this, [&] { error = missing->error(); });
        QVERIFY(run(missing));
        QCOMPARE(int(error.kind), int(ApiError::Kind::NotFound));
        QCOMPARE(error.httpStatus, 404);
        QVERIFY(!error.correlationId.isEmpty());
        QVERIFY(!error.message.isEmpty());
    }

    void wrongTokenIs401()
    {
        client()->setToken(QStringLiteral("pat-na1-not-a-real-token"));
        auto *job = client()->listEvents();
        ApiError error;
        connect(job, &ApiJob::finished, this, [&] { error = job->error(); });
        QVERIFY(run(job));
        QCOMPARE(int(error.kind), int(ApiError::Kind::Authentication));
        QCOMPARE(error.category, QStringLiteral("INVALID_AUTHENTICATION"));
    }

    void missingWriteScopeIs403()
    {
        client()->setToken(kReadOnly);
        auto *job = client()->postAttendance(simulator()->events().first().objectId,
            SubscriberState::Register, {attendee(2, QStringLiteral("ada@example.com"))},
            1767261600000);
        ApiError error;
        connect(job, &ApiJob::finished, this, [&] { error = job->error(); });
        QVERIFY(run(job));
        QCOMPARE(int(error.kind), int(ApiError::Kind::Permission));
        QCOMPARE(error.missingScopes, QStringList {kWriteScope});
        QVERIFY(error.userMessage().contains(kWriteScope));
    }

    void postsBatchAndMapsResults()
    {
        const QString id = simulator()->events().first().objectId;
        Attendee ada = attendee(2, QStringLiteral("Ada@Example.com"));
        ada.contactProperties.insert(QStringLiteral("firstname"), QStringLiteral("Ada"));
        ada.interactionDateTime = 1767261600123;
        Attendee joined = attendee(3, QStringLiteral("grace@example.com"));
        joined.properties.insert(QStringLiteral("joinedAt"), QStringLiteral("1767261600000"));
        const QList<Attendee> inputs = {ada, joined, attendee(4, QStringLiteral("bad@nodot"))};

        auto *job = client()->postAttendance(id, SubscriberState::Attend, inputs, 1700000000000);
        QList<InputOutcome> outcomes;
        connect(job, &ApiJob::finished, this, [&] {
            outcomes = job->outcomes();
            QVERIFY(!job->error().isError());
        });
        QVERIFY(run(job));
        QCOMPARE(outcomes.size(), 3);
        QVERIFY(outcomes[0].succeeded);
        QCOMPARE(
            outcomes[0].vid, HubSpotSimulator::contactIdFor(QStringLiteral("ada@example.com")));
        QVERIFY(outcomes[0].vid > (Q_INT64_C(1) << 32));
        QVERIFY(outcomes[1].succeeded);
        QVERIFY(!outcomes[2].succeeded);
        QCOMPARE(outcomes[2].category, QStringLiteral("VALIDATION_ERROR"));

        // What went over the wire: the documented path and body, maps always present.
        const auto requests = simulator()->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].method, QByteArray("POST"));
        QCOMPARE(requests[0].path,
            u"/marketing/v3/marketing-events/" + id + u"/attendance/attend/email-create");
        const QJsonArray sent
            = QJsonDocument::fromJson(requests[0].body).object().value(u"inputs").toArray();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent[0].toObject().value(u"email").toString(), QStringLiteral("Ada@Example.com"));
        QCOMPARE(qint64(sent[0].toObject().value(u"interactionDateTime").toDouble()),
            Q_INT64_C(1767261600123));
        QCOMPARE(sent[0]
                     .toObject()
                     .value(u"contactProperties")
                     .toObject()
                     .value(u"firstname")
                     .toString(),
            QStringLiteral("Ada"));
        QVERIFY(sent[0].toObject().value(u"properties").isObject());
        QCOMPARE(qint64(sent[1].toObject().value(u"interactionDateTime").toDouble()),
            Q_INT64_C(1700000000000));
        QCOMPARE(sent[1].toObject().value(u"properties").toObject().value(u"joinedAt").toString(),
            QStringLiteral("1767261600000"));
        QVERIFY(sent[1].toObject().value(u"contactProperties").isObject());
        QCOMPARE(simulator()->counters(id).attended, 2);
    }

    void datedVersionPath()
    {
        ClientConfig config = client()->config();
        config.version = ApiVersion::V2026_03;
        client()->setConfig(config);
        const QString id = simulator()->events().first().objectId;
        auto *job = client()->postAttendance(
            id, SubscriberState::Cancel, {attendee(2, QStringLiteral("a@example.com"))}, 1);
        QVERIFY(run(job));
        QCOMPARE(simulator()->requests().last().path,
            u"/marketing/marketing-events/2026-03/" + id + u"/attendance/cancel/email-create");
        QCOMPARE(simulator()->counters(id).cancelled, 1);
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        config.timeout = std::chrono::milliseconds(300);
        HubSpotClient client(m_hub->network(), config);
        client.setToken(QStringLiteral("t"));
        auto *job = client.listEvents();
        ApiError error;
        connect(job, &ApiJob::finished, this, [&] { error = job->error(); });
        QVERIFY(run(job));
        QCOMPARE(int(error.kind), int(ApiError::Kind::Timeout));
    }

    void refusedConnectionIsNetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        HubSpotClient client(m_hub->network(), config);
        auto *job = client.listEvents();
        ApiError error;
        connect(job, &ApiJob::finished, this, [&] { error = job->error(); });
        QVERIFY(run(job));
        QCOMPARE(int(error.kind), int(ApiError::Kind::Network));
        QVERIFY(!error.userMessage().isEmpty());
    }

    void abortIsCancelled()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        HubSpotClient client(m_hub->network(), config);
        auto *job = client.listEvents();
        QSignalSpy spy(job, &ApiJob::finished);
        ApiError error;
        connect(job, &ApiJob::finished, this, [&] { error = job->error(); });
        job->start();
        QTest::qWait(50);
        job->abort();
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(int(error.kind), int(ApiError::Kind::Cancelled));
    }

private:
    HubSpotSimulator *simulator() const { return m_hub->simulator(); }
    HubSpotClient *client() const { return m_hub->client(); }

    std::unique_ptr<test::SimulatedHubSpot> m_hub;
};

QTEST_GUILESS_MAIN(TestHubSpotClient)
#include "TestHubSpotClient.moc"
