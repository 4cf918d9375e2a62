// SPDX-License-Identifier: GPL-3.0-or-later
// What the real attendance-importer-cli writes, run with QProcess against a simulator this test
// starts: control characters from a cell or an event name never reach the terminal raw, the
// --results file is readable by its owner only, and a second Ctrl-C abandons requests that hang
// without losing track of their rows.
#include "CliProcess.h"
#include "HubSpotSimulator.h"
#include "SimulatedHubSpot.h"
#include "TestData.h"
#include "sending/RetryPolicy.h"
#include "sending/RunJournal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/stat.h>
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
constexpr auto kToken = "pat-na1-OUTPUT-FIRST-3c7e"_L1;
constexpr auto kSecondToken = "pat-na1-OUTPUT-SECOND-81fa"_L1;
constexpr auto kPlainEventId = "412934701"_L1; // seeded by seedDemo()
constexpr auto kHostileEventId = "512000001"_L1;

/// An OSC that retitles the window and ends with BEL, a CSI colour in its C1 form, a right-to-left
/// override and a line break, in an otherwise ordinary name with accents and another script.
const QString kHostileName
    = u"Taller \x1b]0;pwned\x07 práctico \u009b31m 研修 \u202e4202\u202c next line\nstarts here"_s;

/// The first character of @p bytes a terminal would act on, as "U+001B at 42"; empty when none.
/// Line breaks are the output's own and allowed.
QString firstRawControl(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool control = (c < 0x20 && c != u'\n') || (c >= 0x7f && c <= 0x9f);
        const bool bidi = c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069);
        if (control || bidi || c == 0x2028 || c == 0x2029)
            return u"U+%1 at %2"_s.arg(uint(c), 4, 16, QChar(u'0')).arg(i);
    }
    return {};
}

#define VERIFY_NO_RAW_CONTROL(bytes)                                                               \
    do {                                                                                           \
        const QString found = firstRawControl(bytes);                                              \
        QVERIFY2(found.isEmpty(), qPrintable(found + u"\n"_s + QString::fromUtf8(bytes)));         \
    } while (false)

/// Valid attendees with ordinary names, and three rows whose email cell carries an OSC, a C1 CSI
/// and a right-to-left override: invalid, so validate and import list them with their value.
/// The second header holds a line break (quoted), the third an escape sequence.
QByteArray hostileCsv()
{
    QByteArray csv = "email,\"first\nname\",\"note\x1b[8m\"\n";
    csv += "ana@example.com,Zoë,ok\n";
    csv += "bo@example.com,名前,ok\n";
    csv += "evil\x1b]0;pwned\x07@example.com,Eve,x\n";
    csv += QString(u"csi\u009b2J@example.com,Mallory,x\n"_s).toUtf8();
    csv += QString(u"gpj.\u202eexe@example.com,Trudy,x\n"_s).toUtf8();
    return csv;
}

bool ownerOnly(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    return QFile::exists(path) && !(QFile::permissions(path) & others);
}

int hungPosts(const HubSpotSimulator &sim)
{
    int hung = 0;
    const auto requests = sim.requests();
    for (const auto &r : requests)
        hung += r.method == "POST" && r.status == 0 ? 1 : 0;
    return hung;
}

} // namespace

class TestCliOutput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(CLI_PATH))); }
    void validateShowsControlCharactersEscaped();
    void eventsShowsControlCharactersEscaped();
    void importShowsControlCharactersEscaped();
    void resultsFileIsOwnerOnly();
    void secondCtrlCAbandonsHungRequests();

private:
    static void startSimulator(HubSpotSimulator *sim);
};

void TestCliOutput::startSimulator(HubSpotSimulator *sim)
{
    sim->seedDemo();
    const QStringList scopes {
        u"crm.objects.marketing_events.read"_s, u"crm.objects.marketing_events.write"_s};
    sim->addToken(kToken, scopes);
    sim->addToken(kSecondToken, scopes);
    attendance::sim::SimulatedEvent hostile;
    hostile.objectId = kHostileEventId;
    hostile.eventName = kHostileName;
    hostile.eventType = u"WORKSHOP\x1b[5m"_s;
    hostile.startDateTime = QDateTime::currentDateTimeUtc().addDays(3);
    sim->addEvent(hostile);
    QVERIFY(sim->listen());
}

