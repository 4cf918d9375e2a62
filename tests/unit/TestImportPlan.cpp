// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"
#include "mapping/ColumnDetection.h"
#include "mapping/ImportPlan.h"
#include "mapping/Mojibake.h"
#include "mapping/PersonName.h"
#include "spreadsheet/csv/CsvReader.h"

#include <QTest>

using namespace attendance;

using Rows = QList<QStringList>;
using Overrides = QList<QPair<QString, QString>>;

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

Sheet sheetOf(const Rows &rows)
{
    return Sheet::fromRows(QStringLiteral("Sheet1"), rows);
}

QStringList targets(const ColumnMapping &mapping)
{
    QStringList names;
    for (const ColumnTarget &target : mapping.columns)
        names.append(target.toString());
    return names;
}

QList<int> attendeeRows(const ImportPlan &plan)
{
    QList<int> rows;
    for (const Attendee &attendee : plan.attendees)
        rows.append(attendee.row);
    return rows;
}

/// The lists add up to the rows, and the counts say what the lists hold.
bool invariantHolds(const ImportPlan &plan)
{
    return plan.attendees.size() + plan.invalid.size() + plan.duplicates.size()
            + plan.skipped.size()
        == plan.totalRows
        && plan.counts.attendees == plan.attendees.size()
        && plan.counts.skipped == plan.skipped.size() && plan.counts.invalid == plan.invalid.size()
        && plan.counts.duplicates == plan.duplicates.size()
        && plan.counts.repaired == plan.repaired.size();
}

/// Builds the plan both ways and checks that counts-only finds what the full plan holds.
void compareCountsOnly(const Sheet &sheet, const ImportOptions &options)
{
    ImportPlan full;
    ImportPlan counted;
    QString error;
    QVERIFY2(buildImportPlan(sheet, options, &full, &error), qPrintable(error));
    QVERIFY2(buildImportPlan(sheet, options, &counted, &error, PlanDetail::CountsOnly),
        qPrintable(error));
    QVERIFY(invariantHolds(full));
    QVERIFY(counted.attendees.isEmpty());
    QVERIFY(counted.invalid.isEmpty());
    QVERIFY(counted.duplicates.isEmpty());
    QVERIFY(counted.repaired.isEmpty());
    QVERIFY(counted.skipped.isEmpty());
    QCOMPARE(counted.counts.skipped, full.skipped.size());
    QCOMPARE(counted.totalRows, full.totalRows);
    QCOMPARE(counted.counts.attendees, full.attendees.size());
    QCOMPARE(counted.counts.invalid, full.invalid.size());
    QCOMPARE(counted.counts.duplicates, full.duplicates.size());
    QCOMPARE(counted.counts.repaired, full.repaired.size());
    QCOMPARE(counted.headerRow, full.headerRow);
    QCOMPARE(counted.headers, full.headers);
    QCOMPARE(targets(counted.mapping), targets(full.mapping));
    QCOMPARE(counted.dateOrderAmbiguous, full.dateOrderAmbiguous);
    QCOMPARE(counted.dateOrderUsed, full.dateOrderUsed);
}

/// The CLI's way: COLUMN=TARGET texts resolved against the sheet's headers, then typed choices.
bool planWithChoices(const Sheet &sheet, ImportOptions options, const Overrides &texts,
    ImportPlan *plan, QString *error)
{
    SheetLayout layout;
    if (!sheetLayout(sheet, options.headerRow, &layout, error))
        return false;
    for (const auto &[column, target] : texts) {
        const std::optional<ColumnChoice> choice
            = parseColumnChoice(column + u'=' + target, layout.headers, error);
        if (!choice)
            return false;
        options.columnChoices.append(*choice);
    }
    return buildImportPlan(sheet, options, plan, error);
}

ImportPlan planFromFixture(
    const QString &fixture, const ImportOptions &options = {}, const Overrides &texts = {})
{
    const ReadResult read = CsvReader::readFile(test::dataPath(QStringLiteral("csv/") + fixture));
    if (!read.ok())
        qFatal("Fixture %s: %s", qPrintable(fixture), qPrintable(read.error));
    ImportPlan plan;
    plan.file = fixture;
    QString error;
    if (!planWithChoices(read.sheet, options, texts, &plan, &error))
        qFatal("Fixture %s: %s", qPrintable(fixture), qPrintable(error));
    return plan;
}

} // namespace

class TestImportPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mojibake_data();
    void mojibake();
    void mojibakeInPlan();
    void fullNameColumnIsSplit_data();
    void fullNameColumnIsSplit();
    void fullNameInPlan();
    void columnTargetParse_data();
    void columnTargetParse();
    void columnLetters_data();
    void columnLetters();
    void headerDetection_data();
    void headerDetection();
    void headerRowPastEnd();
    void headerAliases_data();
    void headerAliases();
    void commonPropertiesAndSignature();
    void emailByContent_data();
    void emailByContent();
    void overrides_data();
    void overrides();
    void dates_data();
    void dates();
    void invalidAndDuplicateFixture();
    void quotedNewlinesKeepRowNumbers();
    void accentedNamesFixture();
    void windows1252FixtureWithOverrides();
    void spanishSemicolonFixture();
    void bareListFixture();
    void joinAndLeaveFixture();
    void cellsAndRows();
    void rowWithBadDateDoesNotClaimEmail();
    void manyRowsCheckedOnSeveralThreads();
    void countsOnlyMatchesFullPlan_data();
    void countsOnlyMatchesFullPlan();
};

void TestImportPlan::columnTargetParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parsed"); // toString() of the result; empty = rejected

    QTest::newRow("email") << s(u"email") << s(u"email");
    QTest::newRow("EMAIL, spaces") << s(u" EMAIL ") << s(u"email");
    QTest::newRow("interactionDateTime") << s(u"interactiondatetime") << s(u"interactionDateTime");
    QTest::newRow("ignore") << s(u"Ignore") << s(u"ignore");
    QTest::newRow("joinedAt") << s(u"PROPERTIES.JOINEDAT") << s(u"properties.joinedAt");
    QTest::newRow("leftAt") << s(u"properties.leftAt") << s(u"properties.leftAt");
    QTest::newRow("contact property")
        << s(u"contactProperties.firstname") << s(u"contactProperties.firstname");
    QTest::newRow("contact property keeps case")
        << s(u"CONTACTPROPERTIES.My_Field2") << s(u"contactProperties.My_Field2");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("property without name") << s(u"contactProperties.") << QString();
    QTest::newRow("property with space") << s(u"contactProperties.first name") << QString();
    QTest::newRow("property with accent") << s(u"contactProperties.teléfono") << QString();
    QTest::newRow("bare property") << s(u"firstname") << QString();
    QTest::newRow("other event property") << s(u"properties.other") << QString();
    QTest::newRow("joinedAt without prefix") << s(u"joinedAt") << QString();
}

void TestImportPlan::columnTargetParse()
{
    QFETCH(QString, text);
    QFETCH(QString, parsed);
    const std::optional<ColumnTarget> target = ColumnTarget::parse(text);
    QCOMPARE(target.has_value(), !parsed.isEmpty());
    if (target) {
        QCOMPARE(target->toString(), parsed);
        QCOMPARE(ColumnTarget::parse(target->toString()), target);
    }
}

