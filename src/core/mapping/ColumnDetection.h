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

/// Targets named by the header texts alone (English and Spanish aliases, and the common German and
/// French ones, since European Excel users are a large share of CSV files); unknown headers are
/// ignored. Each target goes to at most one column: the one whose alias ranks first, then the
/// leftmost.
///
/// Join and leave times: when the sheet has both a join column ("Join Time", "Joined at",
/// "Hora de entrada") and a leave column ("Leave Time", "Left at", "Hora de salida"), they become
/// properties.joinedAt and properties.leftAt, and interactionDateTime comes only from another date
/// column such as "Registration Time" (none = the time of sending). A join column without a leave
/// column is the moment of attending, so it is a candidate for interactionDateTime, ranked after
/// the registration-date aliases and before generic ones ("Date", "Timestamp"); a lone leave
/// column is ignored.
ColumnMapping detectColumnsFromHeaders(const QStringList &headers);

/// The column whose non-blank cells in the first sampleRows non-blank rows from firstRow are
/// mostly (> 50%) valid emails; the highest share wins, then the leftmost. -1 when none.
int detectEmailColumnByContent(
    const Sheet &sheet, int firstRow, int columnCount, int sampleRows = 100);

} // namespace attendance
