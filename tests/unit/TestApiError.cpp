// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubspot/ApiError.h"

#include <QTest>

using namespace attendance;

class TestApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unauthorized()
    {
        const QByteArray body
            = R"({"status":"error","message":"Authentication credentials not found.",
            "correlationId":"f0ee980f-a446-4189-b004-ff06d08bf4e3","category":"INVALID_AUTHENTICATION"})";
        const ApiError e = ApiError::fromHttp(401, body);
        QCOMPARE(int(e.kind), int(ApiError::Kind::Authentication));
        QCOMPARE(e.category, QStringLiteral("INVALID_AUTHENTICATION"));
        QCOMPARE(e.correlationId, QStringLiteral("f0ee980f-a446-4189-b004-ff06d08bf4e3"));
        QVERIFY(e.userMessage().contains(u"token"));
    }

    void missingScopes()
    {
        const QByteArray body
            = R"({"status":"error","message":"This app has not been granted all required scopes.",
            "correlationId":"5fd6d324","errors":[{"message":"One or more of the following scopes are required.",
            "context":{"requiredGranularScopes":["crm.objects.marketing_events.write"]}}],
            "links":{"scopes":"https://developers.hubspot.com/scopes"},"category":"MISSING_SCOPES"})";
        const ApiError e = ApiError::fromHttp(403, body);
        QCOMPARE(int(e.kind), int(ApiError::Kind::Permission));
        QCOMPARE(
            e.missingScopes, QStringList {QStringLiteral("crm.objects.marketing_events.write")});
        QVERIFY(e.userMessage().contains(u"crm.objects.marketing_events.write"));
    }

    void legacyMissingScopesKey()
    {
        const QByteArray body
            = R"({"message":"x","category":"MISSING_SCOPES","context":{"missingScopes":["a.read","b.write"]}})";
        const ApiError e = ApiError::fromHttp(403, body);
        QCOMPARE(
            e.missingScopes, (QStringList {QStringLiteral("a.read"), QStringLiteral("b.write")}));
    }

    void rateLimits_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("daily");
        QTest::addColumn<int>("retryAfterMs");
        QTest::newRow("ten secondly") << QByteArray(
            R"({"status":"error","message":"You have reached your ten_secondly_rolling limit.",
            "errorType":"RATE_LIMIT","correlationId":"c93e","policyName":"TEN_SECONDLY_ROLLING","groupName":"g"})")
                                      << QByteArray() << false << -1;
        QTest::newRow("daily") << QByteArray(
            R"({"status":"error","message":"You have reached your daily limit.",
            "errorType":"RATE_LIMIT","correlationId":"c033","policyName":"DAILY"})")
                               << QByteArray() << true << -1;
        QTest::newRow("daily without policy")
            << QByteArray(R"({"message":"You have reached your daily limit."})") << QByteArray()
            << true << -1;
        QTest::newRow("retry after")
            << QByteArray(R"({"policyName":"SECONDLY"})") << QByteArray("3") << false << 3000;
        QTest::newRow("garbage retry after")
            << QByteArray("{}") << QByteArray("soon") << false << -1;
    }

    void rateLimits()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, daily);
        QFETCH(int, retryAfterMs);
        const ApiError e = ApiError::fromHttp(429, body, retryAfter);
        QCOMPARE(int(e.kind), int(ApiError::Kind::RateLimit));
        QCOMPARE(e.isDailyLimit(), daily);
        QCOMPARE(e.retryAfterMs, retryAfterMs);
    }

    void rateLimitCategoryFromErrorType()
    {
        const ApiError e = ApiError::fromHttp(
            429, R"({"errorType":"RATE_LIMIT","policyName":"TEN_SECONDLY_ROLLING"})");
        QCOMPARE(e.category, QStringLiteral("RATE_LIMIT"));
        QCOMPARE(e.policyName, QStringLiteral("TEN_SECONDLY_ROLLING"));
    }

    void statusKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400 << int(ApiError::Kind::Validation);
        QTest::newRow("404") << 404 << int(ApiError::Kind::NotFound);
        QTest::newRow("409") << 409 << int(ApiError::Kind::Http);
        QTest::newRow("500") << 500 << int(ApiError::Kind::Server);
        QTest::newRow("502") << 502 << int(ApiError::Kind::Server);
        QTest::newRow("504") << 504 << int(ApiError::Kind::Server);
    }

    void statusKinds()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QCOMPARE(int(ApiError::fromHttp(status, "{}").kind), kind);
    }

    void nonJsonBody()
    {
        // 502/504 often come back as an HTML page from a proxy.
        const ApiError e = ApiError::fromHttp(
            502, "<html><body>Bad gateway</body></html>", {}, "corr-from-header");
        QCOMPARE(int(e.kind), int(ApiError::Kind::Server));
        QVERIFY(e.message.isEmpty());
        QCOMPARE(e.correlationId, QStringLiteral("corr-from-header"));
        QVERIFY(e.userMessage().contains(u"502"));
        QCOMPARE(e.categoryOrKind(), QStringLiteral("SERVER_ERROR"));
    }

    void wrongHublet()
    {
        const ApiError e = ApiError::fromHttp(400,
            R"({"status":"error","message":"Hub 5604529 is unknown to this Hublet, but it appears to exist in Hublet eu1",
                    "correlationId":"1a6d","correctHublet":"eu1"})");
        QCOMPARE(e.correctHublet, QStringLiteral("eu1"));
    }

    void validationMessage()
    {
        const ApiError e = ApiError::fromHttp(400,
            R"({"status":"error","message":"Invalid input JSON","category":"VALIDATION_ERROR"})");
        QCOMPARE(int(e.kind), int(ApiError::Kind::Validation));
        QVERIFY(e.userMessage().contains(u"Invalid input JSON"));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "TestApiError.moc"
