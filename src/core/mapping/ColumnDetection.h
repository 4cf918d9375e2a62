// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/ColumnTarget.h"
#include "spreadsheet/Sheet.h"

#include <QString>
#include <QStringList>

namespace attendance {

/// Header text folded for matching: lower case, accents and everything but letters and digits
/// removed ("E-mail Address" -> "emailaddress", "Organización" -> "organizacion").
QString normalizeHeader(QStringView header);

/// Targets named by the header texts alone; unknown headers are ignored. Each target goes to at
/// most one column: the one whose alias ranks first, then the leftmost.
///
/// Aliases: English and Spanish, the common German and French ones (European Excel users are a
/// large share of CSV files), HubSpot's internal names, and the exact headers of the exports
/// coordinators bring: Zoom webinar reports ("User Email", "First Name", "Registration Time",
/// "Join Time", "Leave Time", "Country/Region Name"), Microsoft Teams attendance lists
/// ("Email", "Join Time", "Leave Time", "Participant ID (UPN)"), Eventbrite ("Order Date",
/// "Email", "Company", "Job Title") and Google Forms ("Timestamp", "Email Address",
/// "Marca temporal", "Dirección de correo electrónico").
///
/// Email: the Teams "Participant ID (UPN)" is the sign-in address and is used only when no
/// column is an email column by name.
///
/// Names: a single full-name column ("Name", "Full Name", "Nombre completo",
/// "User Name (Original Name)") is left ignored even when there is no first/last-name column:
/// splitting "María José García López" into HubSpot's firstname and lastname cannot be done
/// right in general, and a wrong split would be written into newly created contacts.
///
/// Join and leave times: when the sheet has both a join column ("Join Time", "Joined at",
/// "First Join", "Hora de entrada") and a leave column ("Leave Time", "Left at", "Last Leave",
/// "Hora de salida"), they become properties.joinedAt and properties.leftAt, and
/// interactionDateTime comes only from another date column such as "Registration Time" (none =
/// the time of sending). A join column without a leave column is the moment of attending, so it
/// is a candidate for interactionDateTime, ranked after the registration-date aliases and before
/// generic ones ("Date", "Timestamp"); a lone leave column is ignored.
ColumnMapping detectColumnsFromHeaders(const QStringList &headers);

/// Whether a header names the email column (one of the email aliases above).
bool namesEmailColumn(QStringView header);

/// The contact properties a mapping editor offers first (HubSpot internal names); any other
/// property name can be typed.
QStringList commonContactProperties();

/// A key for "files with these headers": the normalised headers in order, hashed. Lets a UI
/// remember the mapping a user adjusted and offer it again for the next export of the same kind.
QString headerSignature(const QStringList &headers);

/// The column whose non-blank cells in the first sampleRows non-blank rows from firstRow are
/// mostly (> 50%) email addresses (repairable ones included); the highest share wins, then the
/// leftmost. -1 when none.
int detectEmailColumnByContent(
    const Sheet &sheet, int firstRow, int columnCount, int sampleRows = 100);

} // namespace attendance
