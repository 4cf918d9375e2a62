// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheet/Sheet.h"

#include <QString>
#include <optional>

namespace attendance {

/// A cell whose text looks like mojibake: UTF-8 bytes that were read once as windows-1252 or
/// ISO-8859-1 ("JosÃ©" for "José", "Ã±" for "ñ", "â€™" for "’"). The file decodes cleanly, so
/// no encoding check notices; the damage was done before, when the file was converted, or now,
/// when it was read in the wrong encoding. Sent as it is, the name lands in HubSpot garbled.
struct MojibakeHit
{
    int row = 0; ///< 1-based.
    QString value; ///< The cell, trimmed.
};

/// The first cell, in the rows from @p firstRow to @p endRow (0-based, exclusive; at most the
/// first MojibakeRows of them, enough to notice a file-wide problem), that looks like mojibake.
std::optional<MojibakeHit> findMojibake(const Sheet &sheet, int firstRow, int endRow);

/// Whether @p text holds a sequence that UTF-8 read as windows-1252 produces: 'Ã' or 'Â'
/// followed by a character that such a reading makes of a UTF-8 continuation byte, or "â€".
bool looksLikeMojibake(QStringView text);

inline constexpr int MojibakeRows = 20'000;

} // namespace attendance
