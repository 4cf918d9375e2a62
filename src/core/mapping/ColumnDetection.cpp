// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/ColumnDetection.h"

#include "mapping/EmailCheck.h"

#include <QCryptographicHash>
#include <QList>
#include <algorithm>
#include <array>
#include <span>

namespace attendance {

namespace {

using Kind = ColumnTarget::Kind;

QStringList normalizeAll(QStringList aliases)
{
    for (QString &alias : aliases)
        alias = normalizeHeader(alias);
    return aliases;
}

// Aliases are written as users type them (or as the exports spell them) and normalised once;
// earlier ranks first.
const QStringList &emailAliases()
{
    static const QStringList aliases = normalizeAll({QStringLiteral("email"),
        QStringLiteral("e-mail"), QStringLiteral("email address"), QStringLiteral("e-mail address"),
        QStringLiteral("attendee email"), QStringLiteral("user email"),
        QStringLiteral("correo electrónico"), QStringLiteral("correo"),
        QStringLiteral("dirección de correo"), QStringLiteral("dirección de correo electrónico"),
        QStringLiteral("e-mail-adresse"), QStringLiteral("adresse e-mail"),
        QStringLiteral("adresse électronique"), QStringLiteral("courriel"), QStringLiteral("mail"),
        // Teams: the sign-in address, which is an email; only when nothing above is present.
        QStringLiteral("participant id (upn)"), QStringLiteral("upn")});
    return aliases;
}

// A registration time is what an interaction date means for most exports; a join time comes next;
// a generic "Date" may be anything (an order, an export), so it ranks last.
const QStringList &registrationDateAliases()
{
    static const QStringList aliases
        = normalizeAll({QStringLiteral("interactionDateTime"), QStringLiteral("registration time"),
            QStringLiteral("registration date"), QStringLiteral("registered at"),
            QStringLiteral("fecha de registro"), QStringLiteral("fecha de inscripción"),
            QStringLiteral("Anmeldedatum"), QStringLiteral("date d'inscription")});
    return aliases;
}

const QStringList &genericDateAliases()
{
    // Google Forms names its first column "Timestamp" / "Marca temporal" / "Horodateur" /
    // "Zeitstempel"; Eventbrite has "Order Date".
    static const QStringList aliases = normalizeAll({QStringLiteral("order date"),
        QStringLiteral("timestamp"), QStringLiteral("marca temporal"), QStringLiteral("horodateur"),
        QStringLiteral("Zeitstempel"), QStringLiteral("created"), QStringLiteral("created at"),
        QStringLiteral("date"), QStringLiteral("fecha"), QStringLiteral("Datum")});
    return aliases;
}

const QStringList &joinAliases()
{
    static const QStringList aliases = normalizeAll({QStringLiteral("join time"),
        QStringLiteral("joined at"), QStringLiteral("joinedAt"), QStringLiteral("first join"),
        QStringLiteral("hora de entrada"), QStringLiteral("hora de unión")});
    return aliases;
}

const QStringList &leaveAliases()
{
    static const QStringList aliases = normalizeAll(
        {QStringLiteral("leave time"), QStringLiteral("left at"), QStringLiteral("leftAt"),
            QStringLiteral("last leave"), QStringLiteral("hora de salida")});
    return aliases;
}

// Zoom's attendee report, Eventbrite, check-in apps, Spanish forms. Not a bare "Status" (a CRM
// export's lead status) nor "Estado" alone (a Spanish address's state or province).
const QStringList &statusAliases()
{
    static const QStringList aliases = normalizeAll({QStringLiteral("attended"),
        QStringLiteral("attendee status"), QStringLiteral("attendance status"),
        QStringLiteral("attendance"), QStringLiteral("checked in"), QStringLiteral("check-in"),
        QStringLiteral("check in status"), QStringLiteral("asistió"), QStringLiteral("asistio"),
        QStringLiteral("asistencia"), QStringLiteral("estado de asistencia"),
        QStringLiteral("estado del asistente")});
    return aliases;
}

// One cell with the whole name: Zoom's "User Name (Original Name)", Google Forms' "Your name",
// Spanish forms. Used only when no first or last name column is there.
const QStringList &fullNameAliases()
{
    static const QStringList aliases = normalizeAll({QStringLiteral("full name"),
        QStringLiteral("name"), QStringLiteral("your name"), QStringLiteral("attendee name"),
        QStringLiteral("participant name"), QStringLiteral("user name (original name)"),
        QStringLiteral("user name"), QStringLiteral("nombre completo"),
        QStringLiteral("nombre y apellidos"), QStringLiteral("nombre y apellido"),
        QStringLiteral("tu nombre"), QStringLiteral("su nombre")});
    return aliases;
}

struct PropertyAliases
{
    QString property;
    QStringList aliases;
};

const QList<PropertyAliases> &contactPropertyAliases()
{
    static const QList<PropertyAliases> table = [] {
        QList<PropertyAliases> entries {
            {QStringLiteral("firstname"),
                {QStringLiteral("first name"), QStringLiteral("given name"),
                    QStringLiteral("nombre"), QStringLiteral("Vorname"), QStringLiteral("prénom")}},
            {QStringLiteral("lastname"),
                {QStringLiteral("last name"), QStringLiteral("surname"),
                    QStringLiteral("family name"), QStringLiteral("apellidos"),
                    QStringLiteral("apellido"), QStringLiteral("Nachname"),
                    QStringLiteral("nom de famille"), QStringLiteral("nom")}},
            {QStringLiteral("company"),
                {QStringLiteral("company"), QStringLiteral("company name"),
                    QStringLiteral("organization"), QStringLiteral("organisation"),
                    QStringLiteral("organización"), QStringLiteral("empresa"),
                    QStringLiteral("Firma"), QStringLiteral("Unternehmen"),
                    QStringLiteral("entreprise"), QStringLiteral("société")}},
            {QStringLiteral("jobtitle"),
                {QStringLiteral("job title"), QStringLiteral("title"), QStringLiteral("cargo"),
                    QStringLiteral("puesto"), QStringLiteral("Position"),
                    QStringLiteral("fonction")}},
            {QStringLiteral("phone"),
                {QStringLiteral("phone"), QStringLiteral("phone number"),
                    QStringLiteral("teléfono"), QStringLiteral("telephone"),
                    QStringLiteral("Telefon"), QStringLiteral("téléphone")}},
            {QStringLiteral("mobilephone"),
                {QStringLiteral("mobile"), QStringLiteral("mobile phone"),
                    QStringLiteral("mobile phone number"), QStringLiteral("cell phone"),
                    QStringLiteral("móvil"), QStringLiteral("celular"), QStringLiteral("Handy"),
                    QStringLiteral("Mobiltelefon"), QStringLiteral("portable")}},
            {QStringLiteral("city"),
                {QStringLiteral("city"), QStringLiteral("ciudad"), QStringLiteral("Stadt"),
                    QStringLiteral("Ort"), QStringLiteral("ville")}},
            {QStringLiteral("country"),
                {QStringLiteral("country"), QStringLiteral("country/region"),
                    QStringLiteral("country/region name"), QStringLiteral("país"),
                    QStringLiteral("Land"), QStringLiteral("pays")}},
            {QStringLiteral("website"),
                {QStringLiteral("website"), QStringLiteral("website url"), QStringLiteral("web"),
                    QStringLiteral("sitio web"), QStringLiteral("página web"),
                    QStringLiteral("Webseite"), QStringLiteral("site web")}},
            {QStringLiteral("industry"),
                {QStringLiteral("industry"), QStringLiteral("sector"), QStringLiteral("industria"),
                    QStringLiteral("Branche"), QStringLiteral("secteur")}},
        };
        // The HubSpot internal name itself ("firstname", "jobtitle") is always the first alias.
        for (PropertyAliases &entry : entries)
            entry.aliases = normalizeAll(QStringList {entry.property} + entry.aliases);
        return entries;
    }();
    return table;
}

/// Rank of a normalised header among aliases (lower is better); -1 when it is none of them.
int rankOf(const QString &normalized, const QStringList &aliases)
{
    for (qsizetype i = 0; i < aliases.size(); ++i) {
        if (aliases.at(i) == normalized)
            return int(i);
    }
    return -1;
}

/// The unclaimed column whose header ranks best among the alias lists (tried in turn, so the
/// first list outranks the second); -1 when none matches.
int bestColumn(const QStringList &normalized, const QList<bool> &claimed,
    std::span<const QStringList *const> aliasLists)
{
    int best = -1;
    int bestRank = 0;
    int offset = 0;
    for (const QStringList *aliases : aliasLists) {
        for (qsizetype column = 0; column < normalized.size(); ++column) {
            if (claimed.at(column))
                continue;
            const int rank = rankOf(normalized.at(column), *aliases);
            if (rank >= 0 && (best < 0 || offset + rank < bestRank)) {
                best = int(column);
                bestRank = offset + rank;
            }
        }
        offset += int(aliases->size());
    }
    return best;
}

} // namespace

QString normalizeHeader(QStringView header)
{
    // NFD splits "é" into "e" and a combining accent, which the letter/digit filter then drops.
    const QString decomposed = header.toString().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            folded.append(c.toLower());
    }
    return folded;
}