void TestCliOutput::validateShowsControlCharactersEscaped()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"people.csv"_s);
    QVERIFY(test::writeFile(csv, hostileCsv()));

    CliProcess text({u"validate"_s, csv});
    WAIT_FOR_CLI(text);
    QVERIFY2(text.exitCode() == 0, text.describe().constData());
    const QByteArray out = text.out();
    VERIFY_NO_RAW_CONTROL(out);
    VERIFY_NO_RAW_CONTROL(text.err());
    // Shown, escaped, where they were: each on its own row's line.
    const QString shown = QString::fromUtf8(out);
    QVERIFY2(shown.contains(u"evil\\x1b]0;pwned\\x07@example.com"_s), out.constData());
    QVERIFY2(shown.contains(u"csi\\u009b2J@example.com"_s), out.constData());
    QVERIFY2(shown.contains(u"gpj.\\u202eexe@example.com"_s), out.constData());
    QVERIFY2(shown.contains(u"note\\x1b[8m"_s), out.constData());
    // The header's line break does not break the column list: one line per column.
    const QStringList lines = shown.split(u'\n');
    const auto columnLine = [&](const QString &needle) {
        for (const QString &line : lines) {
            if (line.contains(needle))
                return line;
        }
        return QString();
    };
    QVERIFY2(columnLine(u"first\\nname"_s).contains(u"->"_s), out.constData());
    for (const QString &line : lines)
        QVERIFY2(!line.startsWith(u"name"_s), qPrintable(line));

    // JSON keeps the values exactly, and escapes them too (C1 and the override as \uXXXX).
    CliProcess json({u"validate"_s, csv, u"--json"_s});
    WAIT_FOR_CLI(json);
    QCOMPARE(json.exitCode(), 0);
    VERIFY_NO_RAW_CONTROL(json.out());
    QSet<QString> values;
    for (const QJsonValue &v : json.json().value(u"invalid").toArray())
        values.insert(v.toObject().value(u"value").toString());
    QCOMPARE(values,
        (QSet<QString> {u"evil\x1b]0;pwned\x07@example.com"_s, u"csi\u009b2J@example.com"_s,
            u"gpj.\u202eexe@example.com"_s}));
}

void TestCliOutput::eventsShowsControlCharactersEscaped()
{
    HubSpotSimulator sim;
    startSimulator(&sim);

    CliProcess text({u"--base-url"_s, sim.baseUrl().toString(), u"events"_s}, kToken);
    WAIT_FOR_CLI(text);
    QVERIFY2(text.exitCode() == 0, text.describe().constData());
    const QByteArray out = text.out();
    VERIFY_NO_RAW_CONTROL(out);
    const QString shown = QString::fromUtf8(out);
    // Ordinary text untouched, the rest visible.
    QVERIFY2(
        shown.contains(u"Taller \\x1b]0;pwned\\x07 práctico \\u009b31m 研修 \\u202e4202\\u202c "
                       "next line\\nstarts here"_s),
        out.constData());
    QVERIFY2(shown.contains(u"WORKSHOP\\x1b[5m"_s), out.constData());
    QVERIFY2(shown.contains(u"Taller práctico: Automatización de campañas"_s), out.constData());
    // A header and one line per event: the name's line break did not add one.
    const QStringList lines = shown.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 1 + sim.events().size());
    for (const QString &line : lines)
        QVERIFY2(!line.startsWith(u"starts here"_s), qPrintable(line));

    CliProcess json({u"--base-url"_s, sim.baseUrl().toString(), u"events"_s, u"--json"_s}, kToken);
    WAIT_FOR_CLI(json);
    QCOMPARE(json.exitCode(), 0);
    VERIFY_NO_RAW_CONTROL(json.out());
    QString name;
    for (const QJsonValue &v : json.json().value(u"events").toArray()) {
        if (v.toObject().value(u"objectId").toString() == kHostileEventId)
            name = v.toObject().value(u"eventName").toString();
    }
    QCOMPARE(name, kHostileName);
}

