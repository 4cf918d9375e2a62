// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace attendance {

/// The encoding chosen for a text file's bytes.
struct TextEncoding
{
    enum class Kind { Utf8, Utf16LE, Utf16BE, Other };

    Kind kind = Kind::Utf8;
    QString name; ///< As reported to the user: "UTF-8", "windows-1252", "Mac OS Roman", ...
    qsizetype bomSize = 0; ///< Bytes of byte-order mark at the start, skipped when decoding.
};

/// Guesses how a text file was saved. In order: a BOM (UTF-8, UTF-16LE/BE); UTF-16 without BOM
/// (ASCII paired with NULs); valid UTF-8 (which includes plain ASCII); otherwise uchardet's
/// answer, with two corrections because its guesses on short files are shaky: ISO-8859-1 and
/// ASCII become windows-1252 (as browsers do, per the WHATWG Encoding Standard: the bytes 0x80–0x9F
/// are € “ ” … in real files, never C1 controls), and another Latin-alphabet code page
/// (windows-1250, ISO-8859-2, ...) is used only when it reads the words better than windows-1252.
/// A file whose lines end in a bare CR, as Excel for Mac saves "CSV (Macintosh)", is also tried
/// as Mac OS Roman, which uchardet does not tell, and read so when that reads better.
TextEncoding detectTextEncoding(QByteArrayView data);

/// The encoding for a name the user gave ("utf8", "Windows-1252", "latin1", "macroman",
/// "Shift_JIS", any name ICU knows); nullopt when the platform cannot decode it.
std::optional<TextEncoding> textEncodingNamed(const QString &name);

/// The bytes as text in that encoding, BOM skipped; bytes the encoding cannot map become U+FFFD.
QString decodeText(QByteArrayView data, const TextEncoding &encoding);

} // namespace attendance
