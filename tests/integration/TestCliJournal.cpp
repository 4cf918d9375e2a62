// SPDX-License-Identifier: GPL-3.0-or-later
// import --journal / --resume with the real CLI against a simulator this test runs: the import is
// killed (SIGKILL), interrupted (Ctrl-C) or refused its token (401) midway, then resumed from its
// journal. Every row ends exactly once, and no row the journal held as judged by HubSpot is posted
// again. Each run uses its own token, so the simulator's log says exactly which run posted what.
#include "CliProcess.h"
#include "HubSpotSimulator.h"
#include "SimulatedHubSpot.h"
#include "TestData.h"
#include "sending/RetryPolicy.h"
#include "sending/RunJournal.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;
using attendance::sim::HubSpotSimulator;
using namespace attendance;
using attendance::test::CliProcess;
using attendance::test::personEmail;
using attendance::test::Posts;
using attendance::test::postsWith;

namespace {

constexpr int kTimeoutMs = 60000;
constexpr int kPeople = 300;
constexpr auto kFirstToken = "pat-na1-JOURNAL-FIRST-5e1d"_L1;
constexpr auto kSecondToken = "pat-na1-JOURNAL-SECOND-9a4c"_L1;
constexpr auto kEventId = "412934701"_L1;

/// kPeople attendees (test::peopleCsv()), person0 on row 2.
QString writePeople(const QTemporaryDir &dir, const QString &name = u"people.csv"_s)
{
    const QString path = dir.filePath(name);
    return test::writeFile(path, test::peopleCsv(kPeople)) ? path : QString();
}

/// HubSpot judged the row: sending it again would be a duplicate, not a retry.
bool isFinal(const RowResult &r)
{
    return r.status == RowStatus::Succeeded
        || (r.status == RowStatus::Failed && !isResendable(r.error.category));
}

/// Lower-cased emails of the rows the journal holds as final.
QSet<QString> finalEmails(const JournalContents &journal)
{
    QSet<QString> emails;
    for (const RowResult &r : journal.results) {
        if (isFinal(r))
            emails.insert(r.email.toLower());
    }
    return emails;
}

int journalRowLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return int(f.readAll().count("\"type\":\"rows\""));
}

/// Reads the journal line by line (RunJournal::load keeps only the latest outcome per row, which
/// would hide a row settled twice) and checks every attendee ends exactly once: one final outcome,
/// and nothing recorded for the row after it.
void verifyEachRowEndsOnce(const QString &path, int attendees)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QHash<int, int> finals;
    QHash<int, int> afterFinal;
    while (!f.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(f.readLine()).object();
        if (line.value(u"type").toString() != u"rows")
            continue;
        for (const QJsonValue &v : line.value(u"rows").toArray()) {
            const QJsonObject o = v.toObject();
            const int row = o.value(u"row").toInt();
            if (finals.value(row) > 0)
                ++afterFinal[row];
            const QString status = o.value(u"status").toString();
            if (status == u"succeeded"
                || (status == u"failed" && !isResendable(o.value(u"category").toString())))
                ++finals[row];
        }
    }
    QCOMPARE(finals.size(), attendees);
    for (auto it = finals.cbegin(); it != finals.cend(); ++it)
        QVERIFY2(it.value() == 1,
            qPrintable(u"row %1 settled %2 times"_s.arg(it.key()).arg(it.value())));
    if (!afterFinal.isEmpty())
        QFAIL(qPrintable(
            u"row %1 recorded again after its final outcome"_s.arg(afterFinal.cbegin().key())));
}

/// The JSON of the resumed run: every row once, all succeeded.
void verifyAllSucceeded(const QJsonObject &json)
{
    QCOMPARE(json.value(u"succeeded").toInt(), kPeople);
    QCOMPARE(json.value(u"failed").toInt(), 0);
    const QJsonArray results = json.value(u"results").toArray();
    QCOMPARE(results.size(), kPeople);
    QSet<int> rows;
    for (const QJsonValue &v : results) {
        rows.insert(v.toObject().value(u"row").toInt());
        QCOMPARE(v.toObject().value(u"status").toString(), u"succeeded"_s);
    }
    QCOMPARE(rows.size(), kPeople);
}