void TestImportPlan::columnLetters_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("letters");
    QTest::newRow("A") << 0 << s(u"A");
    QTest::newRow("Z") << 25 << s(u"Z");
    QTest::newRow("AA") << 26 << s(u"AA");
    QTest::newRow("AZ") << 51 << s(u"AZ");
    QTest::newRow("BA") << 52 << s(u"BA");
    QTest::newRow("ZZ") << 701 << s(u"ZZ");
    QTest::newRow("AAA") << 702 << s(u"AAA");
}

void TestImportPlan::columnLetters()
{
    QFETCH(int, index);
    QFETCH(QString, letters);
    QCOMPARE(attendance::columnLetters(index), letters);
    QCOMPARE(columnIndexFromLetters(letters), index);
    QCOMPARE(columnIndexFromLetters(letters.toLower()), index);
    QCOMPARE(columnIndexFromLetters(s(u"1")), -1);
    QCOMPARE(columnIndexFromLetters(QString()), -1);

    ColumnMapping mapping;
    mapping.columns = {ColumnTarget {}, ColumnTarget {ColumnTarget::Kind::Email, {}}};
    QCOMPARE(mapping.emailColumn(), 1);
    QCOMPARE(mapping.columnFor(ColumnTarget::Kind::Ignore), 0);
    QCOMPARE(mapping.columnFor(ColumnTarget::Kind::LeftAt), -1);
}

void TestImportPlan::headerDetection_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<int>("option");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<int>>("sent");

    QTest::newRow("header on row 1")
        << Rows {{s(u"Email"), s(u"Name")}, {s(u"a@example.com"), s(u"A")}} << -1 << 1
        << QStringList {s(u"Email"), s(u"Name")} << QList<int> {2};
    QTest::newRow("blank rows above header")
        << Rows {{QString()}, {s(u" "), QString()}, {s(u"Email")}, {s(u"a@example.com")}} << -1 << 3
        << QStringList {s(u"Email")} << QList<int> {4};
    QTest::newRow("bare list") << Rows {{s(u"a@example.com")}, {s(u"b@example.com")}} << -1 << 0
                               << QStringList {s(u"Column A")} << QList<int> {1, 2};
    QTest::newRow("bare list after blank row")
        << Rows {{QString()}, {s(u"x"), s(u"a@example.com")},
               {s(u"y"), s(u"b@example.com"), s(u"extra")}}
        << -1 << 0 << QStringList {s(u"Column A"), s(u"Column B"), s(u"Column C")}
        << QList<int> {2, 3};
    QTest::newRow("given header row, rows above ignored")
        << Rows {{s(u"Report")}, {s(u"x@example.com")}, {s(u"Email"), s(u"Name")},
               {s(u"a@example.com"), s(u"A")}}
        << 3 << 3 << QStringList {s(u"Email"), s(u"Name")} << QList<int> {4};
    QTest::newRow("no header") << Rows {{s(u"Email")}, {s(u"a@example.com")}, {s(u"b@example.com")}}
                               << 0 << 0 << QStringList {s(u"Column A")} << QList<int> {2, 3};
    QTest::newRow("blank header row chosen")
        << Rows {{QString()}, {s(u"a@example.com"), s(u"Ann")}} << 1 << 1
        << QStringList {s(u"Column A"), s(u"Column B")} << QList<int> {2};
    QTest::newRow("blank header cells get placeholders")
        << Rows {{s(u"Email"), QString(), s(u" Name ")}, {s(u"a@example.com"), s(u"x"), s(u"A")}}
        << -1 << 1 << QStringList {s(u"Email"), s(u"Column B"), s(u"Name")} << QList<int> {2};
}

void TestImportPlan::headerDetection()
{
    QFETCH(Rows, rows);
    QFETCH(int, option);
    QFETCH(int, headerRow);
    QFETCH(QStringList, headers);
    QFETCH(QList<int>, sent);

    ImportOptions options;
    options.headerRow = option;
    ImportPlan plan;
    QString error;
    QVERIFY2(buildImportPlan(sheetOf(rows), options, &plan, &error), qPrintable(error));
    QCOMPARE(plan.headerRow, headerRow);
    QCOMPARE(plan.headers, headers);
    QCOMPARE(plan.mapping.columns.size(), headers.size());
    QCOMPARE(attendeeRows(plan), sent);
    QVERIFY(invariantHolds(plan));
}

void TestImportPlan::headerRowPastEnd()
{
    ImportOptions options;
    options.headerRow = 5;
    ImportPlan plan;
    QString error;
    QVERIFY(
        !buildImportPlan(sheetOf({{s(u"Email")}, {s(u"a@example.com")}}), options, &plan, &error));
    QCOMPARE(error, s(u"Row 5 cannot be the header: the sheet ends at row 2."));
}

