// SPDX-License-Identifier: GPL-3.0-or-later
// The real attendance-importer-cli binary, run with QProcess: with --demo, or against a simulator
// this test starts. The test never blocks on the child (no waitForFinished): its own simulator has
// to keep answering from this event loop while the child runs.
#include "AppInfo.h"
#include "CliProcess.h"
#include "HubSpotSimulator.h"
#include "SimulatedHubSpot.h"
#include "TestData.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace Qt::StringLiterals;
using attendance::sim::HubSpotSimulator;
using attendance::test::CliProcess;
using attendance::test::postsWith;

namespace {

constexpr int kTimeoutMs = 60000;
constexpr auto kSentinel = "pat-na1-SENTINEL-7f3c9a"_L1;
constexpr auto kReadOnlyToken = "pat-na1-READONLY-2b81d4"_L1;
constexpr auto kReadScope = "crm.objects.marketing_events.read"_L1;
constexpr auto kWriteScope = "crm.objects.marketing_events.write"_L1;
constexpr auto kContactsScope = "crm.objects.contacts.read"_L1;
constexpr auto kContactsToken = "pat-na1-CONTACTS-5c0e77"_L1;
constexpr auto kWebinarId = "412934701"_L1;

/// row -> result object, for the rows of an import that were not sent successfully.
QHash<int, QJsonObject> resultsByRow(const QJsonObject &json)
{
    QHash<int, QJsonObject> rows;
    const QJsonArray results = json.value(u"results"_s).toArray();
    for (const QJsonValue &v : results)
        rows.insert(v.toObject().value(u"row"_s).toInt(), v.toObject());
    return rows;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void demoEventsJson();
    void demoImportJson();
    void attendSkipsNoShows();
    void byStatusRecordsEachRowInItsState();
    void existingContactsOnlySendsNoUnknownEmail();
    void existingContactsOnlyNamesTheMissingScope();
    void cancelledEventRefused();
    void demoImportHuman();
    void tokenNeverLeaks();
    void badToken();
    void readOnlyToken();
    void unknownEvent();
    void usageErrors_data();
    void usageErrors();
    void validateJson();
    void validateTeamsSections();
    void validateWarnsOfMojibake();
    void mergedSessionsSendFirstJoinLastLeave();
    void validateSummaryAndOptions();
    void validateWorkbookSheets();
    void workbookOpensOnTheSheetWithAddresses();
    void validateDateOrderAndRepairs();
    void importInteractionTime_data();
    void importInteractionTime();
    void tokenFile();
    void tokenStdin();
    void interruptCancelsCleanly();

private:
    void startSimulator(HubSpotSimulator *sim);

    QTemporaryDir m_dir;
    QString m_people; ///< 250 data rows: 3 invalid emails, 2 repeated ones.
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(CLI_PATH)));
    // Row numbers as a spreadsheet shows them: header = row 1, person i = row i + 1.
    QByteArray csv = "Email,First name\n";
    for (int i = 1; i <= 250; ++i) {
        QByteArray email = "person" + QByteArray::number(i) + "@example.com";
        if (i == 10)
            email = "not-an-email";
        else if (i == 20)
            email = "ana@@example.com";
        else if (i == 30)
            email = "bob at example.com";
        else if (i == 100)
            email = "person5@example.com"; // row 101 repeats row 6
        else if (i == 200)
            email = "PERSON7@example.com"; // row 201 repeats row 8, in another case
        csv += email + ",Name" + QByteArray::number(i) + '\n';
    }
    m_people = m_dir.filePath(u"people.csv"_s);
    QFile file(m_people);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
}

void TestCli::startSimulator(HubSpotSimulator *sim)
{
    QVERIFY(sim->listen(0));
    sim->seedDemo();
    sim->addToken(kSentinel, {kReadScope, kWriteScope});
    sim->addToken(kReadOnlyToken, {kReadScope});
    sim->addToken(kContactsToken, {kReadScope, kWriteScope, kContactsScope});
}

void TestCli::help()
{
    CliProcess general({u"--help"_s});
    WAIT_FOR_CLI(general);
    QCOMPARE(general.exitCode(), 0);
    for (const char *word :
        {"validate FILE", "events", "import FILE", "HUBSPOT_ACCESS_TOKEN", "Exit codes"})
        QVERIFY2(general.out().contains(word), word);

    CliProcess import({u"import"_s, u"--help"_s});
    WAIT_FOR_CLI(import);
    QCOMPARE(import.exitCode(), 0);
    for (const char *option :
        {"--event", "--state", "--sheet", "--header-row", "--map", "--date-format", "--date-order",
            "--timezone", "--encoding", "--delimiter", "--batch-size", "--interaction-time",
            "--results", "--journal", "--resume", "--json", "--progress", "--base-url",
            "--api-version", "--demo", "--token-file", "--token-stdin"})
        QVERIFY2(import.out().contains(option), option);

    CliProcess version({u"--version"_s});
    WAIT_FOR_CLI(version);
    QCOMPARE(version.out().trimmed(),
        "attendance-importer-cli " + QByteArray(attendance::appinfo::kVersion));
}

void TestCli::demoEventsJson()
{
    CliProcess run({u"--demo"_s, u"events"_s, u"--json"_s});
    WAIT_FOR_CLI(run);
    QCOMPARE(run.exitCode(), 0);
    QVERIFY(run.err().contains("Demo mode: a simulated HubSpot account on this computer"));

    QJsonParseError error {};
    const QJsonArray events
        = QJsonDocument::fromJson(run.out(), &error).object().value(u"events"_s).toArray();
    QCOMPARE(error.error, QJsonParseError::NoError); // nothing but JSON on stdout
    QStringList ids;
    QStringList names;
    for (const QJsonValue &e : events) {
        ids << e[u"objectId"_s].toString();
        names << e[u"eventName"_s].toString();
        QVERIFY(e.toObject().contains(u"startDateTime"_s));
        QVERIFY(!e[u"eventType"_s].toString().isEmpty());
    }
    QCOMPARE(ids,
        QStringList({u"412934701"_s, u"412934702"_s, u"412934703"_s, u"412934704"_s, u"412934705"_s,
            u"412934706"_s}));
    QCOMPARE(names,
        QStringList({u"Webinar: Novedades de producto 2026"_s,
            u"Webinar: Getting Started with Marketing Automation"_s, u"Customer Summit 2026"_s,
            u"Taller práctico: Automatización de campañas"_s,
            u"Webinar: Q3 Product Roadmap Review"_s, u"Meetup: Data & Analytics Barcelona"_s}));
}

