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
/// line such as "Organizer  ana@x.org" does not); the one whose section holds the most addresses
/// (a row inside the table that happens to look like a header heads fewer rows than the real
/// header); the one with more header cells (Zoom's attendee table is wider than its host
/// table); the first. When none qualifies, the first non-blank row is the header unless it holds
/// an address.
int detectHeaderRow(const Sheet &sheet);

} // namespace attendance
