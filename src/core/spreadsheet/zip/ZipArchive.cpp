// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/zip/ZipArchive.h"

#include "Logging.h"
#include "spreadsheet/WorkbookError.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace attendance {

ZipArchive::ZipArchive(QIODevice *device)
    : m_zip(std::make_unique<QuaZip>(device))
    , m_budgetLeft(ReadLimits::MaxUnpackedBytes)
{ }

ZipArchive::~ZipArchive() = default;

bool ZipArchive::open()
{
    // Entry names of Office files are ASCII or flagged UTF-8; never guess a code page.
    m_zip->setFileNameCodec("UTF-8");
    if (!m_zip->open(QuaZip::mdUnzip)) {
        qCDebug(lcImport) << "Zip central directory unreadable, code" << m_zip->getZipError();
        m_error = WorkbookError::damagedZip();
        return false;
    }
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        if (m_entries.size() >= ReadLimits::MaxZipEntries) {
            m_error = WorkbookError::notASpreadsheetZip();
            return false;
        }
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info)) {
            m_error = WorkbookError::damagedZip();
            return false;
        }
        Entry entry {info.name, qint64(info.compressedSize), qint64(info.uncompressedSize),
            info.isEncrypted()};
        m_folded.insert(info.name.toLower(), info.name);
        m_entries.emplace(info.name, std::move(entry));
    }
    // An empty archive ends its listing at once; that is not damage.
    if (m_zip->getZipError() != UNZ_OK && m_zip->getZipError() != UNZ_END_OF_LIST_OF_FILE) {
        m_error = WorkbookError::damagedZip();
        return false;
    }
    return true;
}

const ZipArchive::Entry *ZipArchive::entry(const QString &name) const
{
    auto it = m_entries.constFind(name);
    if (it == m_entries.cend()) {
        const auto folded = m_folded.constFind(name.toLower());
        if (folded == m_folded.cend())
            return nullptr;
        it = m_entries.constFind(*folded);
    }
    return it == m_entries.cend() ? nullptr : &*it;
}

std::unique_ptr<QIODevice> ZipArchive::openEntry(const QString &name)
{
    const Entry *found = entry(name);
    if (!found) {
        m_error = WorkbookError::missingPart(name);
        return nullptr;
    }
    if (found->encrypted) {
        m_error = WorkbookError::passwordProtected();
        return nullptr;
    }
    // Checked on the sizes the archive declares, before a single byte is unpacked; minizip then
    // never inflates past the declared size, so a lying header cannot get around the budget.
    if (found->uncompressedSize > m_budgetLeft) {
        m_error = WorkbookError::tooLarge();
        return nullptr;
    }
    if (found->uncompressedSize > ReadLimits::RatioCheckedFrom
        && found->uncompressedSize
            > std::max<qint64>(found->compressedSize, 1) * ReadLimits::MaxCompressionRatio) {
        m_error = WorkbookError::zipBomb();
        return nullptr;
    }
    if (!m_zip->setCurrentFile(found->name, QuaZip::csSensitive)) {
        m_error = WorkbookError::damagedZip();
        return nullptr;
    }
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly)) {
        qCDebug(lcImport) << "Cannot open zip entry" << found->name << "code"
                          << file->getZipError();
        m_error = WorkbookError::damagedZip();
        return nullptr;
    }
    m_budgetLeft -= found->uncompressedSize;
    return file;
}

bool ZipArchive::readEntry(const QString &name, QByteArray *contents)
{
    std::unique_ptr<QIODevice> file = openEntry(name);
    if (!file)
        return false;
    *contents = file->readAll();
    return closeEntry(std::move(file));
}

bool ZipArchive::failedEntry(QIODevice *entry)
{
    if (static_cast<QuaZipFile *>(entry)->getZipError() == UNZ_OK)
        return false;
    m_error = WorkbookError::damagedZip();
    return true;
}

bool ZipArchive::closeEntry(std::unique_ptr<QIODevice> entry)
{
    auto *file = static_cast<QuaZipFile *>(entry.get());
    // minizip checks the CRC only once the whole entry has been inflated, and an XML reader may
    // stop before trailing whitespace: read the rest (within the budget already granted) to get
    // there.
    char sink[16384];
    qint64 got = 0;
    while ((got = file->read(sink, sizeof sink)) > 0) { }
    const bool complete = got == 0;
    file->close();
    if (file->getZipError() != UNZ_OK || !complete) {
        qCDebug(lcImport) << "Zip entry incomplete or failed its checksum, code"
                          << file->getZipError();
        m_error = WorkbookError::damagedZip();
        return false;
    }
    return true;
}

} // namespace attendance