void TestCliOutput::importShowsControlCharactersEscaped()
{
    HubSpotSimulator sim;
    startSimulator(&sim);
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"people.csv"_s);
    QVERIFY(test::writeFile(csv, hostileCsv()));
    const QString results = dir.filePath(u"results.csv"_s);

    // --progress: the messages a terminal would get, the event's name among them.
    CliProcess run(
        {u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, csv, u"--event"_s, kHostileEventId,
            u"--state"_s, u"register"_s, u"--progress"_s, u"--results"_s, results},
        kToken);
    WAIT_FOR_CLI(run);
    QVERIFY2(run.exitCode() == 0, run.describe().constData());
    const QByteArray out = run.out();
    const QByteArray err = run.err();
    VERIFY_NO_RAW_CONTROL(out);
    VERIFY_NO_RAW_CONTROL(err);
    QVERIFY2(QString::fromUtf8(err).contains(u"\"Taller \\x1b]0;pwned\\x07 práctico"_s),
        err.constData());
    const QString report = QString::fromUtf8(out);
    QVERIFY2(report.contains(u"2 succeeded, 0 failed, 3 skipped"_s), out.constData());
    QVERIFY2(report.contains(u"evil\\x1b]0;pwned\\x07@example.com"_s), out.constData());
    QVERIFY2(report.contains(u"gpj.\\u202eexe@example.com"_s), out.constData());
    // The results file is data, not terminal output: it keeps the name as HubSpot has it.
    QVERIFY(QString::fromUtf8(test::readFile(results)).contains(kHostileName.left(20)));
}

void TestCliOutput::resultsFileIsOwnerOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("File modes are POSIX");
#else
    HubSpotSimulator sim;
    startSimulator(&sim);
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"people.csv"_s);
    QVERIFY(test::writeFile(csv, "email\nana@example.com\nbo@example.com\n"));
    const QString fresh = dir.filePath(u"fresh.csv"_s);
    const QString existing = dir.filePath(u"existing.csv"_s);
    QVERIFY(test::writeFile(existing, "an earlier export\n"));
    QVERIFY(QFile::setPermissions(existing,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther));
    QVERIFY(!ownerOnly(existing));

    // The usual umask: without care, a new file would be readable by everyone.
    const mode_t previousMask = ::umask(022);
    const auto restoreMask = qScopeGuard([previousMask] { ::umask(previousMask); });
    for (const QString &results : {fresh, existing}) {
        CliProcess run({u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, csv, u"--event"_s,
                           kPlainEventId, u"--state"_s, u"register"_s, u"--results"_s, results},
            kToken);
        WAIT_FOR_CLI(run);
        QVERIFY2(run.exitCode() == 0, run.describe().constData());
        QVERIFY2(test::readFile(results).contains("ana@example.com"), qPrintable(results));
        QVERIFY2(ownerOnly(results),
            qPrintable(u"%1: %2"_s.arg(results).arg(int(QFile::permissions(results)), 0, 16)));
        QVERIFY(QFile::permissions(results) & QFileDevice::ReadOwner);
    }
#endif
}

