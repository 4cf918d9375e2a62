// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's injected faults, the participation breakdown and concurrent requests, over
// real HTTP: a QNetworkAccessManager against 127.0.0.1:<any port>. Waits spin the event loop
// (QTRY_*, QSignalSpy::wait); nothing blocks it.
#include "HubSpotSimulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using attendance::sim::HubSpotSimulator;
using attendance::sim::SimulatedEvent;
using Faults = HubSpotSimulator::Faults;
using FaultKind = HubSpotSimulator::FaultKind;

namespace {

constexpr auto kV3 = "/marketing/v3/marketing-events"_L1;
constexpr auto kDated = "/marketing/marketing-events/2026-03"_L1;
constexpr auto kReadScope = "crm.objects.marketing_events.read"_L1;
constexpr auto kWriteScope = "crm.objects.marketing_events.write"_L1;
constexpr auto kWebinarId = "412934701"_L1; // one hour, in seedDemo()
constexpr qint64 kInteraction = 1767261600000;

const QByteArray kDemoAuth = "Bearer " + QByteArray(HubSpotSimulator::kDemoToken.data());

/// What came back, read eagerly so the reply can go.
struct Reply
{
    int status = -1; ///< -1: unfinished; 0: finished without an HTTP answer.
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray raw;
    QJsonObject json;
    bool isJson = false;
    QHash<QByteArray, QByteArray> headers; ///< Lower-cased names.

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

QJsonObject input(
    const QString &email, const QJsonObject &contact = {}, const QJsonObject &properties = {})
{
    return QJsonObject {{u"email"_s, email}, {u"interactionDateTime"_s, kInteraction},
        {u"contactProperties"_s, contact}, {u"properties"_s, properties}};
}

QByteArray body(const QStringList &emails)
{
    QJsonArray inputs;
    for (const QString &email : emails)
        inputs.append(input(email));
    return QJsonDocument(QJsonObject {{u"inputs"_s, inputs}}).toJson(QJsonDocument::Compact);
}

QByteArray inputsBody(const QJsonArray &inputs)
{
    return QJsonDocument(QJsonObject {{u"inputs"_s, inputs}}).toJson(QJsonDocument::Compact);
}

QStringList people(int count, const QString &prefix = u"person"_s)
{
    QStringList emails;
    for (int i = 0; i < count; ++i)
        emails.append(u"%1%2@example.com"_s.arg(prefix).arg(i));
    return emails;
}

QString attendancePath(const QString &family, const QString &state)
{
    return family + u'/' + kWebinarId + u"/attendance/"_s + state + u"/email-create"_s;
}

QString breakdownPath(const QString &family, const QString &eventId = QString(kWebinarId))
{
    return family + u"/participations/"_s + eventId + u"/breakdown"_s;
}

QStringList resultEmails(const Reply &reply)
{
    QStringList emails;
    const QJsonArray results = reply.json.value(u"results"_s).toArray();
    for (const auto &result : results)
        emails.append(result[u"email"_s].toString());
    return emails;
}

QList<int> recordedStatuses(const HubSpotSimulator &sim)
{
    QList<int> statuses;
    const auto requests = sim.requests();
    for (const auto &request : requests)
        statuses.append(request.status);
    return statuses;
}

} // namespace

class TestSimulatorFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaultsInjectNothing();
    void serverErrorsRotateWithoutProcessing();
    void hangProcessesButNeverAnswers();
    void hangClosesTheConnectionLater();
    void resetDropsTheConnection();
    void garbageIsA200NobodyCanParse();
    void omissionsAreReproducible();
    void unauthorizedAfterRevokesTheToken();
    void revokeToken();
    void wrongHublet();
    void applyDelayHidesChangesForAWhile();
    void latencyDelaysAnswers();
    void clientGivingUpDuringLatency();
    void concurrentRequestsAreAdmittedByArrival();
    void setDailyRemaining();
    void sameSeedSameStatuses();

