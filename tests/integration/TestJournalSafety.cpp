// SPDX-License-Identifier: GPL-3.0-or-later
// import --journal cannot be aimed at something else: the real CLI against a simulator this test
// runs, with journals reached through symbolic and hard links, and on a disk that is full before
// the plan is written or fills up during the run (a tiny tmpfs, mounted in a user namespace of
// the CLI's own, or by root). Each run uses its own token, so the simulator's log says which run
// posted what.
#include "CliProcess.h"
#include "HubSpotSimulator.h"
#include "SimulatedHubSpot.h"
#include "TestData.h"
#include "sending/RetryPolicy.h"
#include "sending/RunJournal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
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
constexpr int kBatch = 10;
constexpr auto kFirstToken = "pat-na1-SAFETY-FIRST-71c2"_L1;
constexpr auto kSecondToken = "pat-na1-SAFETY-SECOND-0b9e"_L1;
constexpr auto kEventId = "412934701"_L1;

/// kPeople attendees (test::peopleCsv()), person0 on row 2.
QString writePeople(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"people.csv"_s);
    return test::writeFile(path, test::peopleCsv(kPeople)) ? path : QString();
}

/// Lower-cased emails of the rows the journal holds as judged by HubSpot.
QSet<QString> finalEmails(const JournalContents &journal)
{
    QSet<QString> emails;
    for (const RowResult &r : journal.results) {
        if (r.status == RowStatus::Succeeded
            || (r.status == RowStatus::Failed && !isResendable(r.error.category)))
            emails.insert(r.email.toLower());
    }
    return emails;
}

int journalRowLines(const QString &path)
{
    return int(test::readFile(path).count("\"type\":\"rows\""));
}

/// Every line of the journal is a whole JSON object: nothing torn, nothing glued together.
void verifyWholeLines(const QByteArray &journal)
{
    QVERIFY(journal.endsWith('\n'));
    const QList<QByteArray> lines = journal.chopped(1).split('\n');
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, line.left(200).constData());
    }
}

/// The size of the header and the plan of an import of writePeople()'s file: those of a journal
/// of the same plan, written in @p dir (nothing is sent).
qint64 planBytes(const QTemporaryDir &dir, const QString &csv)
{
    JournalHeader header;
    header.runId = u"00000000-0000-0000-0000-000000000000"_s;
    header.createdAt = QDateTime::currentDateTimeUtc();
    header.eventId = kEventId;
    header.file = csv;
    header.fileSha256 = QString(64, u'0');
    header.defaultInteractionTime = QDateTime::currentMSecsSinceEpoch();
    ImportPlan plan;
    plan.file = csv;
    plan.sheet = u"people"_s;
    plan.headerRow = 1;
    plan.totalRows = kPeople + 1;
    for (int i = 0; i < kPeople; ++i) {
        Attendee a;
        a.row = i + 2;
        a.email = personEmail(i);
        a.contactProperties.insert(u"firstname"_s, u"Zoë %1"_s.arg(i));
        plan.attendees.append(a);
    }
    const QString path = dir.filePath(u"sample.jsonl"_s);
    RunJournal sample;
    return sample.create(path, header, plan) ? QFileInfo(path).size() : -1;
}

/// A tmpfs is sized in memory pages.
qint64 pageSize()
{
#ifdef Q_OS_UNIX
    return ::sysconf(_SC_PAGESIZE);
#else
    return 4096;
#endif
}

/// How this machine lets the test give the CLI a tiny disk of its own.
enum class Mounting { Unknown, UserNamespace, Root, Impossible };

/// Runs in sh: mounts a tmpfs of $3 bytes on $1, runs the rest of the arguments (the CLI), then
/// lists the tmpfs into $2/listing and copies what it holds to $2/copy. The tmpfs is only visible
/// to this shell when it lives in a user namespace, hence the copy.
const auto kDiskScript = uR"(mnt=$1 out=$2 size=$3
shift 3
mount -t tmpfs -o size="$size",mode=0700 tmpfs "$mnt" || exit 97
"$@"
rc=$?
ls -A "$mnt" > "$out/listing"
mkdir -p "$out/copy" && cp -a "$mnt/." "$out/copy/"
umount "$mnt" 2>/dev/null
exit $rc)"_s;

/// What the full-disk tests start from (TestJournalSafety::setUpTinyDisk()): a simulator,
/// writePeople()'s file, and two folders in dir: "disk", where the tmpfs is mounted and the journal
/// (disk/run.jsonl) goes, and "out", where the script leaves what the tmpfs held.
struct TinyDisk
{
    HubSpotSimulator sim;
    QTemporaryDir dir;
    QString csv;
    QString journal;
};

} // namespace

class TestJournalSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void symbolicLinkIsRefusedAndItsTargetUntouched();
    void hardLinkToAJournalInUseIsRefused();
    void planThatDoesNotFitLeavesNothingBehind();
    void diskFillingUpStopsTheRunResumably();