void TestCli::demoImportJson()
{
    CliProcess run({u"--demo"_s, u"import"_s, m_people, u"--event"_s, kWebinarId, u"--state"_s,
        u"attend"_s, u"--json"_s, u"--progress"_s});
    WAIT_FOR_CLI(run);
    QCOMPARE(run.exitCode(), 0);
    const QJsonObject json = run.json();
    QCOMPARE(json[u"event"_s].toString(), kWebinarId);
    QCOMPARE(json[u"state"_s].toString(), u"attend"_s);
    QCOMPARE(json[u"succeeded"_s].toInt(), 245);
    QCOMPARE(json[u"failed"_s].toInt(), 0);
    QCOMPARE(json[u"skipped"_s].toInt(), 5);
    QCOMPARE(json[u"requests"_s].toInt(), 3);
    QVERIFY(json[u"stoppedBecause"_s].isNull());
    QVERIFY(run.err().contains("Sent 245 of 245 rows"));

    const QHash<int, QJsonObject> rows = resultsByRow(json);
    QCOMPARE(rows.size(), 250);
    const QHash<int, QPair<QString, QString>> skipped {
        {11, {u"INVALID_EMAIL"_s, u"not-an-email"_s}},
        {21, {u"INVALID_EMAIL"_s, u"ana@@example.com"_s}},
        {31, {u"INVALID_EMAIL"_s, u"bob at example.com"_s}}, {101, {u"DUPLICATE"_s, u"row 6"_s}},
        {201, {u"DUPLICATE"_s, u"row 8"_s}}};
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it) {
        const QJsonObject r = rows.value(it.key());
        QCOMPARE(r[u"status"_s].toString(), u"skipped"_s);
        QVERIFY(r[u"vid"_s].isNull());
        QCOMPARE(r[u"error"_s][u"category"_s].toString(), it.value().first);
        if (it.value().first == u"INVALID_EMAIL")
            QCOMPARE(r[u"email"_s].toString(), it.value().second);
        QVERIFY2(!r[u"error"_s][u"message"_s].toString().isEmpty(),
            qPrintable(QString::number(it.key())));
        if (it.value().first == u"DUPLICATE") // names the first row, the one sent
            QVERIFY(r[u"error"_s][u"message"_s].toString().contains(it.value().second));
    }
    // Contact ids exceed 2^32: they must come out as exact JSON integers, not doubles.
    const QJsonObject first = rows.value(2);
    const qint64 vid = HubSpotSimulator::contactIdFor(u"person1@example.com"_s);
    QVERIFY(vid > (qint64(1) << 32));
    QCOMPARE(first[u"status"_s].toString(), u"succeeded"_s);
    QCOMPARE(first[u"vid"_s].toInteger(), vid);
    QVERIFY(first[u"error"_s].isNull());
    QVERIFY(run.out().contains(QByteArray("\"vid\": " + QByteArray::number(vid))));
}

void TestCli::demoImportHuman()
{
    CliProcess run({u"--demo"_s, u"import"_s, m_people, u"--event"_s, kWebinarId, u"--state"_s,
        u"register"_s});
    WAIT_FOR_CLI(run);
    QCOMPARE(run.exitCode(), 0);
    const QList<QByteArray> lines = run.out().split('\n');
    QCOMPARE(lines.value(0), QByteArray("245 succeeded, 0 failed, 5 skipped in 3 requests"));
    // Every skipped row with its row number, the cell and the reason.
    const auto line = [&lines](const QByteArray &start) {
        for (const QByteArray &l : lines) {
            if (l.simplified().startsWith(start))
                return l.simplified();
        }
        return QByteArray();
    };
    QCOMPARE(line("row 11 "), QByteArray("row 11 not-an-email The address has no @"));
    QVERIFY(line("row 21 ").startsWith("row 21 ana@@example.com "));
    QVERIFY(line("row 31 ").startsWith("row 31 bob at example.com "));
    QVERIFY(line("row 101 ").contains("person5@example.com Same email as row 6"));
    QVERIFY(line("row 201 ").contains("PERSON7@example.com Same email as row 8"));
    QVERIFY(line("row 2 ").isEmpty()); // succeeded rows are not listed
}

void TestCli::tokenNeverLeaks()
{
    HubSpotSimulator sim;
    startSimulator(&sim);
    CliProcess::Options verbose;
    verbose.environment = attendance::test::cliEnvironment(kSentinel);
    verbose.environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    const QString results = m_dir.filePath(u"leak-results.csv"_s);
    CliProcess run({u"--base-url"_s, sim.baseUrl().toString(), u"--verbose"_s, u"import"_s,
                       m_people, u"--event"_s, kWebinarId, u"--state"_s, u"register"_s,
                       u"--results"_s, results, u"--json"_s, u"--progress"_s},
        verbose);
    WAIT_FOR_CLI(run);
    QCOMPARE(run.exitCode(), 0);
    QVERIFY(run.err().contains("-> 200")); // the request log was on, and still no token in it

    QFile csv(results);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray written = csv.readAll();
    QCOMPARE(written.count("\r\n"), 251);
    for (const QByteArray &secret : {QByteArray(kSentinel.data()), QByteArray("SENTINEL-7f3c9a")}) {
        QVERIFY(!run.out().contains(secret));
        QVERIFY(!run.err().contains(secret));
        QVERIFY(!written.contains(secret));
    }

    const auto requests = sim.requests();
    QVERIFY(requests.size() >= 4); // the event lookup, then three batches
    for (const auto &r : requests)
        QCOMPARE(r.authorization, "Bearer " + QByteArray(kSentinel.data()));
    QSet<QString> emails;
    qsizetype inputs = 0;
    const auto sent = postsWith(sim).requests;
    QCOMPARE(sent.size(), 3);
    for (const auto &post : sent) {
        QVERIFY(post.path.endsWith(u"/412934701/attendance/register/email-create"));
        const QJsonArray batch = QJsonDocument::fromJson(post.body).object()[u"inputs"_s].toArray();
        inputs += batch.size();
        for (const QJsonValue &input : batch)
            emails.insert(input[u"email"_s].toString().toLower());
    }
    QCOMPARE(inputs, 245);
    QCOMPARE(emails.size(), 245); // no email posted twice
}

