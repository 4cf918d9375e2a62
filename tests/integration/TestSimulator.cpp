// SPDX-License-Identifier: GPL-3.0-or-later
// The HubSpot simulator over real HTTP: a QNetworkAccessManager against 127.0.0.1:<any port>.
#include "HubSpotSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace Qt::StringLiterals;
using attendance::sim::HubSpotSimulator;
using attendance::sim::SimulatedEvent;

namespace {

constexpr auto kV3 = "/marketing/v3/marketing-events"_L1;
constexpr auto kDated = "/marketing/marketing-events/2026-03"_L1;
constexpr auto kReadScope = "crm.objects.marketing_events.read"_L1;
constexpr auto kWriteScope = "crm.objects.marketing_events.write"_L1;
constexpr auto kReadOnlyToken = "read-only-token"_L1;
constexpr auto kWriteOnlyToken = "write-only-token"_L1;
constexpr auto kWebinarId = "412934701"_L1; // "Webinar: Novedades de producto 2026" in seedDemo()
constexpr auto kConferenceId = "412934703"_L1;
constexpr qint64 kTwoTo32 = qint64(1) << 32;

const QByteArray kDemoAuth = "Bearer " + QByteArray(HubSpotSimulator::kDemoToken.data());

/// What came back, read eagerly so the reply can go.
struct Reply
{
    int status = -1; ///< -1: no answer within the timeout.
    QJsonObject json;
    QByteArray raw;
    QHash<QByteArray, QByteArray> headers; ///< Lower-cased names.

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject firstError() const { return json.value(u"errors"_s).toArray().at(0).toObject(); }
};

QByteArray attendanceBody(const QJsonArray &inputs)
{
    return QJsonDocument(QJsonObject {{u"inputs"_s, inputs}}).toJson(QJsonDocument::Compact);
}

QJsonObject input(const QString &email)
{
    return QJsonObject {{u"email"_s, email}, {u"interactionDateTime"_s, qint64(1767261600000)},
        {u"contactProperties"_s, QJsonObject {}}, {u"properties"_s, QJsonObject {}}};
}

QString attendancePath(QLatin1StringView family, const QString &objectId, const QString &state)
{
    return family + u'/' + objectId + u"/attendance/"_s + state + u"/email-create"_s;
}

bool isIsoTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid();
}

} // namespace

class TestSimulator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listensOnLoopbackOnly();
    void seedDemoEvents();
    void listPaging_data();
    void listPaging();
    void listDefaultLimitAndSorting();
    void listLimitValidation_data();
    void listLimitValidation();
    void listRejectsBadCursor();
    void getOne_data();
    void getOne();
    void unknownEventIs404();
    void unknownPathAndWrongMethod();
    void unauthenticated_data();
    void unauthenticated();
    void missingScope();
    void checksInHubSpotOrder();
    void malformedBody_data();
    void malformedBody();
    void invalidEmailsGoToErrors();
    void contactIdsAreStable();
    void countersFollowStates();
    void rateLimitHeaders();
    void tenSecondlyRollingLimit();
    void retryAfterWhenAsked();
    void dailyLimit();
    void requestsAreRecorded();

private:
    std::unique_ptr<HubSpotSimulator> startSimulator(const HubSpotSimulator::Options &options);
    Reply send(HubSpotSimulator &sim, const QByteArray &verb, const QString &path,
        const QByteArray &authorization, const QByteArray &body = {}, const QUrlQuery &query = {});
    Reply get(const QString &path, const QUrlQuery &query = {})
    {
        return send(*m_sim, "GET", path, kDemoAuth, {}, query);
    }
    Reply post(const QString &path, const QByteArray &body)
    {
        return send(*m_sim, "POST", path, kDemoAuth, body);
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<HubSpotSimulator> m_sim; // seeded with the demo data, default options
};

std::unique_ptr<HubSpotSimulator> TestSimulator::startSimulator(
    const HubSpotSimulator::Options &options)
{
    auto sim = std::make_unique<HubSpotSimulator>(options);
    sim->seedDemo();
    sim->addToken(kReadOnlyToken, {kReadScope});
    sim->addToken(kWriteOnlyToken, {kWriteScope});
    if (!sim->listen())
        return nullptr;
    return sim;
}

Reply TestSimulator::send(HubSpotSimulator &sim, const QByteArray &verb, const QString &path,
    const QByteArray &authorization, const QByteArray &body, const QUrlQuery &query)
{
    QUrl url = sim.baseUrl();
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    if (!authorization.isNull())
        request.setRawHeader("Authorization", authorization);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));

    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Reply result;
    if (!finished.wait(5000))
        return result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.raw = reply->readAll();
    result.json = QJsonDocument::fromJson(result.raw).object();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &pair : pairs)
        result.headers.insert(pair.first.toLower(), pair.second);
    return result;
}

