// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/Mojibake.h"

#include <QByteArrayView>
#include <algorithm>

namespace attendance {

namespace {

/// What windows-1252 makes of a UTF-8 continuation byte (0x80–0xBF): the Latin-1 signs and
/// marks U+00A0–U+00BF, and the 27 characters 1252 puts at 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž
/// ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); ISO-8859-1 leaves those as C1 controls U+0080–U+009F.
bool isReadContinuation(char16_t c)
{
    if (c >= 0x80 && c <= 0xBF)
        return true;
    static constexpr char16_t cp1252[] = {0x20AC, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017D, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x017E, 0x0178};
    return std::find(std::begin(cp1252), std::end(cp1252), c) != std::end(cp1252);
}

/// Cheap test on the UTF-8 bytes: mojibake of Latin text always holds Ã (C3 83), Â (C3 82) or
/// â (C3 A2), so a cell without those is skipped without decoding.
bool mayHoldMojibake(QUtf8StringView cell)
{
    const QByteArrayView bytes(cell.data(), cell.size());
    for (qsizetype i = bytes.indexOf('\xC3'); i >= 0 && i + 1 < bytes.size();
         i = bytes.indexOf('\xC3', i + 1)) {
        const char next = bytes.at(i + 1);
        if (next == '\x82' || next == '\x83' || next == '\xA2')
            return true;
    }
    return false;
}

} // namespace

bool looksLikeMojibake(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const char16_t next = text.at(i + 1).unicode();
        // "Ã©" (é), "Ã±" (ñ), "Ã\u0081" (Á): a two-byte sequence that starts with C3 or C2.
        if ((c == 0x00C3 || c == 0x00C2) && isReadContinuation(next))
            return true;
        // "â€™", "â€œ": the three-byte quotes and dashes that start with E2 80.
        if (c == 0x00E2 && next == 0x20AC)
            return true;
    }
    return false;
}

std::optional<MojibakeHit> findMojibake(const Sheet &sheet, int firstRow, int endRow)
{
    const int end = std::min({endRow, sheet.rowCount(), std::max(firstRow, 0) + MojibakeRows});
    QString buffer;
    for (int row = std::max(firstRow, 0); row < end; ++row) {
        for (int column = 0; column < sheet.columnCount(row); ++column) {
            const QUtf8StringView cell = sheet.cellUtf8(row, column);
            if (!mayHoldMojibake(cell))
                continue;
            const QStringView text = Sheet::decode(cell, &buffer);
            if (looksLikeMojibake(text))
                return MojibakeHit {row + 1, text.trimmed().toString()};
        }
    }
    return std::nullopt;
}

} // namespace attendance