    void breakdownShape_data();
    void breakdownShape();
    void breakdownPaging();
    void breakdownFilters();
    void breakdownValidation();
    void contactPropertiesOnlyOnCreation();

private:
    std::unique_ptr<HubSpotSimulator> startSimulator(const HubSpotSimulator::Options &options = {});
    std::unique_ptr<QNetworkReply> start(HubSpotSimulator &sim, const QByteArray &verb,
        const QString &path, const QByteArray &authorization, const QByteArray &payload = {},
        const QUrlQuery &query = {});
    static Reply collect(QNetworkReply &reply);
    /// Starts and waits up to @p timeoutMs; status -1 when it did not finish by then.
    Reply send(HubSpotSimulator &sim, const QByteArray &verb, const QString &path,
        const QByteArray &authorization, const QByteArray &payload = {},
        const QUrlQuery &query = {}, int timeoutMs = 5000);
    Reply post(HubSpotSimulator &sim, const QString &state, const QStringList &emails)
    {
        return send(sim, "POST", attendancePath(kV3, state), kDemoAuth, body(emails));
    }
    Reply get(HubSpotSimulator &sim, const QString &path, const QUrlQuery &query = {})
    {
        return send(sim, "GET", path, kDemoAuth, {}, query);
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<HubSpotSimulator> m_sim; // seeded with the demo data, default options
};

std::unique_ptr<HubSpotSimulator> TestSimulatorFaults::startSimulator(
    const HubSpotSimulator::Options &options)
{
    auto sim = std::make_unique<HubSpotSimulator>(options);
    sim->seedDemo();
    if (!sim->listen())
        return nullptr;
    return sim;
}

std::unique_ptr<QNetworkReply> TestSimulatorFaults::start(HubSpotSimulator &sim,
    const QByteArray &verb, const QString &path, const QByteArray &authorization,
    const QByteArray &payload, const QUrlQuery &query)
{
    QUrl url = sim.baseUrl();
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    if (!authorization.isNull())
        request.setRawHeader("Authorization", authorization);
    if (!payload.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return std::unique_ptr<QNetworkReply>(m_nam.sendCustomRequest(request, verb, payload));
}

Reply TestSimulatorFaults::collect(QNetworkReply &reply)
{
    Reply result;
    if (!reply.isFinished())
        return result;
    result.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply.error();
    result.raw = reply.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.raw, &parseError);
    result.isJson = parseError.error == QJsonParseError::NoError;
    result.json = document.object();
    const auto pairs = reply.rawHeaderPairs();
    for (const auto &pair : pairs)
        result.headers.insert(pair.first.toLower(), pair.second);
    return result;
}

Reply TestSimulatorFaults::send(HubSpotSimulator &sim, const QByteArray &verb, const QString &path,
    const QByteArray &authorization, const QByteArray &payload, const QUrlQuery &query,
    int timeoutMs)
{
    const std::unique_ptr<QNetworkReply> reply
        = start(sim, verb, path, authorization, payload, query);
    // An event loop that returns on the signal: QTest::qWaitFor() would nap 10 ms per round.
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished()) [[maybe_unused]]
        const bool done = finished.wait(timeoutMs); // collect() tells
    return collect(*reply);
}

void TestSimulatorFaults::init()
{
    // A proxy from the environment would swallow loopback traffic.
    m_nam.setProxy(QNetworkProxy::NoProxy);
    m_sim = startSimulator();
    QVERIFY(m_sim);
}

void TestSimulatorFaults::cleanup()
{
    m_sim.reset();
    // Connections to a simulator that is gone must not be reused by the next test.
    m_nam.clearConnectionCache();
}

void TestSimulatorFaults::defaultsInjectNothing()
{
    const Faults faults = m_sim->faults();
    QCOMPARE(faults.seed, quint64(0));
    QCOMPARE(faults.hangCloseAfterMs, 120000);
    QCOMPARE(faults.unauthorizedAfter, -1);
    QVERIFY(faults.hublet.isEmpty());
    for (int i = 0; i < 20; ++i)
        QCOMPARE(post(*m_sim, u"register"_s, people(3)).status, 200);
    for (const FaultKind kind : {FaultKind::ServerError, FaultKind::Hang, FaultKind::Reset,
             FaultKind::Garbage, FaultKind::Omit, FaultKind::Unauthorized, FaultKind::WrongHublet})
        QCOMPARE(m_sim->faultsInjected(kind), 0);
    QCOMPARE(m_sim->processedButUnanswered(), 0);
}

void TestSimulatorFaults::serverErrorsRotateWithoutProcessing()
{
    Faults faults;
    faults.seed = 7;
    faults.serverErrorRate = 1.0;
    m_sim->setFaults(faults);

    const Reply internal = post(*m_sim, u"register"_s, people(2));
    QCOMPARE(internal.status, 500);
    QVERIFY(internal.isJson);
    QCOMPARE(internal.json.value(u"status"_s).toString(), u"error"_s);
    QVERIFY(!internal.json.value(u"correlationId"_s).toString().isEmpty());
    QVERIFY(!internal.header("X-HubSpot-RateLimit-Remaining").isEmpty());

    const Reply gateway = post(*m_sim, u"register"_s, people(2));
    QCOMPARE(gateway.status, 502);
    QVERIFY(!gateway.isJson);
    QVERIFY(gateway.header("Content-Type").startsWith("text/html"));
    QVERIFY(gateway.raw.contains("502 Bad Gateway"));
    // A proxy's page: none of HubSpot's headers.
    QVERIFY(gateway.header("X-HubSpot-Correlation-Id").isEmpty());
    QVERIFY(gateway.header("X-HubSpot-RateLimit-Remaining").isEmpty());

    const Reply unavailable = post(*m_sim, u"attend"_s, people(2));
    QCOMPARE(unavailable.status, 503);
    QVERIFY(unavailable.isJson);
    QCOMPARE(unavailable.json.value(u"status"_s).toString(), u"error"_s);
    QCOMPARE(post(*m_sim, u"register"_s, people(1)).status, 500); // round again

    const auto counters = m_sim->counters(kWebinarId);
    QCOMPARE(counters.registered + counters.attended, 0);
    QCOMPARE(m_sim->faultsInjected(FaultKind::ServerError), 4);
    QCOMPARE(recordedStatuses(*m_sim), (QList<int> {500, 502, 503, 500}));

    // Attendance POSTs only: reads still work.
    QCOMPARE(get(*m_sim, QString(kDated)).status, 200);
    QCOMPARE(get(*m_sim, kV3 + u"/participations/"_s + kWebinarId).status, 200);
}

