// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace attendance {

/// Where one spreadsheet column goes in the HubSpot request.
struct ColumnTarget
{
    /// Status is not sent: it says whether the person attended, stayed away or cancelled
    /// (AttendanceStatus), and so which rows are recorded in the run's state. FullName is one
    /// cell with a whole name, sent as firstname and lastname (splitFullName()).
    enum class Kind {
        Ignore,
        Email,
        InteractionDateTime,
        ContactProperty,
        JoinedAt,
        LeftAt,
        Status,
        FullName,
    };

    Kind kind = Kind::Ignore;
    QString property; ///< Contact property name, for Kind::ContactProperty only.

    /// "email", "interactionDateTime", "contactProperties.NAME", "properties.joinedAt",
    /// "properties.leftAt", "status", "fullName" or "ignore" — the CLI and JSON spelling.
    QString toString() const;
    static std::optional<ColumnTarget> parse(const QString &text);

    friend bool operator==(const ColumnTarget &, const ColumnTarget &) = default;
};

/// One column sent somewhere other than where detection put it: the person's choice (the GUI's
/// header menu, the CLI's --map), typed, so no front end spells it as text for core to parse.
struct ColumnChoice
{
    int column = 0; ///< 0-based sheet column.
    ColumnTarget target;

    friend bool operator==(const ColumnChoice &, const ColumnChoice &) = default;
};

/// "COLUMN=TARGET" as a person types it: COLUMN is a header text, column letters or a 1-based
/// number (in that order, since a header may itself read "A" or "2"); TARGET is
/// ColumnTarget::parse()'s spelling. nullopt with *error naming the column or the target.
std::optional<ColumnChoice> parseColumnChoice(
    const QString &text, const QStringList &headers, QString *error);

/// "Email (A), Name (B)": the columns as a message lists them.
QString describeColumns(const QStringList &headers);

/// One target per column of the sheet, in column order.
struct ColumnMapping
{
    QList<ColumnTarget> columns;

    int emailColumn() const; ///< -1 when no column is mapped to email.
    int columnFor(ColumnTarget::Kind kind) const; ///< First column of that kind; -1 when none.
};

/// Spreadsheet column letters for a 0-based index: 0 -> "A", 25 -> "Z", 26 -> "AA".
QString columnLetters(int index);
/// The 0-based index for column letters (case-insensitive); -1 when text is not letters.
int columnIndexFromLetters(const QString &text);

} // namespace attendance
