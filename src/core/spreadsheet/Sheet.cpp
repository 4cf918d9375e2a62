// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/Sheet.h"

#include <algorithm>
#include <cstring>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace attendance {

namespace {

bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

/// Length of the well-formed UTF-8 sequence at @p in (no overlong forms, no surrogates, nothing
/// above U+10FFFF), or 0 when none starts there. @p left > 0 bytes are readable.
qsizetype sequenceLength(const uchar *in, qsizetype left)
{
    const uchar b = in[0];
    if (b < 0x80)
        return 1;
    if (b >= 0xC2 && b <= 0xDF && left >= 2 && isContinuation(in[1]))
        return 2;
    if (b >= 0xE0 && b <= 0xEF && left >= 3 && isContinuation(in[1]) && isContinuation(in[2])
        && !(b == 0xE0 && in[1] < 0xA0) && !(b == 0xED && in[1] >= 0xA0))
        return 3;
    if (b >= 0xF0 && b <= 0xF4 && left >= 4 && isContinuation(in[1]) && isContinuation(in[2])
        && isContinuation(in[3]) && !(b == 0xF0 && in[1] < 0x90) && !(b == 0xF4 && in[1] >= 0x90))
        return 4;
    return 0;
}

/// Past the ASCII bytes at the start of [in, end), eight at a time.
const uchar *skipAscii(const uchar *in, const uchar *end)
{
    while (end - in >= 8) {
        quint64 word;
        std::memcpy(&word, in, sizeof word);
        if (word & 0x8080808080808080ULL)
            break;
        in += 8;
    }
    while (in < end && *in < 0x80)
        ++in;
    return in;
}

/// Whether [in, end) is well-formed UTF-8.
bool validUtf8(const uchar *in, const uchar *end)
{
    while ((in = skipAscii(in, end)) < end) {
        const qsizetype length = sequenceLength(in, end - in);
        if (length == 0)
            return false;
        in += length;
    }
    return true;
}

constexpr char Replacement[] = "\xEF\xBF\xBD"; // U+FFFD in UTF-8

char *encode(char32_t code, char *out)
{
    if (code < 0x80) {
        *out++ = char(code);
    } else if (code < 0x800) {
        *out++ = char(0xC0 | (code >> 6));
        *out++ = char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        *out++ = char(0xE0 | (code >> 12));
        *out++ = char(0x80 | ((code >> 6) & 0x3F));
        *out++ = char(0x80 | (code & 0x3F));
    } else {
        *out++ = char(0xF0 | (code >> 18));
        *out++ = char(0x80 | ((code >> 12) & 0x3F));
        *out++ = char(0x80 | ((code >> 6) & 0x3F));
        *out++ = char(0x80 | (code & 0x3F));
    }
    return out;
}

/// The code point at text[i] and how many units it takes; a lone surrogate reads as U+FFFD.
std::pair<char32_t, qsizetype> codePointAt(QStringView text, qsizetype i)
{
    const char16_t u = text.at(i).unicode();
    if (QChar::isHighSurrogate(u) && i + 1 < text.size()
        && QChar::isLowSurrogate(text.at(i + 1).unicode()))
        return {QChar::surrogateToUcs4(u, text.at(i + 1).unicode()), 2};
    if (QChar::isSurrogate(u))
        return {char32_t(0xFFFD), 1};
    return {char32_t(u), 1};
}

qsizetype encodedSize(char32_t code)
{
    return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/// UTF-8 (valid, as every stored cell is; a bad byte still becomes U+FFFD) to UTF-16. Returns
/// the end of the output, which needs room for as many code units as there are bytes.
char16_t *decodeUtf8(const uchar *in, const uchar *end, char16_t *out)
{
    while (in < end) {
        const uchar b = *in;
        if (b < 0x80) {
            *out++ = b;
            ++in;
            continue;
        }
        switch (sequenceLength(in, end - in)) {
        case 2:
            *out++ = char16_t(((b & 0x1F) << 6) | (in[1] & 0x3F));
            in += 2;
            break;
        case 3:
            *out++ = char16_t(((b & 0x0F) << 12) | ((in[1] & 0x3F) << 6) | (in[2] & 0x3F));
            in += 3;
            break;
        case 4: {
            const char32_t code = ((b & 0x07) << 18) | ((in[1] & 0x3F) << 12)
                | ((in[2] & 0x3F) << 6) | (in[3] & 0x3F);
            *out++ = QChar::highSurrogate(code);
            *out++ = QChar::lowSurrogate(code);
            in += 4;
            break;
        }
        default:
            *out++ = 0xFFFD;
            ++in;
        }
    }
    return out;
}

} // namespace

void adviseHugePages(const void *data, qsizetype bytes)
{
#ifdef Q_OS_LINUX
    // Below a few megabytes the kernel's 2 MiB pages would not fit anyway.
    constexpr quintptr HugePage = 2 * 1024 * 1024;
    if (bytes < qsizetype(4 * HugePage))
        return;
    const quintptr begin = (quintptr(data) + HugePage - 1) & ~(HugePage - 1);
    const quintptr end = (quintptr(data) + quintptr(bytes)) & ~(HugePage - 1);
    if (end > begin) {
        // The page-aligned address is computed as an integer on purpose, hence the NOLINT.
        // NOLINTNEXTLINE(performance-no-int-to-ptr)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
    }
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

bool Sheet::isBlankRow(int row) const
{
    const int columns = columnCount(row);
    for (int c = 0; c < columns; ++c) {
        if (!isBlankCell(row, c))
            return false;
    }
    return true;
}

QStringList Sheet::row(int row) const
{
    QStringList cells;
    const int count = columnCount(row);
    cells.reserve(count);
    for (int c = 0; c < count; ++c)
        cells.append(cellText(row, c));
    return cells;
}

QList<QStringList> Sheet::toRows() const
{
    QList<QStringList> rows;
    rows.reserve(rowCount());
    for (int r = 0; r < rowCount(); ++r)
        rows.append(row(r));
    return rows;
}

QStringView Sheet::decode(QUtf8StringView text, QString *buffer, bool *ascii)
{
    // UTF-16 never needs more code units than UTF-8 has bytes. The buffer only grows, so once it
    // is as long as the longest cell, decoding allocates nothing.
    if (buffer->size() < text.size())
        buffer->resize(text.size());
    if (text.isEmpty()) {
        if (ascii)
            *ascii = true;
        return {};
    }
    char16_t *out = reinterpret_cast<char16_t *>(buffer->data());
    const uchar *in = reinterpret_cast<const uchar *>(text.data());
    const qsizetype units = decodeUtf8(in, in + text.size(), out) - out;
    if (ascii)
        *ascii = units == text.size(); // each non-ASCII sequence yields fewer units than bytes
    return QStringView(buffer->constData(), units);
}

bool Sheet::isBlank(QUtf8StringView text)
{
    bool ascii = true;
    for (const char c : text) {
        const uchar b = uchar(c);
        if (b >= 0x80)
            ascii = false;
        else if (b != ' ' && (b < '\t' || b > '\r'))
            return false;
    }
    if (ascii)
        return true;
    const QString decoded = QString::fromUtf8(text);
    return std::all_of(decoded.cbegin(), decoded.cend(), [](QChar c) { return c.isSpace(); });
}

bool Sheet::isValidUtf8(QByteArrayView bytes)
{
    const uchar *in = reinterpret_cast<const uchar *>(bytes.data());
    return validUtf8(in, in + bytes.size());
}

qsizetype Sheet::utf16Size(QUtf8StringView text)
{
    qsizetype units = 0;
    for (const char c : text) {
        const uchar b = uchar(c);
        units += !isContinuation(b);
        units += b >= 0xF0; // four bytes: a surrogate pair
    }
    return units;
}

void Sheet::adoptBuffer(QByteArray &&buffer)
{
    Q_ASSERT(m_used == 0 && m_cellEnds.isEmpty() && m_rowEnds.isEmpty());
    Q_ASSERT(buffer.isDetached());
    m_text = std::move(buffer);
}

void Sheet::reserve(qsizetype rows, qsizetype cells, qsizetype textSize)
{
    m_rowEnds.reserve(rows);
    m_cellEnds.reserve(cells);
    adviseHugePages(m_cellEnds.constData(), m_cellEnds.capacity() * qsizetype(sizeof(quint32)));
    // Resizing leaves the new bytes unwritten: pages of room never filled are never touched.
    if (textSize > m_text.size()) {
        m_text.resize(textSize);
        adviseHugePages(m_text.constData(), textSize);
    }
}

char *Sheet::room(qsizetype bytes)
{
    if (m_used + bytes > m_text.size())
        m_text.resize(std::max({m_used + bytes, m_text.size() * 2, qsizetype(256)}));
    return m_text.data() + m_used;
}

void Sheet::endCell(qsizetype bytes)
{
    m_used += bytes;
    m_cellEnds.append(quint32(m_used));
}

void Sheet::appendCell(QStringView text)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size();) {
        const auto [code, units] = codePointAt(text, i);
        bytes += encodedSize(code);
        i += units;
    }
    char *out = room(bytes);
    for (qsizetype i = 0; i < text.size();) {
        const auto [code, units] = codePointAt(text, i);
        out = encode(code, out);
        i += units;
    }
    endCell(bytes);
}