void TestSimulatorFaults::hangProcessesButNeverAnswers()
{
    Faults faults;
    faults.hangRate = 1.0; // the connection closes after the default two minutes
    m_sim->setFaults(faults);
    QSignalSpy handled(m_sim.get(), &HubSpotSimulator::requestHandled);

    const auto reply = start(*m_sim, "POST", attendancePath(kV3, u"register"_s), kDemoAuth,
        body({u"Ada@Example.com"_s, u"grace@example.org"_s, u"not-an-email"_s}));
    QTRY_COMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(0).toInt(), 0);
    QTest::qWait(500);
    QVERIFY(!reply->isFinished());

    // Processed all the same, which is the point.
    QCOMPARE(m_sim->counters(kWebinarId).registered, 2);
    QCOMPARE(m_sim->processedButUnanswered(), 1);
    QCOMPARE(
        m_sim->unansweredEmails(), (QStringList {u"ada@example.com"_s, u"grace@example.org"_s}));
    QCOMPARE(m_sim->faultsInjected(FaultKind::Hang), 1);
    QCOMPARE(recordedStatuses(*m_sim), QList<int> {0});

    // The held connection blocks nothing else: reads, and a POST once the fault is off.
    QCOMPARE(get(*m_sim, QString(kDated)).status, 200);
    m_sim->setFaults({});
    QCOMPARE(post(*m_sim, u"attend"_s, {u"ada@example.com"_s}).status, 200);
    QVERIFY(!reply->isFinished());
    reply->abort();
}

void TestSimulatorFaults::hangClosesTheConnectionLater()
{
    Faults faults;
    faults.hangRate = 1.0;
    faults.hangCloseAfterMs = 300;
    m_sim->setFaults(faults);

    QElapsedTimer elapsed;
    elapsed.start();
    const auto reply
        = start(*m_sim, "POST", attendancePath(kV3, u"register"_s), kDemoAuth, body(people(2)));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QVERIFY(elapsed.elapsed() >= 300);
    const Reply result = collect(*reply);
    QCOMPARE(result.status, 0);
    QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);

    // QNetworkAccessManager silently re-sends a request whose connection closed before any
    // answer byte, POSTs included: each attempt reached the simulator and was processed.
    const int attempts = int(m_sim->requests().size());
    QVERIFY2(attempts >= 1, qPrintable(QString::number(attempts)));
    QCOMPARE(m_sim->processedButUnanswered(), attempts);
    QCOMPARE(m_sim->faultsInjected(FaultKind::Hang), attempts);
    QCOMPARE(int(m_sim->unansweredEmails().size()), 2 * attempts);
    QCOMPARE(m_sim->counters(kWebinarId).registered, 2);
    qInfo("QNetworkAccessManager posted a hung request %d time(s)", attempts);
}

void TestSimulatorFaults::resetDropsTheConnection()
{
    Faults faults;
    faults.resetRate = 1.0;
    m_sim->setFaults(faults);

    const Reply reply = post(*m_sim, u"register"_s, people(3));
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_sim->counters(kWebinarId).registered, 0);

    // Like a hang that closes, a reset before any answer byte is re-sent by Qt itself.
    const QList<int> statuses = recordedStatuses(*m_sim);
    QVERIFY(!statuses.isEmpty());
    QCOMPARE(statuses, QList<int>(statuses.size(), 0));
    QCOMPARE(m_sim->faultsInjected(FaultKind::Reset), int(statuses.size()));
    QCOMPARE(m_sim->processedButUnanswered(), 0);
    qInfo("QNetworkAccessManager posted a reset request %d time(s)", int(statuses.size()));
}

void TestSimulatorFaults::garbageIsA200NobodyCanParse()
{
    Faults faults;
    faults.garbageRate = 1.0;
    m_sim->setFaults(faults);

    const Reply truncated = post(*m_sim, u"register"_s, people(2));
    QCOMPARE(truncated.status, 200);
    QVERIFY(!truncated.isJson);
    QVERIFY(truncated.header("Content-Type").startsWith("application/json"));
    QVERIFY(truncated.raw.startsWith('{'));
    QVERIFY(truncated.raw.contains("\"results\":["));

    const Reply page = post(*m_sim, u"register"_s, people(2));
    QCOMPARE(page.status, 200);
    QVERIFY(!page.isJson);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));

    // Not processed: a client must treat these rows as not recorded and send them again.
    QCOMPARE(m_sim->counters(kWebinarId).registered, 0);
    QCOMPARE(m_sim->faultsInjected(FaultKind::Garbage), 2);
    QCOMPARE(recordedStatuses(*m_sim), (QList<int> {200, 200}));
}

