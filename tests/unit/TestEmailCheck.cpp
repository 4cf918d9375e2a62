// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/EmailCheck.h"

#include <QTest>

using namespace attendance;

class TestEmailCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void repaired_data();
    void repaired();
    void looksLikeEmail_data();
    void looksLikeEmail();
};

void TestEmailCheck::accepted_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("email");

    QTest::newRow("plain") << QStringLiteral("ada@example.com")
                           << QStringLiteral("ada@example.com");
    QTest::newRow("case kept") << QStringLiteral("Ada.Lovelace@Example.COM")
                               << QStringLiteral("Ada.Lovelace@Example.COM");
    QTest::newRow("plus addressing")
        << QStringLiteral("ada+events@example.com") << QStringLiteral("ada+events@example.com");
    QTest::newRow("apostrophe") << QStringLiteral("o'brien@example.ie")
                                << QStringLiteral("o'brien@example.ie");
    QTest::newRow("subdomain") << QStringLiteral("x@mail.eu.example.co.uk")
                               << QStringLiteral("x@mail.eu.example.co.uk");
    QTest::newRow("digits") << QStringLiteral("2024user@123mail.example.com")
                            << QStringLiteral("2024user@123mail.example.com");
    QTest::newRow("idn domain") << QStringLiteral("hans@müller.de")
                                << QStringLiteral("hans@müller.de");
    QTest::newRow("punycode tld") << QStringLiteral("a@example.xn--p1ai")
                                  << QStringLiteral("a@example.xn--p1ai");
    QTest::newRow("hyphen inside label")
        << QStringLiteral("a@my-company.com") << QStringLiteral("a@my-company.com");
    QTest::newRow("spaces around")
        << QStringLiteral("  ada@example.com \t") << QStringLiteral("ada@example.com");
    QTest::newRow("nbsp around") << QStringLiteral("\u00A0ada@example.com\u00A0")
                                 << QStringLiteral("ada@example.com");
    QTest::newRow("zero-width space and BOM")
        << QStringLiteral("\uFEFFada@example.com\u200B") << QStringLiteral("ada@example.com");
    QTest::newRow("zero-width joiner inside")
        << QStringLiteral("ada@exam\u200Dple.com") << QStringLiteral("ada@example.com");
    QTest::newRow("newline around")
        << QStringLiteral("\nada@example.com\r\n") << QStringLiteral("ada@example.com");
    const QString longest = QString(64, u'a') + u'@' + QString(63, u'b') + u'.' + QString(63, u'c')
        + u'.' + QString(61, u'd');
    QTest::newRow("254 characters") << longest << longest;
}

void TestEmailCheck::accepted()
{
    QFETCH(QString, cell);
    QFETCH(QString, email);
    const EmailCheck check = checkEmail(cell);
    QVERIFY2(check.valid, qPrintable(check.reason));
    QCOMPARE(check.email, email);
    QVERIFY(check.reason.isEmpty());
    QVERIFY(!check.repaired); // trimming whitespace and invisible characters is not a repair
}

