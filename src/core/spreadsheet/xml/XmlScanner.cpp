// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/xml/XmlScanner.h"

#include "spreadsheet/xml/XmlText.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

namespace attendance {

namespace {

// Character classes by table: names and white space are tested for every byte of markup.
enum : unsigned char { Space = 1, NameEnd = 2, InValue = 4, InText = 8 };

constexpr std::array<unsigned char, 256> classes()
{
    std::array<unsigned char, 256> table {};
    for (const unsigned char c : {' ', '\t', '\n', '\r'})
        table[c] = Space | NameEnd;
    for (const unsigned char c : {'/', '>', '=', '<', '"', '\'', '&'})
        table[c] = NameEnd;
    // What ends an attribute value or needs a second look in it.
    for (const unsigned char c : {'"', '\'', '<', '&', '\t', '\n', '\r'})
        table[c] |= InValue;
    // What ends text or needs a second look in it.
    for (const unsigned char c : {'<', '&', '\r'})
        table[c] |= InText;
    return table;
}

constexpr std::array<unsigned char, 256> Classes = classes();

bool isSpace(char c)
{
    return Classes[static_cast<unsigned char>(c)] & Space;
}

bool endsName(char c)
{
    return Classes[static_cast<unsigned char>(c)] & NameEnd;
}

bool inValue(char c)
{
    return Classes[static_cast<unsigned char>(c)] & InValue;
}

/// The first '<' in [p, end), or end; `plain` tells whether the text before it has no reference
/// and no CR. Most text in a sheet is a few characters long: one pass, no library calls.
const char *endOfText(const char *p, const char *end, bool *plain)
{
    *plain = true;
    for (; p < end; ++p) {
        if (!(Classes[static_cast<unsigned char>(*p)] & InText))
            continue;
        if (*p == '<')
            return p;
        *plain = false;
    }
    return end;
}

/// A qualified name split at its first colon, found while it was read.
std::pair<std::string_view, std::string_view> splitAt(
    const char *start, const char *colon, const char *end)
{
    if (!colon)
        return {{}, std::string_view(start, size_t(end - start))};
    return {std::string_view(start, size_t(colon - start)),
        std::string_view(colon + 1, size_t(end - colon - 1))};
}

/// Reads a name from p: returns its end, and its first colon (or nullptr) in `colon`.
const char *scanName(const char *p, const char *end, const char **colon)
{
    *colon = nullptr;
    for (; p < end && !endsName(*p); ++p) {
        if (*p == ':' && !*colon)
            *colon = p;
    }
    return p;
}

const char *find(const char *from, const char *end, std::string_view what)
{
    const char *at = std::search(from, end, what.begin(), what.end());
    return at == end ? nullptr : at;
}

} // namespace

XmlScanner::XmlScanner(Sink *sink, int maxDepth)
    : m_sink(sink)
    , m_maxDepth(maxDepth)
{ }

bool XmlScanner::fail(Status status)
{
    m_status = status;
    return false;
}

const char *XmlScanner::failAt(Status status)
{
    m_status = status;
    return nullptr;
}

size_t XmlScanner::feed(const char *data, size_t size, bool last)
{
    if (m_status != Status::Ok)
        return 0;
    const char *p = data;
    const char *end = data + size;
    if (m_atStart) {
        // A UTF-8 byte order mark may open the document, and only there.
        const std::string_view mark("\xEF\xBB\xBF");
        const std::string_view head(p, std::min<size_t>(size, mark.size()));
        if (head.size() < mark.size() && !last && mark.starts_with(head))
            return 0;
        if (head == mark)
            p += mark.size();
        m_atStart = false;
    }
    while (p < end) {
        const char *next = *p == '<' ? scanMarkup(p, end, last) : scanText(p, end, last);
        if (!next)
            break; // failed: the status says why
        if (next == p) {
            // An unfinished token: wait for more, unless there is no more.
            if (last)
                fail(Status::SyntaxError);
            else if (size_t(end - p) > MaxToken)
                fail(Status::TokenTooLong);
            break;
        }
        p = next;
    }
    // Counted once per piece, not per token; on failure the line is that of the failing token.
    // memchr skips fast over XML that, like most workbook parts, has hardly any line breaks.
    for (const char *at = data;
         (at = static_cast<const char *>(std::memchr(at, '\n', size_t(p - at)))); ++at)
        ++m_line;
    if (last && m_status == Status::Ok && (!m_open.empty() || !m_sawRoot))
        fail(Status::SyntaxError);
    return size_t(p - data);
}

const char *XmlScanner::scanText(const char *p, const char *end, bool last)
{
    bool plain = true;
    const char *stop = endOfText(p, end, &plain);
    const char *lt = stop < end ? stop : nullptr;
    std::string_view raw(p, size_t(stop - p));
    if (m_open.empty()) {
        if (!std::all_of(raw.begin(), raw.end(), isSpace))
            return failAt(Status::SyntaxError);
        return stop;
    }
    if (!lt && !last) {
        // The piece may end inside a reference or between CR and LF: keep those for the next.
        const size_t amp = raw.rfind('&');
        if (amp != std::string_view::npos && raw.find(';', amp) == std::string_view::npos) {
            if (raw.size() - amp > XmlText::MaxReference)
                return failAt(Status::SyntaxError);
            raw = raw.substr(0, amp);
        }
        if (!raw.empty() && raw.back() == '\r')
            raw.remove_suffix(1);
        if (raw.empty())
            return p;
        stop = p + raw.size();
    }
    if (plain)
        return m_sink->text(raw) ? stop : failAt(Status::Stopped);
    if (!XmlText::decode(raw, false, &m_decoded))
        return failAt(Status::SyntaxError);
    return m_sink->text(m_decoded) ? stop : failAt(Status::Stopped);
}

const char *XmlScanner::scanMarkup(const char *p, const char *end, bool last)
{
    const size_t left = size_t(end - p);
    if (left < 2)
        return p;
    if (p[1] == '/')
        return scanEndTag(p, end);
    if (p[1] == '?') {
        const char *close = find(p + 2, end, "?>");
        return close ? close + 2 : p;
    }
    if (p[1] != '!')
        return scanStartTag(p, end);
    if (left < 9 && !last)
        return p;
    const std::string_view head(p, std::min<size_t>(left, 9));
    if (head.starts_with("<!--")) {
        const char *close = find(p + 4, end, "-->");
        return close ? close + 3 : p;
    }
    if (head == "<![CDATA[") {
        if (m_open.empty())
            return failAt(Status::SyntaxError);
        const char *close = find(p + 9, end, "]]>");
        if (!close)
            return p;
        const std::string_view raw(p + 9, size_t(close - p - 9));
        // Line ends are normalised in CDATA too; references are not read there.
        m_decoded.clear();
        for (size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] != '\r')
                m_decoded.push_back(raw[i]);
            else if (i + 1 == raw.size() || raw[i + 1] != '\n')
                m_decoded.push_back('\n'); // a CR LF pair keeps only its LF
        }
        return m_sink->text(m_decoded) ? close + 3 : failAt(Status::Stopped);
    }
    if (head.starts_with("<!DOCTYPE"))
        return failAt(Status::Doctype);
    return failAt(Status::SyntaxError);
}

