// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's contacts batch read by email, in HubSpot's shapes, over real HTTP on 127.0.0.1.
#include "HubSpotSimulator.h"

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
using attendance::sim::SimulatedContact;

namespace {

constexpr auto kPath = "/crm/v3/objects/contacts/batch/read"_L1;
const QByteArray kDemoAuth = "Bearer " + QByteArray(HubSpotSimulator::kDemoToken.data());

struct Reply
{
    int status = -1; ///< -1: no answer within the timeout.
    QJsonObject json;
};

QByteArray lookupBody(const QStringList &emails, const QString &idProperty = u"email"_s)
{
    QJsonArray inputs;
    for (const QString &email : emails)
        inputs.append(QJsonObject {{u"id"_s, email}});
    QJsonObject body {{u"inputs"_s, inputs}, {u"properties"_s, QJsonArray {u"email"_s}}};
    if (!idProperty.isEmpty())
        body.insert(u"idProperty"_s, idProperty);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

bool isIsoTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid();
}

} // namespace

class TestContactsRoute final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
        m_sim = std::make_unique<HubSpotSimulator>();
        m_sim->seedDemo();
        QVERIFY(m_sim->listen());
    }

    void cleanup() { m_sim.reset(); }

    void demoHasContacts()
    {
        const QStringList emails = m_sim->contactEmails();
        QVERIFY(emails.contains(u"maria.fernandez0@example.com"_s));
        QVERIFY(emails.size() >= 5);
    }

    void allFound()
    {
        m_sim->addContact(SimulatedContact {u"Zoe@Example.com"_s, u"Zoë"_s, {}});
        const Reply reply = post(lookupBody({u"zoe@example.com"_s}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"status").toString(), u"COMPLETE"_s);
        QVERIFY(!reply.json.contains(u"errors"));
        QVERIFY(isIsoTime(reply.json.value(u"startedAt")));
        QVERIFY(isIsoTime(reply.json.value(u"completedAt")));
        const QJsonArray results = reply.json.value(u"results").toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject contact = results[0].toObject();
        const QString id = QString::number(HubSpotSimulator::contactIdFor(u"zoe@example.com"_s));
        QCOMPARE(contact.value(u"id").toString(), id);
        QCOMPARE(contact.value(u"properties").toObject().value(u"email").toString(),
            u"zoe@example.com"_s);
        QCOMPARE(contact.value(u"properties").toObject().value(u"hs_object_id").toString(), id);
        QVERIFY(isIsoTime(contact.value(u"createdAt")));
        QVERIFY(isIsoTime(contact.value(u"updatedAt")));
        QCOMPARE(contact.value(u"archived"), QJsonValue(false));
    }

    void someMissingIs207()
    {
        const Reply reply = post(lookupBody(
            {u"MARIA.FERNANDEZ0@example.com"_s, u"nobody@example.com"_s, u"Ghost@Example.org"_s}));
        QCOMPARE(reply.status, 207);
        QCOMPARE(reply.json.value(u"results").toArray().size(), 1);
        QCOMPARE(reply.json.value(u"numErrors").toInt(), 1);
        const QJsonObject error = reply.json.value(u"errors").toArray().at(0).toObject();
        QCOMPARE(error.value(u"status").toString(), u"error"_s);
        QCOMPARE(error.value(u"category").toString(), u"OBJECT_NOT_FOUND"_s);
        QVERIFY(error.value(u"message").toString().startsWith(u"Could not get some CONTACT"));
        QCOMPARE(error.value(u"context").toObject().value(u"ids").toArray(),
            (QJsonArray {u"nobody@example.com"_s, u"Ghost@Example.org"_s}));
    }

    void noneFoundIs207()
    {
        const Reply reply = post(lookupBody({u"nobody@example.com"_s}));
        QCOMPARE(reply.status, 207);
        QVERIFY(reply.json.value(u"results").isArray());
        QVERIFY(reply.json.value(u"results").toArray().isEmpty());
    }

    void refusedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QStringList many;
        for (int i = 0; i < 101; ++i)
            many.append(u"p%1@example.com"_s.arg(i));
        QTest::newRow("no idProperty") << lookupBody({u"a@example.com"_s}, {});
        QTest::newRow("idProperty id") << lookupBody({u"a@example.com"_s}, u"hs_object_id"_s);
        QTest::newRow("no inputs") << QByteArray(R"({"idProperty":"email"})");
        QTest::newRow("empty inputs") << QByteArray(R"({"idProperty":"email","inputs":[]})");
        QTest::newRow("id not a string")
            << QByteArray(R"({"idProperty":"email","inputs":[{"id":7}]})");
        QTest::newRow("not JSON") << QByteArray("{");
        QTest::newRow("101 inputs") << lookupBody(many);
    }

    void refusedBodies()
    {
        QFETCH(QByteArray, body);
        const Reply reply = post(body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"status").toString(), u"error"_s);
        QCOMPARE(reply.json.value(u"category").toString(), u"VALIDATION_ERROR"_s);
        QVERIFY(!reply.json.value(u"message").toString().isEmpty());
        QVERIFY(!reply.json.value(u"correlationId").toString().isEmpty());
    }

    void scopeAndAuth()
    {
        m_sim->addToken(u"events-only"_s,
            {u"crm.objects.marketing_events.read"_s, u"crm.objects.marketing_events.write"_s});
        const Reply noScope = post(lookupBody({u"a@example.com"_s}), "Bearer events-only");
        QCOMPARE(noScope.status, 403);
        QCOMPARE(noScope.json.value(u"category").toString(), u"MISSING_SCOPES"_s);
        QCOMPARE(noScope.json.value(u"errors")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"context")
                     .toObject()
                     .value(u"requiredGranularScopes")
                     .toArray(),
            (QJsonArray {u"crm.objects.contacts.read"_s}));
        const Reply noToken = post(lookupBody({u"a@example.com"_s}), "Bearer unknown");
        QCOMPARE(noToken.status, 401);
        QCOMPARE(noToken.json.value(u"category").toString(), u"INVALID_AUTHENTICATION"_s);
    }

private:
    Reply post(const QByteArray &body, const QByteArray &authorization = kDemoAuth)
    {
        QUrl url = m_sim->baseUrl();
        url.setPath(QString(kPath));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", authorization);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        std::unique_ptr<QNetworkReply> reply(m_nam.post(request, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        Reply result;
        if (!finished.wait(5000))
            return result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.json = QJsonDocument::fromJson(reply->readAll()).object();
        return result;
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<HubSpotSimulator> m_sim;
};

QTEST_GUILESS_MAIN(TestContactsRoute)
#include "TestContactsRoute.moc"