ColumnMapping detectColumnsFromHeaders(const QStringList &headers)
{
    ColumnMapping mapping;
    mapping.columns.resize(headers.size());
    QStringList normalized;
    normalized.reserve(headers.size());
    for (const QString &header : headers)
        normalized.append(normalizeHeader(header));
    QList<bool> claimed(headers.size(), false);

    const auto claim = [&](int column, ColumnTarget target) {
        if (column < 0)
            return;
        mapping.columns[column] = std::move(target);
        claimed[column] = true;
    };

    const std::array<const QStringList *, 1> join {&joinAliases()};
    const std::array<const QStringList *, 1> leave {&leaveAliases()};
    const int joinColumn = bestColumn(normalized, claimed, join);
    const int leaveColumn = bestColumn(normalized, claimed, leave);
    const bool joinAndLeave = joinColumn >= 0 && leaveColumn >= 0;
    if (joinAndLeave) {
        claim(joinColumn, {Kind::JoinedAt, {}});
        claim(leaveColumn, {Kind::LeftAt, {}});
    }

    const std::array<const QStringList *, 1> email {&emailAliases()};
    claim(bestColumn(normalized, claimed, email), {Kind::Email, {}});
    const std::array<const QStringList *, 1> status {&statusAliases()};
    claim(bestColumn(normalized, claimed, status), {Kind::Status, {}});

    const std::array<const QStringList *, 3> withJoin {
        &registrationDateAliases(), &joinAliases(), &genericDateAliases()};
    const std::array<const QStringList *, 2> withoutJoin {
        &registrationDateAliases(), &genericDateAliases()};
    const int dateColumn = joinAndLeave ? bestColumn(normalized, claimed, withoutJoin)
                                        : bestColumn(normalized, claimed, withJoin);
    claim(dateColumn, {Kind::InteractionDateTime, {}});

    for (const PropertyAliases &entry : contactPropertyAliases()) {
        const std::array<const QStringList *, 1> lists {&entry.aliases};
        claim(bestColumn(normalized, claimed, lists), {Kind::ContactProperty, entry.property});
    }
    const auto mapped = [&](const QString &property) {
        return std::any_of(
            mapping.columns.cbegin(), mapping.columns.cend(), [&](const ColumnTarget &t) {
                return t.kind == Kind::ContactProperty && t.property == property;
            });
    };
    // Spanish "Nombre" is the first name beside "Apellidos", and the whole name on its own (forms
    // that ask "Nombre" once): split, so "Ana García Ruiz" does not become a first name.
    if (!mapped(QStringLiteral("lastname"))) {
        for (qsizetype c = 0; c < mapping.columns.size(); ++c) {
            ColumnTarget &target = mapping.columns[c];
            if (target.kind == Kind::ContactProperty && target.property == u"firstname"
                && normalized.at(c) == u"nombre")
                target = ColumnTarget {Kind::FullName, {}};
        }
    }
    const bool hasFullName = std::any_of(mapping.columns.cbegin(), mapping.columns.cend(),
        [](const ColumnTarget &t) { return t.kind == Kind::FullName; });
    if (!hasFullName && !mapped(QStringLiteral("firstname"))
        && !mapped(QStringLiteral("lastname"))) {
        const std::array<const QStringList *, 1> fullName {&fullNameAliases()};
        claim(bestColumn(normalized, claimed, fullName), {Kind::FullName, {}});
    }
    return mapping;
}