void TestCli::attendSkipsNoShows()
{
    // Zoom's attendee report lists registrants with Attended = Yes/No: with --state attend, no
    // "No" row reaches HubSpot, and each is in the results with its reason.
    HubSpotSimulator sim;
    startSimulator(&sim);
    const QString file = attendance::test::dataPath(u"exports/zoom-webinar-attendees.csv"_s);
    const QString results = m_dir.filePath(u"zoom-results.csv"_s);
    CliProcess validate({u"validate"_s, file, u"--state"_s, u"attend"_s, u"--timezone"_s,
        u"Europe/Madrid"_s, u"--json"_s});
    WAIT_FOR_CLI(validate);
    QCOMPARE(validate.exitCode(), 0);
    const QJsonArray skipped = validate.json()[u"skipped"_s].toArray();
    QVERIFY(!skipped.isEmpty());
    QSet<QString> noShows;
    for (const QJsonValue &row : skipped) {
        QCOMPARE(row[u"reason"_s].toString(), u"did not attend: Attended = No"_s);
        noShows.insert(row[u"email"_s].toString().toLower());
    }

    CliProcess run({u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, file, u"--event"_s,
                       kWebinarId, u"--state"_s, u"attend"_s, u"--timezone"_s, u"Europe/Madrid"_s,
                       u"--results"_s, results, u"--json"_s},
        QString(kSentinel));
    WAIT_FOR_CLI(run);
    QVERIFY2(run.exitCode() == 0, run.err().constData());
    const auto sent = postsWith(sim).requests;
    QVERIFY(!sent.isEmpty());
    qsizetype inputs = 0;
    for (const auto &post : sent) {
        QVERIFY(post.path.endsWith(u"/attendance/attend/email-create"));
        const QJsonArray batch = QJsonDocument::fromJson(post.body).object()[u"inputs"_s].toArray();
        inputs += batch.size();
        for (const QJsonValue &input : batch)
            QVERIFY2(!noShows.contains(input[u"email"_s].toString().toLower()),
                qPrintable(input[u"email"_s].toString()));
    }
    const QJsonObject json = run.json();
    QCOMPARE(json[u"succeeded"_s].toInt(), inputs);
    QCOMPARE(json[u"skipped"_s].toInt(), skipped.size() + 1); // and the row without an email

    QFile csv(results);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray written = csv.readAll();
    QCOMPARE(written.count("did not attend: Attended = No"), skipped.size());
}

void TestCli::byStatusRecordsEachRowInItsState()
{
    // An Eventbrite attendee list: Checked In, Attending, Not Attending, Refunded, Cancelled, a
    // blank status, and Farid's refunded ticket before the one he checked in with.
    HubSpotSimulator sim;
    startSimulator(&sim);
    const QString file = attendance::test::dataPath(u"exports/eventbrite-checkin-by-status.csv"_s);
    const QString results = m_dir.filePath(u"by-status-results.csv"_s);
    const QString journal = m_dir.filePath(u"by-status.journal"_s);
    CliProcess run(
        {u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, file, u"--event"_s, kWebinarId,
            u"--state"_s, u"by-status"_s, u"--timezone"_s, u"Europe/Madrid"_s, u"--results"_s,
            results, u"--journal"_s, journal, u"--json"_s, u"--progress"_s},
        QString(kSentinel));
    WAIT_FOR_CLI(run);
    QVERIFY2(run.exitCode() == 0, run.describe().constData());
    QVERIFY2(run.err().contains("by each row's status: 3 as attend, 2 as register, 2 as cancel."),
        run.describe().constData());

    // Each state to its own endpoint, each person once, in the state their own row says.
    const QHash<QString, QString> expected {
        {u"ana.lopez@example.es"_s, u"attend"_s},
        {u"ben.carter@example.com"_s, u"register"_s},
        {u"chloe.dubois@example.fr"_s, u"register"_s},
        {u"diego.ruiz@example.mx"_s, u"cancel"_s},
        {u"elena.marin@example.es"_s, u"cancel"_s},
        {u"farid.haddad@example.com"_s, u"attend"_s},
        {u"hugo.blanc@example.fr"_s, u"attend"_s},
    };
    QHash<QString, QString> sent;
    for (const auto &post : postsWith(sim).requests) {
        const QString state = post.path.section(u'/', -2, -2);
        const QJsonArray batch = QJsonDocument::fromJson(post.body).object()[u"inputs"_s].toArray();
        for (const QJsonValue &input : batch) {
            const QString email = input[u"email"_s].toString();
            QVERIFY2(!sent.contains(email), qPrintable(email));
            sent.insert(email, state);
        }
    }
    QCOMPARE(sent, expected);

    const QJsonObject json = run.json();
    QCOMPARE(json[u"state"_s].toString(), u"by-status"_s);
    QCOMPARE(json[u"succeededByState"_s].toObject(),
        (QJsonObject {{u"attend"_s, 3}, {u"register"_s, 2}, {u"cancel"_s, 2}}));
    QCOMPARE(json[u"skipped"_s].toInt(), 2); // Farid's refund and Grace's blank status
    for (const QJsonValue &row : json[u"results"_s].toArray()) {
        const QString email = row[u"email"_s].toString();
        if (row[u"status"_s].toString() == u"succeeded") {
            QCOMPARE(row[u"state"_s].toString(), expected.value(email));
        } else {
            QCOMPARE(row[u"status"_s].toString(), u"skipped"_s);
            QVERIFY(row[u"state"_s].isNull());
        }
    }
    const QJsonArray rows = json[u"results"_s].toArray();
    QCOMPARE(rows.at(5)[u"error"_s][u"message"_s].toString(),
        u"Same email as row 8, which is sent instead, as attend: a person is recorded once, in "
        "the furthest state their rows reach (attend, then register, then cancel)."_s);
    QCOMPARE(rows.at(7)[u"error"_s][u"message"_s].toString(),
        u"no status to go by: Attendee Status is empty"_s);

    // The results file and the journal carry each row's state.
    QFile csv(results);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QVERIFY(lines.at(2).startsWith("3,ben.carter@example.com,succeeded,"));
    QVERIFY2(lines.at(2).trimmed().endsWith(",register"), lines.at(2).constData());
    QVERIFY2(lines.at(5).trimmed().endsWith(",cancel"), lines.at(5).constData());
    QVERIFY2(lines.at(7).trimmed().endsWith(",attend"), lines.at(7).constData());
    QFile journalFile(journal);
    QVERIFY(journalFile.open(QIODevice::ReadOnly));
    const QByteArray journalText = journalFile.readAll();
    QVERIFY(journalText.contains(R"("state":"by-status")"));
    QVERIFY(journalText.contains(R"("row":5,"state":"cancel")")); // Diego, refunded
}