private:
    void startSimulator(HubSpotSimulator *sim);
    void setUpTinyDisk(TinyDisk *tiny);
    /// The CLI with @p arguments, on a tmpfs of @p bytes mounted at @p tiny's disk folder.
    std::unique_ptr<CliProcess> runOnTinyDisk(
        const TinyDisk &tiny, int bytes, const QStringList &arguments, QLatin1StringView token);
    Mounting mounting();
    /// Empty when a tiny disk can be made; else why not, for QSKIP.
    QByteArray whyNoTinyDisk();

    Mounting m_mounting = Mounting::Unknown;
};

void TestJournalSafety::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(CLI_PATH)));
}

void TestJournalSafety::startSimulator(HubSpotSimulator *sim)
{
    sim->seedDemo();
    const QStringList scopes {
        u"crm.objects.marketing_events.read"_s, u"crm.objects.marketing_events.write"_s};
    sim->addToken(kFirstToken, scopes);
    sim->addToken(kSecondToken, scopes);
    QVERIFY(sim->listen());
}

Mounting TestJournalSafety::mounting()
{
    if (m_mounting != Mounting::Unknown)
        return m_mounting;
    m_mounting = Mounting::Impossible;
#ifdef Q_OS_LINUX
    QTemporaryDir probe;
    const auto works = [&probe](QStringList command) {
        command << u"sh"_s << u"-c"_s
                << u"mount -t tmpfs -o size=4k tmpfs \"$0\" && umount \"$0\""_s << probe.path();
        QProcess p;
        p.start(command.takeFirst(), command);
        return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit
            && p.exitCode() == 0;
    };
    const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
    if (!unshare.isEmpty() && works({unshare, u"--user"_s, u"--map-root-user"_s, u"--mount"_s}))
        m_mounting = Mounting::UserNamespace;
    else if (::geteuid() == 0 && works({u"/usr/bin/env"_s}))
        m_mounting = Mounting::Root;
#endif
    return m_mounting;
}

void TestJournalSafety::setUpTinyDisk(TinyDisk *tiny)
{
    startSimulator(&tiny->sim);
    tiny->csv = writePeople(tiny->dir);
    QVERIFY(QDir(tiny->dir.path()).mkdir(u"disk"_s));
    QVERIFY(QDir(tiny->dir.path()).mkdir(u"out"_s));
    tiny->journal = tiny->dir.filePath(u"disk/run.jsonl"_s);
}

std::unique_ptr<CliProcess> TestJournalSafety::runOnTinyDisk(
    const TinyDisk &tiny, int bytes, const QStringList &arguments, QLatin1StringView token)
{
    const QStringList script
        = QStringList {u"sh"_s, u"-c"_s, kDiskScript, u"sh"_s, tiny.dir.filePath(u"disk"_s),
              tiny.dir.filePath(u"out"_s), QString::number(bytes), test::cliPath()}
        + arguments;
    CliProcess::Options options;
    options.token = token;
    if (m_mounting == Mounting::UserNamespace) {
        options.program = QStandardPaths::findExecutable(u"unshare"_s);
        return std::make_unique<CliProcess>(
            QStringList {u"--user"_s, u"--map-root-user"_s, u"--mount"_s} + script, options);
    }
    options.program = u"/usr/bin/env"_s;
    return std::make_unique<CliProcess>(script, options);
}

QByteArray TestJournalSafety::whyNoTinyDisk()
{
    if (mounting() == Mounting::Impossible)
        return "Cannot mount a tmpfs here: neither 'unshare --user --map-root-user --mount' nor "
               "mount as root works, so a full disk cannot be made";
    if (pageSize() > 8192)
        return "Memory pages are larger than 8 KiB here: too coarse for this test's tmpfs sizes";
    return {};
}

