// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace attendance {

/// The streams of an OLE2 compound file (old .xls; Office files encrypted with a password): just
/// enough to find a stream by name and read it, every offset and sector chain checked, so that a
/// damaged or hostile file is simply "not valid".
class CompoundFile final
{
public:
    explicit CompoundFile(const QByteArray &data);
    CompoundFile(const CompoundFile &) = delete;
    CompoundFile &operator=(const CompoundFile &) = delete;

    bool isValid() const { return m_valid; }
    /// A stream's names are compared ignoring case, as Office does.
    bool hasStream(QStringView name) const;
    /// The bytes of a stream, or an empty array when it is missing or its sectors are damaged.
    QByteArray stream(QStringView name) const;

private:
    struct Entry
    {
        QString name;
        int type = 0;
        quint32 start = 0;
        quint64 size = 0;
    };

    bool readHeader();
    bool readFat();
    bool readDirectory();
    quint32 fatEntry(const QList<quint32> &fat, quint32 sector) const;
    /// Follows a sector chain; empty on a loop, a bad index or a short chain.
    QByteArray chain(quint32 start, quint64 size, bool mini) const;
    const char *sector(quint32 index) const;

    QByteArray m_data;
    bool m_valid = false;
    int m_sectorShift = 9;
    int m_miniShift = 6;
    quint32 m_miniCutoff = 4096;
    quint32 m_directoryStart = 0;
    quint32 m_miniFatStart = 0;
    QList<quint32> m_fatSectors;
    QList<quint32> m_fat;
    QList<quint32> m_miniFat;
    QList<Entry> m_entries;
    QByteArray m_miniStream;
};

} // namespace attendance