void TestCli::existingContactsOnlySendsNoUnknownEmail()
{
    // Every third person is a contact already; PERSON7 is one in another case.
    HubSpotSimulator sim;
    startSimulator(&sim);
    QSet<QString> contacts;
    for (int i = 3; i <= 250; i += 3) {
        const QString email = u"person%1@example.com"_s.arg(i);
        sim.addContact({email, {}, {}});
        contacts.insert(email);
    }
    sim.addContact({u"Person7@Example.com"_s, {}, {}});
    contacts.insert(u"person7@example.com"_s);
    const QString results = m_dir.filePath(u"contacts-only.csv"_s);
    CliProcess run({u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, m_people, u"--event"_s,
                       kWebinarId, u"--state"_s, u"register"_s, u"--existing-contacts-only"_s,
                       u"--results"_s, results, u"--json"_s, u"--progress"_s},
        QString(kContactsToken));
    WAIT_FOR_CLI(run);
    QVERIFY2(run.exitCode() == 0, run.describe().constData());
    QVERIFY(run.err().contains("Only people who are already contacts in HubSpot are recorded"));

    // No unknown email reaches email-create (which would create it); every known one does, once.
    const auto posts = postsWith(sim);
    QSet<QString> posted;
    for (auto it = posts.emails.cbegin(); it != posts.emails.cend(); ++it) {
        QVERIFY2(contacts.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(it.value(), 1);
        posted.insert(it.key());
    }
    // The file's 245 distinct valid emails in batches of 100: three lookups.
    int lookups = 0;
    for (const auto &request : sim.requests())
        lookups += request.path.endsWith(u"/crm/v3/objects/contacts/batch/read");
    QCOMPARE(lookups, 3);

    // Each unknown one is reported, with the reason, in the output and the results file.
    const QJsonObject json = run.json();
    int notContacts = 0;
    for (const QJsonValue &row : json[u"results"_s].toArray()) {
        const QString email = row[u"email"_s].toString().toLower();
        if (row[u"status"_s].toString() == u"succeeded") {
            QVERIFY2(contacts.contains(email), qPrintable(email));
            continue;
        }
        if (row[u"error"_s][u"category"_s].toString() != u"NOT_A_CONTACT")
            continue;
        ++notContacts;
        QVERIFY2(!contacts.contains(email), qPrintable(email));
        QCOMPARE(row[u"status"_s].toString(), u"skipped"_s);
        QVERIFY(row[u"error"_s][u"message"_s].toString().startsWith(u"not a contact in HubSpot"_s));
    }
    QCOMPARE(json[u"succeeded"_s].toInt(), posted.size());
    QCOMPARE(notContacts + posted.size(), 245);
    QFile csv(results);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count(",skipped,,NOT_A_CONTACT,not a contact in HubSpot"), notContacts);
}

void TestCli::existingContactsOnlyNamesTheMissingScope()
{
    // A token without crm.objects.contacts.read: the lookup is refused, and nothing is sent.
    HubSpotSimulator sim;
    startSimulator(&sim);
    CliProcess run({u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, m_people, u"--event"_s,
                       kWebinarId, u"--state"_s, u"attend"_s, u"--existing-contacts-only"_s},
        QString(kSentinel));
    WAIT_FOR_CLI(run);
    QCOMPARE(run.exitCode(), 3);
    QVERIFY2(run.err().contains("crm.objects.contacts.read"), run.describe().constData());
    QCOMPARE(postsWith(sim).count, 0);
}

void TestCli::validateWarnsOfMojibake()
{
    // UTF-8 that went through windows-1252 once: "JosÃ©". It decodes cleanly; it must not pass
    // unnoticed.
    const QString file = attendance::test::dataPath(u"exports/double-encoded-utf8.csv"_s);
    CliProcess json({u"validate"_s, file, u"--json"_s, u"--summary"_s});
    WAIT_FOR_CLI(json);
    QCOMPARE(json.exitCode(), 0);
    QCOMPARE(json.json().value(u"mojibake"_s).toObject(),
        (QJsonObject {{u"row"_s, 2}, {u"value"_s, u"JosÃ©"_s}}));
    CliProcess text({u"validate"_s, file});
    WAIT_FOR_CLI(text);
    QVERIFY2(text.out().contains(u"Warning: row 2 holds \"JosÃ©\", which looks like text read in "
                                 "the wrong encoding"_s.toUtf8()),
        text.describe().constData());

    // The same names spelled right: no warning.
    CliProcess clean({u"validate"_s, m_people, u"--json"_s, u"--summary"_s});
    WAIT_FOR_CLI(clean);
    QVERIFY(clean.json().value(u"mojibake"_s).isNull());
}

void TestCli::mergedSessionsSendFirstJoinLastLeave()
{
    // Teams' list of sessions (the report's third table): José and Søren left and joined again.
    // Each is sent once, joined at their first join and left at their last leave.
    HubSpotSimulator sim;
    startSimulator(&sim);
    const QString file = attendance::test::dataPath(u"exports/teams-attendance-sections.csv"_s);
    const QString results = m_dir.filePath(u"sessions-results.csv"_s);
    CliProcess run({u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, file, u"--header-row"_s,
                       u"17"_s, u"--event"_s, kWebinarId, u"--state"_s, u"attend"_s,
                       u"--timezone"_s, u"Europe/Madrid"_s, u"--results"_s, results, u"--json"_s},
        QString(kSentinel));
    WAIT_FOR_CLI(run);
    QVERIFY2(run.exitCode() == 0, run.err().constData());
    QHash<QString, QJsonObject> sent;
    for (const auto &post : postsWith(sim).requests) {
        const QJsonArray batch = QJsonDocument::fromJson(post.body).object()[u"inputs"_s].toArray();
        for (const QJsonValue &input : batch) {
            const QString email = input[u"email"_s].toString();
            QVERIFY2(!sent.contains(email), qPrintable(email)); // each person once
            sent.insert(email, input[u"properties"_s].toObject());
        }
    }
    QCOMPARE(sent.size(), 4);
    // 10:02:11 (first session's join) to 10:58:30 (second session's leave), Madrid, UTC+1.
    QCOMPARE(sent.value(u"jose.nunez@example.es"_s),
        (QJsonObject {{u"joinedAt"_s, u"1795165331000"_s}, {u"leftAt"_s, u"1795168710000"_s}}));
    // 10:05:00 to 11:00:00.
    QCOMPARE(sent.value(u"soren@example.dk"_s),
        (QJsonObject {{u"joinedAt"_s, u"1795165500000"_s}, {u"leftAt"_s, u"1795168800000"_s}}));
    const QJsonObject json = run.json();
    QCOMPARE(json[u"succeeded"_s].toInt(), 4);
    QCOMPARE(json[u"skipped"_s].toInt(), 2);

    QFile csv(results);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray written = csv.readAll();
    QCOMPARE(written.count("MERGED"), 2);
    QVERIFY(written.contains("Another session of the person in row 19"));
}

