// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/ResultsExporter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace attendance;

class TestResultsExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neutralise_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("ada@example.com")
                               << QStringLiteral("ada@example.com");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")")
                                 << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1 555") << QStringLiteral("'+1 555");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("inner at is fine") << QStringLiteral("x@y.z") << QStringLiteral("x@y.z");
        QTest::newRow("empty") << QString() << QString();
    }

    void neutralise()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(ResultsExporter::csvCell(value), written);
    }

    void writesEveryRow()
    {
        QList<RowResult> results = {
            RowResult {2, QStringLiteral("josé@example.com"), RowStatus::Succeeded,
                Q_INT64_C(86097279137), {}},
            RowResult {3, QStringLiteral("=cmd|' /C calc'!A0"), RowStatus::Skipped, 0,
                RowError {QStringLiteral("INVALID_EMAIL"), QStringLiteral("Missing @"), 0, {}}},
            RowResult {4, QStringLiteral("b@example.com"), RowStatus::Failed, 0,
                RowError {QStringLiteral("VALIDATION_ERROR"), QStringLiteral("Bad, really"), 400,
                    QStringLiteral("corr-1")}},
        };
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QString error;
        QVERIFY(ResultsExporter::writeCsv(path, results,
            {QStringLiteral("123"), QStringLiteral("Webinar"), QStringLiteral("attend")}, &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines
            = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0],
            QStringLiteral("row,email,status,contact_id,error_category,error_message,http_status,"
                           "correlation_id,event_id,event_name,state"));
        QCOMPARE(lines[1],
            QStringLiteral("2,josé@example.com,succeeded,86097279137,,,,,123,Webinar,attend"));
        QCOMPARE(lines[2],
            QStringLiteral(
                "3,'=cmd|' /C calc'!A0,skipped,,INVALID_EMAIL,Missing @,,,123,Webinar,attend"));
        QCOMPARE(lines[3],
            QStringLiteral("4,b@example.com,failed,,VALIDATION_ERROR,\"Bad, "
                           "really\",400,corr-1,123,Webinar,attend"));
    }

    void reportsUnwritablePath()
    {
        QString error;
        QVERIFY(!ResultsExporter::writeCsv(
            QStringLiteral("/nonexistent-dir/x/out.csv"), {}, {}, &error));
        QVERIFY(error.contains(u"/nonexistent-dir/x/out.csv"));
    }
};

QTEST_GUILESS_MAIN(TestResultsExporter)
#include "TestResultsExporter.moc"
