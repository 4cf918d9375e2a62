// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Zip archives (.xlsx, .ods) built in memory from their parts. Header-only: its users link QuaZip
// themselves; the fuzzers include it without the rest of the test support.

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QString>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <zlib.h>

namespace attendance::test {

struct ZipEntry
{
    QString name;
    QByteArray data;
    /// zlib's compression level; 0 stores the entry uncompressed (cheapest, for the fuzzers).
    int level = Z_DEFAULT_COMPRESSION;
    const char *password = nullptr; ///< Encrypts the entry (traditional PKWARE) when set.
};

/// A zip holding @p entries in this order; empty when QuaZip fails.
inline QByteArray makeZip(const QList<ZipEntry> &entries)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QuaZip zip(&buffer);
        zip.setAutoClose(false);
        if (!zip.open(QuaZip::mdCreate))
            return {};
        for (const ZipEntry &entry : entries) {
            QuaZipFile file(&zip);
            QuaZipNewInfo info(entry.name);
            const quint32 crc = entry.password
                ? quint32(crc32(0, reinterpret_cast<const Bytef *>(entry.data.constData()),
                    uInt(entry.data.size())))
                : 0;
            if (!file.open(QIODevice::WriteOnly, info, entry.password, crc,
                    entry.level == 0 ? 0 : Z_DEFLATED, entry.level))
                return {};
            file.write(entry.data);
            file.close();
        }
        zip.close();
    }
    return buffer.data();
}

} // namespace attendance::test