void TestEmailCheck::rejected_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QString() << QStringLiteral("No email address");
    QTest::newRow("only whitespace")
        << QStringLiteral(" \u00A0\t\u200B") << QStringLiteral("No email address");
    QTest::newRow("space inside") << QStringLiteral("ada lovelace@example.com")
                                  << QStringLiteral("The address contains a space");
    QTest::newRow("nbsp inside") << QStringLiteral("ada@example\u00A0.com")
                                 << QStringLiteral("The address contains a space");
    QTest::newRow("no at") << QStringLiteral("ada.example.com")
                           << QStringLiteral("The address has no @");
    QTest::newRow("two ats") << QStringLiteral("ada@@example.com")
                             << QStringLiteral("The address has more than one @");
    QTest::newRow("two addresses")
        << QStringLiteral("a@example.com;b@example.com")
        << QStringLiteral("The cell holds more than one address; keep one per row");
    QTest::newRow("two addresses, comma and space")
        << QStringLiteral("a@example.com, b@example.com")
        << QStringLiteral("The cell holds more than one address; keep one per row");
    QTest::newRow("empty local") << QStringLiteral("@example.com")
                                 << QStringLiteral("Nothing comes before the @");
    QTest::newRow("empty domain") << QStringLiteral("ada@")
                                  << QStringLiteral("Nothing comes after the @");
    QTest::newRow("domain without dot") << QStringLiteral(
        "ada@localhost") << QStringLiteral("The domain 'localhost' has no dot (like example.com)");
    QTest::newRow("double dot local") << QStringLiteral("ada..l@example.com")
                                      << QStringLiteral("The address has two dots in a row");
    QTest::newRow("double dot domain") << QStringLiteral("ada@example..com")
                                       << QStringLiteral("The address has two dots in a row");
    QTest::newRow("leading dot local") << QStringLiteral(
        ".ada@example.com") << QStringLiteral("The part before the @ starts or ends with a dot");
    QTest::newRow("trailing dot local") << QStringLiteral(
        "ada.@example.com") << QStringLiteral("The part before the @ starts or ends with a dot");
    QTest::newRow("leading dot domain") << QStringLiteral("ada@.example.com")
                                        << QStringLiteral("The domain starts or ends with a dot");
    QTest::newRow("comma")
        << QStringLiteral("ada,l@example.com")
        << QStringLiteral("The address contains ',', which is not allowed in an email address");
    QTest::newRow("angle bracket inside")
        << QStringLiteral("ada<x@example.com")
        << QStringLiteral("The address contains '<', which is not allowed in an email address");
    QTest::newRow("angle brackets, no address inside")
        << QStringLiteral("<ada>") << QStringLiteral("The address has no @");
    QTest::newRow("display name, bad address inside")
        << QStringLiteral("Ada <ada@example>")
        << QStringLiteral("The domain 'example' has no dot (like example.com)");
    QTest::newRow("mailto, nothing after")
        << QStringLiteral("mailto:") << QStringLiteral("The address has no @");
    QTest::newRow("parenthesis in domain")
        << QStringLiteral("ada@exa(mple).com")
        << QStringLiteral("The address contains '(', which is not allowed in an email address");
    QTest::newRow("underscore in domain")
        << QStringLiteral("ada@exa_mple.com")
        << QStringLiteral("The address contains '_', which is not allowed in an email address");
    QTest::newRow("label starts with hyphen") << QStringLiteral(
        "ada@-example.com") << QStringLiteral("A part of the domain starts or ends with a hyphen");
    QTest::newRow("label ends with hyphen") << QStringLiteral(
        "ada@example-.com") << QStringLiteral("A part of the domain starts or ends with a hyphen");
    QTest::newRow("one-letter tld")
        << QStringLiteral("ada@example.c")
        << QStringLiteral("The domain ends in '.c', which is not a real top-level domain");
    QTest::newRow("numeric tld")
        << QStringLiteral("ada@192.168.0.1")
        << QStringLiteral("The domain ends in '.1', which is not a real top-level domain");
    QTest::newRow("too long") << QString(QString(64, u'a') + u'@' + QString(63, u'b') + u'.'
        + QString(63, u'c') + u'.' + QString(62, u'd'))
                              << QStringLiteral("The address is longer than 254 characters");
    QTest::newRow("local part too long")
        << QString(QString(65, u'a') + QStringLiteral("@example.com"))
        << QStringLiteral("The part before the @ is longer than 64 characters");
    QTest::newRow("label too long")
        << QString(QStringLiteral("a@") + QString(64, u'b') + QStringLiteral(".com"))
        << QStringLiteral("A part of the domain is longer than 63 characters");
}

void TestEmailCheck::rejected()
{
    QFETCH(QString, cell);
    QFETCH(QString, reason);
    const EmailCheck check = checkEmail(cell);
    QVERIFY(!check.valid);
    QCOMPARE(check.reason, reason);
}