void TestImportPlan::headerAliases_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("mapping");

    const QString email = s(u"email");
    const QString date = s(u"interactionDateTime");
    const QString ignore = s(u"ignore");
    const QString first = s(u"contactProperties.firstname");
    const QString last = s(u"contactProperties.lastname");
    const QString company = s(u"contactProperties.company");
    const QString job = s(u"contactProperties.jobtitle");
    const QString phone = s(u"contactProperties.phone");
    const QString joined = s(u"properties.joinedAt");
    const QString left = s(u"properties.leftAt");

    QTest::newRow("English") << QStringList {s(u"Email"), s(u"First Name"), s(u"Last Name"),
        s(u"Company"), s(u"Job Title"), s(u"Phone"), s(u"Registration Time")}
                             << QStringList {email, first, last, company, job, phone, date};
    QTest::newRow("Spanish") << QStringList {s(u"Correo electrónico"), s(u"Nombre"),
        s(u"Apellido(s)"), s(u"Empresa"), s(u"Cargo"), s(u"Teléfono"), s(u"Fecha de registro")}
                             << QStringList {email, first, last, company, job, phone, date};
    QTest::newRow("Spanish, no accents, other case") << QStringList {s(u"CORREO ELECTRONICO"),
        s(u"nombre"), s(u"APELLIDOS"), s(u"Organización"), s(u"Puesto"), s(u"telefono"),
        s(u"Fecha")} << QStringList {email, first, last, company, job, phone, date};
    QTest::newRow("punctuation") << QStringList {s(u"E-mail"), s(u"first_name"), s(u"Last-Name"),
        s(u"Job title:"), s(u"Organisation")}
                                 << QStringList {email, first, last, job, company};
    QTest::newRow("variants") << QStringList {s(u"Email Address"), s(u"Given name"), s(u"Surname"),
        s(u"Organization"), s(u"Title"), s(u"Date")}
                              << QStringList {email, first, last, company, job, date};
    QTest::newRow("HubSpot names") << QStringList {s(u"email"), s(u"firstname"), s(u"lastname"),
        s(u"company"), s(u"jobtitle"), s(u"phone"), s(u"interactionDateTime")}
                                   << QStringList {email, first, last, company, job, phone, date};
    QTest::newRow("German") << QStringList {s(u"E-Mail-Adresse"), s(u"Vorname"), s(u"Nachname"),
        s(u"Firma"), s(u"Telefon"), s(u"Anmeldedatum")}
                            << QStringList {email, first, last, company, phone, date};
    QTest::newRow("French") << QStringList {s(u"Courriel"), s(u"Prénom"), s(u"Nom"), s(u"Société"),
        s(u"Téléphone"), s(u"Date d'inscription")}
                            << QStringList {email, first, last, company, phone, date};
    QTest::newRow("unknown headers ignored")
        << QStringList {s(u"Email"), s(u"Notes"), QString()} << QStringList {email, ignore, ignore};
    // One column with the whole name, when no first or last name column is there.
    const QString fullName = s(u"fullName");
    QTest::newRow("name") << QStringList {s(u"Email"), s(u"Name"), s(u"Notes")}
                          << QStringList {email, fullName, ignore};
    QTest::newRow("name beside first and last name") << QStringList {s(u"Name"), s(u"First name"),
        s(u"Surname"), s(u"Email")} << QStringList {ignore, first, last, email};
    QTest::newRow("better alias wins")
        << QStringList {s(u"Mail"), s(u"Email")} << QStringList {ignore, email};
    QTest::newRow("same alias twice: leftmost")
        << QStringList {s(u"Email"), s(u"EMAIL")} << QStringList {email, ignore};
    QTest::newRow("attendee email")
        << QStringList {s(u"Name"), s(u"Attendee Email")} << QStringList {fullName, email};
    QTest::newRow("dirección de correo")
        << QStringList {s(u"Dirección de correo")} << QStringList {email};
    QTest::newRow("other date aliases")
        << QStringList {s(u"correo"), s(u"Order Date")} << QStringList {email, date};
    QTest::newRow("timestamp") << QStringList {s(u"Timestamp"), s(u"e-mail")}
                               << QStringList {date, email};
    QTest::newRow("created") << QStringList {s(u"mail"), s(u"Created")}
                             << QStringList {email, date};
    QTest::newRow("Zoom report") << QStringList {s(u"User Email"), s(u"Name (Original Name)"),
        s(u"Registration Time"), s(u"Join Time"), s(u"Leave Time")}
                                 << QStringList {email, ignore, date, joined, left};
    QTest::newRow("join and leave only") << QStringList {s(u"Email"), s(u"Join Time"),
        s(u"Leave Time")} << QStringList {email, joined, left};
    QTest::newRow("joined at / left at") << QStringList {s(u"Left at"), s(u"Joined at"),
        s(u"Email")} << QStringList {left, joined, email};
    QTest::newRow("Spanish join and leave") << QStringList {s(u"Correo"), s(u"Hora de entrada"),
        s(u"Hora de salida"), s(u"Fecha")} << QStringList {email, joined, left, date};
    QTest::newRow("lone join time is the interaction")
        << QStringList {s(u"Email"), s(u"Join Time")} << QStringList {email, date};
    QTest::newRow("lone leave time ignored")
        << QStringList {s(u"Email"), s(u"Leave Time")} << QStringList {email, ignore};
    QTest::newRow("registration outranks join") << QStringList {s(u"Email"), s(u"Join Time"),
        s(u"Registration Date")} << QStringList {email, ignore, date};
    const QString mobile = s(u"contactProperties.mobilephone");
    const QString city = s(u"contactProperties.city");
    const QString country = s(u"contactProperties.country");
    const QString website = s(u"contactProperties.website");
    const QString industry = s(u"contactProperties.industry");
    QTest::newRow("Zoom attendee table") << QStringList {s(u"Attended"),
        s(u"User Name (Original Name)"), s(u"First Name"), s(u"Last Name"), s(u"Email"),
        s(u"Registration Time"), s(u"Approval Status"), s(u"Join Time"), s(u"Leave Time"),
        s(u"Time in Session (minutes)"), s(u"Country/Region Name")}
                                         << QStringList {s(u"status"), ignore, first, last, email,
                                                date, ignore, joined, left, ignore, country};
    QTest::newRow("Teams list") << QStringList {s(u"Full Name"), s(u"Join Time"), s(u"Leave Time"),
        s(u"Duration"), s(u"Email"), s(u"Role"), s(u"Participant ID (UPN)")}
                                << QStringList {
                                       fullName, joined, left, ignore, email, ignore, ignore};
    QTest::newRow("Teams list without Email: the UPN is the address") << QStringList {
        s(u"Full Name"), s(u"Join Time"), s(u"Leave Time"),
        s(u"Participant ID (UPN)")} << QStringList {fullName, joined, left, email};
    QTest::newRow("Teams, newer export") << QStringList {s(u"Name"), s(u"First Join"),
        s(u"Last Leave"), s(u"Email")} << QStringList {fullName, joined, left, email};
    QTest::newRow("Eventbrite") << QStringList {s(u"Order #"), s(u"Order Date"), s(u"First Name"),
        s(u"Last Name"), s(u"Email"), s(u"Ticket Type"), s(u"Attendee Status"), s(u"Company"),
        s(u"Job Title"), s(u"Cell Phone")}
                                << QStringList {ignore, date, first, last, email, ignore,
                                       s(u"status"), company, job, mobile};
    QTest::newRow("Google Forms, English") << QStringList {s(u"Timestamp"), s(u"Email Address"),
        s(u"Your name")} << QStringList {date, email, fullName};
    QTest::newRow("Google Forms, Spanish") << QStringList {s(u"Marca temporal"),
        s(u"Dirección de correo electrónico"), s(u"Nombre completo")}
                                           << QStringList {date, email, fullName};
    QTest::newRow("common properties") << QStringList {s(u"E-mail"), s(u"Mobile phone"),
        s(u"Ciudad"), s(u"País"), s(u"Sitio web"),
        s(u"Sector")} << QStringList {email, mobile, city, country, website, industry};
    QTest::newRow("full name alone is split")
        << QStringList {s(u"Full Name"), s(u"Email")} << QStringList {fullName, email};
    QTest::newRow("join outranks a generic date") << QStringList {
        s(u"Email"), s(u"Date"), s(u"Join Time")} << QStringList {email, ignore, date};
}

void TestImportPlan::headerAliases()
{
    QFETCH(QStringList, headers);
    QFETCH(QStringList, mapping);
    QCOMPARE(targets(detectColumnsFromHeaders(headers)), mapping);
}

void TestImportPlan::commonPropertiesAndSignature()
{
    QCOMPARE(commonContactProperties(),
        (QStringList {s(u"firstname"), s(u"lastname"), s(u"company"), s(u"jobtitle"), s(u"phone"),
            s(u"mobilephone"), s(u"city"), s(u"country"), s(u"website"), s(u"industry")}));
    // Every offered property is one the headers can map to by its own name.
    for (const QString &property : commonContactProperties()) {
        QCOMPARE(targets(detectColumnsFromHeaders({property})),
            QStringList {s(u"contactProperties.") + property});
    }
    const QStringList zoom {s(u"Email"), s(u"First Name")};
    QCOMPARE(headerSignature(zoom), headerSignature({s(u" E-MAIL "), s(u"first_name")}));
    QVERIFY(headerSignature(zoom) != headerSignature({s(u"First Name"), s(u"Email")}));
    QVERIFY(headerSignature(zoom) != headerSignature({s(u"Email")}));
    QCOMPARE(headerSignature(zoom).size(), 40);
}