void TestSimulator::init()
{
    // A proxy from the environment would swallow loopback traffic.
    m_nam.setProxy(QNetworkProxy::NoProxy);
    m_sim = startSimulator({});
    QVERIFY(m_sim);
}

void TestSimulator::cleanup()
{
    m_sim.reset();
}

void TestSimulator::listensOnLoopbackOnly()
{
    QVERIFY(m_sim->port() > 0);
    QCOMPARE(m_sim->baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(m_sim->baseUrl().port(), int(m_sim->port()));
    QCOMPARE(m_sim->baseUrl().scheme(), u"http"_s);
    QVERIFY(!m_sim->listen()); // once only

    HubSpotSimulator idle;
    QCOMPARE(idle.port(), quint16(0));
    QVERIFY(idle.baseUrl().isEmpty());
}

void TestSimulator::seedDemoEvents()
{
    const QList<SimulatedEvent> events = m_sim->events();
    QCOMPARE(events.size(), 6);
    QCOMPARE(events.first().objectId, QString(kWebinarId));
    QCOMPARE(events.first().eventName, u"Webinar: Novedades de producto 2026"_s);
    int cancelled = 0;
    int past = 0;
    const QRegularExpression numeric(u"^[0-9]+$"_s);
    for (const SimulatedEvent &event : events) {
        QVERIFY2(numeric.match(event.objectId).hasMatch(), qPrintable(event.objectId));
        QVERIFY(!event.eventName.isEmpty());
        QVERIFY(event.startDateTime.isValid() && event.endDateTime > event.startDateTime);
        cancelled += event.eventCancelled ? 1 : 0;
        past += event.endDateTime < QDateTime::currentDateTimeUtc() ? 1 : 0;
        const auto counters = m_sim->counters(event.objectId);
        QCOMPARE(counters.registered + counters.attended + counters.cancelled, 0);
    }
    QCOMPARE(cancelled, 1);
    QCOMPARE(past, 1);
}

void TestSimulator::listPaging_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("v3 with slash") << QString(kV3 + u'/');
    QTest::newRow("v3 without slash") << QString(kV3);
    QTest::newRow("2026-03") << QString(kDated);
}

void TestSimulator::listPaging()
{
    QFETCH(QString, path);
    QStringList seen;
    QUrlQuery query {{u"limit"_s, u"2"_s}};
    int pages = 0;
    while (true) {
        const Reply reply = get(path, query);
        QCOMPARE(reply.status, 200);
        ++pages;
        const QJsonArray results = reply.json.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 2);
        for (const auto &value : results)
            seen.append(value.toObject().value(u"objectId"_s).toString());
        if (!reply.json.contains(u"paging"_s))
            break;
        const QJsonObject next
            = reply.json.value(u"paging"_s).toObject().value(u"next"_s).toObject();
        const QString after = next.value(u"after"_s).toString();
        QVERIFY(!after.isEmpty());
        const QUrl link(next.value(u"link"_s).toString());
        QCOMPARE(link.host(), u"127.0.0.1"_s);
        QCOMPARE(link.port(), int(m_sim->port()));
        QCOMPARE(link.path(), path);
        QCOMPARE(QUrlQuery(link).queryItemValue(u"after"_s), after);
        QVERIFY(pages < 5);
        query = QUrlQuery {{u"limit"_s, u"2"_s}, {u"after"_s, after}};
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen,
        (QStringList {u"412934701"_s, u"412934702"_s, u"412934703"_s, u"412934704"_s,
            u"412934705"_s, u"412934706"_s}));
}

void TestSimulator::listDefaultLimitAndSorting()
{
    // Numeric order: "99" before "412934701" before "1000000000000", whatever the insertion order.
    for (const QString &id : {u"1000000000000"_s, u"99"_s, u"500000000"_s}) {
        SimulatedEvent event;
        event.objectId = id;
        event.eventName = u"Extra "_s + id;
        m_sim->addEvent(event);
    }
    for (int i = 0; i < 3; ++i) {
        SimulatedEvent event; // no id: the simulator assigns one
        event.eventName = u"Generated %1"_s.arg(i);
        m_sim->addEvent(event);
    }
    QCOMPARE(m_sim->events().size(), 12);

    const Reply first = get(QString(kV3));
    QCOMPARE(first.status, 200);
    const QJsonArray results = first.json.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 10);
    const QString after = first.json[u"paging"_s][u"next"_s][u"after"_s].toString();
    QVERIFY(!after.isEmpty());

    const Reply second = get(QString(kV3), QUrlQuery {{u"after"_s, after}});
    QCOMPARE(second.status, 200);
    const QJsonArray rest = second.json.value(u"results"_s).toArray();
    QCOMPARE(rest.size(), 2);
    QVERIFY(!second.json.contains(u"paging"_s));

    QStringList ids;
    for (const QJsonArray &page : {results, rest}) {
        for (const auto &value : page)
            ids.append(value[u"objectId"_s].toString());
    }
    // Generated ids continue past the largest numeric id, so they sort last.
    QCOMPARE(ids,
        (QStringList {u"99"_s, u"412934701"_s, u"412934702"_s, u"412934703"_s, u"412934704"_s,
            u"412934705"_s, u"412934706"_s, u"500000000"_s, u"1000000000000"_s, u"1000000000001"_s,
            u"1000000000002"_s, u"1000000000003"_s}));
}

