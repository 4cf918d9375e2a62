// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace attendance::cli {

namespace {

/// Characters a terminal may act on, or that reorder or break what follows them on screen.
bool actsOnTerminal(char16_t c)
{
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
        return true;
    switch (c) {
    case 0x061c: // arabic letter mark
    case 0x200e: // left-to-right mark
    case 0x200f: // right-to-left mark
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
        return true;
    default:
        // Embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069).
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}

QString hex(char16_t c, int digits)
{
    return QString::number(uint(c), 16).rightJustified(digits, u'0');
}

} // namespace

QString TerminalText::printable(QStringView text, Breaks breaks)
{
    const auto unsafe = [breaks](QChar c) {
        return actsOnTerminal(c.unicode()) && !(c == u'\n' && breaks == Breaks::Keep);
    };
    if (std::none_of(text.begin(), text.end(), unsafe))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (!unsafe(c)) {
            out += c;
            continue;
        }
        switch (c.unicode()) {
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            out += c.unicode() < 0x80 ? u"\\x"_s + hex(c.unicode(), 2)
                                      : u"\\u"_s + hex(c.unicode(), 4);
        }
    }
    return out;
}

QByteArray TerminalText::printableJson(const QByteArray &json)
{
    // Every character escaped here is DEL or outside ASCII, and a JSON document's structure is
    // ASCII: they can only be inside strings, where \uXXXX means the same character. The lead
    // bytes of their UTF-8 forms rule most documents out without decoding them.
    const bool mayHoldOne = std::any_of(json.cbegin(), json.cend(), [](char b) {
        const auto u = static_cast<unsigned char>(b);
        return u == 0x7f || u == 0xc2 || u == 0xd8 || u == 0xe2;
    });
    if (!mayHoldOne)
        return json;
    const QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        // C0 controls are escaped by QJsonDocument already; a '\n' here is the indentation's.
        if (c.unicode() >= 0x7f && actsOnTerminal(c.unicode()))
            out += u"\\u"_s + hex(c.unicode(), 4);
        else
            out += c;
    }
    return out.toUtf8();
}

} // namespace attendance::cli