void verifyNoTokenIn(const QByteArray &text)
{
    for (const auto token : {kFirstToken, kSecondToken}) {
        QVERIFY(!text.contains(QByteArray(token.data(), token.size())));
        QVERIFY(!text.contains(QByteArray(token.data(), token.size()).right(9))); // not even a tail
    }
}

} // namespace

class TestCliJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(CLI_PATH))); }
    void killedMidImportResumesWithoutResending();
    void interruptedImportResumes();
    void refusedTokenExitsThreeAndResumesWithNewToken();
    void resumeUsesTheJournalPlanNotTheFile();

private:
    static void startSimulator(HubSpotSimulator *sim);
};

void TestCliJournal::startSimulator(HubSpotSimulator *sim)
{
    sim->seedDemo();
    const QStringList scopes {
        u"crm.objects.marketing_events.read"_s, u"crm.objects.marketing_events.write"_s};
    sim->addToken(kFirstToken, scopes);
    sim->addToken(kSecondToken, scopes);
    QVERIFY(sim->listen());
}

void TestCliJournal::killedMidImportResumesWithoutResending()
{
#ifndef Q_OS_UNIX
    QSKIP("Sends SIGKILL");
#else
    // Five requests a second: 30 batches take several seconds, time enough to kill it midway.
    HubSpotSimulator::Options limits;
    limits.rateLimitMax = 5;
    limits.rateLimitIntervalMs = 1000;
    HubSpotSimulator sim(limits);
    startSimulator(&sim);
    QTemporaryDir dir;
    const QString csv = writePeople(dir);
    const QString journal = dir.filePath(u"run.jsonl"_s);
    const QStringList common = {u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, csv,
        u"--event"_s, kEventId, u"--state"_s, u"attend"_s, u"--batch-size"_s, u"10"_s,
        u"--journal"_s, journal, u"--json"_s};

    CliProcess first(common, kFirstToken);
    QTRY_VERIFY_WITH_TIMEOUT(journalRowLines(journal) >= 4, kTimeoutMs);
    QCOMPARE(first.finishedCount(), 0);
    QVERIFY(first.sendSignal(SIGKILL));
    WAIT_FOR_CLI(first);
    QVERIFY(first.crashed());
    // The journal holds emails: only its owner may read it.
    QVERIFY(!(QFile::permissions(journal) & (QFile::ReadGroup | QFile::ReadOther)));

    // What the journal holds as judged by HubSpot at the moment of the kill.
    // The lock is on the journal itself, and went with the killed process: no file is left.
    QVERIFY(!QFile::exists(journal + u".lock"_s));
    const JournalContents before = RunJournal::load(journal);
    QVERIFY2(before.ok(), qPrintable(before.error));
    QVERIFY(!before.complete);
    const QSet<QString> confirmed = finalEmails(before);
    QVERIFY(confirmed.size() >= 40);
    QVERIFY(confirmed.size() < kPeople); // killed midway, not after the end

    CliProcess second(common + QStringList {u"--resume"_s}, kSecondToken);
    WAIT_FOR_CLI(second);
    QVERIFY2(second.exitCode() == 0, second.describe().constData());
    verifyAllSucceeded(second.json());

    // The resumed run posted every row not confirmed before the kill, and none that was.
    const Posts resumed = postsWith(sim, kSecondToken);
    for (auto it = resumed.emails.cbegin(); it != resumed.emails.cend(); ++it)
        QVERIFY2(!confirmed.contains(it.key()),
            qPrintable(u"confirmed, then posted again: " + it.key()));
    for (int i = 0; i < kPeople; ++i)
        QVERIFY(confirmed.contains(personEmail(i)) != resumed.accepted.contains(personEmail(i)));
    verifyEachRowEndsOnce(journal, kPeople);
    QVERIFY(RunJournal::load(journal).complete);
    QCOMPARE(sim.counters(kEventId).attended, kPeople);

    // Accepted twice: only rows of the batches in flight at the kill, which the journal could not
    // yet record (at most three requests of ten).
    const Posts killed = postsWith(sim, kFirstToken);
    int twice = 0;
    for (auto it = killed.accepted.cbegin(); it != killed.accepted.cend(); ++it)
        twice += resumed.accepted.contains(it.key()) ? 1 : 0;
    QVERIFY2(twice <= 3 * 10, qPrintable(QString::number(twice)));
    QCOMPARE(killed.interactionTimes.size(), 1); // one default time for the whole import...
    QCOMPARE(resumed.interactionTimes, killed.interactionTimes); // ...kept across the resume

    verifyNoTokenIn(test::readFile(journal));
    verifyNoTokenIn(second.out() + second.err());
#endif
}