void TestSimulator::listLimitValidation_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");
    QTest::newRow("100 is the maximum") << u"100"_s << 200 << 6;
    QTest::newRow("1") << u"1"_s << 200 << 1;
    QTest::newRow("101") << u"101"_s << 400 << 0;
    QTest::newRow("0") << u"0"_s << 400 << 0;
    QTest::newRow("negative") << u"-5"_s << 400 << 0;
    QTest::newRow("not a number") << u"ten"_s << 400 << 0;
    QTest::newRow("fraction") << u"2.5"_s << 400 << 0;
}

void TestSimulator::listLimitValidation()
{
    QFETCH(QString, limit);
    QFETCH(int, status);
    QFETCH(int, count);
    const Reply reply = get(QString(kDated), QUrlQuery {{u"limit"_s, limit}});
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.json.value(u"results"_s).toArray().size(), count);
        return;
    }
    QCOMPARE(reply.json.value(u"status"_s).toString(), u"error"_s);
    QCOMPARE(reply.json.value(u"category"_s).toString(), u"VALIDATION_ERROR"_s);
    QVERIFY(reply.json.value(u"message"_s).toString().contains(u"limit"_s));
    QCOMPARE(reply.firstError().value(u"in"_s).toString(), u"limit"_s);
}

void TestSimulator::listRejectsBadCursor()
{
    const Reply reply = get(QString(kV3), QUrlQuery {{u"after"_s, u"!!not-base64!!"_s}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value(u"category"_s).toString(), u"VALIDATION_ERROR"_s);
    QCOMPARE(reply.firstError().value(u"in"_s).toString(), u"after"_s);
}

void TestSimulator::getOne_data()
{
    QTest::addColumn<QString>("family");
    QTest::newRow("v3") << QString(kV3);
    QTest::newRow("2026-03") << QString(kDated);
}

void TestSimulator::getOne()
{
    QFETCH(QString, family);
    const Reply reply = get(family + u'/' + kWebinarId);
    QCOMPARE(reply.status, 200);
    const QJsonObject &event = reply.json;
    QCOMPARE(event.value(u"objectId"_s).toString(), QString(kWebinarId));
    QCOMPARE(event.value(u"eventName"_s).toString(), u"Webinar: Novedades de producto 2026"_s);
    QCOMPARE(event.value(u"eventType"_s).toString(), u"WEBINAR"_s);
    QCOMPARE(event.value(u"eventOrganizer"_s).toString(), u"Equipo de Producto"_s);
    QCOMPARE(event.value(u"appInfo"_s).toObject().value(u"name"_s).toString(), u"Zoom"_s);
    QVERIFY(!event.value(u"appInfo"_s).toObject().value(u"id"_s).toString().isEmpty());
    QVERIFY(event.value(u"customProperties"_s).isArray());
    QCOMPARE(event.value(u"customProperties"_s).toArray().size(), 0);
    QVERIFY(isIsoTime(event.value(u"createdAt"_s)));
    QVERIFY(isIsoTime(event.value(u"updatedAt"_s)));
    QVERIFY(isIsoTime(event.value(u"startDateTime"_s)));
    QVERIFY(event.value(u"startDateTime"_s).toString().endsWith(u'Z'));
    QCOMPARE(event.value(u"eventCancelled"_s), QJsonValue(false));
    QCOMPARE(event.value(u"eventCompleted"_s), QJsonValue(false));
    for (const QString &counter :
        {u"registrants"_s, u"attendees"_s, u"cancellations"_s, u"noShows"_s})
        QCOMPARE(event.value(counter), QJsonValue(0));

    const Reply cancelled = get(family + u"/412934706"_s);
    QCOMPARE(cancelled.json.value(u"eventCancelled"_s), QJsonValue(true));
    const Reply conference = get(family + u'/' + kConferenceId);
    QVERIFY(!conference.json.contains(u"appInfo"_s)); // optional fields are omitted when unset
}

void TestSimulator::unknownEventIs404()
{
    const Reply reply = get(kV3 + u"/123"_s);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json.value(u"status"_s).toString(), u"error"_s);
    QCOMPARE(reply.json.value(u"category"_s).toString(), u"OBJECT_NOT_FOUND"_s);
    QCOMPARE(reply.json.value(u"message"_s).toString(), u"Marketing event 123 not found"_s);
    const QString correlationId = reply.json.value(u"correlationId"_s).toString();
    QVERIFY(!QUuid::fromString(correlationId).isNull());
    QCOMPARE(reply.header("X-HubSpot-Correlation-Id"), correlationId.toLatin1());

    const Reply counters = get(kDated + u"/participations/123"_s);
    QCOMPARE(counters.status, 404);
    QVERIFY(counters.json.value(u"correlationId"_s).toString() != correlationId); // fresh per call
}

