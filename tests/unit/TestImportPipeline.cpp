// SPDX-License-Identifier: GPL-3.0-or-later
// The run's rules, defined once in core (ImportPipeline) for the GUI and the CLI: what each state
// sends, the journal's header, the retry plan and how a retry's answers merge into the results;
// and reading through the pipeline (the hash the journal keeps, the plain unknown-format message);
// which sheet of a workbook is read when the person names none (issue 10).
#include "TestData.h"
#include "pipeline/ImportPipeline.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace attendance;

namespace {

Attendee attendee(int row, const QString &email, bool withTimes)
{
    Attendee a;
    a.row = row;
    a.email = email;
    a.contactProperties.insert(u"firstname"_s, u"Ann"_s);
    if (withTimes) {
        a.properties.insert(u"joinedAt"_s, u"1764590400000"_s);
        a.properties.insert(u"leftAt"_s, u"1764594000000"_s);
    }
    return a;
}

ImportPlan planOf(const QList<Attendee> &attendees)
{
    ImportPlan plan;
    plan.file = u"people.csv"_s;
    plan.fileSha256 = u"ab12"_s;
    plan.attendees = attendees;
    plan.totalRows = int(attendees.size());
    return plan;
}

RowResult result(int row, RowStatus status, qint64 vid = 0)
{
    RowResult r;
    r.row = row;
    r.email = u"p%1@example.com"_s.arg(row);
    r.status = status;
    r.vid = vid;
    if (status == RowStatus::Failed)
        r.error.message = u"HubSpot did not answer"_s;
    return r;
}

} // namespace

class TestImportPipeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinAndLeaveTimesForAttendOnly_data();
    void joinAndLeaveTimesForAttendOnly();
    void journalHeaderOfANewRun();
    void journalHeaderKeepsAChosenTime();
    void resumeTakesTheJournalsSettings();
    void retryPlanHoldsTheFailedRowsInOrder();
    void mergeResultsReplacesOnlyRetriedRows();
    void readKeepsTheHashOfTheBytesRead();
    void readExplainsAFileThatIsNoSpreadsheet();
    void planRecordsWhereItCameFrom();
    void choiceOfAMissingColumnIsRefused();
    void workbookOpensOnTheSheetWithAddresses_data();
    void workbookOpensOnTheSheetWithAddresses();
    void workbookWithoutAddressesKeepsTheFirstSheet();
    void namedSheetIsAlwaysRead();
};

void TestImportPipeline::joinAndLeaveTimesForAttendOnly_data()
{
    QTest::addColumn<SubscriberState>("state");
    QTest::addColumn<bool>("kept");
    QTest::newRow("attend") << SubscriberState::Attend << true;
    QTest::newRow("register") << SubscriberState::Register << false;
    QTest::newRow("cancel") << SubscriberState::Cancel << false;
}

void TestImportPipeline::joinAndLeaveTimesForAttendOnly()
{
    QFETCH(SubscriberState, state);
    QFETCH(bool, kept);

    const ImportPlan plan = planOf({attendee(2, u"a@example.com"_s, true),
        attendee(3, u"b@example.com"_s, false), attendee(4, u"c@example.com"_s, true)});
    bool dropped = true;
    const ImportPlan sent = ImportPipeline::planToSend(plan, state, &dropped);
    QCOMPARE(dropped, !kept);
    QCOMPARE(sent.attendees.size(), plan.attendees.size());
    for (qsizetype i = 0; i < sent.attendees.size(); ++i) {
        const Attendee &was = plan.attendees.at(i);
        const Attendee &is = sent.attendees.at(i);
        QCOMPARE(is.row, was.row);
        QCOMPARE(is.email, was.email);
        QCOMPARE(is.contactProperties, was.contactProperties); // always sent
        QCOMPARE(is.properties, kept ? was.properties : PropertyMap {});
    }
    // The plan given is not changed (the file page keeps showing it).
    QCOMPARE(plan.attendees.at(0).properties.size(), 2);

    // Nothing to drop: nothing said.
    const ImportPlan withoutTimes = planOf({attendee(2, u"a@example.com"_s, false)});
    ImportPipeline::planToSend(withoutTimes, state, &dropped);
    QVERIFY(!dropped);
}