void TestSimulatorFaults::omissionsAreReproducible()
{
    Faults faults;
    faults.seed = 42;
    faults.omitRate = 0.3;
    const QStringList emails = people(20);

    QList<QStringList> omitted;
    for (int run = 0; run < 2; ++run) {
        const auto sim = startSimulator();
        QVERIFY(sim);
        sim->setFaults(faults);
        const Reply reply = post(*sim, u"register"_s, emails);
        QCOMPARE(reply.status, 200);
        const QStringList answered = resultEmails(reply);
        // Every row was recorded, answered or not.
        QCOMPARE(sim->counters(kWebinarId).registered, 20);
        QCOMPARE(answered.size() + sim->omittedEmails().size(), emails.size());
        for (const QString &email : sim->omittedEmails())
            QVERIFY(!answered.contains(email));
        QCOMPARE(sim->faultsInjected(FaultKind::Omit), int(sim->omittedEmails().size()));
        omitted.append(sim->omittedEmails());
    }
    QCOMPARE(omitted.at(0), omitted.at(1));
    QVERIFY(!omitted.at(0).isEmpty());
    QVERIFY(omitted.at(0).size() < emails.size());

    // Invalid emails can be left out of errors[] the same way.
    faults.omitRate = 1.0;
    m_sim->setFaults(faults);
    const Reply none = post(*m_sim, u"attend"_s, {u"ada@example.com"_s, u"broken"_s});
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json.value(u"results"_s).toArray().size(), 0);
    QVERIFY(!none.json.contains(u"errors"_s));
    QCOMPARE(m_sim->omittedEmails(), (QStringList {u"ada@example.com"_s, u"broken"_s}));
    QCOMPARE(m_sim->counters(kWebinarId).attended, 1);
}

void TestSimulatorFaults::unauthorizedAfterRevokesTheToken()
{
    Faults faults;
    faults.unauthorizedAfter = 2;
    m_sim->setFaults(faults);

    QCOMPARE(post(*m_sim, u"register"_s, {u"a@example.com"_s}).status, 200);
    QCOMPARE(get(*m_sim, QString(kDated)).status, 200); // reads do not count
    QCOMPARE(post(*m_sim, u"register"_s, {u"b@example.com"_s}).status, 200);

    const Reply refused = post(*m_sim, u"register"_s, {u"c@example.com"_s});
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json.value(u"category"_s).toString(), u"INVALID_AUTHENTICATION"_s);
    QCOMPARE(get(*m_sim, QString(kDated)).status, 401); // the token is gone for every request
    QCOMPARE(m_sim->counters(kWebinarId).registered, 2);
    QCOMPARE(m_sim->faultsInjected(FaultKind::Unauthorized), 1);

    // "Rotating" the token: a new one works, and the fault has fired for good.
    m_sim->addToken(u"rotated-token"_s, {QString(kReadScope), QString(kWriteScope)});
    for (const QString &email : {u"c@example.com"_s, u"d@example.com"_s, u"e@example.com"_s}) {
        const Reply retried = send(*m_sim, "POST", attendancePath(kDated, u"register"_s),
            "Bearer rotated-token", body({email}));
        QCOMPARE(retried.status, 200);
    }
    QCOMPARE(m_sim->counters(kWebinarId).registered, 5);

    // 0: the very first attendance POST is refused, and its token revoked.
    const auto sim = startSimulator();
    QVERIFY(sim);
    faults.unauthorizedAfter = 0;
    sim->setFaults(faults);
    QCOMPARE(get(*sim, QString(kV3)).status, 200);
    QCOMPARE(post(*sim, u"register"_s, {u"a@example.com"_s}).status, 401);
    QCOMPARE(get(*sim, QString(kV3)).status, 401);
    QCOMPARE(sim->counters(kWebinarId).registered, 0);
}

void TestSimulatorFaults::revokeToken()
{
    m_sim->addToken(u"second"_s, {QString(kReadScope)});
    m_sim->revokeToken(QString(HubSpotSimulator::kDemoToken));
    m_sim->revokeToken(u"never-added"_s); // ignored
    QCOMPARE(get(*m_sim, QString(kV3)).status, 401);
    QCOMPARE(send(*m_sim, "GET", QString(kV3), "Bearer second").status, 200);
}

void TestSimulatorFaults::wrongHublet()
{
    // Two data centres of one account: na1 sends everybody to eu1.
    const auto eu1 = startSimulator();
    QVERIFY(eu1);
    eu1->addToken(u"pat-eu1-token"_s, {QString(kReadScope), QString(kWriteScope)});
    auto na1 = std::make_unique<HubSpotSimulator>();
    na1->copyAccountFrom(*eu1);
    QVERIFY(na1->listen());
    QCOMPARE(na1->events().size(), eu1->events().size());
    QCOMPARE(na1->events().first().objectId, eu1->events().first().objectId);
    Faults faults;
    faults.hublet = u"eu1"_s;
    na1->setFaults(faults);

    const QByteArray auth = "Bearer pat-eu1-token";
    const Reply list = send(*na1, "GET", QString(kDated), auth);
    const Reply write = send(
        *na1, "POST", attendancePath(kV3, u"register"_s), auth, body({u"ada@example.com"_s}));
    const Reply unknownPath = send(*na1, "GET", u"/crm/v3/objects/contacts"_s, auth);
    const Reply noToken = send(*na1, "GET", QString(kV3), {});
    for (const Reply &reply : {list, write, unknownPath, noToken}) {
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"status"_s).toString(), u"error"_s);
        QCOMPARE(reply.json.value(u"correctHublet"_s).toString(), u"eu1"_s);
        QVERIFY(
            reply.json.value(u"message"_s)
                .toString()
                .endsWith(u"is unknown to this Hublet, but it appears to exist in Hublet eu1"_s));
        QVERIFY(!reply.json.value(u"correlationId"_s).toString().isEmpty());
    }
    QCOMPARE(na1->faultsInjected(FaultKind::WrongHublet), 4);
    QCOMPARE(na1->counters(kWebinarId).registered, 0);

    // The right data centre answers as usual, with the same token and events.
    const Reply eu1List = send(*eu1, "GET", QString(kDated), auth);
    QCOMPARE(eu1List.status, 200);
    QCOMPARE(eu1List.json.value(u"results"_s).toArray().size(), 6);
    const Reply eu1Write = send(
        *eu1, "POST", attendancePath(kV3, u"register"_s), auth, body({u"ada@example.com"_s}));
    QCOMPARE(eu1Write.status, 200);
    QCOMPARE(eu1->counters(kWebinarId).registered, 1);
}