void TestSimulator::unknownPathAndWrongMethod()
{
    const Reply unknown = get(u"/crm/v3/objects/contacts"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json.value(u"status"_s).toString(), u"error"_s);
    QCOMPARE(unknown.json.value(u"category"_s).toString(), u"OBJECT_NOT_FOUND"_s);
    QVERIFY(!unknown.header("X-HubSpot-RateLimit-Max").isEmpty());

    const Reply nested = get(kV3 + u'/' + kWebinarId + u"/attendance"_s);
    QCOMPARE(nested.status, 404);

    const Reply remove = send(*m_sim, "DELETE", kV3 + u'/' + kWebinarId, kDemoAuth);
    QCOMPARE(remove.status, 405);
    QCOMPARE(remove.header("Allow"), QByteArray("GET"));
    QCOMPARE(remove.json.value(u"status"_s).toString(), u"error"_s);

    const Reply getAttendance = get(attendancePath(kV3, kWebinarId, u"register"_s));
    QCOMPARE(getAttendance.status, 405);
    QCOMPARE(getAttendance.header("Allow"), QByteArray("POST"));

    const Reply postList = post(QString(kDated), attendanceBody({}));
    QCOMPARE(postList.status, 405);
}

void TestSimulator::unauthenticated_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("no header") << QByteArray();
    QTest::newRow("unknown token")
        << QByteArray("Bearer pat-na1-00000000-0000-0000-0000-000000000000");
    QTest::newRow("Bearer Bearer") << QByteArray("Bearer " + kDemoAuth);
    QTest::newRow("no scheme") << QByteArray(HubSpotSimulator::kDemoToken.data());
    QTest::newRow("basic scheme") << QByteArray("Basic ZGVtbzpkZW1v");
    QTest::newRow("empty token") << QByteArray("Bearer ");
}

void TestSimulator::unauthenticated()
{
    QFETCH(QByteArray, authorization);
    const Reply list = send(*m_sim, "GET", QString(kV3), authorization);
    const Reply write = send(*m_sim, "POST", attendancePath(kDated, kWebinarId, u"register"_s),
        authorization, attendanceBody({input(u"ada@example.com"_s)}));
    for (const Reply &reply : {list, write}) {
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json.value(u"status"_s).toString(), u"error"_s);
        QCOMPARE(reply.json.value(u"category"_s).toString(), u"INVALID_AUTHENTICATION"_s);
        QVERIFY(reply.json.value(u"message"_s)
                    .toString()
                    .startsWith(u"Authentication credentials not found."_s));
        QVERIFY(!QUuid::fromString(reply.json.value(u"correlationId"_s).toString()).isNull());
        QCOMPARE(reply.header("x-hubspot-auth-failure"), QByteArray("401 Unauthorized"));
    }
    QCOMPARE(m_sim->counters(kWebinarId).registered, 0);
}

void TestSimulator::missingScope()
{
    const QByteArray readOnly = "Bearer " + QByteArray(kReadOnlyToken.data());
    const QByteArray writeOnly = "Bearer " + QByteArray(kWriteOnlyToken.data());

    QCOMPARE(send(*m_sim, "GET", QString(kV3), readOnly).status, 200);

    const Reply write = send(*m_sim, "POST", attendancePath(kV3, kWebinarId, u"attend"_s), readOnly,
        attendanceBody({input(u"ada@example.com"_s)}));
    QCOMPARE(write.status, 403);
    QCOMPARE(write.json.value(u"status"_s).toString(), u"error"_s);
    QCOMPARE(write.json.value(u"category"_s).toString(), u"MISSING_SCOPES"_s);
    QCOMPARE(write.firstError()[u"context"_s][u"requiredGranularScopes"_s].toArray(),
        QJsonArray {QString(kWriteScope)});
    QCOMPARE(m_sim->counters(kWebinarId).attended, 0);

    for (const QString &path : {QString(kDated), QString(kV3 + u'/' + kWebinarId),
             QString(kV3 + u"/participations/"_s + kWebinarId)}) {
        const Reply read = send(*m_sim, "GET", path, writeOnly);
        QCOMPARE(read.status, 403);
        QCOMPARE(read.firstError()[u"context"_s][u"requiredGranularScopes"_s].toArray(),
            QJsonArray {QString(kReadScope)});
    }
}