void TestImportPlan::emailByContent_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<int>("emailColumn"); // -1 = no email column found

    QTest::newRow("mostly emails")
        << Rows {{s(u"Who"), s(u"Contact")}, {s(u"Ann"), s(u"ann@example.com")},
               {s(u"Bob"), s(u"bob@example")}, {s(u"Cy"), s(u"cy@example.com")}}
        << 1;
    QTest::newRow("blank cells do not count") << Rows {{s(u"Who"), s(u"Contact")},
        {s(u"Ann"), s(u"ann@example.com")}, {s(u"Bob"), QString()}, {s(u"Cy"), s(u" ")}}
                                              << 1;
    QTest::newRow("exactly half is not enough") << Rows {{s(u"Who"), s(u"Contact")},
        {s(u"Ann"), s(u"ann@example.com")}, {s(u"Bob"), s(u"nope")}}
                                                << -1;
    QTest::newRow("nothing like an email")
        << Rows {{s(u"Name"), s(u"City")}, {s(u"Ann"), s(u"Cork")}} << -1;
}

void TestImportPlan::emailByContent()
{
    QFETCH(Rows, rows);
    QFETCH(int, emailColumn);

    ImportPlan plan;
    QString error;
    const bool ok = buildImportPlan(sheetOf(rows), {}, &plan, &error);
    QCOMPARE(ok, emailColumn >= 0);
    QCOMPARE(plan.mapping.emailColumn(), emailColumn);
    if (!ok) {
        QCOMPARE(error, s(u"No column holds email addresses. Choose the email column."));
        QCOMPARE(plan.headers, rows.constFirst()); // still there, so a UI can offer the columns
    }
}

void TestImportPlan::overrides_data()
{
    QTest::addColumn<Overrides>("overrides");
    QTest::addColumn<QStringList>("mapping");
    QTest::addColumn<QString>("error");

    const QString email = s(u"email");
    const QString date = s(u"interactionDateTime");
    const QString ignore = s(u"ignore");
    const QString first = s(u"contactProperties.firstname");
    const QString columns = s(u"Columns are: Email (A), Work Email (B), Name (C), When (D).");
    const auto pair = [](const char16_t *column, const char16_t *target) {
        return QPair<QString, QString>(s(column), s(target));
    };

    const QString fullName = s(u"fullName");
    QTest::newRow("none") << Overrides {} << QStringList {email, ignore, fullName, ignore}
                          << QString();
    QTest::newRow("by header text") << Overrides {pair(u"work EMAIL", u"email")}
                                    << QStringList {ignore, email, fullName, ignore} << QString();
    QTest::newRow("by letter") << Overrides {pair(u"b", u"Email")}
                               << QStringList {ignore, email, fullName, ignore} << QString();
    QTest::newRow("by number") << Overrides {pair(u"2", u"email")}
                               << QStringList {ignore, email, fullName, ignore} << QString();
    QTest::newRow("several") << Overrides {pair(u"C", u"contactProperties.firstname"),
        pair(u"When", u"interactionDateTime")}
                             << QStringList {email, ignore, first, date} << QString();
    QTest::newRow("date moves") << Overrides {pair(u"D", u"interactionDateTime"),
        pair(u"3", u"interactionDateTime")}
                                << QStringList {email, ignore, date, ignore} << QString();
    QTest::newRow("property moves")
        << Overrides {pair(u"C", u"contactProperties.firstname"),
               pair(u"D", u"contactProperties.FirstName")}
        << QStringList {email, ignore, ignore, s(u"contactProperties.FirstName")} << QString();
    QTest::newRow("letter past the end") << Overrides {pair(u"AA", u"email")} << QStringList {}
                                         << s(u"Unknown column 'AA'. ") + columns;
    QTest::newRow("number zero") << Overrides {pair(u"0", u"email")} << QStringList {}
                                 << s(u"Unknown column '0'. ") + columns;
    QTest::newRow("number past the end") << Overrides {pair(u"5", u"email")} << QStringList {}
                                         << s(u"Unknown column '5'. ") + columns;
    QTest::newRow("unknown header") << Overrides {pair(u"Surname", u"email")} << QStringList {}
                                    << s(u"Unknown column 'Surname'. ") + columns;
    QTest::newRow("unknown target")
        << Overrides {pair(u"Name", u"contactProperties.first name")} << QStringList {}
        << s(u"Unknown target 'contactProperties.first name'. Use email, "
             u"interactionDateTime, contactProperties.NAME, properties.joinedAt, "
             u"properties.leftAt or ignore.");
    QTest::newRow("email ignored")
        << Overrides {pair(u"A", u"ignore")} << QStringList {}
        << s(u"No column holds email addresses. Choose the email column.");
    QTest::newRow("no target") << Overrides {pair(u"Name", u"")} << QStringList {}
                               << s(u"'Name=' does not say COLUMN=TARGET, such as \"E-mail=email\" "
                                    u"or C=contactProperties.firstname.");
    QTest::newRow("joined at by header")
        << Overrides {pair(u"When", u"properties.joinedAt")}
        << QStringList {email, ignore, fullName, s(u"properties.joinedAt")} << QString();
}

void TestImportPlan::overrides()
{
    QFETCH(Overrides, overrides);
    QFETCH(QStringList, mapping);
    QFETCH(QString, error);

    const Sheet sheet = sheetOf({{s(u"Email"), s(u"Work Email"), s(u"Name"), s(u"When")},
        {s(u"a@example.com"), s(u"a@work.example.com"), s(u"Ann"), s(u"2024-03-01T10:00:00Z")}});
    ImportPlan plan;
    QString actualError;
    const bool ok = planWithChoices(sheet, {}, overrides, &plan, &actualError);
    QCOMPARE(actualError, error);
    QCOMPARE(ok, error.isEmpty());
    if (ok)
        QCOMPARE(targets(plan.mapping), mapping);
}