void TestCliJournal::interruptedImportResumes()
{
#ifndef Q_OS_UNIX
    QSKIP("Sends SIGINT");
#else
    HubSpotSimulator sim;
    startSimulator(&sim);
    // Each answer takes a second, so Ctrl-C always finds requests in flight.
    HubSpotSimulator::Faults slow;
    slow.latencyMs = 1000;
    sim.setFaults(slow);
    QTemporaryDir dir;
    const QString csv = writePeople(dir);
    const QString journal = dir.filePath(u"run.jsonl"_s);
    const QStringList common = {u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, csv,
        u"--event"_s, kEventId, u"--state"_s, u"register"_s, u"--journal"_s, journal, u"--json"_s};

    CliProcess first(common + QStringList {u"--batch-size"_s, u"10"_s}, kFirstToken);
    QTRY_VERIFY_WITH_TIMEOUT(journalRowLines(journal) >= 2, kTimeoutMs);
    // Meanwhile, a second process may not send the same journal (it is locked).
    CliProcess rival(common + QStringList {u"--resume"_s}, kSecondToken);
    WAIT_FOR_CLI(rival);
    QVERIFY2(rival.exitCode() == 2 && rival.err().contains("in use by another import"),
        rival.describe().constData());
    QCOMPARE(postsWith(sim, kSecondToken).count, 0);
    QCOMPARE(first.finishedCount(), 0);
    const QDateTime interruptedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(first.sendSignal(SIGINT));
    WAIT_FOR_CLI(first);
    QCOMPARE(first.exitCode(), 1);
    QVERIFY2(first.err().contains("--resume"), first.err().constData());

    // Requests in flight at Ctrl-C were finished, not abandoned: every row HubSpot accepted is
    // recorded as succeeded; the others are "cancelled by the user" and left for a resume.
    const Posts interrupted = postsWith(sim, kFirstToken);
    int inFlight = 0;
    for (const auto &r : sim.requests())
        inFlight += r.method == "POST" && r.receivedAt.msecsTo(interruptedAt) < 1000 ? 1 : 0;
    QVERIFY(inFlight >= 1);
    const JournalContents before = RunJournal::load(journal);
    QVERIFY(before.ok());
    QVERIFY(!before.complete);
    QCOMPARE(before.results.size(), kPeople);
    int cancelled = 0;
    for (const RowResult &r : before.results) {
        QCOMPARE(
            r.status == RowStatus::Succeeded, interrupted.accepted.contains(r.email.toLower()));
        if (r.status == RowStatus::Failed) {
            QCOMPARE(r.error.category, u"CANCELLED"_s);
            QVERIFY2(
                r.error.message.contains(u"cancelled by the user"), qPrintable(r.error.message));
            ++cancelled;
        }
    }
    QVERIFY(cancelled > 0);
    QCOMPARE(first.json().value(u"failed").toInt(), cancelled);
    QVERIFY(first.json().value(u"stoppedBecause").isNull()); // a cancel is not HubSpot's failure
    const QSet<QString> confirmed = finalEmails(before);

    sim.setFaults({});
    CliProcess second(common + QStringList {u"--resume"_s}, kSecondToken);
    WAIT_FOR_CLI(second);
    QVERIFY2(second.exitCode() == 0, second.describe().constData());
    verifyAllSucceeded(second.json());
    const Posts resumed = postsWith(sim, kSecondToken);
    for (auto it = resumed.emails.cbegin(); it != resumed.emails.cend(); ++it)
        QVERIFY2(!confirmed.contains(it.key()),
            qPrintable(u"confirmed, then posted again: " + it.key()));
    QCOMPARE(resumed.accepted.size(), cancelled);
    verifyEachRowEndsOnce(journal, kPeople);
    QCOMPARE(sim.counters(kEventId).registered, kPeople);
#endif
}