void TestSimulator::checksInHubSpotOrder()
{
    const QString unknownEventBadState = attendancePath(kV3, u"999"_s, u"attended"_s);
    const QByteArray badBody = "not json";
    const QByteArray readOnly = "Bearer " + QByteArray(kReadOnlyToken.data());

    QCOMPARE(send(*m_sim, "POST", unknownEventBadState, "Bearer nope", badBody).status, 401);
    QCOMPARE(send(*m_sim, "POST", unknownEventBadState, readOnly, badBody).status, 403);
    const Reply notFound = post(unknownEventBadState, badBody);
    QCOMPARE(notFound.status, 404);
    QCOMPARE(notFound.json.value(u"message"_s).toString(), u"Marketing event 999 not found"_s);

    const Reply badState = post(attendancePath(kV3, kWebinarId, u"attended"_s), badBody);
    QCOMPARE(badState.status, 400);
    QCOMPARE(badState.firstError().value(u"in"_s).toString(), u"subscriberState"_s);
}

void TestSimulator::malformedBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");

    const auto withFirst = [](const QJsonObject &first) {
        return attendanceBody({first, input(u"grace@example.org"_s)});
    };
    QJsonObject noEmail = input(u"x@example.com"_s);
    noEmail.remove(u"email"_s);
    QJsonObject numericEmail = input(u"x@example.com"_s);
    numericEmail[u"email"_s] = 42;
    QJsonObject noTime = input(u"x@example.com"_s);
    noTime.remove(u"interactionDateTime"_s);
    QJsonObject fractionTime = input(u"x@example.com"_s);
    fractionTime[u"interactionDateTime"_s] = 1767261600000.5;
    QJsonObject stringTime = input(u"x@example.com"_s);
    stringTime[u"interactionDateTime"_s] = u"1767261600000"_s;
    QJsonObject isoTime = input(u"x@example.com"_s);
    isoTime[u"interactionDateTime"_s] = u"2026-01-01T10:00:00Z"_s;
    QJsonObject contactArray = input(u"x@example.com"_s);
    contactArray[u"contactProperties"_s] = QJsonArray {u"firstname"_s};
    QJsonObject contactNumber = input(u"x@example.com"_s);
    contactNumber[u"contactProperties"_s] = QJsonObject {{u"firstname"_s, 5}};
    QJsonObject propertiesNull = input(u"x@example.com"_s);
    propertiesNull[u"properties"_s] = QJsonValue::Null;
    QJsonObject propertiesNumber = input(u"x@example.com"_s);
    propertiesNumber[u"properties"_s] = QJsonObject {{u"joinedAt"_s, qint64(1767261600000)}};

    QTest::newRow("not JSON") << QByteArray("{\"inputs\": [") << u"body"_s;
    QTest::newRow("empty body") << QByteArray() << u"body"_s;
    QTest::newRow("array body") << QByteArray("[]") << u"body"_s;
    QTest::newRow("missing inputs") << QByteArray("{}") << u"inputs"_s;
    QTest::newRow("inputs not array") << QByteArray("{\"inputs\":{}}") << u"inputs"_s;
    QTest::newRow("input not object")
        << attendanceBody({input(u"ada@example.com"_s), 5}) << u"inputs[1]"_s;
    QTest::newRow("email missing") << withFirst(noEmail) << u"inputs[0].email"_s;
    QTest::newRow("email not string") << withFirst(numericEmail) << u"inputs[0].email"_s;
    QTest::newRow("time missing") << withFirst(noTime) << u"inputs[0].interactionDateTime"_s;
    QTest::newRow("time fractional")
        << withFirst(fractionTime) << u"inputs[0].interactionDateTime"_s;
    QTest::newRow("time numeric string")
        << withFirst(stringTime) << u"inputs[0].interactionDateTime"_s;
    QTest::newRow("time ISO string") << withFirst(isoTime) << u"inputs[0].interactionDateTime"_s;
    QTest::newRow("second input bad") << attendanceBody({input(u"ada@example.com"_s), noTime})
                                      << u"inputs[1].interactionDateTime"_s;
    QTest::newRow("contactProperties array")
        << withFirst(contactArray) << u"inputs[0].contactProperties"_s;
    QTest::newRow("contactProperties number value")
        << withFirst(contactNumber) << u"inputs[0].contactProperties.firstname"_s;
    QTest::newRow("properties null") << withFirst(propertiesNull) << u"inputs[0].properties"_s;
    QTest::newRow("properties number value")
        << withFirst(propertiesNumber) << u"inputs[0].properties.joinedAt"_s;
}