void TestSimulatorFaults::applyDelayHidesChangesForAWhile()
{
    constexpr int kDelayMs = 700;
    Faults faults;
    faults.applyDelayMs = kDelayMs;
    m_sim->setFaults(faults);

    QElapsedTimer elapsed;
    elapsed.start();
    const Reply reply = post(*m_sim, u"register"_s, people(3));
    QCOMPARE(reply.status, 200);
    QCOMPARE(resultEmails(reply), people(3)); // the answer itself is immediate and complete

    const QString counters = kV3 + u"/participations/"_s + kWebinarId;
    const int registered = get(*m_sim, counters).json.value(u"registered"_s).toInt();
    const int total = get(*m_sim, breakdownPath(kV3)).json.value(u"total"_s).toInt();
    const int registrants
        = get(*m_sim, kV3 + u'/' + kWebinarId).json.value(u"registrants"_s).toInt();
    const int direct = m_sim->counters(kWebinarId).registered;
    // Everything above must have happened inside the delay for the zeros to mean anything.
    QVERIFY2(elapsed.elapsed() < kDelayMs, "machine too slow for this delay");
    QCOMPARE(registered, 0);
    QCOMPARE(total, 0);
    QCOMPARE(registrants, 0);
    QCOMPARE(direct, 0);

    QTRY_COMPARE_WITH_TIMEOUT(m_sim->counters(kWebinarId).registered, 3, 5000);
    QVERIFY(elapsed.elapsed() >= kDelayMs);
    QCOMPARE(get(*m_sim, counters).json.value(u"registered"_s).toInt(), 3);
    QCOMPARE(get(*m_sim, breakdownPath(kV3)).json.value(u"total"_s).toInt(), 3);
}

void TestSimulatorFaults::latencyDelaysAnswers()
{
    constexpr int kLatencyMs = 400;
    Faults faults;
    faults.latencyMs = kLatencyMs;
    m_sim->setFaults(faults);
    QSignalSpy handled(m_sim.get(), &HubSpotSimulator::requestHandled);

    QElapsedTimer elapsed;
    elapsed.start();
    const auto slow
        = start(*m_sim, "POST", attendancePath(kV3, u"register"_s), kDemoAuth, body(people(2)));
    QTRY_COMPARE(m_sim->requests().size(), qsizetype(1));
    // Processed on arrival; only the answer waits.
    QCOMPARE(m_sim->counters(kWebinarId).registered, 2);
    QCOMPARE(handled.size(), 0);

    // Reads have their own latency (none here), so one sent later overtakes the POST.
    const Reply read = get(*m_sim, QString(kDated));
    QCOMPARE(read.status, 200);
    QVERIFY(!slow->isFinished());

    QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 5000);
    QVERIFY(elapsed.elapsed() >= kLatencyMs);
    QCOMPARE(collect(*slow).status, 200);
    QCOMPARE(handled.size(), 2);

    // Every answer on an attendance path is late, refusals included.
    elapsed.restart();
    const Reply refused
        = send(*m_sim, "POST", attendancePath(kV3, u"register"_s), "Bearer nope", body(people(1)));
    QCOMPARE(refused.status, 401);
    QVERIFY(elapsed.elapsed() >= kLatencyMs);

    faults.latencyMs = 0;
    faults.readLatencyMs = 300;
    m_sim->setFaults(faults);
    elapsed.restart();
    QCOMPARE(get(*m_sim, QString(kDated)).status, 200);
    QVERIFY(elapsed.elapsed() >= 300);
}

void TestSimulatorFaults::clientGivingUpDuringLatency()
{
    Faults faults;
    faults.latencyMs = 300;
    m_sim->setFaults(faults);
    QSignalSpy handled(m_sim.get(), &HubSpotSimulator::requestHandled);

    const auto reply
        = start(*m_sim, "POST", attendancePath(kV3, u"register"_s), kDemoAuth, body(people(1)));
    QTRY_COMPARE(m_sim->requests().size(), qsizetype(1));
    reply->abort(); // the socket goes away before the answer is due
    QTRY_COMPARE_WITH_TIMEOUT(handled.size(), 1, 5000);
    QCOMPARE(handled.at(0).at(0).toInt(), 200);
    QCOMPARE(m_sim->counters(kWebinarId).registered, 1);

    m_sim->setFaults({});
    QCOMPARE(post(*m_sim, u"attend"_s, people(1)).status, 200);
}

