// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/EmailCheck.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <optional>

namespace attendance {

namespace {

constexpr qsizetype MaxAddress = 254; // RFC 5321 path limit minus the angle brackets
constexpr qsizetype MaxLocalPart = 64;
constexpr qsizetype MaxLabel = 63;
// Enough for "\"Ada\" <mailto:ada@x.org>;": each round peels one layer.
constexpr int RepairRounds = 4;

/// Characters copied along with addresses from web pages, Word and Excel that nobody can see.
bool isInvisible(char16_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x180E;
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u' ' || (u >= u'\t' && u <= u'\r');
    return c.isSpace();
}

bool isTrimmable(QChar c)
{
    return isSpace(c) || isInvisible(c.unicode());
}

QStringView trimmed(QStringView text)
{
    while (!text.isEmpty() && isTrimmable(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isTrimmable(text.back()))
        text.chop(1);
    return text;
}

constexpr std::array<bool, 128> asciiTable(const char *extra)
{
    std::array<bool, 128> table {};
    for (int c = 0; c < 128; ++c)
        table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    for (const char *p = extra; *p; ++p)
        table[static_cast<unsigned char>(*p)] = true;
    return table;
}

constexpr std::array<bool, 128> LocalAscii = asciiTable("!#$%&'*+/=?^_`{|}~.-");
constexpr std::array<bool, 128> DomainAscii = asciiTable("-.");

/// Letters of other scripts are allowed: internationalised addresses (RFC 6531) are valid, and
/// rejecting them would set real attendees aside.
bool isInternationalChar(QChar c)
{
    return c.unicode() >= 0x80 && (c.isLetterOrNumber() || c.isMark());
}

bool isLocalChar(QChar c)
{
    return c.unicode() < 0x80 ? LocalAscii[c.unicode()] : isInternationalChar(c);
}

bool isDomainChar(QChar c)
{
    return c.unicode() < 0x80 ? DomainAscii[c.unicode()] : isInternationalChar(c);
}

/// What is wrong with an address; the text is rendered only when a reason is wanted.
struct Problem
{
    enum class Kind {
        None,
        Empty,
        SeveralAddresses,
        Space,
        TooLong,
        NoAt,
        SeveralAts,
        EmptyLocal,
        EmptyDomain,
        DoubleDot,
        LocalDot,
        LocalTooLong,
        IllegalChar,
        DomainWithoutDot,
        DomainDot,
        LabelTooLong,
        LabelHyphen,
        BadTopLevel
    };
    Kind kind = Kind::None;
    QChar character;
    QStringView part;

    bool ok() const { return kind == Kind::None; }
};

Problem checkLocalPart(QStringView local)
{
    if (local.startsWith(u'.') || local.endsWith(u'.'))
        return {Problem::Kind::LocalDot, {}, {}};
    if (local.size() > MaxLocalPart)
        return {Problem::Kind::LocalTooLong, {}, {}};
    for (const QChar c : local) {
        if (!isLocalChar(c))
            return {Problem::Kind::IllegalChar, c, {}};
    }
    return {};
}

Problem checkDomain(QStringView domain)
{
    for (const QChar c : domain) {
        if (!isDomainChar(c))
            return {Problem::Kind::IllegalChar, c, {}};
    }
    if (!domain.contains(u'.'))
        return {Problem::Kind::DomainWithoutDot, {}, domain};
    if (domain.startsWith(u'.') || domain.endsWith(u'.'))
        return {Problem::Kind::DomainDot, {}, {}};
    QStringView label;
    for (qsizetype start = 0; start <= domain.size();) {
        qsizetype end = domain.indexOf(u'.', start);
        if (end < 0)
            end = domain.size();
        label = domain.sliced(start, end - start);
        if (label.size() > MaxLabel)
            return {Problem::Kind::LabelTooLong, {}, {}};
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return {Problem::Kind::LabelHyphen, {}, {}};
        start = end + 1;
    }
    // Punycode TLDs (xn--...) hold digits and hyphens, but none starts with a digit.
    if (label.size() < 2 || !label.front().isLetter())
        return {Problem::Kind::BadTopLevel, {}, label};
    return {};
}

Problem validate(QStringView email)
{
    if (email.isEmpty())
        return {Problem::Kind::Empty, {}, {}};
    qsizetype ats = 0;
    bool separator = false;
    bool space = false;
    bool doubleDot = false;
    QChar previous;
    for (const QChar c : email) {
        ats += c == u'@';
        space = space || isSpace(c);
        separator = separator || c == u';' || c == u',';
        doubleDot = doubleDot || (c == u'.' && previous == u'.');
        previous = c;
    }
    if (ats > 1 && (separator || space))
        return {Problem::Kind::SeveralAddresses, {}, {}};
    if (space)
        return {Problem::Kind::Space, {}, {}};
    if (email.size() > MaxAddress)
        return {Problem::Kind::TooLong, {}, {}};
    if (ats == 0)
        return {Problem::Kind::NoAt, {}, {}};
    if (ats > 1)
        return {Problem::Kind::SeveralAts, {}, {}};
    const qsizetype at = email.indexOf(u'@');
    const QStringView local = email.first(at);
    const QStringView domain = email.sliced(at + 1);
    if (local.isEmpty())
        return {Problem::Kind::EmptyLocal, {}, {}};
    if (domain.isEmpty())
        return {Problem::Kind::EmptyDomain, {}, {}};
    if (doubleDot)
        return {Problem::Kind::DoubleDot, {}, {}};
    if (const Problem problem = checkLocalPart(local); !problem.ok())
        return problem;
    return checkDomain(domain);
}

QString reasonFor(const Problem &problem)
{
    using Kind = Problem::Kind;
    switch (problem.kind) {
    case Kind::None:
        return {};
    case Kind::Empty:
        return QCoreApplication::translate("attendance::EmailCheck", "No email address");
    case Kind::SeveralAddresses:
        return QCoreApplication::translate(
            "attendance::EmailCheck", "The cell holds more than one address; keep one per row");
    case Kind::Space:
        return QCoreApplication::translate(
            "attendance::EmailCheck", "The address contains a space");
    case Kind::TooLong:
        return QCoreApplication::translate(
            "attendance::EmailCheck", "The address is longer than 254 characters");
    case Kind::NoAt:
        return QCoreApplication::translate("attendance::EmailCheck", "The address has no @");
    case Kind::SeveralAts:
        return QCoreApplication::translate(
            "attendance::EmailCheck", "The address has more than one @");
    case Kind::EmptyLocal:
        return QCoreApplication::translate("attendance::EmailCheck", "Nothing comes before the @");
    case Kind::EmptyDomain:
        return QCoreApplication::translate("attendance::EmailCheck", "Nothing comes after the @");
    case Kind::DoubleDot:
        return QCoreApplication::translate(
            "attendance::EmailCheck", "The address has two dots in a row");
    case Kind::LocalDot:
        return QCoreApplication::translate(
            "attendance::EmailCheck", "The part before the @ starts or ends with a dot");
    case Kind::LocalTooLong:
        return QCoreApplication::translate(
            "attendance::EmailCheck", "The part before the @ is longer than 64 characters");
    case Kind::IllegalChar:
        return QCoreApplication::translate("attendance::EmailCheck",
            "The address contains '%1', which is not allowed in an email address")
            .arg(problem.character);
    case Kind::DomainWithoutDot:
        return QCoreApplication::translate(
            "attendance::EmailCheck", "The domain '%1' has no dot (like example.com)")
            .arg(problem.part);
    case Kind::DomainDot:
        return QCoreApplication::translate(
            "attendance::EmailCheck", "The domain starts or ends with a dot");
    case Kind::LabelTooLong:
        return QCoreApplication::translate(
            "attendance::EmailCheck", "A part of the domain is longer than 63 characters");
    case Kind::LabelHyphen:
        return QCoreApplication::translate(
            "attendance::EmailCheck", "A part of the domain starts or ends with a hyphen");
    case Kind::BadTopLevel:
        return QCoreApplication::translate("attendance::EmailCheck",
            "The domain ends in '.%1', which is not a real top-level domain")
            .arg(problem.part);
    }
    return {};
}

bool isOpening(QChar c)
{
    return QStringView(u"\"'\u201C\u201D\u2018\u2019\u00AB([{<;,:").contains(c);
}

bool isClosing(QChar c)
{
    return QStringView(u"\"'\u201C\u201D\u2018\u2019\u00BB)]}>;,.:").contains(c);
}

/// Peels what people paste around an address: "mailto:", a display name with the address in
/// angle brackets, quotes and brackets, punctuation. Returns a view into @p text, or nullopt
/// when there was nothing to peel.
std::optional<QStringView> peel(QStringView text)
{
    QStringView s = text;
    for (int round = 0; round < RepairRounds; ++round) {
        const QStringView before = s;
        s = trimmed(s);
        // "Name <address>": the bracket opens the cell or follows the name and a space.
        const qsizetype open = s.lastIndexOf(u'<');
        if (open == 0 || (open > 0 && (isSpace(s.at(open - 1)) || s.at(open - 1) == u'"'))) {
            const qsizetype close = s.indexOf(u'>', open);
            const QStringView inner
                = close > open ? s.sliced(open + 1, close - open - 1) : s.sliced(open + 1);
            if (inner.contains(u'@'))
                s = trimmed(inner);
        }
        if (s.startsWith(u"mailto:", Qt::CaseInsensitive)) {
            s = s.sliced(7);
            // "mailto:ada@x.org?subject=Hi": the query is not part of the address.
            if (const qsizetype query = s.indexOf(u'?'); query >= 0)
                s = s.first(query);
        }
        while (!s.isEmpty() && isOpening(s.front()))
            s = s.sliced(1);
        while (!s.isEmpty() && isClosing(s.back()))
            s.chop(1);
        if (s.size() == before.size())
            break;
    }
    s = trimmed(s);
    if (s.size() == text.size())
        return std::nullopt;
    return s;
}

bool hasInvisible(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x180E && isInvisible(c.unicode()))
            return true;
    }
    return false;
}

} // namespace

