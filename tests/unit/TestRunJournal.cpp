// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/RunJournal.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace attendance;

namespace {
ImportPlan samplePlan()
{
    ImportPlan plan;
    plan.file = QStringLiteral("/tmp/people.csv");
    plan.headerRow = 1;
    plan.totalRows = 5;
    for (int i = 0; i < 3; ++i) {
        Attendee a;
        a.row = i + 2;
        a.email = QStringLiteral("p%1@example.com").arg(i);
        a.contactProperties.insert(QStringLiteral("firstname"), QStringLiteral("Zoë %1").arg(i));
        if (i == 1) {
            a.interactionDateTime = Q_INT64_C(1767261600123);
            a.properties.insert(QStringLiteral("joinedAt"), QStringLiteral("1767261600000"));
        }
        plan.attendees.append(a);
    }
    plan.invalid.append(
        InvalidRow {5, QStringLiteral("nope"), QStringLiteral("The address has no @")});
    plan.duplicates.append(DuplicateRow {6, QStringLiteral("P0@example.com"), 2, false, {}, {}});
    return plan;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

JournalHeader sampleHeader()
{
    JournalHeader h;
    h.runId = QStringLiteral("run-1");
    h.createdAt = QDateTime::fromMSecsSinceEpoch(1767261600000, Qt::UTC);
    h.eventId = QStringLiteral("412934701");
    h.eventName = QStringLiteral("Webinar");
    h.state = SubscriberState::Attend;
    h.apiVersion = QStringLiteral("v3");
    h.file = QStringLiteral("/tmp/people.csv");
    h.fileSha256 = QStringLiteral("abc");
    return h;
}
} // namespace

class TestRunJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        {
            RunJournal j;
            QVERIFY(j.create(path, sampleHeader(), samplePlan()));
            QVERIFY(j.appendOutcomes({RowResult {2, QStringLiteral("p0@example.com"),
                RowStatus::Succeeded, Q_INT64_C(86097279137), {}}}));
            QVERIFY(j.appendOutcomes(
                {RowResult {3, QStringLiteral("p1@example.com"), RowStatus::Failed, 0,
                    RowError {QStringLiteral("SERVER_ERROR"),
                        QStringLiteral("HubSpot had a problem"), 503, {}}}}));
        }
        const JournalContents c = RunJournal::load(path);
        QVERIFY2(c.ok(), qPrintable(c.error));
        QVERIFY(!c.complete);
        QCOMPARE(c.header.eventId, QStringLiteral("412934701"));
        QCOMPARE(int(c.header.state), int(SubscriberState::Attend));
        QCOMPARE(c.plan.attendees.size(), 3);
        QCOMPARE(c.plan.attendees[1].interactionDateTime.value_or(0), Q_INT64_C(1767261600123));
        QCOMPARE(c.plan.attendees[1].properties.value(QStringLiteral("joinedAt")),
            QStringLiteral("1767261600000"));
        QCOMPARE(c.plan.attendees[2].contactProperties.value(QStringLiteral("firstname")),
            QStringLiteral("Zoë 2"));
        QCOMPARE(c.plan.invalid.size(), 1);
        QCOMPARE(c.plan.duplicates.first().firstRow, 2);
        QCOMPARE(c.results.size(), 2);
        QCOMPARE(c.results[0].vid, Q_INT64_C(86097279137));
        QCOMPARE(c.results[0].email, QStringLiteral("p0@example.com"));
        // Row 3 failed only for a server error, row 4 was never settled: both would be resent.
        QCOMPARE(c.resendableCount(), 2);
        QCOMPARE(RunJournal::resumable(dir.path()), QStringList {path});
    }

    void laterOutcomeWinsAndCompleteEndsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        RunJournal j;
        QVERIFY(j.create(path, sampleHeader(), samplePlan()));
        QVERIFY(j.appendOutcomes({RowResult {3, {}, RowStatus::Failed, 0,
            RowError {QStringLiteral("NOT_SENT"), QStringLiteral("x"), 0, {}}}}));
        QVERIFY(j.appendOutcomes({RowResult {3, {}, RowStatus::Succeeded, 5000000000, {}}}));
        j.markComplete();
        j.close();
        const JournalContents c = RunJournal::load(path);
        QCOMPARE(c.results.size(), 1);
        QCOMPARE(int(c.results[0].status), int(RowStatus::Succeeded));
        QVERIFY(c.complete);
        QVERIFY(RunJournal::resumable(dir.path()).isEmpty());
    }

    void tornLastLineIsIgnoredAndAppendingGoesOn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        {
            RunJournal j;
            QVERIFY(j.create(path, sampleHeader(), samplePlan()));
            QVERIFY(j.appendOutcomes({RowResult {2, {}, RowStatus::Succeeded, 5000000001, {}}}));
        }
        {
            QFile f(path); // a power cut in the middle of writing a line
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"type\":\"rows\",\"rows\":[{\"row\":3,\"sta"); // torn: unbalanced on purpose
        }
        JournalContents c = RunJournal::load(path);
        QVERIFY(c.ok());
        QCOMPARE(c.results.size(), 1);
        RunJournal resumed;
        QVERIFY(resumed.openForAppend(path));
        QVERIFY(resumed.appendOutcomes({RowResult {3, {}, RowStatus::Succeeded, 5000000002, {}}}));
        resumed.close();
        c = RunJournal::load(path);
        QCOMPARE(c.results.size(), 2);
        QCOMPARE(c.results[1].vid, Q_INT64_C(5000000002));
    }

    void damagedFileSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("garbage\n");
        f.close();
        QVERIFY(!RunJournal::load(path).ok());
        QVERIFY(!RunJournal::load(dir.filePath(QStringLiteral("missing.jsonl"))).ok());
    }

    void createReplacesOnlyAFinishedJournal_data()
    {
        QTest::addColumn<QString>("existing");
        QTest::addColumn<bool>("replaced");
        QTest::newRow("a spreadsheet given by mistake") << QStringLiteral("spreadsheet") << false;
        QTest::newRow("an unfinished journal") << QStringLiteral("unfinished") << false;
        QTest::newRow("a finished journal") << QStringLiteral("finished") << true;
    }

    void createReplacesOnlyAFinishedJournal()
    {
        QFETCH(QString, existing);
        QFETCH(bool, replaced);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        if (existing == u"spreadsheet") {
            QVERIFY(writeFile(path, "email,name\nada@example.com,Ada\n"));
        } else {
            RunJournal j;
            QVERIFY(j.create(path, sampleHeader(), samplePlan()));
            if (existing == u"finished")
                j.markComplete();
        }
        const QByteArray before = readAll(path);
        JournalHeader next = sampleHeader();
        next.runId = QStringLiteral("run-2");
        RunJournal j;
        QCOMPARE(j.create(path, next, samplePlan()), replaced);
        if (replaced) {
            QCOMPARE(RunJournal::load(path).header.runId, QStringLiteral("run-2"));
            QVERIFY(!RunJournal::load(path).complete);
        } else {
            QCOMPARE(int(j.lastFailure()), int(RunJournal::Failure::NotReplaceable));
            QVERIFY2(j.lastError().contains(path), qPrintable(j.lastError()));
            QCOMPARE(readAll(path), before);
        }
        // No temporary file is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void symbolicLinksAreNotFollowed()
    {
#ifndef Q_OS_UNIX
        QSKIP("Symbolic links need privileges on Windows");
#else
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("target.jsonl"));
        const QString dangling = dir.filePath(QStringLiteral("dangling.jsonl"));
        QVERIFY(QFile::link(target, dangling));
        RunJournal j;
        QVERIFY(!j.create(dangling, sampleHeader(), samplePlan()));
        QCOMPARE(int(j.lastFailure()), int(RunJournal::Failure::SymbolicLink));
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!j.openForAppend(dangling));
        QVERIFY(!QFileInfo::exists(target));

        {
            RunJournal finished;
            QVERIFY(finished.create(target, sampleHeader(), samplePlan()));
            finished.markComplete();
        }
        const QByteArray before = readAll(target);
        QVERIFY(!j.create(dangling, sampleHeader(), samplePlan()));
        QCOMPARE(int(j.lastFailure()), int(RunJournal::Failure::SymbolicLink));
        QVERIFY(!j.openForAppend(dangling));
        QCOMPARE(readAll(target), before);
        QVERIFY(!RunJournal::load(dangling).ok());