void TestCliJournal::refusedTokenExitsThreeAndResumesWithNewToken()
{
    HubSpotSimulator sim;
    startSimulator(&sim);
    HubSpotSimulator::Faults faults;
    faults.unauthorizedAfter = 5; // the token expires after five batches
    sim.setFaults(faults);
    QTemporaryDir dir;
    const QString csv = writePeople(dir);
    const QString journal = dir.filePath(u"run.jsonl"_s);
    const QStringList common = {u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, csv,
        u"--event"_s, kEventId, u"--state"_s, u"attend"_s, u"--batch-size"_s, u"10"_s,
        u"--journal"_s, journal, u"--json"_s};

    CliProcess first(QStringList {u"--verbose"_s} + common, kFirstToken); // the request log too
    WAIT_FOR_CLI(first);
    QCOMPARE(first.exitCode(), 3);
    const QByteArray err = first.err();
    QVERIFY(err.contains("-> 401"));
    QVERIFY2(err.contains("HubSpot refused the token (401)") && err.contains("new token")
            && err.contains("--resume") && err.contains(journal.toUtf8()),
        err.constData());
    const QJsonObject stopped = first.json();
    QCOMPARE(stopped.value(u"stoppedBecause").toObject().value(u"httpStatus").toInt(), 401);
    QCOMPARE(stopped.value(u"succeeded").toInt(), 50);
    QCOMPARE(stopped.value(u"failed").toInt(), kPeople - 50);
    verifyNoTokenIn(first.out() + err);

    const JournalContents before = RunJournal::load(journal);
    QVERIFY(before.ok());
    QVERIFY(!before.complete);
    QCOMPARE(before.resendableCount(), kPeople - 50);
    QCOMPARE(RunJournal::resumable(dir.path()), QStringList {journal}); // as the app sees it too
    const QSet<QString> confirmed = finalEmails(before);
    QCOMPARE(confirmed.size(), 50);

    // The same command with a new token and --resume sends the rest, once.
    CliProcess second(common + QStringList {u"--resume"_s}, kSecondToken);
    WAIT_FOR_CLI(second);
    QVERIFY2(second.exitCode() == 0, second.describe().constData());
    verifyAllSucceeded(second.json());
    const Posts resumed = postsWith(sim, kSecondToken);
    QCOMPARE(resumed.emails.size(), kPeople - 50);
    for (auto it = resumed.emails.cbegin(); it != resumed.emails.cend(); ++it) {
        QVERIFY2(!confirmed.contains(it.key()),
            qPrintable(u"confirmed, then posted again: " + it.key()));
        QCOMPARE(it.value(), 1);
    }
    verifyEachRowEndsOnce(journal, kPeople);
    QCOMPARE(sim.counters(kEventId).attended, kPeople);
    verifyNoTokenIn(test::readFile(journal));
    verifyNoTokenIn(second.out() + second.err());
}