void TestImportPlan::dates_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<qint64>("expected"); // -1 = empty (nullopt); -2 = invalid row

    const QTimeZone utc = QTimeZone::utc();
    const QTimeZone plusOne(3600);
    const QTimeZone madrid("Europe/Madrid");
    QTest::newRow("epoch ms") << s(u"1709287200000") << QString() << utc << qint64(1709287200000);
    QTest::newRow("ISO, Z") << s(u"2024-03-01T10:00:00Z") << QString() << plusOne
                            << qint64(1709287200000);
    QTest::newRow("ISO, offset") << s(u"2024-03-01T10:00:00+01:00") << QString() << utc
                                 << qint64(1709283600000);
    QTest::newRow("ISO, milliseconds")
        << s(u"2024-03-01T10:00:00.250Z") << QString() << utc << qint64(1709287200250);
    QTest::newRow("ISO, no offset, UTC")
        << s(u"2024-03-01T10:00:00") << QString() << utc << qint64(1709287200000);
    QTest::newRow("ISO, no offset, +01:00")
        << s(u"2024-03-01T10:00:00") << QString() << plusOne << qint64(1709283600000);
    QTest::newRow("ISO, no offset, Madrid summer")
        << s(u"2024-07-01T10:00") << QString() << madrid << qint64(1719820800000);
    QTest::newRow("space, minutes")
        << s(u"2024-03-01 10:00") << QString() << utc << qint64(1709287200000);
    QTest::newRow("space, seconds")
        << s(u" 2024-03-01 10:00:30 ") << QString() << utc << qint64(1709287230000);
    QTest::newRow("date only") << s(u"2024-03-01") << QString() << utc << qint64(1709251200000);
    QTest::newRow("slashes, year first")
        << s(u"2024/03/01 10:00") << QString() << utc << qint64(1709287200000);
    QTest::newRow("given format") << s(u"01/03/2024 10:00") << s(u"dd/MM/yyyy HH:mm") << plusOne
                                  << qint64(1709283600000);
    QTest::newRow("given format, ISO still read")
        << s(u"2024-03-01T10:00:00Z") << s(u"dd/MM/yyyy HH:mm") << utc << qint64(1709287200000);
    QTest::newRow("day first without format (ambiguous: day first)")
        << s(u"01/03/2024 10:00") << QString() << utc << qint64(1709287200000);
    QTest::newRow("day first, proven")
        << s(u"13/03/2024 10:00") << QString() << utc << qint64(1710324000000);
    QTest::newRow("month first, proven, AM/PM")
        << s(u"03/13/2024 10:00 AM") << QString() << utc << qint64(1710324000000);
    QTest::newRow("neither order") << s(u"13/13/2024") << QString() << utc << qint64(-2);
    QTest::newRow("words") << s(u"next Tuesday") << QString() << utc << qint64(-2);
    QTest::newRow("impossible date") << s(u"2024-02-30 10:00") << QString() << utc << qint64(-2);
    QTest::newRow("empty") << QString() << QString() << utc << qint64(-1);
    QTest::newRow("whitespace") << s(u"  ") << QString() << utc << qint64(-1);
}

void TestImportPlan::dates()
{
    QFETCH(QString, cell);
    QFETCH(QString, format);
    QFETCH(QTimeZone, zone);
    QFETCH(qint64, expected);
    if (!zone.isValid())
        QSKIP("This system has no time-zone data for the zone");

    const Sheet sheet
        = sheetOf({{s(u"Email"), s(u"Registration Date")}, {s(u"a@example.com"), cell}});
    ImportOptions options;
    options.dateFormat = format;
    options.timeZone = zone;
    ImportPlan plan;
    QString error;
    QVERIFY2(buildImportPlan(sheet, options, &plan, &error), qPrintable(error));
    QCOMPARE(plan.totalRows, 1);
    if (expected == -2) {
        QCOMPARE(plan.invalid.size(), 1);
        QCOMPARE(plan.invalid.constFirst().row, 2);
        QCOMPARE(plan.invalid.constFirst().value, s(u"a@example.com"));
        QCOMPARE(plan.invalid.constFirst().reason,
            s(u"Could not read the date '%1' in column 'Registration Date'").arg(cell.trimmed()));
        return;
    }
    QCOMPARE(plan.attendees.size(), 1);
    const std::optional<qint64> actual = plan.attendees.constFirst().interactionDateTime;
    if (expected == -1)
        QVERIFY(!actual.has_value());
    else
        QCOMPARE(actual, std::optional<qint64>(expected));
}

void TestImportPlan::invalidAndDuplicateFixture()
{
    const ImportPlan plan = planFromFixture(QStringLiteral("invalid-duplicates.csv"));
    QCOMPARE(plan.file, QStringLiteral("invalid-duplicates.csv"));
    QCOMPARE(plan.sheet, QStringLiteral("invalid-duplicates"));
    QCOMPARE(plan.headerRow, 1);
    QCOMPARE(plan.totalRows, 9); // rows 2-11 less the blank row 7
    QCOMPARE(attendeeRows(plan), (QList<int> {2, 11}));
    QCOMPARE(plan.attendees.at(0).email, s(u"ok@example.com"));
    QCOMPARE(plan.attendees.at(0).contactProperties,
        (QMap<QString, QString> {{s(u"firstname"), s(u"Ok")}}));
    QCOMPARE(plan.attendees.at(1).email, s(u"fine@example.com"));

    const QList<InvalidRow> expectedInvalid {
        {3, s(u"not-an-email"), s(u"The address has no @")},
        {4, QString(), s(u"No email address")},
        {6, s(u"two@@example.com"), s(u"The address has more than one @")},
        {8, s(u"jane o@example.com"), s(u"The address contains a space")},
        {9, s(u"last@example"), s(u"The domain 'example' has no dot (like example.com)")},
    };
    QCOMPARE(plan.invalid.size(), expectedInvalid.size());
    for (qsizetype i = 0; i < expectedInvalid.size(); ++i) {
        QCOMPARE(plan.invalid.at(i).row, expectedInvalid.at(i).row);
        QCOMPARE(plan.invalid.at(i).value, expectedInvalid.at(i).value);
        QCOMPARE(plan.invalid.at(i).reason, expectedInvalid.at(i).reason);
    }

    QCOMPARE(plan.duplicates.size(), 2);
    QCOMPARE(plan.duplicates.at(0).row, 5);
    QCOMPARE(plan.duplicates.at(0).email, s(u"OK@Example.com"));
    QCOMPARE(plan.duplicates.at(0).firstRow, 2);
    QCOMPARE(plan.duplicates.at(1).row, 10);
    QCOMPARE(plan.duplicates.at(1).firstRow, 2);
    QVERIFY(invariantHolds(plan));
}

void TestImportPlan::mojibake_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("garbled");
    QTest::newRow("é read as 1252") << s(u"JosÃ©") << true;
    QTest::newRow("ñ") << s(u"PeÃ±a") << true;
    QTest::newRow("í") << s(u"MartÃ­nez") << true;
    QTest::newRow("Á: its second byte is a C1 control in Latin-1") << s(u"Ã\u0081lvaro") << true;
    QTest::newRow("’ read as 1252") << s(u"Oâ€™Brien") << true;
    QTest::newRow("NBSP read as 1252") << s(u"AnaÂ\u00A0Ruiz") << true;
    QTest::newRow("right") << s(u"José Peña Martínez") << false;
    QTest::newRow("Portuguese Ã") << s(u"JOÃO São Ãngela") << false;
    QTest::newRow("Ångström") << s(u"Ångström") << false;
    QTest::newRow("Ã at the end") << s(u"Ã") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestImportPlan::mojibake()
{
    QFETCH(QString, text);
    QFETCH(bool, garbled);
    QCOMPARE(looksLikeMojibake(text), garbled);
}