void TestSimulatorFaults::concurrentRequestsAreAdmittedByArrival()
{
    // Three requests per window, five sent at once on separate connections, each answered
    // late: admission is decided on arrival, so exactly two are refused.
    const auto sim = startSimulator({3, 60000, 1000, false});
    QVERIFY(sim);
    Faults faults;
    faults.latencyMs = 400;
    sim->setFaults(faults);

    QElapsedTimer elapsed;
    elapsed.start();
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    replies.reserve(5);
    for (int i = 0; i < 5; ++i)
        replies.push_back(start(*sim, "POST", attendancePath(kV3, u"register"_s), kDemoAuth,
            body({u"person%1@example.com"_s.arg(i)})));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                 [](const auto &reply) { return reply->isFinished(); }),
        10000);
    // In parallel: five answers 400 ms late took well under five times that.
    QVERIFY2(elapsed.elapsed() < 1500, qPrintable(QString::number(elapsed.elapsed())));

    QList<int> statuses;
    QList<QByteArray> remaining;
    for (const auto &reply : replies) {
        const Reply result = collect(*reply);
        statuses.append(result.status);
        if (result.status == 200)
            remaining.append(result.header("X-HubSpot-RateLimit-Remaining"));
    }
    QCOMPARE(statuses.count(200), 3);
    QCOMPARE(statuses.count(429), 2);
    std::sort(remaining.begin(), remaining.end());
    QCOMPARE(remaining, (QList<QByteArray> {"0", "1", "2"}));
    QCOMPARE(sim->counters(kWebinarId).registered, 3);

    // Recorded in arrival order, with the status each got.
    const auto requests = sim->requests();
    QCOMPARE(requests.size(), 5);
    QCOMPARE(recordedStatuses(*sim), (QList<int> {200, 200, 200, 429, 429}));
    for (qsizetype i = 1; i < requests.size(); ++i)
        QVERIFY(requests.at(i - 1).receivedAt <= requests.at(i).receivedAt);
}

void TestSimulatorFaults::setDailyRemaining()
{
    m_sim->setDailyRemaining(1);
    const Reply last = get(*m_sim, QString(kV3));
    QCOMPARE(last.status, 200);
    QCOMPARE(last.header("X-HubSpot-RateLimit-Daily-Remaining"), QByteArray("0"));
    const Reply refused = post(*m_sim, u"register"_s, {u"ada@example.com"_s});
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.json.value(u"policyName"_s).toString(), u"DAILY"_s);

    m_sim->setDailyRemaining(1000000); // clamped to the daily limit
    QCOMPARE(get(*m_sim, QString(kV3)).header("X-HubSpot-RateLimit-Daily-Remaining"),
        QByteArray("249999"));
}

void TestSimulatorFaults::sameSeedSameStatuses()
{
    Faults faults;
    faults.serverErrorRate = 0.15;
    faults.resetRate = 0.1;
    faults.garbageRate = 0.1;
    faults.omitRate = 0.2;

    const auto run = [this, &faults](quint64 seed, QList<int> &statuses, QStringList &omitted) {
        const auto sim = startSimulator();
        QVERIFY(sim);
        faults.seed = seed;
        sim->setFaults(faults);
        for (int i = 0; i < 50; ++i) {
            const Reply reply = post(*sim, u"register"_s, people(4, u"r%1-"_s.arg(i)));
            QVERIFY(reply.status >= 0);
        }
        // What the simulator saw, Qt's silent re-sends after a reset included.
        statuses = recordedStatuses(*sim);
        omitted = sim->omittedEmails();
    };

    QList<int> first;
    QList<int> second;
    QList<int> other;
    QStringList firstOmitted;
    QStringList secondOmitted;
    QStringList otherOmitted;
    run(2026, first, firstOmitted);
    run(2026, second, secondOmitted);
    run(2027, other, otherOmitted);
    QCOMPARE(second, first);
    QCOMPARE(secondOmitted, firstOmitted);
    QVERIFY(other != first || otherOmitted != firstOmitted);

    // Mixed rates really mixed.
    for (const int status : {0, 200, 500, 502, 503})
        QVERIFY2(first.contains(status), qPrintable(QString::number(status)));
    QVERIFY(!firstOmitted.isEmpty());
}

void TestSimulatorFaults::breakdownShape_data()
{
    QTest::addColumn<QString>("family");
    QTest::newRow("v3") << QString(kV3);
    QTest::newRow("2026-03") << QString(kDated);
}