void TestEmailCheck::repaired_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("email");

    QTest::newRow("mailto") << QStringLiteral("mailto:ada@example.org")
                            << QStringLiteral("ada@example.org");
    QTest::newRow("MAILTO, spaces")
        << QStringLiteral("  MAILTO:Ada@Example.org ") << QStringLiteral("Ada@Example.org");
    QTest::newRow("mailto with query") << QStringLiteral("mailto:ada@example.org?subject=Hola")
                                       << QStringLiteral("ada@example.org");
    QTest::newRow("display name") << QStringLiteral("Ada Lovelace <ada@example.org>")
                                  << QStringLiteral("ada@example.org");
    QTest::newRow("quoted display name with accents") << QStringLiteral(
        "\"Núñez, José\" <jose.nunez@example.es>") << QStringLiteral("jose.nunez@example.es");
    QTest::newRow("angle brackets only")
        << QStringLiteral("<ada@example.org>") << QStringLiteral("ada@example.org");
    QTest::newRow("display name, mailto inside")
        << QStringLiteral("Ada <mailto:ada@example.org>") << QStringLiteral("ada@example.org");
    QTest::newRow("bracket never closed")
        << QStringLiteral("Ada <ada@example.org") << QStringLiteral("ada@example.org");
    QTest::newRow("trailing semicolon")
        << QStringLiteral("ada@example.org;") << QStringLiteral("ada@example.org");
    QTest::newRow("trailing comma and space")
        << QStringLiteral("ada@example.org, ") << QStringLiteral("ada@example.org");
    QTest::newRow("trailing full stop")
        << QStringLiteral("ada@example.org.") << QStringLiteral("ada@example.org");
    QTest::newRow("double quotes")
        << QStringLiteral("\"ada@example.org\"") << QStringLiteral("ada@example.org");
    QTest::newRow("single quotes")
        << QStringLiteral("'ada@example.org'") << QStringLiteral("ada@example.org");
    QTest::newRow("typographic quotes")
        << QStringLiteral("“ada@example.org”") << QStringLiteral("ada@example.org");
    QTest::newRow("parentheses") << QStringLiteral("(ada@example.org)")
                                 << QStringLiteral("ada@example.org");
    QTest::newRow("quotes, then semicolon")
        << QStringLiteral("\"ada@example.org\";") << QStringLiteral("ada@example.org");
    QTest::newRow("idn in display form")
        << QStringLiteral("Hans <hans@müller.de>") << QStringLiteral("hans@müller.de");
    QTest::newRow("zero-width inside and mailto")
        << QStringLiteral("mailto:ada@exa\u200Bmple.org") << QStringLiteral("ada@example.org");
    // Excel's text marker, which the sheet keeps but never shows.
    QTest::newRow("leading apostrophe")
        << QStringLiteral("'ana@example.com") << QStringLiteral("ana@example.com");
    QTest::newRow("leading apostrophe, spaces")
        << QStringLiteral(" ' ana@example.com") << QStringLiteral("ana@example.com");
    // Typed on an East Asian keyboard: compatibility forms, read as what they stand for.
    QTest::newRow("full-width at")
        << QStringLiteral("zhang.wei\uFF20example.com") << QStringLiteral("zhang.wei@example.com");
    QTest::newRow("full-width letters")
        << QStringLiteral("\uFF41\uFF44\uFF41@example.com") << QStringLiteral("ada@example.com");
}

void TestEmailCheck::repaired()
{
    QFETCH(QString, cell);
    QFETCH(QString, email);
    const EmailCheck check = checkEmail(cell);
    QVERIFY2(check.valid, qPrintable(check.reason));
    QCOMPARE(check.email, email);
    QVERIFY(check.repaired);
    QVERIFY(attendance::looksLikeEmail(cell));
}

void TestEmailCheck::looksLikeEmail_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("looks");
    QTest::newRow("plain") << QStringLiteral("ada@example.org") << true;
    QTest::newRow("repairable") << QStringLiteral("Ada <ada@example.org>") << true;
    QTest::newRow("no dot") << QStringLiteral("ada@example") << false;
    QTest::newRow("header") << QStringLiteral("Email") << false;
    QTest::newRow("blank") << QStringLiteral(" ") << false;
}

void TestEmailCheck::looksLikeEmail()
{
    QFETCH(QString, cell);
    QFETCH(bool, looks);
    QCOMPARE(attendance::looksLikeEmail(cell), looks);
}

QTEST_GUILESS_MAIN(TestEmailCheck)
#include "TestEmailCheck.moc"