void TestImportPlan::mojibakeInPlan()
{
    const Sheet sheet = sheetOf({{s(u"Email"), s(u"Nombre"), s(u"Apellidos")},
        {s(u"ana@example.com"), s(u"Ana"), s(u"Ruiz")},
        {s(u"ines@example.com"), s(u"InÃ©s"), s(u" PeÃ±a ")}});
    ImportPlan plan;
    QString error;
    QVERIFY2(buildImportPlan(sheet, {}, &plan, &error), qPrintable(error));
    QCOMPARE(plan.mojibakeRow, 3);
    QCOMPARE(plan.mojibakeValue, s(u"InÃ©s"));
    const Sheet clean
        = sheetOf({{s(u"Email"), s(u"Nombre")}, {s(u"ines@example.com"), s(u"Inés")}});
    QVERIFY2(buildImportPlan(clean, {}, &plan, &error), qPrintable(error));
    QCOMPARE(plan.mojibakeRow, 0);
}

void TestImportPlan::fullNameColumnIsSplit_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("first and last") << s(u"Ada Lovelace") << s(u"Ada") << s(u"Lovelace");
    QTest::newRow("two surnames") << s(u"Ana García López") << s(u"Ana") << s(u"García López");
    QTest::newRow("Last, First (Teams)")
        << s(u"Vidal, Carmen María") << s(u"Carmen María") << s(u"Vidal");
    QTest::newRow("Zoom's original name") << s(u"Ana García (móvil)") << s(u"Ana") << s(u"García");
    QTest::newRow("one word") << s(u"  Cher ") << s(u"Cher") << QString();
    QTest::newRow("spaces collapse") << s(u"Jo \t  Bloggs") << s(u"Jo") << s(u"Bloggs");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestImportPlan::fullNameColumnIsSplit()
{
    QFETCH(QString, cell);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const SplitName name = splitFullName(cell);
    QCOMPARE(name.first, first);
    QCOMPARE(name.last, last);
}

void TestImportPlan::fullNameInPlan()
{
    const Sheet sheet
        = sheetOf({{s(u"Email"), s(u"Full name")}, {s(u"ada@example.com"), s(u"Lovelace, Ada")},
            {s(u"cher@example.com"), s(u"Cher")}, {s(u"x@example.com"), QString()}});
    ImportPlan plan;
    QString error;
    QVERIFY2(buildImportPlan(sheet, {}, &plan, &error), qPrintable(error));
    QCOMPARE(plan.mapping.columnFor(ColumnTarget::Kind::FullName), 1);
    QCOMPARE(plan.attendees.at(0).contactProperties.value(s(u"firstname")), s(u"Ada"));
    QCOMPARE(plan.attendees.at(0).contactProperties.value(s(u"lastname")), s(u"Lovelace"));
    QCOMPARE(plan.attendees.at(1).contactProperties.keys(), QStringList {s(u"firstname")});
    QVERIFY(plan.attendees.at(2).contactProperties.isEmpty());

    // Turned off by the person (mapped to ignore): no name is sent.
    ImportOptions options;
    options.columnChoices.append(ColumnChoice {1, ColumnTarget {}});
    QVERIFY2(buildImportPlan(sheet, options, &plan, &error), qPrintable(error));
    QVERIFY(plan.attendees.at(0).contactProperties.isEmpty());

    // A first-name column of its own wins over the split.
    const Sheet both = sheetOf({{s(u"Email"), s(u"Name"), s(u"First name")},
        {s(u"ada@example.com"), s(u"Ada Lovelace"), s(u"Augusta")}});
    options = {};
    options.columnChoices.append(ColumnChoice {1, ColumnTarget {ColumnTarget::Kind::FullName, {}}});
    QVERIFY2(buildImportPlan(both, options, &plan, &error), qPrintable(error));
    QCOMPARE(plan.attendees.at(0).contactProperties.value(s(u"firstname")), s(u"Augusta"));
    QCOMPARE(plan.attendees.at(0).contactProperties.value(s(u"lastname")), s(u"Lovelace"));

    // Spanish "Nombre" alone is the whole name; beside "Apellidos" it is the first name.
    const Sheet nombre
        = sheetOf({{s(u"Correo"), s(u"Nombre")}, {s(u"ana@example.com"), s(u"Ana García Ruiz")}});
    QVERIFY2(buildImportPlan(nombre, {}, &plan, &error), qPrintable(error));
    QCOMPARE(plan.mapping.columnFor(ColumnTarget::Kind::FullName), 1);
    QCOMPARE(plan.attendees.at(0).contactProperties.value(s(u"firstname")), s(u"Ana"));
    QCOMPARE(plan.attendees.at(0).contactProperties.value(s(u"lastname")), s(u"García Ruiz"));
    const Sheet nombreApellidos = sheetOf({{s(u"Correo"), s(u"Nombre"), s(u"Apellidos")},
        {s(u"ana@example.com"), s(u"Ana María"), s(u"García Ruiz")}});
    QVERIFY2(buildImportPlan(nombreApellidos, {}, &plan, &error), qPrintable(error));
    QCOMPARE(plan.mapping.columnFor(ColumnTarget::Kind::FullName), -1);
    QCOMPARE(plan.attendees.at(0).contactProperties.value(s(u"firstname")), s(u"Ana María"));
    QCOMPARE(plan.attendees.at(0).contactProperties.value(s(u"lastname")), s(u"García Ruiz"));
}

void TestImportPlan::quotedNewlinesKeepRowNumbers()
{
    const ImportPlan plan = planFromFixture(QStringLiteral("quoted-crlf.csv"));
    QCOMPARE(targets(plan.mapping),
        (QStringList {s(u"email"), s(u"fullName"), s(u"ignore"), s(u"contactProperties.company")}));
    QCOMPARE(attendeeRows(plan), (QList<int> {2, 3, 4, 6}));
    QCOMPARE(plan.totalRows, 4);
    QCOMPARE(plan.attendees.at(1).contactProperties.value(s(u"company")), s(u"Quote \"Co\""));
    QVERIFY(
        !plan.attendees.at(2).contactProperties.contains(s(u"company"))); // empty cell: not sent
    QCOMPARE(plan.attendees.at(3).email, s(u"dora@example.com"));
    QCOMPARE(plan.attendees.at(3).contactProperties.value(s(u"company")), s(u"Dora Ltd"));
    QVERIFY(invariantHolds(plan));
}

void TestImportPlan::accentedNamesFixture()
{
    const ImportPlan plan = planFromFixture(QStringLiteral("utf8-bom-comma.csv"));
    QCOMPARE(plan.headers.constFirst(), s(u"Email")); // no BOM in the first header
    QCOMPARE(plan.mapping.emailColumn(), 0);
    QCOMPARE(attendeeRows(plan), (QList<int> {2, 3, 4, 5}));
    const auto name = [&](int i) -> QString {
        const QMap<QString, QString> &p = plan.attendees.at(i).contactProperties;
        return p.value(s(u"firstname")) + u' ' + p.value(s(u"lastname"));
    };
    QCOMPARE(name(0), s(u"José Núñez"));
    QCOMPARE(name(1), s(u"Zoë Brontë"));
    QCOMPARE(name(2), s(u"Frederik Ærøskøbing"));
    QCOMPARE(name(3), s(u"山田 太郎"));
    QVERIFY(invariantHolds(plan));
}