void TestJournalSafety::symbolicLinkIsRefusedAndItsTargetUntouched()
{
#ifndef Q_OS_UNIX
    QSKIP("Symbolic links need privileges on Windows");
#else
    HubSpotSimulator sim;
    startSimulator(&sim);
    QTemporaryDir dir;
    const QString csv = writePeople(dir);
    const QString base = sim.baseUrl().toString();
    const auto import = [&](const QString &journal) {
        return QStringList {u"--base-url"_s, base, u"import"_s, csv, u"--event"_s, kEventId,
            u"--state"_s, u"attend"_s, u"--batch-size"_s, u"50"_s, u"--journal"_s, journal};
    };
    const auto resume = [&](const QString &journal) {
        return QStringList {
            u"--base-url"_s, base, u"import"_s, u"--journal"_s, journal, u"--resume"_s};
    };

    // A dangling link: the file it names is not created, by a new import or by a resume.
    const QString missing = dir.filePath(u"somewhere-else.jsonl"_s);
    const QString dangling = dir.filePath(u"dangling.jsonl"_s);
    QVERIFY(QFile::link(missing, dangling));
    for (const QStringList &arguments : {import(dangling), resume(dangling)}) {
        CliProcess run(arguments, kSecondToken);
        WAIT_FOR_CLI(run);
        QVERIFY2(run.exitCode() == 2 && run.err().contains("is a symbolic link"),
            run.describe().constData());
        QVERIFY2(!QFileInfo::exists(missing), run.describe().constData());
        QVERIFY(QFileInfo(dangling).isSymLink());
    }

    // A link to the journal of a finished import: that journal is neither replaced nor resumed.
    const QString finished = dir.filePath(u"finished.jsonl"_s);
    CliProcess first(import(finished), kFirstToken);
    WAIT_FOR_CLI(first);
    QVERIFY2(first.exitCode() == 0, first.describe().constData());
    QVERIFY(RunJournal::load(finished).complete);
    const QByteArray before = test::readFile(finished);
    const QString link = dir.filePath(u"link.jsonl"_s);
    QVERIFY(QFile::link(finished, link));
    for (const QStringList &arguments : {import(link), resume(link)}) {
        CliProcess run(arguments, kSecondToken);
        WAIT_FOR_CLI(run);
        QVERIFY2(run.exitCode() == 2 && run.err().contains("is a symbolic link"),
            run.describe().constData());
        QCOMPARE(test::readFile(finished), before);
    }
    QVERIFY(!RunJournal::load(link).ok()); // nor does the app read one through a link
    QCOMPARE(postsWith(sim, kSecondToken).count, 0);
#endif
}

