// SPDX-License-Identifier: GPL-3.0-or-later
// ContactLookupJob: the contacts batch read by email, against the simulator over real HTTP on
// 127.0.0.1, and against a server that answers what a test scripts.
#include "HubSpotSimulator.h"
#include "SimulatedHubSpot.h"
#include "hubspot/ContactLookupJob.h"
#include "hubspot/EventJobs.h"
#include "hubspot/HubSpotClient.h"
#include "hubspot/PostAttendanceJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace attendance;
using namespace Qt::StringLiterals;
using attendance::sim::HubSpotSimulator;

namespace {

constexpr auto kContactsScope = "crm.objects.contacts.read"_L1;
constexpr auto kBatchReadPath = "/crm/v3/objects/contacts/batch/read"_L1;
// Contacts of the demo account (DemoData::contacts()).
constexpr auto kMaria = "maria.fernandez0@example.com"_L1;
constexpr auto kUser1 = "user1@example.com"_L1;

/// What a finished job left behind, read in finished() (the job deletes itself afterwards).
struct Outcome
{
    bool finished = false;
    ApiError error;
    QList<ContactMatch> matches;
    RateLimitInfo rateLimit;
};

Outcome run(ContactLookupJob *job)
{
    Outcome outcome;
    QObject::connect(job, &ApiJob::finished, job, [&outcome, job] {
        outcome.error = job->error();
        outcome.matches = job->matches();
        outcome.rateLimit = job->rateLimit();
    });
    QSignalSpy spy(job, &ApiJob::finished);
    job->start();
    outcome.finished = spy.count() == 1 || spy.wait(10000);
    return outcome;
}

ClientConfig configFor(const QUrl &baseUrl)
{
    ClientConfig config;
    config.baseUrl = baseUrl;
    return config;
}

Attendee attendee(int row, const QString &email)
{
    Attendee a;
    a.row = row;
    a.email = email;
    return a;
}

QString contactId(QLatin1StringView email)
{
    return QString::number(HubSpotSimulator::contactIdFor(QString(email)));
}

/// Answers every request on 127.0.0.1 with one scripted HTTP response.
class ScriptedServer final : public QTcpServer
{
public:
    ScriptedServer(int status, const QByteArray &body)
        : m_response("HTTP/1.1 " + QByteArray::number(status)
            + " Scripted\r\n"
              "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray seen = socket->property("seen").toByteArray() + socket->readAll();
            socket->setProperty("seen", seen);
            const qsizetype end = seen.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : seen.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (seen.size() < end + 4 + length)
                return;
            socket->write(m_response);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QByteArray m_response;
};

} // namespace

class TestContactLookup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_hub = std::make_unique<test::SimulatedHubSpot>();
        QVERIFY(m_hub->isListening());
    }

    void cleanup() { m_hub.reset(); }

    void allFoundIs200()
    {
        const Outcome outcome = run(client()->lookupContacts({QString(kMaria), QString(kUser1)}));
        QVERIFY(outcome.finished);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
        QCOMPARE(outcome.matches.size(), 2);
        QCOMPARE(outcome.matches[0].email, QString(kMaria));
        QVERIFY(outcome.matches[0].found);
        QCOMPARE(outcome.matches[0].contactId, contactId(kMaria));
        QVERIFY(outcome.matches[1].found);
        QCOMPARE(outcome.matches[1].contactId, contactId(kUser1));
        QVERIFY(outcome.rateLimit.isKnown());

        // What went over the wire: the documented path and body.
        const auto requests = simulator()->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].method, QByteArray("POST"));
        QCOMPARE(requests[0].path, QString(kBatchReadPath));
        QCOMPARE(requests[0].status, 200);
        const QJsonObject sent = QJsonDocument::fromJson(requests[0].body).object();
        QCOMPARE(sent.value(u"idProperty").toString(), u"email"_s);
        QCOMPARE(sent.value(u"properties").toArray(), (QJsonArray {u"email"_s}));
        const QJsonArray inputs = sent.value(u"inputs").toArray();
        QCOMPARE(inputs.size(), 2);
        QCOMPARE(inputs[0].toObject().value(u"id").toString(), QString(kMaria));
    }

    void someMissingIs207()
    {
        const QStringList emails
            = {u"nobody@example.com"_s, QString(kMaria), u"ghost@example.org"_s};
        const Outcome outcome = run(client()->lookupContacts(emails));
        QVERIFY(outcome.finished);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
        QCOMPARE(simulator()->requests().last().status, 207);
        QCOMPARE(outcome.matches.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(outcome.matches[i].email, emails[i]); // input order kept
        QVERIFY(!outcome.matches[0].found);
        QVERIFY(outcome.matches[0].contactId.isEmpty());
        QVERIFY(outcome.matches[1].found);
        QCOMPARE(outcome.matches[1].contactId, contactId(kMaria));
        QVERIFY(!outcome.matches[2].found);
    }

    void noneFoundIs207()
    {
        const Outcome outcome
            = run(client()->lookupContacts({u"a@example.net"_s, u"b@example.net"_s}));
        QVERIFY(outcome.finished);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
        QCOMPARE(simulator()->requests().last().status, 207);
        QCOMPARE(outcome.matches.size(), 2);
        QVERIFY(!outcome.matches[0].found);
        QVERIFY(!outcome.matches[1].found);
    }

    void matchesCaseInsensitively()
    {
        // A contact email-create made, looked up in other spellings, one of them twice.
        auto *post = client()->postAttendance(m_hub->firstEventId(), SubscriberState::Register,
            {attendee(2, u"Ada.Lovelace@Example.com"_s)}, 1767261600000);
        QSignalSpy posted(post, &ApiJob::finished);
        post->start();
        QVERIFY(posted.wait(10000));

        const QStringList emails = {u"ADA.LOVELACE@EXAMPLE.COM"_s,
            u"Maria.Fernandez0@Example.COM"_s, u"ada.lovelace@example.com"_s};
        const Outcome outcome = run(client()->lookupContacts(emails));
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
        QCOMPARE(outcome.matches.size(), 3);
        const QString ada
            = QString::number(HubSpotSimulator::contactIdFor(u"ada.lovelace@example.com"_s));
        QVERIFY(outcome.matches[0].found);
        QCOMPARE(outcome.matches[0].contactId, ada);
        QCOMPARE(outcome.matches[0].email, emails[0]);
        QVERIFY(outcome.matches[1].found);
        QCOMPARE(outcome.matches[1].contactId, contactId(kMaria));
        QVERIFY(outcome.matches[2].found);
        QCOMPARE(outcome.matches[2].contactId, ada);
        // Each contact asked for once, whatever the spelling.
        const QJsonArray inputs = QJsonDocument::fromJson(simulator()->requests().last().body)
                                      .object()
                                      .value(u"inputs")
                                      .toArray();
        QCOMPARE(inputs.size(), 2);
    }

    void moreThan100AreRefused()
    {
        QStringList emails;
        for (int i = 0; i <= ContactLookupJob::kMaxInputs; ++i)
            emails.append(u"person%1@example.com"_s.arg(i));
        const Outcome outcome = run(client()->lookupContacts(emails));
        QVERIFY(outcome.finished);
        QCOMPARE(int(outcome.error.kind), int(ApiError::Kind::Validation));
        QCOMPARE(outcome.error.httpStatus, 400);
        QCOMPARE(outcome.error.category, u"VALIDATION_ERROR"_s);
        QVERIFY(outcome.error.message.contains(u"100"));
        QVERIFY(outcome.matches.isEmpty());

        emails.removeLast(); // exactly 100 is fine
        QVERIFY(!run(client()->lookupContacts(emails)).error.isError());
    }

    void missingScopeIsNamed()
    {
        // A token with the marketing-events scopes only, as before this feature.
        simulator()->addToken(u"events-only"_s,
            {u"crm.objects.marketing_events.read"_s, u"crm.objects.marketing_events.write"_s});
        client()->setToken(u"events-only"_s);
        const Outcome outcome = run(client()->lookupContacts({QString(kMaria)}));
        QVERIFY(outcome.finished);
        QCOMPARE(int(outcome.error.kind), int(ApiError::Kind::Permission));
        QCOMPARE(outcome.error.httpStatus, 403);
        QCOMPARE(outcome.error.missingScopes, QStringList {QString(kContactsScope)});
        QVERIFY(outcome.error.userMessage().contains(kContactsScope));
    }

    void missingScopeIsNamedWhenHubSpotDoesNot()
    {
        ScriptedServer server(403,
            R"({"status":"error","message":"This app has not been granted all required scopes.",)"
            R"("correlationId":"c0ffee","category":"MISSING_SCOPES"})");
        QVERIFY(server.listen(QHostAddress::LocalHost));
        HubSpotClient scripted(m_hub->network(), configFor(server.url()));
        scripted.setToken(u"t"_s);
        const Outcome outcome = run(scripted.lookupContacts({QString(kMaria)}));
        QCOMPARE(int(outcome.error.kind), int(ApiError::Kind::Permission));
        QCOMPARE(outcome.error.missingScopes, QStringList {QString(kContactsScope)});
        QVERIFY(outcome.error.userMessage().contains(kContactsScope));
    }

    void rateLimitReachesTheJob()
    {
        HubSpotSimulator::Options options;
        options.rateLimitMax = 2;
        options.sendRetryAfter = true;
        m_hub = std::make_unique<test::SimulatedHubSpot>(options);
        QVERIFY(m_hub->isListening());

        // Lookups count against the same window as everything else.
        const Outcome first = run(client()->lookupContacts({QString(kMaria)}));
        QVERIFY(!first.error.isError());
        QCOMPARE(first.rateLimit.max, 2);
        QCOMPARE(first.rateLimit.remaining, 1);
        QCOMPARE(first.rateLimit.intervalMs, 10000);
        auto *list = client()->listEvents();
        QSignalSpy listed(list, &ApiJob::finished);
        list->start();
        QVERIFY(listed.wait(10000));

        const Outcome refused = run(client()->lookupContacts({QString(kMaria)}));
        QVERIFY(refused.finished);
        QCOMPARE(int(refused.error.kind), int(ApiError::Kind::RateLimit));
        QCOMPARE(refused.error.httpStatus, 429);
        QCOMPARE(refused.error.policyName, u"TEN_SECONDLY_ROLLING"_s);
        QVERIFY(refused.error.retryAfterMs > 0);
        QVERIFY(!refused.error.isDailyLimit());
        QCOMPARE(refused.rateLimit.max, 2);
        QCOMPARE(refused.rateLimit.remaining, 0);
        QVERIFY(refused.matches.isEmpty());
    }

    void injectedFaultsApply()
    {
        HubSpotSimulator::Faults faults;
        faults.serverErrorRate = 1.0;
        simulator()->setFaults(faults);
        const Outcome failed = run(client()->lookupContacts({QString(kMaria)}));
        QCOMPARE(int(failed.error.kind), int(ApiError::Kind::Server));
        QCOMPARE(failed.error.httpStatus, 500);
        QCOMPARE(simulator()->faultsInjected(HubSpotSimulator::FaultKind::ServerError), 1);
    }

    void unparseable200IsAnError()
    {
        // The simulator's garbage: a cut-off JSON answer, then an HTML page, both with 200.
        HubSpotSimulator::Faults faults;
        faults.garbageRate = 1.0;
        simulator()->setFaults(faults);
        for (int i = 0; i < 2; ++i) {
            const Outcome outcome = run(client()->lookupContacts({QString(kMaria)}));
            QVERIFY(outcome.finished);
            QCOMPARE(simulator()->requests().last().status, 200);
            QCOMPARE(int(outcome.error.kind), int(ApiError::Kind::Parse));
            QVERIFY(outcome.matches.isEmpty());
        }
    }

    void unaccountedEmailIsAnError()
    {
        // 200, but only one of the two addresses is anywhere in the answer.
        ScriptedServer server(200,
            R"({"status":"COMPLETE","results":[{"id":"901","properties":{"email":"a@example.com"}}]})");
        QVERIFY(server.listen(QHostAddress::LocalHost));
        HubSpotClient scripted(m_hub->network(), configFor(server.url()));
        scripted.setToken(u"t"_s);
        const Outcome outcome
            = run(scripted.lookupContacts({u"A@example.com"_s, u"b@example.com"_s}));
        QCOMPARE(int(outcome.error.kind), int(ApiError::Kind::Parse));
        QVERIFY(outcome.matches.isEmpty());
    }

    void mapResponse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("found"); // per input: F found, M missing

        QTest::newRow("200 all found")
            << QByteArray(R"({"status":"COMPLETE","results":[)"
                          R"({"id":"7","properties":{"email":"a@x.com"}},)"
                          R"({"id":8,"properties":{"email":"b@x.com"}}]})")
            << int(ApiError::Kind::None) << u"FF"_s;
        QTest::newRow("207 one missing") << QByteArray(
            R"({"status":"COMPLETE","results":[{"id":"7","properties":{"email":"A@X.com"}}],)"
            R"("numErrors":1,"errors":[{"status":"error","category":"OBJECT_NOT_FOUND",)"
            R"("context":{"ids":["B@x.com"]}}]})")
                                         << int(ApiError::Kind::None) << u"FM"_s;
        QTest::newRow("207 none found") << QByteArray(
            R"({"status":"COMPLETE","results":[],"errors":[{"category":"OBJECT_NOT_FOUND",)"
            R"("context":{"ids":["a@x.com","b@x.com"]}}]})")
                                        << int(ApiError::Kind::None) << u"MM"_s;
        QTest::newRow("not JSON") << QByteArray("<html>") << int(ApiError::Kind::Parse)
                                  << QString();
        QTest::newRow("no results")
            << QByteArray(R"({"status":"COMPLETE"})") << int(ApiError::Kind::Parse) << QString();
        QTest::newRow("one left out")
            << QByteArray(R"({"results":[{"id":"7","properties":{"email":"a@x.com"}}]})")
            << int(ApiError::Kind::Parse) << QString();
        QTest::newRow("result without email")
            << QByteArray(R"({"results":[{"id":"7"}],"errors":[{"category":"OBJECT_NOT_FOUND",)"
                          R"("context":{"ids":["b@x.com"]}}]})")
            << int(ApiError::Kind::Parse) << QString();
        QTest::newRow("another error category")
            << QByteArray(R"({"results":[{"id":"7","properties":{"email":"a@x.com"}}],)"
                          R"("errors":[{"category":"VALIDATION_ERROR","message":"bad id",)"
                          R"("context":{"ids":["b@x.com"]}}]})")
            << int(ApiError::Kind::Validation) << QString();
    }

    void mapResponse()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, found);
        QList<ContactMatch> matches;
        const ApiError error
            = ContactLookupJob::mapResponse({u"a@x.com"_s, u"b@x.com"_s}, body, &matches);
        QCOMPARE(int(error.kind), kind);
        if (error.isError()) {
            QVERIFY(matches.isEmpty());
            return;
        }
        QCOMPARE(matches.size(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(matches[i].found, found.at(i) == u'F');
        if (matches[0].found)
            QCOMPARE(matches[0].contactId, u"7"_s);
        if (matches[1].found)
            QCOMPARE(matches[1].contactId, u"8"_s);
    }

private:
    HubSpotSimulator *simulator() const { return m_hub->simulator(); }
    HubSpotClient *client() const { return m_hub->client(); }

    std::unique_ptr<test::SimulatedHubSpot> m_hub;
};

QTEST_GUILESS_MAIN(TestContactLookup)
#include "TestContactLookup.moc"