void TestSimulator::malformedBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const Reply reply = post(attendancePath(kV3, kWebinarId, u"register"_s), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json.value(u"status"_s).toString(), u"error"_s);
    QCOMPARE(reply.json.value(u"category"_s).toString(), u"VALIDATION_ERROR"_s);
    QVERIFY(!reply.json.value(u"correlationId"_s).toString().isEmpty());
    const QString message = reply.json.value(u"message"_s).toString();
    QVERIFY2(message.contains(field), qPrintable(message));
    QCOMPARE(reply.firstError().value(u"in"_s).toString(), field);
    // A rejected batch records nothing, not even its valid inputs.
    QCOMPARE(m_sim->counters(kWebinarId).registered, 0);
}

void TestSimulator::invalidEmailsGoToErrors()
{
    const QStringList invalid {u"not-an-email"_s, u"two@@example.com"_s, u"a b@example.com"_s,
        u"nodot@localhost"_s, u"@example.com"_s, u""_s};
    QJsonArray inputs {input(u"Ada@Example.com"_s)};
    for (const QString &email : invalid)
        inputs.append(input(email));
    inputs.append(input(u"grace@example.org"_s));

    const Reply reply
        = post(attendancePath(kDated, kWebinarId, u"register"_s), attendanceBody(inputs));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"status"_s).toString(), u"COMPLETE"_s);
    for (const QString &key : {u"requestedAt"_s, u"startedAt"_s, u"completedAt"_s})
        QVERIFY2(isIsoTime(reply.json.value(key)), qPrintable(key));

    const QJsonArray results = reply.json.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0)[u"email"_s].toString(), u"ada@example.com"_s); // stored lower-cased
    QCOMPARE(results.at(0)[u"vid"_s].toInteger(), qint64(12647241075));
    QCOMPARE(results.at(1)[u"email"_s].toString(), u"grace@example.org"_s);
    QCOMPARE(results.at(1)[u"vid"_s].toInteger(), qint64(7378687438));
    for (const auto &result : results)
        QVERIFY(result[u"vid"_s].toInteger() > kTwoTo32);

    QCOMPARE(reply.json.value(u"numErrors"_s).toInt(), invalid.size());
    const QJsonArray errors = reply.json.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), invalid.size());
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const QJsonObject error = errors.at(i).toObject();
        QCOMPARE(error.value(u"status"_s).toString(), u"error"_s);
        QCOMPARE(error.value(u"category"_s).toString(), u"VALIDATION_ERROR"_s);
        QCOMPARE(
            error.value(u"message"_s).toString(), u"Invalid email address: "_s + invalid.at(i));
        QCOMPARE(error[u"context"_s][u"emails"_s].toArray(), QJsonArray {invalid.at(i)});
        QCOMPARE(error[u"errors"_s][0][u"in"_s].toString(), u"email"_s);
        QVERIFY(error.value(u"links"_s).isObject());
    }
    QCOMPARE(m_sim->counters(kWebinarId).registered, 2);

    // All valid: no errors key at all.
    const Reply clean = post(attendancePath(kDated, kWebinarId, u"register"_s),
        attendanceBody({input(u"ada@example.com"_s)}));
    QCOMPARE(clean.status, 200);
    QVERIFY(!clean.json.contains(u"errors"_s));
    QVERIFY(!clean.json.contains(u"numErrors"_s));
}

void TestSimulator::contactIdsAreStable()
{
    const qint64 ada = HubSpotSimulator::contactIdFor(u"ada@example.com"_s);
    QCOMPARE(ada, qint64(12647241075)); // FNV-1a: identical on every machine and run
    QCOMPARE(HubSpotSimulator::contactIdFor(u"ADA@Example.COM"_s), ada);
    QVERIFY(HubSpotSimulator::contactIdFor(u"grace@example.org"_s) != ada);
    for (const QString &email : {u"a@b.co"_s, u""_s, u"zz@zz.zz"_s})
        QVERIFY(HubSpotSimulator::contactIdFor(email) > kTwoTo32);
}