bool namesEmailColumn(QStringView header)
{
    return emailAliases().contains(normalizeHeader(header));
}

QStringList commonContactProperties()
{
    QStringList properties;
    for (const PropertyAliases &entry : contactPropertyAliases())
        properties.append(entry.property);
    return properties;
}

QString headerSignature(const QStringList &headers)
{
    QByteArray joined;
    for (const QString &header : headers)
        joined += normalizeHeader(header).toUtf8() + '\x1F';
    return QString::fromLatin1(QCryptographicHash::hash(joined, QCryptographicHash::Sha1).toHex());
}

int detectEmailColumnByContent(const Sheet &sheet, int firstRow, int columnCount, int sampleRows)
{
    QList<int> filled(columnCount, 0);
    QList<int> valid(columnCount, 0);
    int sampled = 0;
    for (int r = std::max(firstRow, 0); r < sheet.rowCount() && sampled < sampleRows; ++r) {
        bool blank = true;
        const int columns = std::min(sheet.columnCount(r), columnCount);
        for (int c = 0; c < columns; ++c) {
            if (sheet.isBlankCell(r, c))
                continue;
            const QString cell = sheet.cellText(r, c);
            blank = false;
            ++filled[c];
            if (looksLikeEmail(cell))
                ++valid[c];
        }
        if (!blank)
            ++sampled;
    }

    int best = -1;
    double bestShare = 0.5;
    for (int c = 0; c < columnCount; ++c) {
        if (filled.at(c) == 0)
            continue;
        const double share = double(valid.at(c)) / filled.at(c);
        if (share > bestShare) {
            best = c;
            bestShare = share;
        }
    }
    return best;
}

} // namespace attendance
