// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/RetryPolicy.h"

#include <QTest>

using namespace attendance;
using namespace std::chrono_literals;
using Action = RetryDecision::Action;

namespace {
ApiError http(int status, const QByteArray &body = "{}", const QByteArray &retryAfter = {})
{
    return ApiError::fromHttp(status, body, retryAfter);
}
} // namespace

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private:
    std::chrono::steady_clock::time_point m_now {std::chrono::hours(1)};
    RetryPolicy make(RetryPolicy::Settings s = {})
    {
        s.jitter = 0; // exact waits; jitter has its own test
        return RetryPolicy(
            s, [this] { return m_now; }, 42);
    }

private Q_SLOTS:
    void tenSecondlyWaitsForTheWindow()
    {
        RetryPolicy p = make();
        BatchAttempts a;
        const ApiError e
            = http(429, R"({"errorType":"RATE_LIMIT","policyName":"TEN_SECONDLY_ROLLING"})");
        RetryDecision d = p.decide(e, &a, 100, 10000);
        QCOMPARE(int(d.action), int(Action::Retry));
        QCOMPARE(d.wait, 10000ms);
        QCOMPARE(int(d.waitReason), int(RetryDecision::WaitReason::RateLimit));
        d = p.decide(e, &a, 100, -1); // no headers seen: the documented default
        QCOMPARE(d.wait, 10000ms);
        d = p.decide(e, &a, 100, 1000);
        QCOMPARE(d.wait, 1000ms);
    }

    void retryAfterWins()
    {
        RetryPolicy p = make();
        BatchAttempts a;
        const RetryDecision d
            = p.decide(http(429, R"({"policyName":"TEN_SECONDLY_ROLLING"})", "3"), &a, 100, 10000);
        QCOMPARE(d.wait, 3000ms);
    }

    void secondly()
    {
        RetryPolicy p = make();
        BatchAttempts a;
        QCOMPARE(p.decide(http(429, R"({"policyName":"SECONDLY"})"), &a, 10, -1).wait, 1000ms);
    }

    void rateLimitIsNotAFailureUntilTheBound()
    {
        RetryPolicy::Settings s;
        s.maxRateLimitAttempts = 3;
        RetryPolicy p = make(s);
        BatchAttempts a;
        const ApiError e = http(429, R"({"policyName":"TEN_SECONDLY_ROLLING"})");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(int(p.decide(e, &a, 10, 1000).action), int(Action::Retry));
        QCOMPARE(int(p.decide(e, &a, 10, 1000).action), int(Action::FailRows));
        QCOMPARE(a.transient, 0);
    }

    void dailyStops()
    {
        RetryPolicy p = make();
        BatchAttempts a;
        QCOMPARE(int(p.decide(http(429, R"({"policyName":"DAILY"})"), &a, 10, 1000).action),
            int(Action::StopRun));
    }

    void transientBacksOffExponentiallyThenFails_data()
    {
        QTest::addColumn<int>("status"); // 0 = network error, -1 = timeout, -2 = unreadable body
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
        QTest::newRow("network") << 0;
        QTest::newRow("timeout") << -1;
        QTest::newRow("garbage") << -2;
    }

    void transientBacksOffExponentiallyThenFails()
    {
        QFETCH(int, status);
        const ApiError e = status > 0 ? http(status, "<html>Bad gateway</html>")
            : status == 0             ? ApiError::network(QStringLiteral("Connection reset"))
            : status == -1            ? ApiError::timeout(60)
                                      : ApiError::parse(QStringLiteral("not JSON"));
        RetryPolicy::Settings s;
        s.maxTransientAttempts = 4;
        s.backoffBase = 1000ms;
        s.backoffMax = 5000ms;
        RetryPolicy p = make(s);
        BatchAttempts a;
        const QList<std::chrono::milliseconds> expected = {1000ms, 2000ms, 4000ms, 5000ms};
        for (const auto wait : expected) {
            const RetryDecision d = p.decide(e, &a, 100, 10000);
            QCOMPARE(int(d.action), int(Action::Retry));
            QCOMPARE(d.wait, wait);
            QCOMPARE(int(d.waitReason), int(RetryDecision::WaitReason::Transient));
        }
        QCOMPARE(int(p.decide(e, &a, 100, 10000).action), int(Action::FailRows));
    }

    void transientBoundedByTime()
    {
        RetryPolicy::Settings s;
        s.maxTransientAttempts = 100;
        s.maxTransientElapsed = 30s;
        RetryPolicy p = make(s);
        BatchAttempts a;
        const ApiError e = http(503);
        QCOMPARE(int(p.decide(e, &a, 10, -1).action), int(Action::Retry));
        m_now += 20s;
        QCOMPARE(int(p.decide(e, &a, 10, -1).action), int(Action::Retry));
        m_now += 11s; // 31 s after the first failure
        QCOMPARE(int(p.decide(e, &a, 10, -1).action), int(Action::FailRows));
    }

    void jitterStaysInItsBand()
    {
        RetryPolicy::Settings s;
        s.jitter = 0.2;
        s.backoffBase = 1000ms;
        RetryPolicy p(
            s, [this] { return m_now; }, 7);
        QSet<qint64> seen;
        for (int i = 0; i < 50; ++i) {
            BatchAttempts a;
            const auto wait = p.decide(http(500), &a, 10, -1).wait;
            QVERIFY(wait >= 800ms && wait <= 1200ms);
            seen.insert(wait.count());
        }
        QVERIFY(seen.size() > 10); // really spread, not a constant
        // Same seed, same sequence: runs are reproducible in tests.
        RetryPolicy q1(
            s, [this] { return m_now; }, 99),
            q2(
                s, [this] { return m_now; }, 99);
        for (int i = 0; i < 5; ++i) {
            BatchAttempts a1, a2;
            QCOMPARE(
                q1.decide(http(500), &a1, 10, -1).wait, q2.decide(http(500), &a2, 10, -1).wait);
        }
    }

    void wholeBatch400Bisects()
    {
        RetryPolicy p = make();
        BatchAttempts a;
        const ApiError e = http(
            400, R"({"category":"VALIDATION_ERROR","message":"Property bogus does not exist"})");
        QCOMPARE(int(p.decide(e, &a, 100, -1).action), int(Action::Bisect));
        QCOMPARE(int(p.decide(e, &a, 2, -1).action), int(Action::Bisect));
        QCOMPARE(int(p.decide(e, &a, 1, -1).action), int(Action::FailRows));
    }

    void authPausesScopesAndMissingEventStop()
    {
        RetryPolicy p = make();
        BatchAttempts a;
        QCOMPARE(int(p.decide(http(401), &a, 10, -1).action), int(Action::PauseForToken));
        QCOMPARE(int(p.decide(http(403), &a, 10, -1).action), int(Action::StopRun));
        QCOMPARE(int(p.decide(http(404), &a, 10, -1).action), int(Action::StopRun));
    }

    void wrongHubletSwitches()
    {
        RetryPolicy p = make();
        BatchAttempts a;
        const ApiError e
            = http(400, R"({"message":"Hub 1 is unknown to this Hublet","correctHublet":"eu1"})");
        QCOMPARE(int(p.decide(e, &a, 10, -1).action), int(Action::SwitchHublet));
    }

    void lockedAndMigrationWait()
    {
        RetryPolicy p = make();
        BatchAttempts a;
        RetryDecision d = p.decide(http(423), &a, 10, -1);
        QCOMPARE(int(d.action), int(Action::Retry));
        QCOMPARE(d.wait, 2000ms);
        BatchAttempts b;
        d = p.decide(http(477, "{}", "120"), &b, 10, -1);
        QCOMPARE(int(d.action), int(Action::Retry));
        QCOMPARE(d.wait, 120000ms);
        BatchAttempts c;
        QCOMPARE(int(p.decide(http(409), &c, 10, -1).action), int(Action::FailRows));
    }

    void resendable()
    {
        QVERIFY(isResendable(QStringLiteral("NOT_SENT")));
        QVERIFY(isResendable(QStringLiteral("CANCELLED")));
        QVERIFY(isResendable(QStringLiteral("NOT_CONFIRMED")));
        QVERIFY(isResendable(QStringLiteral("SERVER_ERROR")));
        QVERIFY(!isResendable(QStringLiteral("VALIDATION_ERROR")));
        QVERIFY(!isResendable(QStringLiteral("INVALID_EMAIL")));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
