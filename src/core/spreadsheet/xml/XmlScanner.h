// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace attendance {

/// A strict, non-validating XML tokenizer for UTF-8 documents, fed piece by piece. It knows what
/// workbook parts use: elements, attributes, text with the five predefined entities and character
/// references, CDATA sections, comments and processing instructions, line-end and attribute-value
/// normalisation. A DTD is refused (and with it any other entity), as are mismatched tags, text
/// outside the root element and names or markup it cannot read. Prefixes are split off names,
/// never resolved to namespaces.
///
/// It exists for speed: the sheet of an .xlsx is by far the largest part, and expat, which the
/// other parts use, spends about 2,300 instructions on each of its elements.
class XmlScanner final
{
public:
    struct Attribute
    {
        /// The prefix here; the namespace URI where a namespace-aware parser fills it in.
        std::string_view qualifier;
        std::string_view name;
        std::string_view value;
    };

    /// Receives the tokens; views are valid during the call only. Returning false stops the scan.
    class Sink
    {
    public:
        virtual bool startElement(std::string_view prefix, std::string_view name,
            const std::vector<Attribute> &attributes)
            = 0;
        virtual bool endElement(std::string_view prefix, std::string_view name) = 0;
        virtual bool text(std::string_view text) = 0;

    protected:
        ~Sink() = default;
    };

    enum class Status { Ok, Stopped, SyntaxError, Doctype, TooDeep, TokenTooLong };

    /// A tag, comment or CDATA section longer than this is refused: no workbook writes one, and a
    /// piece that never ends must not grow the buffer without bound.
    static constexpr size_t MaxToken = 16 * 1024 * 1024;

    XmlScanner(Sink *sink, int maxDepth);
    XmlScanner(const XmlScanner &) = delete;
    XmlScanner &operator=(const XmlScanner &) = delete;

    /// Scans as much of data[0, size) as forms whole tokens and returns how many bytes it used; the
    /// caller passes the rest again, followed by more, next time. With `last`, everything must be
    /// used and the document complete. Check status() after each call.
    size_t feed(const char *data, size_t size, bool last);
    Status status() const { return m_status; }
    /// Line of the first byte not yet used, for error messages.
    qint64 line() const { return m_line; }

private:
    struct RawAttribute
    {
        Attribute attribute; ///< With the value as written.
        bool plain; ///< Nothing in the value to decode or normalise.
    };

    bool fail(Status status);
    const char *failAt(Status status);
    const char *scanMarkup(const char *p, const char *end, bool last);
    const char *scanStartTag(const char *p, const char *end);
    const char *scanEndTag(const char *p, const char *end);
    const char *scanText(const char *p, const char *end, bool last);
    bool decodeAttributes();

    Sink *m_sink;
    int m_maxDepth;
    Status m_status = Status::Ok;
    qint64 m_line = 1;
    bool m_atStart = true;
    bool m_sawRoot = false;
    std::vector<std::string> m_open;
    std::vector<RawAttribute> m_raws;
    std::vector<Attribute> m_attributes;
    std::vector<size_t> m_valueEnds;
    std::string m_decoded;
    std::string m_values;
};

} // namespace attendance