void TestCli::cancelledEventRefused()
{
    // The demo's meetup is cancelled in HubSpot: registering or attending there needs a word.
    const QString cancelledId = u"412934706"_s;
    CliProcess refused({u"--demo"_s, u"import"_s, m_people, u"--event"_s, cancelledId, u"--state"_s,
        u"attend"_s, u"--json"_s});
    WAIT_FOR_CLI(refused);
    QCOMPARE(refused.exitCode(), 2);
    QVERIFY2(refused.err().contains("is cancelled in HubSpot"), refused.err().constData());
    QVERIFY(refused.err().contains("--allow-cancelled-event"));
    QVERIFY(refused.out().isEmpty());

    // Cancelling registrations of a cancelled event is what one does: no flag needed.
    CliProcess cancel({u"--demo"_s, u"import"_s, m_people, u"--event"_s, cancelledId, u"--state"_s,
        u"cancel"_s, u"--json"_s});
    WAIT_FOR_CLI(cancel);
    QCOMPARE(cancel.exitCode(), 0);

    const QString results = m_dir.filePath(u"cancelled-results.csv"_s);
    CliProcess allowed({u"--demo"_s, u"import"_s, m_people, u"--event"_s, cancelledId, u"--state"_s,
        u"register"_s, u"--allow-cancelled-event"_s, u"--results"_s, results});
    WAIT_FOR_CLI(allowed);
    QCOMPARE(allowed.exitCode(), 0);
    QVERIFY2(allowed.err().contains("Analytics Barcelona (cancelled)\" (412934706) as register"),
        allowed.err().constData());
}

void TestCli::badToken()
{
    HubSpotSimulator sim;
    startSimulator(&sim);
    const QString wrongToken = u"pat-na1-WRONG-000000"_s;
    CliProcess import({u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, m_people,
                          u"--event"_s, kWebinarId, u"--state"_s, u"attend"_s},
        wrongToken);
    WAIT_FOR_CLI(import);
    QCOMPARE(import.exitCode(), 3);
    QVERIFY2(
        import.err().contains("HubSpot did not accept the access token"), import.err().constData());
    QVERIFY(postsWith(sim).requests.isEmpty());

    CliProcess events({u"--base-url"_s, sim.baseUrl().toString(), u"events"_s}, wrongToken);
    WAIT_FOR_CLI(events);
    QCOMPARE(events.exitCode(), 3);
    QVERIFY(events.err().contains("access token"));
}

void TestCli::readOnlyToken()
{
    HubSpotSimulator sim;
    startSimulator(&sim);
    CliProcess run({u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, m_people, u"--event"_s,
                       kWebinarId, u"--state"_s, u"attend"_s, u"--json"_s},
        kReadOnlyToken);
    WAIT_FOR_CLI(run);
    QCOMPARE(run.exitCode(), 3);
    QVERIFY2(run.err().contains("crm.objects.marketing_events.write"), run.err().constData());
    const QJsonObject json = run.json();
    QCOMPARE(json[u"stoppedBecause"_s][u"httpStatus"_s].toInt(), 403);
    QCOMPARE(json[u"succeeded"_s].toInt(), 0);
    QCOMPARE(json[u"failed"_s].toInt(), 245);
    QCOMPARE(json[u"skipped"_s].toInt(), 5);
    QCOMPARE(postsWith(sim).requests.size(), 1); // the run stopped at the first refusal
}

void TestCli::unknownEvent()
{
    CliProcess run(
        {u"--demo"_s, u"import"_s, m_people, u"--event"_s, u"999999"_s, u"--state"_s, u"attend"_s});
    WAIT_FOR_CLI(run);
    QCOMPARE(run.exitCode(), 2);
    QVERIFY(run.err().contains("No marketing event with id 999999 in this account"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<QString>("message");

    const QString import = u"import"_s;
    const QString workbook = attendance::test::dataPath(u"xlsx/attendees.xlsx"_s);
    const QString pdf = m_dir.filePath(u"agenda.pdf"_s);
    QFile junk(pdf);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray("%PDF-1.7\n\x00\x01\x02\xff binary", 20));
    junk.close();
    QTest::newRow("plain http to another host")
        << QStringList {u"--base-url"_s, u"http://example.com"_s, u"events"_s} << true
        << u"http://"_s;
    QTest::newRow("--token") << QStringList {u"events"_s, u"--token"_s, u"pat-na1-ARGV-123"_s}
                             << false << u"never taken from the command line"_s;
    QTest::newRow("--token=") << QStringList {u"events"_s, u"--token=pat-na1-ARGV-123"_s} << false
                              << u"never taken from the command line"_s;
    QTest::newRow("no token") << QStringList {u"events"_s} << false << u"HUBSPOT_ACCESS_TOKEN"_s;
    QTest::newRow("missing file") << QStringList {u"validate"_s, m_dir.filePath(u"missing.csv"_s)}
                                  << false << u"does not exist"_s;
    QTest::newRow("not a spreadsheet") << QStringList {u"validate"_s, pdf} << false
                                       << u"is not a spreadsheet this program reads"_s;
    QTest::newRow("--sheet on CSV") << QStringList {u"validate"_s, m_people, u"--sheet"_s,
        u"Hoja1"_s} << false << u"A CSV file has a single sheet, \"people\""_s;
    QTest::newRow("--sheet unknown") << QStringList {u"validate"_s, workbook, u"--sheet"_s,
        u"Hoja1"_s} << false << u"No sheet \"Hoja1\" in this workbook. Its sheets are: "_s;
    QTest::newRow("--date-order") << QStringList {u"validate"_s, m_people, u"--date-order"_s,
        u"ymd"_s} << false << u"--date-order takes day-first, month-first or auto"_s;
    QTest::newRow("--interaction-time") << QStringList {import, m_people, u"--event"_s, kWebinarId,
        u"--state"_s, u"attend"_s, u"--interaction-time"_s, u"yesterday"_s}
                                        << true << u"--interaction-time takes now, event-start"_s;
    QTest::newRow("--resume without --journal") << QStringList {import, m_people, u"--event"_s,
        kWebinarId, u"--state"_s, u"attend"_s, u"--resume"_s}
                                                << true << u"--resume needs --journal PATH"_s;
    QTest::newRow("--batch-size 0") << QStringList {import, m_people, u"--event"_s, kWebinarId,
        u"--state"_s, u"attend"_s, u"--batch-size"_s, u"0"_s}
                                    << true << u"--batch-size"_s;
    QTest::newRow("--state") << QStringList {import, m_people, u"--event"_s, kWebinarId,
        u"--state"_s, u"went"_s}
                             << true << u"register, attend, cancel or by-status"_s;
    QTest::newRow("--timezone") << QStringList {u"validate"_s, m_people, u"--timezone"_s,
        u"Mars/Olympus"_s} << false
                                << u"Unknown time zone"_s;
    QTest::newRow("--map target") << QStringList {u"validate"_s, m_people, u"--map"_s, u"B=phone"_s}
                                  << false << u"Unknown target 'phone'"_s;
    QTest::newRow("option of another command") << QStringList {u"validate"_s, m_people,
        u"--event"_s, u"1"_s} << false << u"Unknown option 'event'"_s;
    QTest::newRow("unknown command")
        << QStringList {u"send"_s} << false << u"Unknown command 'send'"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withToken);
    QFETCH(QString, message);
    CliProcess run(arguments, withToken ? u"pat-na1-UNUSED-000"_s : QString());
    WAIT_FOR_CLI(run);
    QCOMPARE(run.exitCode(), 2);
    QVERIFY2(run.err().contains(message.toUtf8()), run.err().constData());
    QVERIFY(run.out().isEmpty());
    QVERIFY(!run.err().contains("ARGV-123")); // a token given on the command line is not echoed
}

