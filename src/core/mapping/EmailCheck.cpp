// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/EmailCheck.h"

#include <QList>
#include <QStringView>

namespace attendance {

namespace {

constexpr qsizetype MaxAddress = 254; // RFC 5321 path limit minus the angle brackets
constexpr qsizetype MaxLocalPart = 64;
constexpr qsizetype MaxLabel = 63;

/// Characters copied along with addresses from web pages, Word and Excel that nobody can see.
bool isInvisible(char16_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x180E;
}

bool isTrimmable(QChar c)
{
    return c.isSpace() || isInvisible(c.unicode());
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

/// Letters of other scripts are allowed: internationalised addresses (RFC 6531) are valid, and
/// rejecting them would set real attendees aside.
bool isInternationalChar(QChar c)
{
    return c.unicode() >= 0x80 && (c.isLetterOrNumber() || c.isMark());
}

bool isLocalChar(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiAlnum(u) || QStringView(u"!#$%&'*+/=?^_`{|}~.-").contains(c)
        || isInternationalChar(c);
}

bool isDomainChar(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiAlnum(u) || u == u'-' || u == u'.' || isInternationalChar(c);
}

QString clean(const QString &cell)
{
    qsizetype begin = 0;
    qsizetype end = cell.size();
    while (begin < end && isTrimmable(cell.at(begin)))
        ++begin;
    while (end > begin && isTrimmable(cell.at(end - 1)))
        --end;
    // The usual cell needs no trimming: share it instead of copying.
    QString email = (begin == 0 && end == cell.size()) ? cell : cell.sliced(begin, end - begin);
    email.removeIf([](QChar c) { return isInvisible(c.unicode()); });
    return email;
}

QString illegalCharacter(QChar c)
{
    return QStringLiteral("The address contains '%1', which is not allowed in an email address")
        .arg(c);
}

QString checkLocalPart(QStringView local)
{
    if (local.startsWith(u'.') || local.endsWith(u'.'))
        return QStringLiteral("The part before the @ starts or ends with a dot");
    if (local.size() > MaxLocalPart)
        return QStringLiteral("The part before the @ is longer than 64 characters");
    for (const QChar c : local) {
        if (!isLocalChar(c))
            return illegalCharacter(c);
    }
    return {};
}

QString checkDomain(QStringView domain)
{
    for (const QChar c : domain) {
        if (!isDomainChar(c))
            return illegalCharacter(c);
    }
    if (!domain.contains(u'.'))
        return QStringLiteral("The domain '%1' has no dot (like example.com)").arg(domain);
    if (domain.startsWith(u'.') || domain.endsWith(u'.'))
        return QStringLiteral("The domain starts or ends with a dot");
    const auto labels = domain.split(u'.');
    for (const QStringView label : labels) {
        if (label.size() > MaxLabel)
            return QStringLiteral("A part of the domain is longer than 63 characters");
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return QStringLiteral("A part of the domain starts or ends with a hyphen");
    }
    const QStringView tld = labels.constLast();
    // Punycode TLDs (xn--...) hold digits and hyphens, but none starts with a digit.
    if (tld.size() < 2 || !tld.front().isLetter())
        return QStringLiteral("The domain ends in '.%1', which is not a real top-level domain")
            .arg(tld);
    return {};
}

QString reasonFor(const QString &email)
{
    if (email.isEmpty())
        return QStringLiteral("No email address");
    for (const QChar c : email) {
        if (c.isSpace())
            return QStringLiteral("The address contains a space");
    }
    if (email.size() > MaxAddress)
        return QStringLiteral("The address is longer than 254 characters");
    const qsizetype at = email.indexOf(u'@');
    if (at < 0)
        return QStringLiteral("The address has no @");
    if (email.indexOf(u'@', at + 1) >= 0)
        return QStringLiteral("The address has more than one @");
    const QStringView local = QStringView(email).first(at);
    const QStringView domain = QStringView(email).sliced(at + 1);
    if (local.isEmpty())
        return QStringLiteral("Nothing comes before the @");
    if (domain.isEmpty())
        return QStringLiteral("Nothing comes after the @");
    if (email.contains(QStringView(u"..")))
        return QStringLiteral("The address has two dots in a row");
    if (QString reason = checkLocalPart(local); !reason.isEmpty())
        return reason;
    return checkDomain(domain);
}

} // namespace

EmailCheck checkEmail(const QString &cell)
{
    EmailCheck check;
    check.email = clean(cell);
    check.reason = reasonFor(check.email);
    check.valid = check.reason.isEmpty();
    return check;
}

} // namespace attendance