#endif
    }

    void aJournalInUseIsRefusedByEveryName()
    {
#ifndef Q_OS_UNIX
        QSKIP("Makes a hard link with link(2)");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        const QString alias = dir.filePath(QStringLiteral("alias.jsonl"));
        RunJournal running;
        QVERIFY(running.create(path, sampleHeader(), samplePlan()));
        QCOMPARE(
            ::link(QFile::encodeName(path).constData(), QFile::encodeName(alias).constData()), 0);
        const QString spelledOtherwise = dir.path() + QStringLiteral("/./run.jsonl");
        for (const QString &name : {path, alias, spelledOtherwise}) {
            RunJournal other;
            QVERIFY2(!other.openForAppend(name), qPrintable(name));
            QCOMPARE(int(other.lastFailure()), int(RunJournal::Failure::InUse));
            QVERIFY(other.lastError().contains(QStringLiteral("in use by another import")));
            JournalContents contents;
            QVERIFY(!other.claim(name, &contents));
        }
        // Reading it is still fine (the app lists unfinished runs while the CLI sends one).
        QVERIFY(RunJournal::load(alias).ok());
        running.close();
        RunJournal next;
        QVERIFY(next.openForAppend(alias));
        QVERIFY(next.appendOutcomes({RowResult {2, {}, RowStatus::Succeeded, 7, {}}}));
        next.close();
        QCOMPARE(RunJournal::load(path).results.size(), 1);
#endif
    }

    void journalIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        RunJournal j;
        QVERIFY(j.create(path, sampleHeader(), samplePlan()));
#ifdef Q_OS_UNIX
        const auto perms = QFile(path).permissions();
        QVERIFY(!(perms & QFileDevice::ReadOther));
        QVERIFY(!(perms & QFileDevice::ReadGroup));
#endif
    }
};

QTEST_GUILESS_MAIN(TestRunJournal)
#include "TestRunJournal.moc"
