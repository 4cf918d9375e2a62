// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace attendance {

/// The verdict on one email cell.
struct EmailCheck
{
    bool valid = false;
    QString email; ///< The cleaned address to send (whitespace and invisible characters removed).
    QString reason; ///< Why it is not valid, in plain words; empty when valid.
    /// The address had to be taken out of a wider cell: "mailto:ada@x.org", "Ada <ada@x.org>",
    /// "<ada@x.org>", quotes or brackets around it, punctuation after it ("ada@x.org;"), Excel's
    /// leading apostrophe ("'ada@x.org"), compatibility forms such as a full-width "＠" (NFKC).
    /// Removing surrounding or invisible whitespace alone is not a repair.
    bool repaired = false;
};

/// Checks an email the way HubSpot would accept it: trims surrounding and invisible whitespace
/// (NBSP, zero-width characters, BOM), repairs the forms listed at EmailCheck::repaired, allows
/// internationalised addresses (letters of any script, RFC 6531) and rejects the rest with a
/// reason. Fast enough for a million rows: the common, clean cell costs one allocation.
EmailCheck checkEmail(QStringView cell);
EmailCheck checkEmail(const QString &cell);

/// checkEmail() without the copy, for the million-row path: the address is a view into @p cell,
/// or into *cleaned when invisible characters had to be removed from inside it (rare).
struct EmailVerdict
{
    bool valid = false;
    bool repaired = false;
    QStringView email;
    QString reason; ///< Only when not valid.
};
EmailVerdict verifyEmail(QStringView cell, QString *cleaned);

/// Whether the cell reads as an email address once cleaned and repaired; for detection
/// heuristics (header row, email column), allocation-free for clean cells.
bool looksLikeEmail(QStringView cell);

} // namespace attendance
