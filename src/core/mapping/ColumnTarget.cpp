// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/ColumnTarget.h"

#include <QCoreApplication>

namespace attendance {

namespace {

constexpr QStringView ContactPrefix = u"contactProperties.";

bool isPropertyName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

/// Header text first (a header may itself read "A" or "2"), then letters, then a 1-based number.
int findColumn(const QString &spec, const QStringList &headers)
{
    const QString wanted = spec.trimmed();
    for (qsizetype c = 0; c < headers.size(); ++c) {
        if (headers.at(c).compare(wanted, Qt::CaseInsensitive) == 0)
            return int(c);
    }
    const int fromLetters = columnIndexFromLetters(wanted);
    if (fromLetters >= 0)
        return fromLetters < headers.size() ? fromLetters : -1;
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= headers.size())
        return number - 1;
    return -1;
}

} // namespace

QString ColumnTarget::toString() const
{
    switch (kind) {
    case Kind::Ignore:
        return QStringLiteral("ignore");
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::InteractionDateTime:
        return QStringLiteral("interactionDateTime");
    case Kind::ContactProperty:
        return ContactPrefix % property;
    case Kind::JoinedAt:
        return QStringLiteral("properties.joinedAt");
    case Kind::LeftAt:
        return QStringLiteral("properties.leftAt");
    case Kind::Status:
        return QStringLiteral("status");
    case Kind::FullName:
        return QStringLiteral("fullName");
    }
    return {};
}

std::optional<ColumnTarget> ColumnTarget::parse(const QString &text)
{
    const QStringView t = QStringView(text).trimmed();
    const auto is = [&](QStringView name) { return t.compare(name, Qt::CaseInsensitive) == 0; };
    if (is(u"ignore"))
        return ColumnTarget {Kind::Ignore, {}};
    if (is(u"email"))
        return ColumnTarget {Kind::Email, {}};
    if (is(u"interactionDateTime"))
        return ColumnTarget {Kind::InteractionDateTime, {}};
    if (is(u"properties.joinedAt"))
        return ColumnTarget {Kind::JoinedAt, {}};
    if (is(u"properties.leftAt"))
        return ColumnTarget {Kind::LeftAt, {}};
    if (is(u"status"))
        return ColumnTarget {Kind::Status, {}};
    if (is(u"fullName"))
        return ColumnTarget {Kind::FullName, {}};
    if (t.startsWith(ContactPrefix, Qt::CaseInsensitive)) {
        // HubSpot internal property names are case-sensitive, so NAME is kept as typed.
        const QStringView name = t.sliced(ContactPrefix.size());
        if (isPropertyName(name))
            return ColumnTarget {Kind::ContactProperty, name.toString()};
    }
    return std::nullopt;
}

int ColumnMapping::emailColumn() const
{
    return columnFor(ColumnTarget::Kind::Email);
}

int ColumnMapping::columnFor(ColumnTarget::Kind kind) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).kind == kind)
            return int(i);
    }
    return -1;
}

QString columnLetters(int index)
{
    if (index < 0)
        return {};
    QString letters;
    // Bijective base 26: there is no zero digit, so "Z" is followed by "AA".
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

int columnIndexFromLetters(const QString &text)
{
    const QStringView t = QStringView(text).trimmed();
    // Three letters reach column 18,278, far past any spreadsheet's last column (XFD).
    if (t.isEmpty() || t.size() > 3)
        return -1;
    int n = 0;
    for (const QChar c : t) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return -1;
        n = n * 26 + (u - u'A' + 1);
    }
    return n - 1;
}

std::optional<ColumnChoice> parseColumnChoice(
    const QString &text, const QStringList &headers, QString *error)
{
    // Split at the last '=': a header may contain one, a target never does.
    const qsizetype at = text.lastIndexOf(u'=');
    const QString columnSpec = at > 0 ? text.left(at).trimmed() : QString();
    const QString targetSpec = at > 0 ? text.mid(at + 1).trimmed() : QString();
    if (columnSpec.isEmpty() || targetSpec.isEmpty()) {
        *error = QCoreApplication::translate("attendance::ImportPlan",
            "'%1' does not say COLUMN=TARGET, such as \"E-mail=email\" or "
            "C=contactProperties.firstname.")
                     .arg(text);
        return std::nullopt;
    }
    const int column = findColumn(columnSpec, headers);
    if (column < 0) {
        *error = QCoreApplication::translate(
            "attendance::ImportPlan", "Unknown column '%1'. Columns are: %2.")
                     .arg(columnSpec, describeColumns(headers));
        return std::nullopt;
    }
    const std::optional<ColumnTarget> target = ColumnTarget::parse(targetSpec);
    if (!target) {
        *error = QCoreApplication::translate("attendance::ImportPlan",
            "Unknown target '%1'. Use email, interactionDateTime, contactProperties.NAME, "
            "properties.joinedAt, properties.leftAt or ignore.")
                     .arg(targetSpec);
        return std::nullopt;
    }
    return ColumnChoice {column, *target};
}

QString describeColumns(const QStringList &headers)
{
    QStringList described;
    described.reserve(headers.size());
    for (qsizetype c = 0; c < headers.size(); ++c)
        described.append(QStringLiteral("%1 (%2)").arg(headers.at(c), columnLetters(int(c))));
    return described.join(QStringLiteral(", "));
}

} // namespace attendance
