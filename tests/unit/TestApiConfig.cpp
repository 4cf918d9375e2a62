// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubspot/ApiConfig.h"

#include <QTest>

using namespace attendance;

class TestApiConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanToken_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("expected");
        const QString t = QStringLiteral("pat-na1-11111111-2222-3333-4444-555555555555");
        QTest::newRow("plain") << t << t;
        QTest::newRow("spaces and newline") << (u"  " + t + u" \n") << t;
        QTest::newRow("double quotes") << (u'"' + t + u'"') << t;
        QTest::newRow("single quotes") << (u'\'' + t + u'\'') << t;
        QTest::newRow("smart quotes") << (u"\u201C" + t + u"\u201D") << t;
        QTest::newRow("bearer prefix") << (u"Bearer " + t) << t;
        QTest::newRow("bearer lower case") << (u"bearer " + t) << t;
        QTest::newRow("quoted bearer") << (u"\"Bearer " + t + u"\"") << t;
        QTest::newRow("whole header") << (u"Authorization: Bearer " + t) << t;
        QTest::newRow("tab") << (u"\t" + t + u"\t") << t;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only quotes") << QStringLiteral("\"\"") << QString();
        // A token that merely contains the word is left alone.
        QTest::newRow("inner Bearer")
            << QStringLiteral("abcBearer def") << QStringLiteral("abcBearer def");
    }

    void cleanToken()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, expected);
        QCOMPARE(attendance::cleanToken(pasted), expected);
    }

    void checkBaseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("hubspot https") << QStringLiteral("https://api.hubapi.com") << true;
        QTest::newRow("eu https") << QStringLiteral("https://api-eu1.hubapi.com/") << true;
        QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("loopback other") << QStringLiteral("http://127.0.0.2:8080") << true;
        QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:1234") << true;
        QTest::newRow("plain http remote") << QStringLiteral("http://api.hubapi.com") << false;
        QTest::newRow("plain http lan") << QStringLiteral("http://192.168.1.10") << false;
        QTest::newRow("localhost lookalike")
            << QStringLiteral("http://localhost.evil.example") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://api.hubapi.com") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
        QTest::newRow("garbage") << QStringLiteral("not a url") << false;
    }

    void checkBaseUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const QString problem = attendance::checkBaseUrl(QUrl(url));
        QCOMPARE(problem.isEmpty(), accepted);
    }

    void versions()
    {
        QVERIFY(apiVersionFromString(QStringLiteral("v3")) == ApiVersion::V3);
        QVERIFY(apiVersionFromString(QStringLiteral("2026-03")) == ApiVersion::V2026_03);
        QVERIFY(!apiVersionFromString(QStringLiteral("v4")).has_value());
        ClientConfig c;
        QCOMPARE(c.eventsPath(), QStringLiteral("/marketing/v3/marketing-events"));
        c.version = ApiVersion::V2026_03;
        QCOMPARE(c.eventsPath(), QStringLiteral("/marketing/marketing-events/2026-03"));
        QCOMPARE(toString(c.version), QStringLiteral("2026-03"));
    }
};

QTEST_GUILESS_MAIN(TestApiConfig)
#include "TestApiConfig.moc"