void Sheet::appendCell(QLatin1StringView text)
{
    const uchar *in = reinterpret_cast<const uchar *>(text.data());
    const qsizetype high = std::count_if(in, in + text.size(), [](uchar b) { return b >= 0x80; });
    if (high == 0) {
        copyCell(QUtf8StringView(text.data(), text.size())); // ASCII is UTF-8 as it is
        return;
    }
    char *out = room(text.size() + high);
    for (qsizetype i = 0; i < text.size(); ++i)
        out = encode(in[i], out);
    endCell(text.size() + high);
}

void Sheet::appendValidCell(QUtf8StringView text)
{
    Q_ASSERT(isValidUtf8(QByteArrayView(text.data(), text.size())));
    copyCell(text);
}

void Sheet::copyCell(QUtf8StringView text)
{
    char *out = room(text.size());
    // An empty view may have no data at all, and memmove must not see null. The text may lie in
    // the sheet's own buffer, at or after `out` (adoptBuffer()'s reader): moved, not copied.
    if (!text.isEmpty())
        std::memmove(out, text.data(), size_t(text.size()));
    endCell(text.size());
}

bool Sheet::appendCell(QUtf8StringView text)
{
    const uchar *in = reinterpret_cast<const uchar *>(text.data());
    const uchar *end = in + text.size();
    if (validUtf8(in, end)) {
        copyCell(text);
        return true;
    }
    qsizetype bytes = 0;
    for (const uchar *p = in; p < end;) {
        const qsizetype length = sequenceLength(p, end - p);
        bytes += length == 0 ? 3 : length;
        p += length == 0 ? 1 : length;
    }
    char *out = room(bytes);
    for (const uchar *p = in; p < end;) {
        const qsizetype length = sequenceLength(p, end - p);
        if (length == 0) {
            out = std::copy_n(Replacement, 3, out);
            ++p;
        } else {
            out = std::copy_n(reinterpret_cast<const char *>(p), length, out);
            p += length;
        }
    }
    endCell(bytes);
    return false;
}

void Sheet::clear()
{
    m_text = QByteArray();
    m_used = 0;
    m_cellEnds = QList<quint32>();
    m_rowEnds = QList<quint32>();
}

void Sheet::squeeze()
{
    m_text.truncate(m_used);
    m_text.squeeze();
    m_cellEnds.squeeze();
    m_rowEnds.squeeze();
}

} // namespace attendance
