// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubspot/BatchResponse.h"

#include <QTest>

using namespace attendance;

class TestBatchResponse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allSucceeded()
    {
        const QStringList emails
            = {QStringLiteral("ada@example.com"), QStringLiteral("Grace@Example.com")};
        const QByteArray body = R"({"status":"COMPLETE","results":[
            {"email":"grace@example.com","vid":86097783654},{"email":"ada@example.com","vid":86097279137}]})";
        QList<InputOutcome> out;
        QString error;
        QVERIFY(mapBatchResponse(emails, body, &out, &error));
        QCOMPARE(out.size(), 2);
        QVERIFY(out[0].succeeded);
        QCOMPARE(out[0].vid, Q_INT64_C(86097279137));
        QVERIFY(out[1].succeeded); // matched case-insensitively
        QCOMPARE(out[1].vid, Q_INT64_C(86097783654));
    }

    void partialErrors()
    {
        const QStringList emails = {QStringLiteral("ada@example.com"),
            QStringLiteral("not-an-email"), QStringLiteral("lost@example.com")};
        const QByteArray body
            = R"({"status":"COMPLETE","results":[{"email":"ada@example.com","vid":"4294967297"}],
            "numErrors":1,"errors":[{"status":"error","category":"VALIDATION_ERROR","message":"Invalid email address: not-an-email",
            "context":{"emails":["not-an-email"]},"errors":[{"message":"bad","in":"email"}],"links":{}}]})";
        QList<InputOutcome> out;
        QString error;
        QVERIFY(mapBatchResponse(emails, body, &out, &error));
        QVERIFY(out[0].succeeded);
        QCOMPARE(out[0].vid, Q_INT64_C(4294967297)); // a string vid is read too
        QVERIFY(!out[1].succeeded);
        QCOMPARE(out[1].category, QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(out[1].message, QStringLiteral("Invalid email address: not-an-email"));
        // Named in neither list: never silently counted as a success.
        QVERIFY(!out[2].succeeded);
        QCOMPARE(out[2].category, QStringLiteral("NOT_CONFIRMED"));
    }

    void errorNamedOnlyInMessage()
    {
        const QStringList emails = {QStringLiteral("x@bad"), QStringLiteral("ok@example.com")};
        const QByteArray body = R"({"results":[{"email":"ok@example.com","vid":5000000000}],
            "errors":[{"category":"VALIDATION_ERROR","message":"Email X@BAD is not valid"}]})";
        QList<InputOutcome> out;
        QString error;
        QVERIFY(mapBatchResponse(emails, body, &out, &error));
        QCOMPARE(out[0].category, QStringLiteral("VALIDATION_ERROR"));
        QVERIFY(out[1].succeeded);
    }

    void emptyResultsFailEveryone()
    {
        QList<InputOutcome> out;
        QString error;
        QVERIFY(mapBatchResponse({QStringLiteral("a@example.com")},
            R"({"status":"PENDING","results":[]})", &out, &error));
        QVERIFY(!out[0].succeeded);
        QCOMPARE(out[0].category, QStringLiteral("NOT_CONFIRMED"));
    }

    void unreadable_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html>oops</html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no results") << QByteArray(R"({"status":"COMPLETE"})");
        QTest::newRow("truncated") << QByteArray(R"({"results":[{"email":"a@example.com","vid":1)");
    }

    void unreadable()
    {
        QFETCH(QByteArray, body);
        QList<InputOutcome> out;
        QString error;
        QVERIFY(!mapBatchResponse({QStringLiteral("a@example.com")}, body, &out, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBatchResponse)
#include "TestBatchResponse.moc"