void TestImportPipeline::journalHeaderOfANewRun()
{
    RunSettings settings;
    settings.eventId = u"412934701"_s;
    settings.eventName = u"Webinar"_s;
    settings.state = SubscriberState::Attend;
    settings.apiVersion = u"v3"_s;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const JournalHeader header = ImportPipeline::journalHeader(&settings, planOf({}));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    QCOMPARE(header.eventId, settings.eventId);
    QCOMPARE(header.eventName, settings.eventName);
    QCOMPARE(header.state, SubscriberState::Attend);
    QCOMPARE(header.apiVersion, u"v3"_s);
    QCOMPARE(header.file, QFileInfo(u"people.csv"_s).absoluteFilePath());
    QCOMPARE(header.fileSha256, u"ab12"_s);
    QVERIFY(!header.runId.isEmpty());
    QVERIFY(header.createdAt.isValid());
    // "Now" is fixed once, in the header and in the settings the engine is given.
    QVERIFY(settings.interactionTime.has_value());
    QVERIFY(*settings.interactionTime >= before && *settings.interactionTime <= after);
    QCOMPARE(header.defaultInteractionTime, settings.interactionTime);
    // Each run its own id.
    QVERIFY(ImportPipeline::journalHeader(&settings, planOf({})).runId != header.runId);
}

void TestImportPipeline::journalHeaderKeepsAChosenTime()
{
    RunSettings settings;
    settings.interactionTime = 1764590400000;
    const JournalHeader header = ImportPipeline::journalHeader(&settings, planOf({}));
    QCOMPARE(header.defaultInteractionTime, std::optional<qint64>(1764590400000));
    QCOMPARE(settings.interactionTime, std::optional<qint64>(1764590400000));
}

void TestImportPipeline::resumeTakesTheJournalsSettings()
{
    RunSettings first;
    first.eventId = u"412934701"_s;
    first.eventName = u"Webinar"_s;
    first.state = SubscriberState::Cancel;
    first.apiVersion = u"v3"_s;
    const JournalHeader header = ImportPipeline::journalHeader(&first, planOf({}));
    const RunSettings resumed = ImportPipeline::resumedSettings(header);
    QCOMPARE(resumed.eventId, first.eventId);
    QCOMPARE(resumed.eventName, first.eventName);
    QCOMPARE(resumed.state, SubscriberState::Cancel);
    QCOMPARE(resumed.apiVersion, u"v3"_s);
    // The rest of the rows are recorded at the time the first run fixed.
    QCOMPARE(resumed.interactionTime, first.interactionTime);
}

void TestImportPipeline::retryPlanHoldsTheFailedRowsInOrder()
{
    const ImportPlan sent
        = planOf({attendee(2, u"a@example.com"_s, true), attendee(3, u"b@example.com"_s, false),
            attendee(5, u"c@example.com"_s, false), attendee(9, u"d@example.com"_s, true)});
    const QList<RowResult> results = {result(2, RowStatus::Failed),
        result(3, RowStatus::Succeeded, 101), result(4, RowStatus::Skipped),
        result(5, RowStatus::Succeeded, 102), result(9, RowStatus::Failed),
        result(12, RowStatus::Failed)}; // row 12 is in no plan: nothing to send for it

    const ImportPlan retry = ImportPipeline::retryPlan(sent, results);
    QCOMPARE(retry.attendees.size(), 2);
    QCOMPARE(retry.attendees.at(0).row, 2);
    QCOMPARE(retry.attendees.at(0).email, u"a@example.com"_s);
    QCOMPARE(retry.attendees.at(0).properties, sent.attendees.at(0).properties);
    QCOMPARE(retry.attendees.at(1).row, 9);
    QCOMPARE(retry.totalRows, 2);
    QCOMPARE(retry.file, sent.file);
    QCOMPARE(retry.fileSha256, sent.fileSha256);

    QVERIFY(ImportPipeline::retryPlan(sent, {result(3, RowStatus::Succeeded)}).attendees.isEmpty());
}