void TestSimulatorFaults::breakdownShape()
{
    QFETCH(QString, family);
    const QJsonObject ada {{u"firstname"_s, u"Ada"_s}, {u"lastname"_s, u"Lovelace"_s}};
    // 45 minutes of a one-hour webinar.
    const QJsonObject stayed {
        {u"joinedAt"_s, u"1767261600000"_s}, {u"leftAt"_s, u"1767264300000"_s}};
    const QJsonArray inputs {input(u"Ada@Example.com"_s, ada, stayed)};
    const Reply posted
        = send(*m_sim, "POST", attendancePath(family, u"attend"_s), kDemoAuth, inputsBody(inputs));
    QCOMPARE(posted.status, 200);

    const Reply reply = get(*m_sim, family + u"/participations/"_s + kWebinarId + u"/breakdown"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"total"_s).toInt(), 1);
    QVERIFY(!reply.json.contains(u"paging"_s));
    const QJsonArray results = reply.json.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject entry = results.at(0).toObject();

    QVERIFY(entry.value(u"id"_s).isString());
    QVERIFY(!entry.value(u"id"_s).toString().isEmpty());
    QVERIFY(
        QDateTime::fromString(entry.value(u"createdAt"_s).toString(), Qt::ISODateWithMs).isValid());
    const qint64 vid = HubSpotSimulator::contactIdFor(u"ada@example.com"_s);
    QCOMPARE(entry.value(u"properties"_s).toObject(),
        (QJsonObject {
            {u"attendanceState"_s, u"ATTENDED"_s},
            {u"occurredAt"_s, kInteraction},
            {u"attendanceDurationSeconds"_s, 2700},
            {u"attendancePercentage"_s, u"75"_s},
        }));
    QCOMPARE(entry.value(u"associations"_s).toObject(),
        (QJsonObject {
            {u"contact"_s,
                QJsonObject {
                    {u"contactId"_s, QString::number(vid)},
                    {u"email"_s, u"ada@example.com"_s},
                    {u"firstname"_s, u"Ada"_s},
                    {u"lastname"_s, u"Lovelace"_s},
                }},
            {u"marketingEvent"_s,
                QJsonObject {
                    {u"marketingEventId"_s, QString(kWebinarId)},
                    {u"name"_s, u"Webinar: Novedades de producto 2026"_s},
                }},
        }));
    QCOMPARE(entry.value(u"properties"_s)[u"occurredAt"_s].toInteger(), kInteraction);
}

void TestSimulatorFaults::breakdownPaging()
{
    const QStringList emails = people(25);
    QCOMPARE(post(*m_sim, u"register"_s, emails).status, 200);

    const Reply defaults = get(*m_sim, breakdownPath(kV3));
    QCOMPARE(defaults.json.value(u"total"_s).toInt(), 25);
    QCOMPARE(defaults.json.value(u"results"_s).toArray().size(), 10); // default limit

    QStringList seen;
    QUrlQuery query {{u"limit"_s, u"10"_s}};
    int pages = 0;
    while (true) {
        const Reply page = get(*m_sim, breakdownPath(kDated), query);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(u"total"_s).toInt(), 25); // every match, not the page
        ++pages;
        const QJsonArray results = page.json.value(u"results"_s).toArray();
        for (const auto &result : results)
            seen.append(result[u"associations"_s][u"contact"_s][u"email"_s].toString());
        if (!page.json.contains(u"paging"_s))
            break;
        const QJsonObject next = page.json[u"paging"_s][u"next"_s].toObject();
        const QString after = next.value(u"after"_s).toString();
        QVERIFY(!after.isEmpty());
        const QUrl link(next.value(u"link"_s).toString());
        QCOMPARE(link.path(), breakdownPath(kDated));
        QCOMPARE(QUrlQuery(link).queryItemValue(u"after"_s), after);
        QVERIFY(pages < 5);
        query = QUrlQuery {{u"limit"_s, u"10"_s}, {u"after"_s, after}};
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen, emails); // in the order the contacts were first recorded

    const Reply all = get(*m_sim, breakdownPath(kV3), QUrlQuery {{u"limit"_s, u"100"_s}});
    QCOMPARE(all.json.value(u"results"_s).toArray().size(), 25);
    QVERIFY(!all.json.contains(u"paging"_s));
}