void TestCli::validateJson()
{
    const QString file = attendance::test::dataPath(u"cli/registrations.csv"_s);
    CliProcess run({u"validate"_s, file, u"--json"_s});
    WAIT_FOR_CLI(run);
    QCOMPARE(run.exitCode(), 0);
    const QJsonObject expected {
        {u"file"_s, file},
        {u"sheet"_s, u"registrations"_s},
        {u"sheetChoice"_s, QJsonValue::Null}, // a CSV file has one sheet: nothing was chosen
        {u"headerRow"_s, 1},
        {u"totalRows"_s, 5}, // the blank row 4 is not counted, but keeps the numbering
        {u"tableEnd"_s, QJsonValue::Null},
        {u"mojibake"_s, QJsonValue::Null},
        {u"mapping"_s,
            QJsonObject {{u"Email"_s, u"email"_s},
                {u"First name"_s, u"contactProperties.firstname"_s},
                {u"Last name"_s, u"contactProperties.lastname"_s},
                {u"Registration Time"_s, u"interactionDateTime"_s}}},
        {u"attendees"_s,
            QJsonArray {
                QJsonObject {{u"row"_s, 2}, {u"email"_s, u"ana@example.com"_s},
                    {u"interactionDateTime"_s, qint64(1795168800000)}, // 2026-11-20T10:00:00Z
                    {u"contactProperties"_s,
                        QJsonObject {{u"firstname"_s, u"Ana"_s}, {u"lastname"_s, u"García"_s}}},
                    {u"properties"_s, QJsonObject {}}},
                QJsonObject {{u"row"_s, 6}, {u"email"_s, u"carl@example.com"_s},
                    {u"interactionDateTime"_s, QJsonValue::Null},
                    {u"contactProperties"_s, QJsonObject {{u"firstname"_s, u"Carl"_s}}},
                    {u"properties"_s, QJsonObject {}}},
                // '20/11/2026 10:00' is a common export format; 20 cannot be a month.
                QJsonObject {{u"row"_s, 7}, {u"email"_s, u"dana@example.com"_s},
                    {u"interactionDateTime"_s, qint64(1795168800000)},
                    {u"contactProperties"_s,
                        QJsonObject {{u"firstname"_s, u"Dana"_s}, {u"lastname"_s, u"Ruiz"_s}}},
                    {u"properties"_s, QJsonObject {}}}}},
        {u"invalid"_s,
            QJsonArray {QJsonObject {{u"row"_s, 3}, {u"value"_s, u"not-an-email"_s},
                {u"reason"_s, u"The address has no @"_s}}}},
        {u"duplicates"_s,
            QJsonArray {QJsonObject {{u"row"_s, 5}, {u"email"_s, u"ANA@example.com"_s},
                {u"firstRow"_s, 2}, {u"merged"_s, false}}}},
        {u"skipped"_s, QJsonArray {}},
        {u"repaired"_s, QJsonArray {}},
        {u"dateOrder"_s, QJsonObject {{u"used"_s, u"day-first"_s}, {u"ambiguous"_s, false}}},
    };
    QCOMPARE(run.json(), expected);
}

void TestCli::validateTeamsSections()
{
    // A Teams report read untouched: the participants table, up to the next section's title.
    const QString file = attendance::test::dataPath(u"exports/teams-attendance-sections.csv"_s);
    CliProcess json({u"validate"_s, file, u"--json"_s, u"--summary"_s});
    WAIT_FOR_CLI(json);
    QCOMPARE(json.exitCode(), 0);
    QCOMPARE(json.json().value(u"headerRow"_s).toInt(), 10);
    QCOMPARE(json.json().value(u"valid"_s).toInt(), 4);
    QCOMPARE(json.json().value(u"tableEnd"_s).toObject(),
        (QJsonObject {{u"row"_s, 16}, {u"nextTitle"_s, u"3. In-Meeting Activities"_s},
            {u"rowsNotRead"_s, 8}}));

    CliProcess text({u"validate"_s, file});
    WAIT_FOR_CLI(text);
    QCOMPARE(text.exitCode(), 0);
    QVERIFY2(text.out().contains("The table ends at row 16, where another one begins (\"3. "
                                 "In-Meeting Activities\"): its 8 rows are not read."),
        text.describe().constData());
}

void TestCli::validateSummaryAndOptions()
{
    const QString file = attendance::test::dataPath(u"cli/registrations.csv"_s);
    CliProcess summary({u"validate"_s, file, u"--json"_s, u"--summary"_s});
    WAIT_FOR_CLI(summary);
    QCOMPARE(summary.exitCode(), 0);
    QJsonObject json = summary.json();
    QCOMPARE(json[u"valid"_s].toInt(), 3);
    QCOMPARE(json[u"invalidCount"_s].toInt(), 1);
    QCOMPARE(json[u"duplicateCount"_s].toInt(), 1);
    for (const QString &array : {u"attendees"_s, u"invalid"_s, u"duplicates"_s})
        QVERIFY(!json.contains(array));

    // A day-first date read in Madrid (UTC+1 in November); a column mapped away by letter.
    CliProcess options({u"validate"_s, file, u"--json"_s, u"--date-format"_s, u"dd/MM/yyyy HH:mm"_s,
        u"--timezone"_s, u"Europe/Madrid"_s, u"--map"_s, u"C=ignore"_s});
    WAIT_FOR_CLI(options);
    QCOMPARE(options.exitCode(), 0);
    json = options.json();
    QCOMPARE(json[u"mapping"_s][u"Last name"_s].toString(), u"ignore"_s);
    const QJsonArray attendees = json[u"attendees"_s].toArray();
    QCOMPARE(attendees.size(), 3);
    QCOMPARE(attendees.at(2)[u"row"_s].toInt(), 7);
    QCOMPARE(
        attendees.at(2)[u"interactionDateTime"_s].toInteger(), qint64(1795165200000)); // 09:00Z
    QCOMPARE(attendees.at(0)[u"contactProperties"_s].toObject(),
        QJsonObject({{u"firstname"_s, u"Ana"_s}}));
}

