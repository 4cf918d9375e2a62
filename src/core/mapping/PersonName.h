// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace attendance {

/// A person's name as one cell writes it, split for HubSpot's firstname and lastname.
struct SplitName
{
    QString first;
    QString last; ///< Empty for a single word.
};

/// "Last, First" splits at the comma; otherwise the first word is the first name and the rest
/// the last name, as Spanish names go ("Ana García López": Ana / García López). A trailing
/// parenthesis, as Zoom writes the name a participant signed up with ("Ana (móvil)"), is dropped.
SplitName splitFullName(QStringView cell);

} // namespace attendance