void TestSimulatorFaults::breakdownFilters()
{
    QCOMPARE(post(*m_sim, u"register"_s, people(5)).status, 200);
    const QStringList attendees {u"person1@example.com"_s, u"person3@example.com"_s};
    QCOMPARE(post(*m_sim, u"attend"_s, attendees).status, 200);
    QCOMPARE(post(*m_sim, u"cancel"_s, {u"person4@example.com"_s}).status, 200);

    const auto emailsOf = [](const Reply &reply) {
        QStringList emails;
        const QJsonArray results = reply.json.value(u"results"_s).toArray();
        for (const auto &result : results)
            emails.append(result[u"associations"_s][u"contact"_s][u"email"_s].toString());
        return emails;
    };
    const auto breakdown
        = [this](const QUrlQuery &query) { return get(*m_sim, breakdownPath(kV3), query); };

    const Reply attended = breakdown({{u"state"_s, u"ATTENDED"_s}});
    QCOMPARE(attended.json.value(u"total"_s).toInt(), 2);
    QCOMPARE(emailsOf(attended), attendees);
    const QJsonObject properties = attended.json[u"results"_s][0][u"properties"_s].toObject();
    QCOMPARE(properties.value(u"attendanceDurationSeconds"_s).toInt(), 0); // no joinedAt/leftAt
    QCOMPARE(emailsOf(breakdown({{u"state"_s, u"REGISTERED"_s}})),
        (QStringList {u"person0@example.com"_s, u"person2@example.com"_s}));
    QCOMPARE(emailsOf(breakdown({{u"state"_s, u"CANCELLED"_s}})),
        QStringList {u"person4@example.com"_s});
    QCOMPARE(breakdown({{u"state"_s, u"NO_SHOW"_s}}).json.value(u"total"_s).toInt(), 0);

    // contactIdentifier: an email, in any case and percent-encoded, or the contact id.
    const Reply byEmail = breakdown({{u"contactIdentifier"_s, u"PERSON3%40example.com"_s}});
    QCOMPARE(byEmail.json.value(u"total"_s).toInt(), 1);
    QCOMPARE(emailsOf(byEmail), QStringList {u"person3@example.com"_s});
    const QString vid = QString::number(HubSpotSimulator::contactIdFor(u"person4@example.com"_s));
    const Reply byId = breakdown({{u"contactIdentifier"_s, vid}});
    QCOMPARE(emailsOf(byId), QStringList {u"person4@example.com"_s});
    QCOMPARE(byId.json[u"results"_s][0][u"associations"_s][u"contact"_s][u"contactId"_s].toString(),
        vid);
    QCOMPARE(breakdown({{u"contactIdentifier"_s, u"nobody@example.com"_s}})
                 .json.value(u"total"_s)
                 .toInt(),
        0);
    QCOMPARE(breakdown({{u"contactIdentifier"_s, u"person3@example.com"_s},
                           {u"state"_s, u"REGISTERED"_s}})
                 .json.value(u"total"_s)
                 .toInt(),
        0);

    // Another event has its own participations.
    QCOMPARE(get(*m_sim, breakdownPath(kV3, u"412934703"_s)).json.value(u"total"_s).toInt(), 0);
}

void TestSimulatorFaults::breakdownValidation()
{
    const auto status
        = [this](const QString &path, const QUrlQuery &query) { return get(*m_sim, path, query); };
    for (const auto &[key, value] :
        {std::pair {u"limit"_s, u"101"_s}, std::pair {u"limit"_s, u"0"_s},
            std::pair {u"state"_s, u"attended"_s}, std::pair {u"after"_s, u"!!"_s}}) {
        const Reply reply = status(breakdownPath(kV3), QUrlQuery {{key, value}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"category"_s).toString(), u"VALIDATION_ERROR"_s);
        QCOMPARE(reply.json[u"errors"_s][0][u"in"_s].toString(), key);
    }
    QCOMPARE(status(breakdownPath(kV3, u"123"_s), {}).status, 404);

    m_sim->addToken(u"write-only"_s, {QString(kWriteScope)});
    const Reply forbidden = send(*m_sim, "GET", breakdownPath(kDated), "Bearer write-only");
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.json[u"errors"_s][0][u"context"_s][u"requiredGranularScopes"_s].toArray(),
        QJsonArray {QString(kReadScope)});
    QCOMPARE(send(*m_sim, "POST", breakdownPath(kV3), kDemoAuth, "{}").status, 405);
}

void TestSimulatorFaults::contactPropertiesOnlyOnCreation()
{
    const QJsonArray first {input(
        u"grace@example.org"_s, {{u"firstname"_s, u"Grace"_s}, {u"lastname"_s, u"Hopper"_s}})};
    const QJsonArray later {input(u"GRACE@example.org"_s, {{u"firstname"_s, u"Amazing"_s}})};
    const QString registerPath = attendancePath(kV3, u"register"_s);
    const QString attendPath = attendancePath(kV3, u"attend"_s);
    QCOMPARE(send(*m_sim, "POST", registerPath, kDemoAuth, inputsBody(first)).status, 200);
    QCOMPARE(send(*m_sim, "POST", attendPath, kDemoAuth, inputsBody(later)).status, 200);
    const Reply reply = get(*m_sim, breakdownPath(kV3));
    QCOMPARE(reply.json.value(u"total"_s).toInt(), 1);
    const QJsonObject entry = reply.json[u"results"_s][0].toObject();
    QCOMPARE(entry[u"properties"_s][u"attendanceState"_s].toString(), u"ATTENDED"_s);
    QCOMPARE(entry[u"associations"_s][u"contact"_s][u"firstname"_s].toString(), u"Grace"_s);
    QCOMPARE(entry[u"associations"_s][u"contact"_s][u"lastname"_s].toString(), u"Hopper"_s);

    // A contact created without names has none in the breakdown.
    QCOMPARE(post(*m_sim, u"register"_s, {u"anon@example.com"_s}).status, 200);
    const Reply anon = get(
        *m_sim, breakdownPath(kV3), QUrlQuery {{u"contactIdentifier"_s, u"anon@example.com"_s}});
    const QJsonObject contact
        = anon.json[u"results"_s][0][u"associations"_s][u"contact"_s].toObject();
    QCOMPARE(contact.value(u"email"_s).toString(), u"anon@example.com"_s);
    QVERIFY(!contact.contains(u"firstname"_s));
}

QTEST_GUILESS_MAIN(TestSimulatorFaults)
#include "TestSimulatorFaults.moc"