void TestImportPipeline::mergeResultsReplacesOnlyRetriedRows()
{
    const QList<RowResult> all = {result(2, RowStatus::Failed), result(3, RowStatus::Succeeded, 7),
        result(4, RowStatus::Skipped), result(9, RowStatus::Failed)};
    const QList<RowResult> retried = {result(9, RowStatus::Succeeded, 99),
        result(2, RowStatus::Failed), result(2, RowStatus::Succeeded, 22)}; // last answer wins
    const QList<RowResult> merged = ImportPipeline::mergeResults(all, retried);
    QCOMPARE(merged.size(), all.size());
    QCOMPARE(merged.at(0).status, RowStatus::Succeeded);
    QCOMPARE(merged.at(0).vid, 22);
    QCOMPARE(merged.at(1).vid, 7);
    QCOMPARE(merged.at(2).status, RowStatus::Skipped);
    QCOMPARE(merged.at(3).status, RowStatus::Succeeded);
    QCOMPARE(merged.at(3).vid, 99);
}

void TestImportPipeline::readKeepsTheHashOfTheBytesRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"people.csv"_s);
    const QByteArray bytes = "Email,Name\nann@example.com,Ann\n";
    QVERIFY(test::writeFile(path, bytes));

    const Workbook hashed = ImportPipeline::read(path, {}, {}, true);
    QVERIFY2(hashed.ok(), qPrintable(hashed.error));
    QCOMPARE(hashed.sha256,
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QVERIFY(ImportPipeline::read(path, {}, {}, false).sha256.isEmpty());
}

void TestImportPipeline::readExplainsAFileThatIsNoSpreadsheet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"photo.png"_s);
    QVERIFY(test::writeFile(path, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    const Workbook book = ImportPipeline::read(path, {}, {});
    QVERIFY(!book.ok());
    QVERIFY2(
        book.error.contains(u"is not a spreadsheet this program reads"_s), qPrintable(book.error));
    QVERIFY2(book.error.contains(u"(.ods)"_s), qPrintable(book.error));
}

void TestImportPipeline::planRecordsWhereItCameFrom()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"people.csv"_s);
    QVERIFY(test::writeFile(path, "Email,Name\nann@example.com,Ann\nbob@example.com,Bob\n"));
    const Workbook book = ImportPipeline::read(path, {}, {}, true);
    ImportPlan plan;
    QString error;
    QVERIFY2(ImportPipeline::plan(book, 0, {}, path, &plan, &error), qPrintable(error));
    QCOMPARE(plan.file, path);
    QCOMPARE(plan.fileSha256, book.sha256);
    QCOMPARE(plan.attendees.size(), 2);
    QVERIFY(!ImportPipeline::plan(book, 1, {}, path, &plan, &error));
}

void TestImportPipeline::choiceOfAMissingColumnIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"people.csv"_s);
    QVERIFY(test::writeFile(path, "Email,Name\nann@example.com,Ann\n"));
    const Workbook book = ImportPipeline::read(path, {}, {});
    ImportOptions options;
    options.columnChoices = {ColumnChoice {1, ColumnTarget {ColumnTarget::Kind::Ignore, {}}},
        ColumnChoice {2, ColumnTarget {ColumnTarget::Kind::Email, {}}}};
    ImportPlan plan;
    QString error;
    QVERIFY(!ImportPipeline::plan(book, 0, options, path, &plan, &error));
    QCOMPARE(error,
        u"Column C was chosen, but this sheet has no such column. Its columns are: Email (A), "
        "Name (B)."_s);

    // Typed choices apply in order; a later choice of the email moves it.
    options.columnChoices = {ColumnChoice {1, ColumnTarget {ColumnTarget::Kind::Email, {}}}};
    QVERIFY2(ImportPipeline::plan(book, 0, options, path, &plan, &error), qPrintable(error));
    QCOMPARE(plan.mapping.emailColumn(), 1);
    QCOMPARE(plan.attendees.size(), 0); // "Ann" is no email
    QCOMPARE(plan.invalid.size(), 1);
}

QTEST_GUILESS_MAIN(TestImportPipeline)
void TestImportPipeline::workbookOpensOnTheSheetWithAddresses_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("xlsx") << test::dataPath(u"xlsx/summary-first.xlsx"_s);
    QTest::newRow("ods") << test::dataPath(u"ods/summary-first.ods"_s);
}