const char *XmlScanner::scanStartTag(const char *p, const char *end)
{
    const char *colon = nullptr;
    const char *q = scanName(p + 1, end, &colon);
    if (q == end)
        return p;
    if (q == p + 1)
        return failAt(Status::SyntaxError);
    const std::string_view qualified(p + 1, size_t(q - p - 1));
    const auto [prefix, name] = splitAt(p + 1, colon, q);

    // Kept between elements, so that its memory is reused.
    std::vector<RawAttribute> &raws = m_raws;
    raws.clear();
    bool allPlain = true;
    bool selfClosing = false;
    for (;;) {
        const char *spaceStart = q;
        while (q < end && isSpace(*q))
            ++q;
        if (q == end)
            return p;
        if (*q == '>') {
            ++q;
            break;
        }
        if (*q == '/') {
            if (q + 1 == end)
                return p;
            if (q[1] != '>')
                return failAt(Status::SyntaxError);
            q += 2;
            selfClosing = true;
            break;
        }
        if (q == spaceStart) // attributes are separated by white space
            return failAt(Status::SyntaxError);
        const char *nameStart = q;
        q = scanName(q, end, &colon);
        const auto [attributePrefix, attributeName] = splitAt(nameStart, colon, q);
        while (q < end && isSpace(*q))
            ++q;
        if (q == end)
            return p;
        if (q == nameStart || *q != '=')
            return failAt(Status::SyntaxError);
        ++q;
        while (q < end && isSpace(*q))
            ++q;
        if (q == end)
            return p;
        const char quote = *q;
        if (quote != '"' && quote != '\'')
            return failAt(Status::SyntaxError);
        const char *close = ++q;
        bool plain = true; // no reference or white space to normalise
        for (; close < end && *close != quote; ++close) {
            if (!inValue(*close))
                continue;
            if (*close == '<')
                return failAt(Status::SyntaxError);
            plain = plain && (*close == '"' || *close == '\'');
        }
        if (close == end)
            return p;
        raws.push_back(
            {{attributePrefix, attributeName, std::string_view(q, size_t(close - q))}, plain});
        allPlain = allPlain && plain;
        q = close + 1;
    }

    if (int(m_open.size()) >= m_maxDepth)
        return failAt(Status::TooDeep);
    if (m_open.empty() && m_sawRoot)
        return failAt(Status::SyntaxError); // a second root element
    m_sawRoot = true;

    m_attributes.clear();
    if (allPlain) {
        for (const RawAttribute &raw : raws)
            m_attributes.push_back(raw.attribute);
    } else if (!decodeAttributes()) {
        return failAt(Status::SyntaxError);
    }
    if (!m_sink->startElement(prefix, name, m_attributes))
        return failAt(Status::Stopped);
    if (selfClosing) {
        if (!m_sink->endElement(prefix, name))
            return failAt(Status::Stopped);
    } else {
        m_open.emplace_back(qualified);
    }
    return q;
}

