// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/xml/XmlText.h"

#include <algorithm>
#include <cctype>

namespace attendance {

namespace {

void appendUtf8(std::string *out, char32_t c)
{
    if (c < 0x80) {
        out->push_back(char(c));
    } else if (c < 0x800) {
        out->push_back(char(0xC0 | (c >> 6)));
        out->push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out->push_back(char(0xE0 | (c >> 12)));
        out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out->push_back(char(0x80 | (c & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (c >> 18)));
        out->push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out->push_back(char(0x80 | (c & 0x3F)));
    }
}

/// The character a reference such as "amp" or "#x41" stands for, or 0.
char32_t resolveReference(std::string_view name)
{
    if (name == "lt")
        return '<';
    if (name == "gt")
        return '>';
    if (name == "amp")
        return '&';
    if (name == "quot")
        return '"';
    if (name == "apos")
        return '\'';
    if (name.size() < 2 || name[0] != '#')
        return 0;
    const bool hex = name[1] == 'x';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty())
        return 0;
    char32_t value = 0;
    for (const char c : digits) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return 0;
        value = value * (hex ? 16 : 10) + char32_t(digit);
        if (value > 0x10FFFF)
            return 0;
    }
    if (value >= 0xD800 && value <= 0xDFFF)
        return 0;
    return value;
}

} // namespace

bool XmlText::acceptsEncoding(std::string_view start)
{
    if (start.starts_with("\xEF\xBB\xBF"))
        start.remove_prefix(3);
    else if (start.starts_with("\xFF\xFE") || start.starts_with("\xFE\xFF")
        || start.starts_with(std::string_view("\0<", 2))
        || start.starts_with(std::string_view("<\0", 2)))
        return false; // UTF-16
    if (!start.starts_with("<?xml"))
        return true;
    const std::string_view declaration = start.substr(0, start.find("?>"));
    const size_t at = declaration.find("encoding");
    if (at == std::string_view::npos)
        return true;
    const size_t open = declaration.find_first_of("\"'", at);
    if (open == std::string_view::npos)
        return false;
    const size_t close = declaration.find(declaration[open], open + 1);
    std::string name(
        declaration.substr(open + 1, close == std::string_view::npos ? 0 : close - open - 1));
    std::transform(
        name.begin(), name.end(), name.begin(), [](char c) { return char(std::tolower(c)); });
    return name == "utf-8" || name == "utf8" || name == "us-ascii";
}

bool XmlText::decode(std::string_view raw, bool attribute, std::string *out)
{
    out->clear();
    out->reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (c == '&') {
            const size_t semicolon = raw.find(';', i + 1);
            if (semicolon == std::string_view::npos || semicolon - i > MaxReference)
                return false;
            const char32_t resolved = resolveReference(raw.substr(i + 1, semicolon - i - 1));
            if (resolved == 0)
                return false;
            appendUtf8(out, resolved);
            i = semicolon;
            continue;
        }
        if (c == '\r') {
            if (i + 1 < raw.size() && raw[i + 1] == '\n')
                continue; // CR LF is one line end
            c = '\n';
        }
        if (attribute && (c == '\t' || c == '\n'))
            c = ' ';
        out->push_back(c);
    }
    return true;
}

} // namespace attendance