void TestImportPipeline::workbookOpensOnTheSheetWithAddresses()
{
    QFETCH(QString, path);
    const Workbook book = ImportPipeline::read(path, {}, {});
    QVERIFY2(book.ok(), qPrintable(book.error));
    QCOMPARE(book.sheets.size(), 3);

    // "Event summary" comes first and holds no address; "Speakers" has its own Email column.
    const SheetChoice choice = ImportPipeline::chooseSheet(book);
    QCOMPARE(choice.index, 1);
    QCOMPARE(choice.name, u"Attendees"_s);
    QVERIFY(choice.holdsEmails);
    QCOMPARE(choice.others, QStringList {u"Speakers"_s});
    QVERIFY(choice.worthTelling());

    ImportPlan plan;
    QString error;
    QVERIFY2(ImportPipeline::plan(book, choice.index, {}, path, &plan, &error), qPrintable(error));
    QCOMPARE(plan.sheet, u"Attendees"_s);
    QCOMPARE(plan.headerRow, 1);
    QCOMPARE(plan.attendees.size(), 4);
    const Attendee &first = plan.attendees.constFirst();
    QCOMPARE(first.email, u"jose.nunez@example.es"_s);
    QCOMPARE(first.contactProperties.value(u"firstname"_s), u"José"_s);
    QCOMPARE(first.contactProperties.value(u"lastname"_s), u"Núñez"_s);
    QCOMPARE(first.contactProperties.value(u"company"_s), u"Ñandú S.L."_s);
    QCOMPARE(plan.attendees.at(2).contactProperties.value(u"lastname"_s), u"Żółć"_s);
}

void TestImportPipeline::workbookWithoutAddressesKeepsTheFirstSheet()
{
    Workbook book;
    book.format = u"xlsx"_s;
    book.sheets
        = {Sheet::fromRows(u"Summary"_s, {{u"Event"_s, u"Gala"_s}, {u"Registered"_s, u"3"_s}}),
            Sheet::fromRows(u"People"_s, {{u"Name"_s, u"Company"_s}, {u"Ana Peña"_s, u"Acme"_s}})};
    const SheetChoice choice = ImportPipeline::chooseSheet(book);
    QCOMPARE(choice.index, 0);
    QCOMPARE(choice.name, u"Summary"_s);
    QVERIFY(!choice.holdsEmails);
    QVERIFY(choice.others.isEmpty());
    QVERIFY(!choice.worthTelling());

    // The message names the sheets, so nobody looks for addresses in one that has none.
    ImportPlan plan;
    QString error;
    QVERIFY(!ImportPipeline::plan(book, choice.index, {}, u"book.xlsx"_s, &plan, &error));
    QVERIFY2(error.startsWith(u"No column holds email addresses."_s), qPrintable(error));
    QVERIFY2(error.endsWith(u"None of this workbook's sheets holds email addresses: “Summary”, "
                            "“People”."_s),
        qPrintable(error));

    // A single sheet has no other to point at.
    book.sheets.removeLast();
    QVERIFY(!ImportPipeline::plan(book, 0, {}, u"book.xlsx"_s, &plan, &error));
    QCOMPARE(error, u"No column holds email addresses. Choose the email column."_s);
}

void TestImportPipeline::namedSheetIsAlwaysRead()
{
    const QString path = test::dataPath(u"xlsx/summary-first.xlsx"_s);
    const Workbook book = ImportPipeline::read(path, {}, {});
    QVERIFY2(book.ok(), qPrintable(book.error));
    ImportPlan plan;
    QString error;
    QVERIFY2(ImportPipeline::plan(book, 2, {}, path, &plan, &error), qPrintable(error));
    QCOMPARE(plan.sheet, u"Speakers"_s);
    QCOMPARE(plan.attendees.size(), 2);

    // The summary, named, is read as asked; the message points at the sheets with addresses.
    QVERIFY(!ImportPipeline::plan(book, 0, {}, path, &plan, &error));
    QCOMPARE(plan.sheet, u"Event summary"_s);
    QVERIFY2(error.endsWith(u"These sheets hold email addresses: “Attendees”, “Speakers”."_s),
        qPrintable(error));
}

#include "TestImportPipeline.moc"
