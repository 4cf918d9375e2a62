// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for XmlScanner, the hand-written tokenizer of .xlsx parts. The first byte picks
// the size of the pieces the document is handed over in, so that every way a token can be cut
// between two reads of a zip entry is tried; the tokens must not depend on it.

#include "spreadsheet/WorkbookError.h"
#include "spreadsheet/xml/XmlScanner.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

using namespace attendance;

namespace {

/// Records the tokens as one string, so that two scans can be compared.
class Record final : public XmlScanner::Sink
{
public:
    std::string log;

    bool startElement(std::string_view prefix, std::string_view name,
        const std::vector<XmlScanner::Attribute> &attributes) override
    {
        log.append("<").append(prefix).append(":").append(name);
        for (const XmlScanner::Attribute &attribute : attributes)
            log.append(" ")
                .append(attribute.qualifier)
                .append(":")
                .append(attribute.name)
                .append("=")
                .append(attribute.value);
        log.append(">");
        return true;
    }
    bool endElement(std::string_view prefix, std::string_view name) override
    {
        log.append("</").append(prefix).append(":").append(name).append(">");
        return true;
    }
    bool text(std::string_view text) override
    {
        log.append(text);
        return true;
    }
};

std::pair<std::string, XmlScanner::Status> scan(const std::string &document, size_t piece)
{
    Record record;
    XmlScanner scanner(&record, ReadLimits::MaxXmlDepth);
    std::string pending;
    size_t at = 0;
    for (;;) {
        const bool last = at >= document.size();
        if (!last)
            pending.append(document, at, piece);
        at += piece;
        const size_t used = scanner.feed(pending.data(), pending.size(), last);
        if (used > pending.size())
            std::abort();
        pending.erase(0, used);
        if (scanner.status() != XmlScanner::Status::Ok || last)
            return {record.log, scanner.status()};
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const std::string document(reinterpret_cast<const char *>(data) + 1, size - 1);
    const size_t piece = data[0] == 0 ? document.size() + 1 : data[0];
    const auto whole = scan(document, document.size() + 1);
    const auto pieces = scan(document, piece);
    // Same verdict; on success the same tokens (text may be split differently, so compare the log).
    if (whole.second != pieces.second)
        std::abort();
    if (whole.second == XmlScanner::Status::Ok && whole.first != pieces.first)
        std::abort();
    return 0;
}
