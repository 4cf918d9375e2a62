// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheet/Sheet.h"

namespace attendance {

/// The 0-based index of the header row, or -1 when the sheet has none (a bare list of emails).
///
/// Exports put titles and summaries above their table: Zoom's attendee report has "Webinar
/// Details", "Host Details" and "Attendee Details" sections with their own small headers, a
/// Teams attendance list starts with a meeting summary. A header is a row, among the first 30
/// non-blank ones, whose cells are mostly text (no address, not numbers or dates), directly
/// followed by a row with an address ("@") in some column, with addresses in at least half of
/// the next 10 non-blank rows of that column. Its section runs to the next section title (one
/// cell followed by a header-like row). When several rows qualify, the winner is, in turn: the
/// one whose cell above the addresses names the email column ("Email", "Correo", ...: a summary
/// line such as "Organizer  ana@x.org" does not); the one whose section holds the most distinct
/// addresses (a row inside the table that happens to look like a header heads fewer rows than the
/// real header; Teams' list of sessions names the same people as its participants table); the one
/// with more header cells (Zoom's attendee table is wider than its host
/// table); the first. When none qualifies, the first non-blank row is the header unless it holds
/// an address.
int detectHeaderRow(const Sheet &sheet);

/// Where the table under @p headerRow (0-based) ends: the 0-based index of the title of the next
/// section, or sheet.rowCount() when the table runs to the end. A Teams attendance report has
/// its "3. In-Meeting Activities" below the "2. Participants" table, with other columns in
/// another order: read as more rows of the first table, its cells would land in the wrong
/// properties. A section title here is a row with one cell and no address, after a blank row,
/// followed by a header-like row (cells mostly text, no address): a row inside a table that
/// holds only a name is not preceded by a blank row, or is followed by data, not a header.
int detectTableEnd(const Sheet &sheet, int headerRow);

} // namespace attendance