void TestJournalSafety::hardLinkToAJournalInUseIsRefused()
{
#ifndef Q_OS_UNIX
    QSKIP("Makes hard links with link(2)");
#else
    HubSpotSimulator sim;
    startSimulator(&sim);
    // Each answer takes a second: the first run is still sending while the others try.
    HubSpotSimulator::Faults slow;
    slow.latencyMs = 1000;
    sim.setFaults(slow);
    QTemporaryDir dir;
    const QString csv = writePeople(dir);
    const QString journal = dir.filePath(u"run.jsonl"_s);
    const QString alias = dir.filePath(u"alias.jsonl"_s);
    const QString base = sim.baseUrl().toString();
    // What a version that locked PATH.lock left after a kill changes nothing.
    {
        QFile stale(journal + u".lock"_s);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(
            "4194305\nattendance-importer-cli\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    }

    CliProcess first({u"--base-url"_s, base, u"import"_s, csv, u"--event"_s, kEventId, u"--state"_s,
                         u"register"_s, u"--batch-size"_s, QString::number(kBatch), u"--journal"_s,
                         journal, u"--json"_s},
        kFirstToken);
    QTRY_VERIFY_WITH_TIMEOUT(journalRowLines(journal) >= 1, kTimeoutMs);
    QCOMPARE(
        ::link(QFile::encodeName(journal).constData(), QFile::encodeName(alias).constData()), 0);

    // The same file by another name: neither resumed nor replaced while its run goes on.
    const QList<QStringList> rivals = {
        {u"--base-url"_s, base, u"import"_s, u"--journal"_s, alias, u"--resume"_s},
        {u"--base-url"_s, base, u"import"_s, csv, u"--event"_s, kEventId, u"--state"_s,
            u"register"_s, u"--journal"_s, alias},
    };
    for (const QStringList &arguments : rivals) {
        CliProcess rival(arguments, kSecondToken);
        WAIT_FOR_CLI(rival);
        QVERIFY2(rival.exitCode() == 2 && rival.err().contains("in use by another import")
                && rival.err().contains("wait for it to finish"),
            rival.describe().constData());
    }
    QCOMPARE(first.finishedCount(), 0); // the rivals met the run while it went on

    WAIT_FOR_CLI(first);
    QVERIFY2(first.exitCode() == 0, first.describe().constData());
    QCOMPARE(first.json().value(u"succeeded").toInt(), kPeople);
    QCOMPARE(postsWith(sim, kSecondToken).count, 0);
    const Posts posted = postsWith(sim, kFirstToken);
    QCOMPARE(posted.emails.size(), kPeople);
    for (auto it = posted.emails.cbegin(); it != posted.emails.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(u"posted twice: "_s + it.key()));
    const JournalContents after = RunJournal::load(alias);
    QVERIFY(after.complete);
    QCOMPARE(finalEmails(after).size(), kPeople);
#endif
}

void TestJournalSafety::planThatDoesNotFitLeavesNothingBehind()
{
    if (const QByteArray why = whyNoTinyDisk(); !why.isEmpty())
        QSKIP(why.constData());
    TinyDisk tiny;
    setUpTinyDisk(&tiny);
    auto &[sim, dir, csv, journal] = tiny;

    // One page of disk (4 KiB); the plan of 300 people takes about 35.
    QVERIFY(planBytes(dir, csv) > pageSize());
    const auto run = runOnTinyDisk(tiny, int(pageSize()),
        {u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, csv, u"--event"_s, kEventId,
            u"--state"_s, u"attend"_s, u"--journal"_s, journal},
        kFirstToken);
    WAIT_FOR_CLI(*run);
    QVERIFY2(run->exitCode() != 97, "the tmpfs could not be mounted");
    const QByteArray err = run->err();
    QVERIFY2(run->exitCode() == 2 && err.contains("No space left on device")
            && err.contains(journal.toUtf8()) && err.contains("Nothing was sent"),
        run->describe().constData());
    QVERIFY2(!err.contains("Could not reach HubSpot"), err.constData());
    // Neither the journal nor its temporary file is left to block the path.
    QCOMPARE(test::readFile(dir.filePath(u"out/listing"_s)), QByteArray());
    QCOMPARE(postsWith(sim, kFirstToken).count, 0);
}

void TestJournalSafety::diskFillingUpStopsTheRunResumably()
{
    if (const QByteArray why = whyNoTinyDisk(); !why.isEmpty())
        QSKIP(why.constData());
    TinyDisk tiny;
    setUpTinyDisk(&tiny);
    auto &[sim, dir, csv, journal] = tiny;
    const QStringList import = {u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, csv,
        u"--event"_s, kEventId, u"--state"_s, u"attend"_s, u"--batch-size"_s,
        QString::number(kBatch), u"--json"_s, u"--journal"_s};

    // The plan fits, with a page or so to spare (the header names the event, which the sample
    // does not); the outcomes of 300 rows, some 15 KB, do not.
    const qint64 page = pageSize();
    const int disk = int(((planBytes(dir, csv) + 512 + page - 1) / page + 1) * page);

    const auto run = runOnTinyDisk(tiny, disk, import + QStringList {journal}, kFirstToken);
    WAIT_FOR_CLI(*run);
    QVERIFY2(run->exitCode() != 97, "the tmpfs could not be mounted");
    const QByteArray err = run->err();
    QVERIFY2(run->exitCode() == 4 && err.contains("No space left on device")
            && err.contains(journal.toUtf8()) && err.contains("--resume"),
        run->describe().constData());
    QVERIFY2(!err.contains("Could not reach HubSpot"), err.constData());
    const QJsonObject stopped = run->json().value(u"stoppedBecause").toObject();
    QCOMPARE(stopped.value(u"category").toString(), u"JOURNAL_NOT_WRITTEN"_s);
    QVERIFY(stopped.value(u"message").toString().contains(u"No space left on device"));
    QCOMPARE(test::readFile(dir.filePath(u"out/listing"_s)), QByteArray("run.jsonl\n"));

    // What the disk holds is a whole, unfinished journal that a resume completes.
    const QString copy = dir.filePath(u"out/copy/run.jsonl"_s);
    verifyWholeLines(test::readFile(copy));
    const JournalContents before = RunJournal::load(copy);
    QVERIFY2(before.ok(), qPrintable(before.error));
    QVERIFY(!before.complete);
    const QSet<QString> confirmed = finalEmails(before);
    QVERIFY(!confirmed.isEmpty()); // the disk filled up midway, not before the first batch
    QVERIFY(confirmed.size() < kPeople);

    CliProcess resumed({u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, u"--journal"_s,
                           copy, u"--resume"_s, u"--json"_s},
        kSecondToken);
    WAIT_FOR_CLI(resumed);
    QVERIFY2(resumed.exitCode() == 0, resumed.describe().constData());
    QCOMPARE(resumed.json().value(u"succeeded").toInt(), kPeople);
    QVERIFY(RunJournal::load(copy).complete);
    const Posts again = postsWith(sim, kSecondToken);
    for (auto it = again.emails.cbegin(); it != again.emails.cend(); ++it)
        QVERIFY2(!confirmed.contains(it.key()),
            qPrintable(u"confirmed, then posted again: " + it.key()));
    // Posted twice: only the rows HubSpot accepted while the journal could not record them, the
    // batch that met the full disk and those already in flight (three at most).
    const Posts stoppedRun = postsWith(sim, kFirstToken);
    int twice = 0;
    for (auto it = stoppedRun.accepted.cbegin(); it != stoppedRun.accepted.cend(); ++it)
        twice += again.accepted.contains(it.key()) ? 1 : 0;
    QVERIFY2(twice <= 4 * kBatch, qPrintable(QString::number(twice)));
    QCOMPARE(sim.counters(kEventId).attended, kPeople);
}

QTEST_GUILESS_MAIN(TestJournalSafety)
#include "TestJournalSafety.moc"