void TestSimulator::countersFollowStates()
{
    const auto record = [this](const QString &state, const QStringList &emails) {
        QJsonArray inputs;
        for (const QString &email : emails)
            inputs.append(input(email));
        return post(attendancePath(kV3, kWebinarId, state), attendanceBody(inputs)).status;
    };
    const auto participations = [this](QLatin1StringView family) {
        return get(family + u"/participations/"_s + kWebinarId).json;
    };

    QCOMPARE(
        record(u"register"_s, {u"a@example.com"_s, u"b@example.com"_s, u"c@example.com"_s}), 200);
    QCOMPARE(m_sim->counters(kWebinarId).registered, 3);
    QCOMPARE(record(u"register"_s, {u"A@example.com"_s}), 200); // same contact, same state
    QCOMPARE(m_sim->counters(kWebinarId).registered, 3);
    QCOMPARE(record(u"attend"_s, {u"a@example.com"_s, u"d@example.com"_s}), 200);
    QCOMPARE(record(u"cancel"_s, {u"b@example.com"_s}), 200);

    const auto counters = m_sim->counters(kWebinarId);
    QCOMPARE(counters.registered, 1);
    QCOMPARE(counters.attended, 2);
    QCOMPARE(counters.cancelled, 1);
    QCOMPARE(counters.noShows, 0);

    for (const auto family : {kV3, kDated}) {
        const QJsonObject json = participations(family);
        QCOMPARE(json,
            (QJsonObject {
                {u"attended"_s, 2}, {u"cancelled"_s, 1}, {u"noShows"_s, 0}, {u"registered"_s, 1}}));
    }
    const QJsonObject event = get(kV3 + u'/' + kWebinarId).json;
    QCOMPARE(event.value(u"registrants"_s).toInt(), 1);
    QCOMPARE(event.value(u"attendees"_s).toInt(), 2);
    QCOMPARE(event.value(u"cancellations"_s).toInt(), 1);

    const auto other = m_sim->counters(kConferenceId);
    QCOMPARE(other.registered + other.attended + other.cancelled, 0);
    QCOMPARE(m_sim->counters(u"does-not-exist"_s).registered, 0);
}

void TestSimulator::rateLimitHeaders()
{
    const Reply first = get(QString(kV3));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.header("X-HubSpot-RateLimit-Max"), QByteArray("100"));
    QCOMPARE(first.header("X-HubSpot-RateLimit-Remaining"), QByteArray("99"));
    QCOMPARE(first.header("X-HubSpot-RateLimit-Interval-Milliseconds"), QByteArray("10000"));
    QCOMPARE(first.header("X-HubSpot-RateLimit-Daily"), QByteArray("250000"));
    QCOMPARE(first.header("X-HubSpot-RateLimit-Daily-Remaining"), QByteArray("249999"));
    QVERIFY(
        !QUuid::fromString(QString::fromLatin1(first.header("X-HubSpot-Correlation-Id"))).isNull());
    QVERIFY(first.header("Retry-After").isNull());

    const Reply second = get(kV3 + u'/' + kWebinarId);
    QCOMPARE(second.header("X-HubSpot-RateLimit-Remaining"), QByteArray("98"));

    // Refused requests are not charged: a 401 leaves the counts where they were.
    const Reply refused = send(*m_sim, "GET", QString(kV3), "Bearer nope");
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.header("X-HubSpot-RateLimit-Remaining"), QByteArray("98"));
    QCOMPARE(refused.header("X-HubSpot-RateLimit-Daily-Remaining"), QByteArray("249998"));
}

void TestSimulator::tenSecondlyRollingLimit()
{
    constexpr int kWindowMs = 1500;
    const auto sim = startSimulator({3, kWindowMs, 1000, false});
    QVERIFY(sim);
    const QString path = QString(kDated);

    QElapsedTimer elapsed;
    elapsed.start();
    for (const QByteArray expected : {"2", "1", "0"}) {
        const Reply ok = send(*sim, "GET", path, kDemoAuth);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.header("X-HubSpot-RateLimit-Remaining"), expected);
    }
    for (int i = 0; i < 2; ++i) { // the second 429 proves the first was not charged either way
        const Reply limited = send(*sim, "GET", path, kDemoAuth);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json,
            (QJsonObject {
                {u"status"_s, u"error"_s},
                {u"message"_s, u"You have reached your ten_secondly_rolling limit."_s},
                {u"errorType"_s, u"RATE_LIMIT"_s},
                {u"correlationId"_s, limited.json.value(u"correlationId"_s)},
                {u"policyName"_s, u"TEN_SECONDLY_ROLLING"_s},
                {u"groupName"_s, limited.json.value(u"groupName"_s)},
            }));
        QVERIFY(limited.json.value(u"groupName"_s).toString().startsWith(u"publicapi:"_s));
        QVERIFY(!QUuid::fromString(limited.json.value(u"correlationId"_s).toString()).isNull());
        QCOMPARE(limited.header("X-HubSpot-RateLimit-Remaining"), QByteArray("0"));
        QVERIFY(limited.header("Retry-After").isNull()); // HubSpot documents none for 429
    }
    // Everything above must have happened inside one window for the 429s to mean anything.
    QVERIFY2(elapsed.elapsed() < kWindowMs, "machine too slow for this window");

    QTest::qWait(kWindowMs + 100);
    const Reply again = send(*sim, "GET", path, kDemoAuth);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("X-HubSpot-RateLimit-Remaining"), QByteArray("2"));
    QCOMPARE(again.header("X-HubSpot-RateLimit-Daily-Remaining"), QByteArray("996"));

    QList<int> statuses;
    for (const auto &request : sim->requests())
        statuses.append(request.status);
    QCOMPARE(statuses, (QList<int> {200, 200, 200, 429, 429, 200}));
}

