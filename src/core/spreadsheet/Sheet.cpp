// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/Sheet.h"

#include <algorithm>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace attendance {

namespace {

bool isContinuation(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

/// UTF-8 to UTF-16 with full validation (no overlong forms, no surrogates, nothing above
/// U+10FFFF); a bad sequence becomes U+FFFD. Returns the end of the output.
char16_t *decodeUtf8(const uchar *in, const uchar *end, char16_t *out, bool *valid)
{
    while (in < end) {
        const uchar b = *in;
        if (b < 0x80) {
            *out++ = b;
            ++in;
            continue;
        }
        const qsizetype left = end - in;
        if (b >= 0xC2 && b <= 0xDF && left >= 2 && isContinuation(in[1])) {
            *out++ = char16_t(((b & 0x1F) << 6) | (in[1] & 0x3F));
            in += 2;
            continue;
        }
        if (b >= 0xE0 && b <= 0xEF && left >= 3 && isContinuation(in[1]) && isContinuation(in[2])
            && !(b == 0xE0 && in[1] < 0xA0) && !(b == 0xED && in[1] >= 0xA0)) {
            *out++ = char16_t(((b & 0x0F) << 12) | ((in[1] & 0x3F) << 6) | (in[2] & 0x3F));
            in += 3;
            continue;
        }
        if (b >= 0xF0 && b <= 0xF4 && left >= 4 && isContinuation(in[1]) && isContinuation(in[2])
            && isContinuation(in[3]) && !(b == 0xF0 && in[1] < 0x90)
            && !(b == 0xF4 && in[1] >= 0x90)) {
            const char32_t code = ((b & 0x07) << 18) | ((in[1] & 0x3F) << 12)
                | ((in[2] & 0x3F) << 6) | (in[3] & 0x3F);
            *out++ = char16_t(0xD800 + ((code - 0x10000) >> 10));
            *out++ = char16_t(0xDC00 + ((code - 0x10000) & 0x3FF));
            in += 4;
            continue;
        }
        *out++ = 0xFFFD;
        *valid = false;
        ++in;
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

QStringList Sheet::row(int row) const
{
    QStringList cells;
    const int count = columnCount(row);
    cells.reserve(count);
    for (int c = 0; c < count; ++c)
        cells.append(cell(row, c).toString());
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

void Sheet::reserve(qsizetype rows, qsizetype cells, qsizetype textSize)
{
    m_rowEnds.reserve(rows);
    m_cellEnds.reserve(cells);
    adviseHugePages(m_cellEnds.constData(), m_cellEnds.capacity() * qsizetype(sizeof(quint32)));
    // Resizing only writes the terminator: pages of room never filled are never touched.
    if (textSize > m_text.size()) {
        m_text.resize(textSize);
        adviseHugePages(m_text.constData(), textSize * qsizetype(sizeof(QChar)));
    }
}

char16_t *Sheet::room(qsizetype units)
{
    if (m_used + units > m_text.size())
        m_text.resize(std::max({m_used + units, m_text.size() * 2, qsizetype(256)}));
    return reinterpret_cast<char16_t *>(m_text.data()) + m_used;
}

void Sheet::endCell(qsizetype units)
{
    m_used += units;
    m_cellEnds.append(quint32(m_used));
}

void Sheet::appendCell(QStringView text)
{
    char16_t *out = room(text.size());
    if (!text.isEmpty()) // an empty view may have no data at all, and memcpy must not see null
        std::memcpy(out, text.utf16(), size_t(text.size()) * sizeof(char16_t));
    endCell(text.size());
}

void Sheet::appendCell(QLatin1StringView text)
{
    char16_t *out = room(text.size());
    const uchar *in = reinterpret_cast<const uchar *>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = in[i];
    endCell(text.size());
}

bool Sheet::appendCell(QUtf8StringView text)
{
    // UTF-16 never needs more code units than UTF-8 has bytes, so this is room enough.
    char16_t *out = room(text.size());
    const uchar *in = reinterpret_cast<const uchar *>(text.data());
    bool valid = true;
    const char16_t *end = decodeUtf8(in, in + text.size(), out, &valid);
    endCell(end - out);
    return valid;
}

void Sheet::clear()
{
    m_text = QString();
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