void TestImportPlan::windows1252FixtureWithOverrides()
{
    const ImportPlan plan = planFromFixture(QStringLiteral("windows-1252-semicolon.csv"));
    QCOMPARE(targets(plan.mapping),
        (QStringList {s(u"email"), s(u"contactProperties.firstname"),
            s(u"contactProperties.lastname"), s(u"contactProperties.company")}));
    QCOMPARE(plan.attendees.size(), 2);
    QCOMPARE(plan.attendees.at(0).contactProperties,
        (QMap<QString, QString> {{s(u"firstname"), s(u"Hans")}, {s(u"lastname"), s(u"Müller")},
            {s(u"company"), s(u"Café € GmbH")}}));
    QCOMPARE(plan.attendees.at(1).contactProperties.value(s(u"firstname")), s(u"Françoise"));
    QCOMPARE(plan.attendees.at(1).contactProperties.value(s(u"company")), s(u"“Chez Nous”"));

    const ImportPlan overridden = planFromFixture(QStringLiteral("windows-1252-semicolon.csv"), {},
        {{s(u"vorname"), s(u"ignore")}, {s(u"D"), s(u"contactProperties.firma")},
            {s(u"3"), s(u"contactProperties.family_name")}});
    QCOMPARE(overridden.attendees.at(0).contactProperties,
        (QMap<QString, QString> {
            {s(u"family_name"), s(u"Müller")}, {s(u"firma"), s(u"Café € GmbH")}}));
}

void TestImportPlan::spanishSemicolonFixture()
{
    ImportOptions options;
    options.timeZone = QTimeZone("Europe/Madrid");
    if (!options.timeZone.isValid())
        QSKIP("This system has no time-zone data for Europe/Madrid");
    const ImportPlan plan = planFromFixture(QStringLiteral("semicolon.csv"), options);
    QCOMPARE(targets(plan.mapping),
        (QStringList {s(u"email"), s(u"contactProperties.firstname"),
            s(u"contactProperties.lastname"), s(u"contactProperties.company"),
            s(u"interactionDateTime")}));
    QCOMPARE(plan.attendees.size(), 2);
    const Attendee &ana = plan.attendees.at(0);
    QCOMPARE(ana.contactProperties.value(s(u"lastname")), s(u"García, López"));
    QCOMPARE(ana.contactProperties.value(s(u"company")), s(u"Acme, S.L."));
    QCOMPARE(ana.interactionDateTime, std::optional<qint64>(1709283600000)); // 10:00 CET = 09:00Z
    const Attendee &luis = plan.attendees.at(1);
    QVERIFY(!luis.contactProperties.contains(s(u"company")));
    QCOMPARE(luis.interactionDateTime, std::optional<qint64>(1709368200000));
}

void TestImportPlan::bareListFixture()
{
    const ImportPlan plan = planFromFixture(QStringLiteral("emails-only.csv"));
    QCOMPARE(plan.headerRow, 0);
    QCOMPARE(plan.headers, QStringList {s(u"Column A")});
    QCOMPARE(attendeeRows(plan), (QList<int> {1, 2, 4}));
    QCOMPARE(plan.attendees.at(2).email, s(u"third@example.com"));
    QCOMPARE(plan.totalRows, 3);
    QVERIFY(invariantHolds(plan));
}

void TestImportPlan::joinAndLeaveFixture()
{
    ImportOptions options;
    options.headerRow = 3; // a title and a blank row sit above the header
    options.timeZone = QTimeZone::utc();
    const ImportPlan plan = planFromFixture(QStringLiteral("zoom-report.csv"), options);
    QCOMPARE(targets(plan.mapping),
        (QStringList {s(u"email"), s(u"ignore"), s(u"interactionDateTime"),
            s(u"properties.joinedAt"), s(u"properties.leftAt")}));
    QCOMPARE(attendeeRows(plan), (QList<int> {4, 5}));
    const Attendee &one = plan.attendees.at(0);
    QCOMPARE(one.interactionDateTime, std::optional<qint64>(1709283600000));
    QCOMPARE(one.properties,
        (QMap<QString, QString> {
            {s(u"joinedAt"), s(u"1709632800000")}, {s(u"leftAt"), s(u"1709636400000")}}));
    const Attendee &two = plan.attendees.at(1);
    QVERIFY(!two.interactionDateTime.has_value());
    QCOMPARE(two.properties, (QMap<QString, QString> {{s(u"joinedAt"), s(u"1709633700000")}}));
}

void TestImportPlan::cellsAndRows()
{
    const Sheet sheet = sheetOf({
        {s(u"Email"), s(u"First Name"), s(u"Company"), s(u"Leave Time"), s(u"Join Time")},
        {s(u" a@example.com "), s(u"  Ann "), s(u"  "), s(u"2024-03-05T11:00:00Z"),
            s(u"2024-03-05T10:00:00Z"), s(u"extra")},
        {QString(), s(u" "), s(u"\t")}, // blank: not counted
        {s(u"b@example.com")}, // short row
        {s(u"c@example.com"), s(u"Cy"), s(u"Cy Ltd"), s(u"soon"), s(u"2024-03-05T10:00:00Z")},
        {s(u"\u00A0A@EXAMPLE.COM\u200B"), s(u"Again")},
    });
    ImportPlan plan;
    plan.file = s(u"/tmp/in.csv");
    QString error;
    QVERIFY2(buildImportPlan(sheet, {}, &plan, &error), qPrintable(error));
    QCOMPARE(plan.file, s(u"/tmp/in.csv"));
    QCOMPARE(plan.sheet, s(u"Sheet1"));
    QCOMPARE(plan.totalRows, 4);
    QCOMPARE(attendeeRows(plan), (QList<int> {2, 4}));

    const Attendee &ann = plan.attendees.at(0);
    QCOMPARE(ann.email, s(u"a@example.com"));
    QCOMPARE(ann.contactProperties, (QMap<QString, QString> {{s(u"firstname"), s(u"Ann")}}));
    QCOMPARE(ann.properties,
        (QMap<QString, QString> {
            {s(u"joinedAt"), s(u"1709632800000")}, {s(u"leftAt"), s(u"1709636400000")}}));
    QVERIFY(!ann.interactionDateTime.has_value());
    QVERIFY(plan.attendees.at(1).contactProperties.isEmpty());
    QVERIFY(plan.attendees.at(1).properties.isEmpty());

    QCOMPARE(plan.invalid.size(), 1);
    QCOMPARE(plan.invalid.constFirst().row, 5);
    QCOMPARE(plan.invalid.constFirst().reason,
        s(u"Could not read the date 'soon' in column 'Leave Time'"));
    QCOMPARE(plan.duplicates.size(), 1);
    QCOMPARE(plan.duplicates.constFirst().row, 6);
    QCOMPARE(plan.duplicates.constFirst().email, s(u"A@EXAMPLE.COM"));
    QCOMPARE(plan.duplicates.constFirst().firstRow, 2);
    QVERIFY(invariantHolds(plan));
}

