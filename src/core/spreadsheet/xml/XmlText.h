// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace attendance {

/// The character-level rules XmlScanner applies: which documents it can read, and how text and
/// attribute values are decoded (references, line ends, attribute white space).
class XmlText final
{
public:
    /// "&#x10FFFF;" is the longest reference there is.
    static constexpr size_t MaxReference = 10;

    /// Whether a document that starts with these bytes is UTF-8 (or ASCII), as its byte order
    /// mark or XML declaration says; anything else needs a parser that converts encodings.
    static bool acceptsEncoding(std::string_view start);

    /// Text as written -> its characters: the five predefined entities and character references
    /// resolved, CR LF and lone CR made LF, and in an attribute value tab and LF made spaces.
    /// False on a reference that is unknown, unfinished or not a character.
    static bool decode(std::string_view raw, bool attribute, std::string *out);
};

} // namespace attendance