EmailVerdict verifyEmail(QStringView cell, QString *cleaned)
{
    EmailVerdict verdict;
    QStringView work = trimmed(cell);
    if (hasInvisible(work)) {
        *cleaned = work.toString();
        cleaned->removeIf([](QChar c) { return isInvisible(c.unicode()); });
        work = *cleaned;
    }
    // Compatibility forms (a full-width ＠ or letters from an East Asian keyboard, ligatures)
    // become what they stand for, as IDNA does: "zhang.wei＠example.com" is an address.
    bool fixed = false;
    if (std::any_of(work.cbegin(), work.cend(), [](QChar c) { return c.unicode() >= 0x80; })) {
        QString folded = work.toString().normalized(QString::NormalizationForm_KC);
        if (folded != work) {
            *cleaned = std::move(folded);
            work = *cleaned;
            fixed = true;
        }
    }
    // Excel's text marker: a cell typed as 'ana@example.com shows no apostrophe in Excel, but
    // exports keep it.
    if (work.size() > 1 && work.front() == u'\'') {
        work = trimmed(work.sliced(1));
        fixed = true;
    }
    Problem problem = validate(work);
    if (!problem.ok()) {
        if (const std::optional<QStringView> peeled = peel(work)) {
            const Problem after = validate(*peeled);
            // The repaired text's problem is the one to fix, unless nothing was left of it.
            if (after.ok() || !peeled->isEmpty()) {
                problem = after;
                work = *peeled;
                verdict.repaired = after.ok();
            }
        }
    }
    verdict.valid = problem.ok();
    verdict.repaired = verdict.repaired || (fixed && verdict.valid);
    verdict.email = work;
    if (!verdict.valid)
        verdict.reason = reasonFor(problem);
    return verdict;
}

EmailCheck checkEmail(QStringView cell)
{
    QString cleaned;
    EmailVerdict verdict = verifyEmail(cell, &cleaned);
    EmailCheck check;
    check.valid = verdict.valid;
    check.repaired = verdict.repaired;
    check.reason = std::move(verdict.reason);
    // The cleaned copy is shared rather than copied when it is the whole address.
    check.email = verdict.email.size() == cleaned.size() && !cleaned.isEmpty()
        ? cleaned
        : verdict.email.toString();
    return check;
}

EmailCheck checkEmail(const QString &cell)
{
    return checkEmail(QStringView(cell));
}

bool looksLikeEmail(QStringView cell)
{
    const QStringView work = trimmed(cell);
    // "＠" (full width) and "﹫" (small) read as "@" once folded (NFKC).
    if (!work.contains(u'@') && !work.contains(u'\uFF20') && !work.contains(u'\uFE6B'))
        return false;
    if (validate(work).ok())
        return true;
    QString cleaned;
    return verifyEmail(work, &cleaned).valid;
}

} // namespace attendance