void TestCliOutput::secondCtrlCAbandonsHungRequests()
{
#ifndef Q_OS_UNIX
    QSKIP("Sends SIGINT");
#else
    HubSpotSimulator sim;
    startSimulator(&sim);
    // Two batches are answered; from then on every attendance POST hangs far beyond --timeout.
    HubSpotSimulator::Faults hang;
    hang.hangRate = 1.0;
    hang.hangCloseAfterMs = 10 * kTimeoutMs;
    int answered = 0;
    connect(&sim, &HubSpotSimulator::requestHandled, this, [&] {
        int ok = 0;
        const auto requests = sim.requests();
        for (const auto &r : requests)
            ok += r.method == "POST" && r.status == 200 ? 1 : 0;
        if (ok == 2 && answered < 2)
            sim.setFaults(hang);
        answered = ok;
    });

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"people.csv"_s);
    QVERIFY(test::writeFile(csv, test::peopleCsv(kPeople)));
    const QString journal = dir.filePath(u"run.jsonl"_s);
    const QStringList common = {u"--base-url"_s, sim.baseUrl().toString(), u"--timeout"_s, u"60"_s,
        u"import"_s, csv, u"--event"_s, kPlainEventId, u"--state"_s, u"register"_s,
        u"--batch-size"_s, u"10"_s, u"--journal"_s, journal, u"--json"_s};

    CliProcess first(common, kToken);
    QTRY_VERIFY_WITH_TIMEOUT(hungPosts(sim) >= 1, kTimeoutMs);
    QCOMPARE(first.finishedCount(), 0);
    QVERIFY(first.sendSignal(SIGINT));
    // The first Ctrl-C waits for the answers, and says how not to.
    QTRY_VERIFY_WITH_TIMEOUT(first.err().contains("Ctrl-C again"), kTimeoutMs);
    QCOMPARE(first.finishedCount(), 0);
    QElapsedTimer sinceSecond;
    sinceSecond.start();
    QVERIFY(first.sendSignal(SIGINT));
    // Far below --timeout 60: the hung requests are abandoned, not waited for.
    QTRY_COMPARE_WITH_TIMEOUT(first.finishedCount(), 1, 15000);
    QVERIFY2(sinceSecond.elapsed() < 15000, qPrintable(QString::number(sinceSecond.elapsed())));
    QVERIFY2(first.exitCode() == 1, first.describe().constData());
    QVERIFY2(first.err().contains("Second Ctrl-C"), first.err().constData());
    QVERIFY2(first.err().contains("--resume"), first.err().constData());

    // What HubSpot confirmed is recorded as succeeded; the hung rows as not confirmed (failed,
    // resendable, saying HubSpot may have them); the rest as not sent.
    const Posts interrupted = postsWith(sim, kToken);
    QCOMPARE(interrupted.accepted.size(), 20);
    const JournalContents before = RunJournal::load(journal);
    QVERIFY2(before.ok(), qPrintable(before.error));
    QVERIFY(!before.complete);
    QCOMPARE(before.results.size(), kPeople);
    QSet<QString> confirmed;
    int unconfirmed = 0;
    for (const RowResult &r : before.results) {
        const QString e = r.email.toLower();
        QCOMPARE(r.status == RowStatus::Succeeded, interrupted.accepted.contains(e));
        if (r.status == RowStatus::Succeeded) {
            confirmed.insert(e);
            continue;
        }
        QCOMPARE(r.status, RowStatus::Failed);
        QVERIFY2(isResendable(r.error.category), qPrintable(r.error.category));
        const bool wasPosted = interrupted.emails.contains(e);
        if (wasPosted) {
            ++unconfirmed;
            QVERIFY2(r.error.message.contains(u"may have recorded"_s), qPrintable(r.error.message));
        }
    }
    QVERIFY(unconfirmed >= 10); // at least one hung batch
    QCOMPARE(first.json().value(u"succeeded").toInt(), 20);
    QCOMPARE(first.json().value(u"failed").toInt(), kPeople - 20);

    // A resume against a healthy HubSpot sends exactly the rows not confirmed, once each.
    sim.setFaults({});
    CliProcess second(common + QStringList {u"--resume"_s}, kSecondToken);
    WAIT_FOR_CLI(second);
    QVERIFY2(second.exitCode() == 0, second.describe().constData());
    QCOMPARE(second.json().value(u"succeeded").toInt(), kPeople);
    QCOMPARE(second.json().value(u"failed").toInt(), 0);
    const Posts resumed = postsWith(sim, kSecondToken);
    QCOMPARE(resumed.emails.size(), kPeople - 20);
    for (int i = 0; i < kPeople; ++i) {
        const QString e = personEmail(i);
        QCOMPARE(resumed.emails.value(e), confirmed.contains(e) ? 0 : 1);
    }
    QVERIFY(RunJournal::load(journal).complete);
#endif
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "TestCliOutput.moc"
