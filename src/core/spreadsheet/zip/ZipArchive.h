// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <memory>

class QIODevice;
class QuaZip;

namespace attendance {

/// Read access to the parts of a zip-based workbook (.xlsx, .ods), with the limits that keep a
/// hostile archive harmless: a budget on the bytes unpacked, a cap on each entry's compression
/// ratio, no encrypted entries. The device is read in place (never loaded whole) and must outlive
/// the archive. Errors are plain-language messages from WorkbookError.
class ZipArchive final
{
public:
    struct Entry
    {
        QString name;
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0;
        bool encrypted = false;
    };

    explicit ZipArchive(QIODevice *device);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /// Reads the central directory; false (with error()) when the zip is damaged.
    bool open();
    QString error() const { return m_error; }

    /// The entry with this name (exact, else ignoring case), or nullptr.
    const Entry *entry(const QString &name) const;

    /// Opens an entry to stream it, after checking the limits; nullptr with error() otherwise.
    /// Only one entry can be open at a time; close it (or destroy it) before opening the next.
    std::unique_ptr<QIODevice> openEntry(const QString &name);
    /// Reads a whole entry (a small part such as workbook.xml); false with error() otherwise.
    bool readEntry(const QString &name, QByteArray *contents);
    /// Whether reading an open entry failed in the archive itself (bad compressed data), so that a
    /// parse error it caused is reported as damage to the file; sets error() when so.
    bool failedEntry(QIODevice *entry);
    /// After streaming an entry to its end: false with error() if its checksum was wrong.
    bool closeEntry(std::unique_ptr<QIODevice> entry);

private:
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_folded; ///< Lower-case name -> name, for producers that vary case.
    qint64 m_budgetLeft;
    QString m_error;
};

} // namespace attendance
