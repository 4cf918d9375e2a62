// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/RequestPacer.h"

#include <QTest>

using namespace attendance;
using namespace std::chrono_literals;

class TestRequestPacer final : public QObject
{
    Q_OBJECT

private:
    std::chrono::steady_clock::time_point m_now {std::chrono::hours(1)};

    RateLimitInfo info(int max, int remaining, int intervalMs)
    {
        RateLimitInfo i;
        i.max = max;
        i.remaining = remaining;
        i.intervalMs = intervalMs;
        return i;
    }

private Q_SLOTS:
    void assumes100Per10sBeforeAnyAnswer()
    {
        RequestPacer p([this] { return m_now; });
        p.setMaxInFlight(1000);
        p.onConfirmed();
        QCOMPARE(p.windowMax(), 100);
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(p.delayBeforeNext(), 0ms);
            p.onSent();
        }
        // The 101st must wait for the first to leave the 10 s window.
        const auto wait = p.delayBeforeNext();
        QVERIFY(wait >= 10000ms && wait <= 10100ms);
    }

    void learnsTheWindowFromHeaders()
    {
        RequestPacer p([this] { return m_now; });
        p.setMaxInFlight(100);
        p.onConfirmed();
        p.onSent();
        p.onAnswered(info(20, 19, 1000));
        QCOMPARE(p.windowMax(), 20);
        QCOMPARE(p.window(), 1000ms);
        for (int i = 1; i < 20; ++i) {
            QCOMPARE(p.delayBeforeNext(), 0ms);
            p.onSent();
            m_now += 10ms;
        }
        const auto wait = p.delayBeforeNext();
        QVERIFY2(wait > 800ms && wait < 1100ms, qPrintable(QString::number(wait.count())));
        m_now += wait;
        QCOMPARE(p.delayBeforeNext(), 0ms);
    }

    void oneAtATimeUntilConfirmed()
    {
        RequestPacer p([this] { return m_now; });
        p.setMaxInFlight(3);
        p.onSent();
        QCOMPARE(p.delayBeforeNext(), -1ms); // a bad token must cost one request, not three
        p.onAnswered({});
        p.onConfirmed();
        p.onSent();
        p.onSent();
        QCOMPARE(p.delayBeforeNext(), 0ms);
    }

    void capsRequestsInFlight()
    {
        RequestPacer p([this] { return m_now; });
        p.setMaxInFlight(2);
        p.onConfirmed();
        p.onSent();
        p.onSent();
        QCOMPARE(p.delayBeforeNext(), -1ms);
        p.onAnswered({});
        QCOMPARE(p.delayBeforeNext(), 0ms);
        QCOMPARE(p.inFlight(), 1);
    }

    void holdsAfter429()
    {
        RequestPacer p([this] { return m_now; });
        p.holdFor(3000ms);
        QCOMPARE(p.delayBeforeNext(), 3000ms);
        m_now += 2500ms;
        QCOMPARE(p.delayBeforeNext(), 500ms);
        m_now += 500ms;
        QCOMPARE(p.delayBeforeNext(), 0ms);
    }

    void serverSaysNoneRemaining()
    {
        // Another client uses the same token: the server's count is higher than ours.
        RequestPacer p([this] { return m_now; });
        p.onSent();
        p.onAnswered(info(100, 0, 10000));
        QCOMPARE(p.delayBeforeNext(), 10000ms);
        // When our own count explains "none remaining", the window rule alone applies.
        RequestPacer q([this] { return m_now; });
        q.onConfirmed();
        q.setMaxInFlight(10);
        q.onSent();
        q.onAnswered(info(2, 1, 1000));
        m_now += 100ms;
        q.onSent();
        q.onAnswered(info(2, 0, 1000));
        const auto wait = q.delayBeforeNext();
        QVERIFY2(wait > 850ms && wait < 1000ms, qPrintable(QString::number(wait.count())));
    }
};

QTEST_GUILESS_MAIN(TestRequestPacer)
#include "TestRequestPacer.moc"
