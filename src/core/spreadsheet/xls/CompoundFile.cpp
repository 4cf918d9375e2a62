// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/xls/CompoundFile.h"

#include <QtEndian>

namespace attendance {

namespace {

constexpr quint32 EndOfChain = 0xFFFFFFFE;
constexpr quint32 FreeSector = 0xFFFFFFFF;
constexpr int HeaderSize = 512;
constexpr int DirectoryEntrySize = 128;
constexpr int StreamType = 2;
constexpr int RootType = 5;

quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}

quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

} // namespace

CompoundFile::CompoundFile(const QByteArray &data)
    : m_data(data)
{
    m_valid = readHeader() && readFat() && readDirectory();
}

const char *CompoundFile::sector(quint32 index) const
{
    const qint64 offset = (qint64(index) + 1) << m_sectorShift;
    if (index >= EndOfChain - 16 || offset + (qint64(1) << m_sectorShift) > m_data.size())
        return nullptr;
    return m_data.constData() + offset;
}

bool CompoundFile::readHeader()
{
    if (m_data.size() < HeaderSize || !m_data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return false;
    const char *h = m_data.constData();
    m_sectorShift = u16(h + 0x1E);
    m_miniShift = u16(h + 0x20);
    if ((m_sectorShift != 9 && m_sectorShift != 12) || m_miniShift != 6)
        return false;
    const quint32 fatSectors = u32(h + 0x2C);
    m_directoryStart = u32(h + 0x30);
    m_miniCutoff = u32(h + 0x38);
    m_miniFatStart = u32(h + 0x3C);
    quint32 difatSector = u32(h + 0x44);
    const quint64 sectorCount = quint64(m_data.size()) >> m_sectorShift;
    if (fatSectors > sectorCount)
        return false;
    for (int i = 0; i < 109 && quint32(m_fatSectors.size()) < fatSectors; ++i)
        m_fatSectors.append(u32(h + 0x4C + 4 * i));
    // Large files list the rest of their FAT sectors in a chain of DIFAT sectors.
    const int perSector = (1 << m_sectorShift) / 4 - 1;
    for (quint64 hops = 0; quint32(m_fatSectors.size()) < fatSectors; ++hops) {
        const char *difat = sector(difatSector);
        if (!difat || hops > sectorCount)
            return false;
        for (int i = 0; i < perSector && quint32(m_fatSectors.size()) < fatSectors; ++i)
            m_fatSectors.append(u32(difat + 4 * i));
        difatSector = u32(difat + 4 * perSector);
    }
    return true;
}

bool CompoundFile::readFat()
{
    const int perSector = (1 << m_sectorShift) / 4;
    m_fat.reserve(m_fatSectors.size() * perSector);
    for (const quint32 index : std::as_const(m_fatSectors)) {
        const char *s = sector(index);
        if (!s)
            return false;
        for (int i = 0; i < perSector; ++i)
            m_fat.append(u32(s + 4 * i));
    }
    return true;
}

quint32 CompoundFile::fatEntry(const QList<quint32> &fat, quint32 sector) const
{
    return sector < quint32(fat.size()) ? fat.at(sector) : FreeSector;
}

QByteArray CompoundFile::chain(quint32 start, quint64 size, bool mini) const
{
    const int shift = mini ? m_miniShift : m_sectorShift;
    const qint64 sectorSize = qint64(1) << shift;
    const QList<quint32> &fat = mini ? m_miniFat : m_fat;
    if (size > quint64(m_data.size()) + sectorSize)
        return {};
    QByteArray out;
    out.reserve(qsizetype(size));
    quint32 current = start;
    // A chain can hold no more sectors than the table has entries: more means a loop.
    for (qsizetype hops = 0; quint64(out.size()) < size; ++hops) {
        if (current >= EndOfChain - 16 || hops > fat.size())
            return {};
        if (mini) {
            const qint64 offset = qint64(current) << shift;
            if (offset + sectorSize > m_miniStream.size())
                return {};
            out.append(m_miniStream.constData() + offset, sectorSize);
        } else {
            const char *s = sector(current);
            if (!s)
                return {};
            out.append(s, sectorSize);
        }
        current = fatEntry(fat, current);
    }
    out.truncate(qsizetype(size));
    return out;
}

bool CompoundFile::readDirectory()
{
    // The directory's own length is unknown up front: follow its chain to the end.
    QByteArray directory;
    quint32 current = m_directoryStart;
    for (qsizetype hops = 0; current < EndOfChain - 16; ++hops) {
        const char *s = sector(current);
        if (!s || hops > m_fat.size())
            return false;
        directory.append(s, qsizetype(1) << m_sectorShift);
        current = fatEntry(m_fat, current);
    }
    for (qsizetype at = 0; at + DirectoryEntrySize <= directory.size(); at += DirectoryEntrySize) {
        const char *e = directory.constData() + at;
        const int nameBytes = std::min<int>(u16(e + 0x40), 64);
        Entry entry;
        entry.type = quint8(e[0x42]);
        if (entry.type == 0)
            continue;
        entry.name = QString::fromUtf16(
            reinterpret_cast<const char16_t *>(e), std::max(0, nameBytes / 2 - 1));
        entry.start = u32(e + 0x74);
        entry.size = qFromLittleEndian<quint64>(e + 0x78);
        if (m_sectorShift == 9)
            entry.size &= 0xFFFFFFFF; // version 3 files leave the high half undefined
        m_entries.append(entry);
    }
    if (m_entries.isEmpty() || m_entries.constFirst().type != RootType)
        return false;
    // Small streams live in the mini stream, which is the root entry's own chain.
    const Entry &root = m_entries.constFirst();
    m_miniStream = chain(root.start, root.size, false);
    QByteArray miniFat;
    current = m_miniFatStart;
    for (qsizetype hops = 0; current < EndOfChain - 16; ++hops) {
        const char *s = sector(current);
        if (!s || hops > m_fat.size())
            return false;
        miniFat.append(s, qsizetype(1) << m_sectorShift);
        current = fatEntry(m_fat, current);
    }
    for (qsizetype at = 0; at + 4 <= miniFat.size(); at += 4)
        m_miniFat.append(u32(miniFat.constData() + at));
    return true;
}

bool CompoundFile::hasStream(QStringView name) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [name](const Entry &entry) {
        return entry.type == StreamType && entry.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray CompoundFile::stream(QStringView name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.type == StreamType && entry.name.compare(name, Qt::CaseInsensitive) == 0)
            return chain(entry.start, entry.size, entry.size < m_miniCutoff);
    }
    return {};
}

} // namespace attendance