bool XmlScanner::decodeAttributes()
{
    // Every value is decoded before any view is taken: the buffer may move while it grows.
    m_values.clear();
    m_valueEnds.clear();
    for (const RawAttribute &raw : m_raws) {
        if (!raw.plain) {
            if (!XmlText::decode(raw.attribute.value, true, &m_decoded))
                return false;
            m_values += m_decoded;
        }
        m_valueEnds.push_back(m_values.size());
    }
    size_t from = 0;
    for (size_t i = 0; i < m_raws.size(); ++i) {
        Attribute attribute = m_raws[i].attribute;
        if (!m_raws[i].plain)
            attribute.value = std::string_view(m_values).substr(from, m_valueEnds[i] - from);
        m_attributes.push_back(attribute);
        from = m_valueEnds[i];
    }
    return true;
}

const char *XmlScanner::scanEndTag(const char *p, const char *end)
{
    const char *colon = nullptr;
    const char *q = scanName(p + 2, end, &colon);
    const std::string_view qualified(p + 2, size_t(q - p - 2));
    const auto [prefix, name] = splitAt(p + 2, colon, q);
    while (q < end && isSpace(*q))
        ++q;
    if (q == end)
        return p;
    if (*q != '>' || m_open.empty() || m_open.back() != qualified)
        return failAt(Status::SyntaxError);
    m_open.pop_back(); // the name's views point into the input, not into this entry
    return m_sink->endElement(prefix, name) ? q + 1 : failAt(Status::Stopped);
}

} // namespace attendance
