// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace attendance {

/// The verdict on one email cell.
struct EmailCheck
{
    bool valid = false;
    QString email;  ///< The cleaned address to send (whitespace and invisible characters removed).
    QString reason; ///< Why it is not valid, in plain words; empty when valid.
};

/// Checks an email the way HubSpot would accept it; trims surrounding and invisible whitespace.
EmailCheck checkEmail(const QString &cell);

} // namespace attendance