void TestSimulator::retryAfterWhenAsked()
{
    const auto sim = startSimulator({1, 3000, 1000, true});
    QVERIFY(sim);
    QCOMPARE(send(*sim, "GET", QString(kV3), kDemoAuth).status, 200);
    const Reply limited = send(*sim, "GET", QString(kV3), kDemoAuth);
    QCOMPARE(limited.status, 429);
    bool ok = false;
    const int seconds = limited.header("Retry-After").toInt(&ok);
    QVERIFY(ok);
    QVERIFY2(seconds >= 1 && seconds <= 3, limited.header("Retry-After").constData());
}

void TestSimulator::dailyLimit()
{
    const auto sim = startSimulator({100, 10000, 2, false});
    QVERIFY(sim);
    QCOMPARE(send(*sim, "GET", QString(kV3), kDemoAuth).status, 200);
    const Reply last = send(*sim, "POST", attendancePath(kV3, kWebinarId, u"register"_s), kDemoAuth,
        attendanceBody({input(u"ada@example.com"_s)}));
    QCOMPARE(last.status, 200);
    QCOMPARE(last.header("X-HubSpot-RateLimit-Daily-Remaining"), QByteArray("0"));

    const Reply limited = send(*sim, "POST", attendancePath(kV3, kWebinarId, u"attend"_s),
        kDemoAuth, attendanceBody({input(u"ada@example.com"_s)}));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json.value(u"policyName"_s).toString(), u"DAILY"_s);
    QCOMPARE(limited.json.value(u"message"_s).toString(), u"You have reached your daily limit."_s);
    QCOMPARE(limited.json.value(u"errorType"_s).toString(), u"RATE_LIMIT"_s);
    QCOMPARE(limited.header("X-HubSpot-RateLimit-Daily"), QByteArray("2"));
    QCOMPARE(limited.header("X-HubSpot-RateLimit-Daily-Remaining"), QByteArray("0"));
    QCOMPARE(sim->counters(kWebinarId).registered, 1); // the refused attend changed nothing
    QCOMPARE(sim->counters(kWebinarId).attended, 0);
}

void TestSimulator::requestsAreRecorded()
{
    QSignalSpy handled(m_sim.get(), &HubSpotSimulator::requestHandled);
    const QByteArray body = attendanceBody({input(u"ada@example.com"_s)});
    QCOMPARE(post(attendancePath(kV3, kWebinarId, u"attend"_s), body).status, 200);
    QCOMPARE(get(QString(kDated), QUrlQuery {{u"limit"_s, u"3"_s}}).status, 200);
    QCOMPARE(send(*m_sim, "GET", QString(kDated), {}).status, 401);

    QTRY_COMPARE(handled.size(), 3);
    QCOMPARE(handled.at(0).at(0).toInt(), 200);
    QCOMPARE(handled.at(2).at(0).toInt(), 401);

    const auto requests = m_sim->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).method, QByteArray("POST"));
    QCOMPARE(requests.at(0).path, attendancePath(kV3, kWebinarId, u"attend"_s));
    QCOMPARE(requests.at(0).authorization, kDemoAuth);
    QCOMPARE(requests.at(0).body, body);
    QCOMPARE(requests.at(0).status, 200);
    QVERIFY(requests.at(0).receivedAt.isValid());
    QVERIFY(qAbs(requests.at(0).receivedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(requests.at(1).method, QByteArray("GET"));
    QCOMPARE(requests.at(1).path, QString(kDated));
    QCOMPARE(requests.at(1).query.queryItemValue(u"limit"_s), u"3"_s);
    QCOMPARE(requests.at(2).status, 401);
    QVERIFY(requests.at(2).authorization.isEmpty());

    m_sim->clearRequests();
    QVERIFY(m_sim->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "TestSimulator.moc"