void TestCli::validateWorkbookSheets()
{
    // Every sheet is named in the error; --sheet picks one (case-insensitively).
    const QString workbook = attendance::test::dataPath(u"xlsx/attendees.xlsx"_s);
    CliProcess first({u"validate"_s, workbook, u"--json"_s});
    WAIT_FOR_CLI(first);
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(first.json()[u"sheet"_s].toString(), u"Attendees"_s);

    CliProcess unknown({u"validate"_s, workbook, u"--sheet"_s, u"Nope"_s});
    WAIT_FOR_CLI(unknown);
    QCOMPARE(unknown.exitCode(), 2);
    QVERIFY2(unknown.err().contains("\"Attendees\""), unknown.err().constData());
    QVERIFY(unknown.err().contains("\"Title at row 3\""));

    CliProcess second({u"validate"_s, workbook, u"--sheet"_s, u"title at row 3"_s, u"--json"_s});
    WAIT_FOR_CLI(second);
    QCOMPARE(second.exitCode(), 0);
    const QJsonObject json = second.json();
    QCOMPARE(json[u"sheet"_s].toString(), u"Title at row 3"_s);
    QCOMPARE(json[u"headerRow"_s].toInt(), 3);

    // A CSV's single sheet is named after the file, and that name is accepted.
    CliProcess csv(
        {u"validate"_s, m_people, u"--sheet"_s, u"people"_s, u"--json"_s, u"--summary"_s});
    WAIT_FOR_CLI(csv);
    QCOMPARE(csv.exitCode(), 0);
    QCOMPARE(csv.json()[u"valid"_s].toInt(), 245);
}

void TestCli::workbookOpensOnTheSheetWithAddresses()
{
    // The first sheet is an event summary; "Attendees" and "Speakers" both have an Email column.
    const QString workbook = attendance::test::dataPath(u"xlsx/summary-first.xlsx"_s);
    const QByteArray line = "Sheet \"Attendees\" was chosen: it holds the email addresses. Other "
                            "sheets with addresses: \"Speakers\". Choose with --sheet.\n";
    CliProcess json({u"validate"_s, workbook, u"--json"_s});
    WAIT_FOR_CLI(json);
    QCOMPARE(json.exitCode(), 0);
    const QJsonObject plan = json.json();
    QCOMPARE(plan[u"sheet"_s].toString(), u"Attendees"_s);
    QCOMPARE(plan[u"attendees"_s].toArray().size(), 4);
    const QJsonObject choice = plan[u"sheetChoice"_s].toObject();
    QCOMPARE(choice[u"chosen"_s].toString(), u"Attendees"_s);
    QCOMPARE(choice[u"reason"_s].toString(), u"email-column"_s);
    QCOMPARE(choice[u"others"_s].toArray(), QJsonArray {u"Speakers"_s});

    CliProcess text({u"validate"_s, workbook, u"--summary"_s});
    WAIT_FOR_CLI(text);
    QCOMPARE(text.exitCode(), 0);
    const QByteArray shown = QByteArray("(sheet \"Attendees\", header row 1)\n").append(line);
    QVERIFY2(text.out().contains(shown), text.out().constData());

    // A sheet named is read as named, and nothing is said about a choice.
    CliProcess named({u"validate"_s, workbook, u"--sheet"_s, u"speakers"_s, u"--json"_s});
    WAIT_FOR_CLI(named);
    QCOMPARE(named.exitCode(), 0);
    QCOMPARE(named.json()[u"sheet"_s].toString(), u"Speakers"_s);
    QVERIFY(named.json()[u"sheetChoice"_s].isNull());
    CliProcess summary({u"validate"_s, workbook, u"--sheet"_s, u"Event summary"_s});
    WAIT_FOR_CLI(summary);
    QCOMPARE(summary.exitCode(), 2);
    QVERIFY2(summary.err().contains("These sheets hold email addresses: \u201CAttendees\u201D, "
                                    "\u201CSpeakers\u201D. Use --map"),
        summary.err().constData());

    // import reads the same sheet and says so too.
    CliProcess run({u"--demo"_s, u"import"_s, workbook, u"--event"_s, kWebinarId, u"--state"_s,
        u"register"_s, u"--json"_s});
    WAIT_FOR_CLI(run);
    QCOMPARE(run.exitCode(), 0);
    QCOMPARE(run.json()[u"succeeded"_s].toInt(), 4);
    QCOMPARE(run.json()[u"sheetChoice"_s][u"chosen"_s].toString(), u"Attendees"_s);
    QVERIFY2(run.err().contains(line), run.err().constData());
}

void TestCli::validateDateOrderAndRepairs()
{
    const QString path = m_dir.filePath(u"ambiguous.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Email,Registration Time\nmailto:ana@example.com,03/04/2026 10:00\n"
               "Luis <luis@example.com>,05/06/2026 11:30\n");
    file.close();
    const auto utc = [](int month, int day, int hour, int minute) {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc())
            .toMSecsSinceEpoch();
    };

    CliProcess automatic({u"validate"_s, path, u"--json"_s, u"--timezone"_s, u"UTC"_s});
    WAIT_FOR_CLI(automatic);
    QCOMPARE(automatic.exitCode(), 0);
    QJsonObject json = automatic.json();
    QCOMPARE(json[u"dateOrder"_s][u"ambiguous"_s].toBool(), true);
    QCOMPARE(json[u"dateOrder"_s][u"used"_s].toString(), u"day-first"_s);
    QCOMPARE(json[u"attendees"_s][0][u"interactionDateTime"_s].toInteger(), utc(4, 3, 10, 0));
    const QJsonArray expectedRepairs {
        QJsonObject {{u"row"_s, 2}, {u"original"_s, u"mailto:ana@example.com"_s},
            {u"email"_s, u"ana@example.com"_s}},
        QJsonObject {{u"row"_s, 3}, {u"original"_s, u"Luis <luis@example.com>"_s},
            {u"email"_s, u"luis@example.com"_s}}};
    QCOMPARE(json[u"repaired"_s].toArray(), expectedRepairs);
    QCOMPARE(json[u"attendees"_s][1][u"email"_s].toString(), u"luis@example.com"_s);

    CliProcess monthFirst({u"validate"_s, path, u"--json"_s, u"--timezone"_s, u"UTC"_s,
        u"--date-order"_s, u"month-first"_s});
    WAIT_FOR_CLI(monthFirst);
    QCOMPARE(monthFirst.exitCode(), 0);
    json = monthFirst.json();
    QCOMPARE(json[u"dateOrder"_s][u"used"_s].toString(), u"month-first"_s);
    QCOMPARE(json[u"attendees"_s][0][u"interactionDateTime"_s].toInteger(), utc(3, 4, 10, 0));
    QCOMPARE(json[u"attendees"_s][1][u"interactionDateTime"_s].toInteger(), utc(5, 6, 11, 30));

    CliProcess human({u"validate"_s, path, u"--timezone"_s, u"UTC"_s});
    WAIT_FOR_CLI(human);
    QVERIFY2(human.out().contains("could be 3 April or March 4; read as day first"),
        human.out().constData());
    QVERIFY(human.out().contains("\"mailto:ana@example.com\" -> ana@example.com"));
}