void TestCliJournal::resumeUsesTheJournalPlanNotTheFile()
{
    HubSpotSimulator sim;
    startSimulator(&sim);
    HubSpotSimulator::Faults faults;
    faults.unauthorizedAfter = 3;
    sim.setFaults(faults);
    QTemporaryDir dir;
    const QString csv = writePeople(dir);
    const QString journal = dir.filePath(u"run.jsonl"_s);
    const QString base = sim.baseUrl().toString();
    const QStringList start
        = {u"--base-url"_s, base, u"import"_s, csv, u"--event"_s, kEventId, u"--state"_s,
            u"attend"_s, u"--batch-size"_s, u"10"_s, u"--journal"_s, journal, u"--json"_s};
    CliProcess first(start, kFirstToken);
    WAIT_FOR_CLI(first);
    QCOMPARE(first.exitCode(), 3);
    const QByteArray journalAfterStop = test::readFile(journal);

    // Usage problems change nothing and send nothing (exit 2).
    QFile::copy(csv, dir.filePath(u"copy.csv"_s));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::Append));
        f.write("late.comer@example.com,Late\n"); // the spreadsheet changed since the run started
    }
    const QList<QPair<QStringList, QByteArray>> refused = {
        {start, "holds an unfinished import"}, // a new run never overwrites an unfinished journal
        {start + QStringList {u"--resume"_s, u"--results"_s, journal}, "name the same file"},
        {start + QStringList {u"--resume"_s}, "is not the file this import started from"},
        {{u"--base-url"_s, base, u"import"_s, u"--journal"_s, journal, u"--resume"_s, u"--event"_s,
             u"1"_s},
            "the journal is an import into event 412934701, not 1"},
        {{u"--base-url"_s, base, u"import"_s, u"--journal"_s, journal, u"--resume"_s, u"--state"_s,
             u"cancel"_s},
            "records the attendees as attend, not cancel"},
        {{u"--base-url"_s, base, u"import"_s, u"--journal"_s, journal, u"--resume"_s, u"--map"_s,
             u"A=email"_s},
            "leave out --map"},
        {{u"--base-url"_s, base, u"import"_s, csv, u"--event"_s, kEventId, u"--state"_s,
             u"attend"_s, u"--resume"_s},
            "--resume needs --journal PATH"},
        {{u"--base-url"_s, base, u"import"_s, u"--journal"_s, dir.filePath(u"none.jsonl"_s),
             u"--resume"_s},
            "no journal at"},
    };
    for (const auto &[arguments, message] : refused) {
        CliProcess run(arguments, kSecondToken);
        WAIT_FOR_CLI(run);
        QVERIFY2(run.exitCode() == 2 && run.err().contains(message), run.err().constData());
    }
    QCOMPARE(postsWith(sim, kSecondToken).count, 0);
    QCOMPARE(test::readFile(journal), journalAfterStop);

    // The same file (a copy, elsewhere) is accepted; so is no file at all, even once the
    // spreadsheet is gone: the journal's plan is sent, not the file as it is now.
    const QStringList resumeWithCopy = {u"--base-url"_s, base, u"import"_s,
        dir.filePath(u"copy.csv"_s), u"--journal"_s, journal, u"--resume"_s, u"--json"_s};
    QVERIFY(QFile::remove(csv));
    CliProcess second({u"--base-url"_s, base, u"import"_s, u"--journal"_s, journal, u"--resume"_s,
                          u"--json"_s, u"--batch-size"_s, u"25"_s},
        kSecondToken);
    WAIT_FOR_CLI(second);
    QVERIFY2(second.exitCode() == 0, second.describe().constData());
    verifyAllSucceeded(second.json());
    QCOMPARE(second.json().value(u"event").toString(), QString(kEventId));
    const Posts resumed = postsWith(sim, kSecondToken);
    QCOMPARE(resumed.emails.size(), kPeople - 30);
    QVERIFY(!resumed.emails.contains(u"late.comer@example.com"_s));
    verifyEachRowEndsOnce(journal, kPeople);

    // Resuming a finished import sends nothing and reports the same outcome.
    CliProcess again(resumeWithCopy, kSecondToken);
    WAIT_FOR_CLI(again);
    QVERIFY2(again.exitCode() == 0, again.err().constData());
    verifyAllSucceeded(again.json());
    QCOMPARE(postsWith(sim, kSecondToken).count, resumed.count);
}

QTEST_GUILESS_MAIN(TestCliJournal)
#include "TestCliJournal.moc"