void TestImportPlan::rowWithBadDateDoesNotClaimEmail()
{
    const Sheet sheet = sheetOf({{s(u"Email"), s(u"Date")}, {s(u"a@example.com"), s(u"garbage")},
        {s(u"a@example.com"), s(u"2024-03-01")}, {s(u"A@example.com"), s(u"2024-03-02")}});
    ImportPlan plan;
    QString error;
    QVERIFY2(buildImportPlan(sheet, {}, &plan, &error), qPrintable(error));
    QCOMPARE(plan.invalid.size(), 1);
    QCOMPARE(plan.invalid.constFirst().row, 2);
    QCOMPARE(attendeeRows(plan), QList<int> {3});
    QCOMPARE(plan.duplicates.size(), 1);
    QCOMPARE(plan.duplicates.constFirst().firstRow, 3);
    QVERIFY(invariantHolds(plan));
}

void TestImportPlan::manyRowsCheckedOnSeveralThreads()
{
    // Enough rows that the check is split over worker threads (25,000 rows a thread): the result
    // must be the one a single pass gives, duplicates across chunks and row order included. The
    // tsan preset runs this too.
    constexpr int Count = 60'000;
    Rows rows {{s(u"Email"), s(u"First name"), s(u"Registration Time")}};
    rows.reserve(Count + 1);
    for (int i = 0; i < Count; ++i) {
        const bool bad = i % 1000 == 999;
        const bool again = i >= Count / 2 && i % 1000 == 500; // same person as row i - Count/2
        const int person = again ? i - Count / 2 : i;
        rows.append(
            {bad ? QStringLiteral("bad-%1").arg(i) : QStringLiteral("p%1@example.com").arg(person),
                QStringLiteral("P%1").arg(i),
                QStringLiteral("2026-03-%1 10:00").arg(1 + i % 28, 2, 10, QLatin1Char('0'))});
    }
    ImportPlan plan;
    QString error;
    QVERIFY2(buildImportPlan(sheetOf(rows), {}, &plan, &error), qPrintable(error));
    QVERIFY(invariantHolds(plan));
    QCOMPARE(plan.totalRows, Count);
    QCOMPARE(plan.invalid.size(), 60);
    QCOMPARE(plan.duplicates.size(), 30);
    QCOMPARE(plan.attendees.size(), Count - 90);
    for (qsizetype i = 1; i < plan.attendees.size(); ++i)
        QVERIFY(plan.attendees.at(i - 1).row < plan.attendees.at(i).row);
    for (const DuplicateRow &duplicate : plan.duplicates) {
        QCOMPARE(duplicate.firstRow, duplicate.row - Count / 2);
        QCOMPARE(duplicate.email, QStringLiteral("p%1@example.com").arg(duplicate.firstRow - 2));
    }
    QCOMPARE(plan.invalid.constFirst().row, 1001);
    QCOMPARE(plan.invalid.constLast().row, Count + 1);
    const Attendee &last = plan.attendees.constLast();
    QCOMPARE(last.email, QStringLiteral("p%1@example.com").arg(Count - 2));
    QCOMPARE(last.contactProperties.value(s(u"firstname")), QStringLiteral("P%1").arg(Count - 2));
    QVERIFY(last.interactionDateTime.has_value());
}

void TestImportPlan::countsOnlyMatchesFullPlan_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("rows");
    QTest::addColumn<ImportOptions::DateOrder>("order");
    // A fixture name reads that file; otherwise a generated sheet of that many rows.
    for (const char *fixture : {"invalid-duplicates.csv", "emails-only.csv", "quoted-crlf.csv",
             "semicolon.csv", "utf16le-tab.csv", "utf8-bom-comma.csv", "windows-1252-semicolon.csv",
             "zoom-report.csv"})
        QTest::newRow(fixture) << QString::fromLatin1(fixture) << 0
                               << ImportOptions::DateOrder::Auto;
    // Small: one thread. Large: chunks on several threads, duplicates across them.
    QTest::newRow("tricky, one thread") << QString() << 2'000 << ImportOptions::DateOrder::Auto;
    QTest::newRow("tricky, threads") << QString() << 80'000 << ImportOptions::DateOrder::Auto;
    // Month first: the day-first dates (13/..) become unreadable, so those rows claim nothing.
    QTest::newRow("tricky, threads, month first")
        << QString() << 80'000 << ImportOptions::DateOrder::MonthFirst;
}

void TestImportPlan::countsOnlyMatchesFullPlan()
{
    QFETCH(QString, fixture);
    QFETCH(int, rows);
    QFETCH(ImportOptions::DateOrder, order);
    ImportOptions options;
    options.timeZone = QTimeZone("Europe/Madrid");
    options.dateOrder = order;
    if (!fixture.isEmpty()) {
        const ReadResult read
            = CsvReader::readFile(test::dataPath(QStringLiteral("csv/") + fixture));
        QVERIFY2(read.ok(), qPrintable(read.error));
        compareCountsOnly(read.sheet, options);
        return;
    }
    // Every kind of row in turn: good, repaired (mailto:, "Name <address>", invisible
    // characters), invalid, a bad date (which claims nothing, so a later row takes the email),
    // duplicates differing in case (ASCII and not) from rows far earlier, in another chunk, and
    // day/month dates that only one order reads.
    Rows sheet {{s(u"Email"), s(u"First name"), s(u"Registration Time")}};
    for (int i = 0; i < rows; ++i) {
        const int person = i % 7 == 3 ? (i * 31) % std::max(i, 1) : i;
        QString email = QStringLiteral("p%1@example.com").arg(person);
        switch (i % 13) {
        case 1:
            email = QStringLiteral("mailto:") + email;
            break;
        case 2:
            email = QStringLiteral("Person %1 <%2>").arg(i).arg(email);
            break;
        case 4:
            email = QStringLiteral("broken-%1@").arg(i);
            break;
        case 5:
            email = email.toUpper();
            break;
        case 6:
            email = s(u"J\u00DCRGEN%1@m\u00FCller.de").arg(person % 500);
            break;
        case 8:
            email = s(u"j\u00FCrgen%1@M\u00DCLLER.de").arg(person % 500);
            break;
        case 9:
            email.insert(2, QChar(0x200B));
            break;
        default:
            break;
        }
        QString date = QStringLiteral("%1/03/2026 10:%2")
                           .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                           .arg(i % 60, 2, 10, QLatin1Char('0'));
        if (i % 17 == 0)
            date = QStringLiteral("not a date %1").arg(i);
        else if (i % 19 == 0)
            date.clear();
        sheet.append({email, QStringLiteral("P%1").arg(i), date});
        if (i % 1000 == 10)
            sheet.append({QString(), QString(), QString()}); // blank rows are not counted
    }
    compareCountsOnly(sheetOf(sheet), options);
}

QTEST_GUILESS_MAIN(TestImportPlan)
#include "TestImportPlan.moc"