void TestCli::importInteractionTime_data()
{
    QTest::addColumn<QString>("when");
    QTest::addColumn<qint64>("expected"); // 0 = the event's start

    QTest::newRow("event-start") << u"event-start"_s << qint64(0);
    QTest::newRow("ISO with offset")
        << u"2026-12-01T17:00:00+01:00"_s
        << QDateTime(QDate(2026, 12, 1), QTime(16, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    // A wall time is read in --timezone, like the file's dates.
    QTest::newRow("wall time")
        << u"2026-12-01T17:00"_s
        << QDateTime(QDate(2026, 12, 1), QTime(16, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

void TestCli::importInteractionTime()
{
    QFETCH(QString, when);
    QFETCH(qint64, expected);
    HubSpotSimulator sim;
    startSimulator(&sim);
    if (expected == 0) {
        const auto events = sim.events();
        for (const auto &e : events) {
            if (e.objectId == kWebinarId)
                expected = e.startDateTime.toMSecsSinceEpoch();
        }
        QVERIFY(expected != 0);
    }
    CliProcess run({u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, m_people, u"--event"_s,
                       kWebinarId, u"--state"_s, u"register"_s, u"--interaction-time"_s, when,
                       u"--timezone"_s, u"Europe/Madrid"_s, u"--json"_s},
        kSentinel);
    WAIT_FOR_CLI(run);
    QCOMPARE(run.exitCode(), 0);
    qsizetype inputs = 0;
    const auto sent = postsWith(sim).requests;
    for (const auto &post : sent) {
        const QJsonArray batch = QJsonDocument::fromJson(post.body).object()[u"inputs"_s].toArray();
        for (const QJsonValue &input : batch) {
            QCOMPARE(input[u"interactionDateTime"_s].toInteger(), expected);
            ++inputs;
        }
    }
    QCOMPARE(inputs, 245);
}

void TestCli::tokenFile()
{
    HubSpotSimulator sim;
    startSimulator(&sim);
    const QString path = m_dir.filePath(u"token.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("  Bearer " + QByteArray(kSentinel.data()) + "\n"); // as pasted from a curl example
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    CliProcess run({u"--base-url"_s, sim.baseUrl().toString(), u"events"_s, u"--json"_s,
        u"--token-file"_s, path});
    WAIT_FOR_CLI(run);
    QCOMPARE(run.exitCode(), 0);
    QCOMPARE(run.json()[u"events"_s].toArray().size(), 6);
    QVERIFY(!run.err().contains("Warning"));
    QCOMPARE(sim.requests().constLast().authorization, "Bearer " + QByteArray(kSentinel.data()));

#ifdef Q_OS_UNIX
    QVERIFY(
        file.setPermissions(file.permissions() | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    CliProcess shared(
        {u"--base-url"_s, sim.baseUrl().toString(), u"events"_s, u"--token-file"_s, path});
    WAIT_FOR_CLI(shared);
    QCOMPARE(shared.exitCode(), 0); // a warning, not a refusal
    QVERIFY(shared.err().contains("can be read by other users"));
    QVERIFY(shared.out().contains("Customer Summit 2026"));
#endif
}

void TestCli::tokenStdin()
{
    HubSpotSimulator sim;
    startSimulator(&sim);
    // The environment's token is wrong: --token-stdin must take precedence.
    CliProcess::Options options;
    options.token = u"pat-na1-WRONG-000000"_s;
    options.input = QByteArray(kSentinel.data()) + "\n";
    CliProcess run(
        {u"--base-url"_s, sim.baseUrl().toString(), u"events"_s, u"--json"_s, u"--token-stdin"_s},
        options);
    WAIT_FOR_CLI(run);
    QCOMPARE(run.exitCode(), 0);
    QCOMPARE(run.json()[u"events"_s].toArray().size(), 6);
    QCOMPARE(sim.requests().constLast().authorization, "Bearer " + QByteArray(kSentinel.data()));
}

void TestCli::interruptCancelsCleanly()
{
#ifndef Q_OS_UNIX
    QSKIP("Sends SIGINT");
#else
    // Two requests per 30 s: the event lookup and the first batch, then the CLI must wait.
    HubSpotSimulator::Options limits;
    limits.rateLimitMax = 2;
    limits.rateLimitIntervalMs = 30000;
    HubSpotSimulator sim(limits);
    startSimulator(&sim);
    const QString results = m_dir.filePath(u"interrupted.csv"_s);
    CliProcess run({u"--base-url"_s, sim.baseUrl().toString(), u"import"_s, m_people, u"--event"_s,
                       kWebinarId, u"--state"_s, u"attend"_s, u"--batch-size"_s, u"10"_s,
                       u"--results"_s, results, u"--json"_s, u"--progress"_s},
        kSentinel);
    QTRY_VERIFY_WITH_TIMEOUT(run.err().contains("Waiting"), kTimeoutMs);
    QVERIFY(run.sendSignal(SIGINT));
    // Well before the 30 s wait would end: the cancel is immediate.
    QTRY_COMPARE_WITH_TIMEOUT(run.finishedCount(), 1, 10000);
    QCOMPARE(run.exitCode(), 1);
    const QJsonObject json = run.json();
    QCOMPARE(json[u"succeeded"_s].toInt(), 10);
    QCOMPARE(json[u"failed"_s].toInt(), 235);
    QCOMPARE(json[u"skipped"_s].toInt(), 5);
    QCOMPARE(json[u"requests"_s].toInt(), 1);
    QCOMPARE(resultsByRow(json).value(250)[u"error"_s][u"category"_s].toString(), u"CANCELLED"_s);
    QCOMPARE(postsWith(sim).requests.size(), 1);
    QFile csv(results);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("CANCELLED"), 235);
#endif
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
