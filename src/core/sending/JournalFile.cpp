// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/JournalFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <algorithm>
#include <cerrno>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#include <qt_windows.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace attendance {

namespace {

/// Names tried for a temporary file before giving up: a clash is already unlikely once.
constexpr int kTemporaryAttempts = 16;

/// A hidden name, new with each call, next to @p finalPath for the file written before it is
/// published under @p finalPath: "<folder>/.<name>.<random>.tmp". Being in the same folder, it is
/// on the same file system, so publishing it is a rename or a link, never a copy.
QString temporaryPathFor(const QString &finalPath)
{
    const QFileInfo info(finalPath);
    return info.absolutePath() + u"/." + info.fileName() + u'.'
        + QString::number(QRandomGenerator::global()->generate(), 36) + u".tmp";
}

#ifdef Q_OS_WIN
std::wstring native(const QString &path)
{
    return QDir::toNativeSeparators(path).toStdWString();
}

bool seekTo(int fd, qint64 offset)
{
    return _lseeki64(fd, offset, SEEK_SET) == offset;
}

int writeSome(int fd, const char *data, qint64 size)
{
    return _write(fd, data, unsigned(std::min<qint64>(size, 1 << 30)));
}

int readSome(int fd, char *data, qint64 size)
{
    return _read(fd, data, unsigned(size));
}

bool cutTo(int fd, qint64 size)
{
    return _chsize_s(fd, size) == 0;
}

bool syncFd(int fd)
{
    return _commit(fd) == 0;
}

void closeFd(int fd)
{
    _close(fd);
}

void removeFile(const QString &path)
{
    DeleteFileW(native(path).c_str());
}
#else
QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

bool seekTo(int fd, qint64 offset)
{
    return ::lseek(fd, off_t(offset), SEEK_SET) == off_t(offset);
}

ssize_t writeSome(int fd, const char *data, qint64 size)
{
    return ::write(fd, data, size_t(size));
}

ssize_t readSome(int fd, char *data, qint64 size)
{
    return ::read(fd, data, size_t(size));
}

bool cutTo(int fd, qint64 size)
{
    return ::ftruncate(fd, off_t(size)) == 0;
}

bool syncFd(int fd)
{
    return ::fsync(fd) == 0;
}

void closeFd(int fd)
{
    ::close(fd);
}

void removeFile(const QString &path)
{
    ::unlink(native(path).constData());
}
#endif

} // namespace

JournalFile::~JournalFile()
{
    close();
}

bool JournalFile::fail(int code)
{
    m_error = qt_error_string(code);
#ifdef EDQUOT
    m_noSpaceLeft = code == ENOSPC || code == EDQUOT;
#else
    m_noSpaceLeft = code == ENOSPC;
#endif
    return false;
}

JournalFile::Result JournalFile::openExisting(const QString &path)
{
    return open(path, true);
}

JournalFile::Result JournalFile::openForReading(const QString &path)
{
    return open(path, false);
}

#ifdef Q_OS_WIN

JournalFile::Result JournalFile::open(const QString &path, bool write)
{
    close();
    // FILE_FLAG_OPEN_REPARSE_POINT opens a symbolic link or junction itself, not what it names.
    const HANDLE h = CreateFileW(native(path).c_str(), GENERIC_READ | (write ? GENERIC_WRITE : 0),
        FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
        FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        const DWORD code = GetLastError();
        if (code == ERROR_FILE_NOT_FOUND || code == ERROR_PATH_NOT_FOUND)
            return Result::Missing;
        fail(int(code));
        return Result::Failed;
    }
    BY_HANDLE_FILE_INFORMATION info {};
    const bool known = GetFileInformationByHandle(h, &info);
    const bool link = known && (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT);
    if (!known || link || GetFileType(h) != FILE_TYPE_DISK) {
        CloseHandle(h);
        return link ? Result::SymbolicLink : Result::NotAFile;
    }
    m_fd = _open_osfhandle(intptr_t(h), _O_BINARY | (write ? 0 : _O_RDONLY));
    if (m_fd < 0) {
        CloseHandle(h);
        fail(errno);
        return Result::Failed;
    }
    m_path = path;
    m_size = (qint64(info.nFileSizeHigh) << 32) | info.nFileSizeLow;
    if (!write)
        return Result::Ok;
    const Result locked = lock();
    if (locked != Result::Ok)
        close();
    return locked;
}

JournalFile::Result JournalFile::lock()
{
    // Windows locks are mandatory: lock one byte far past any journal's end, so that reading the
    // journal (the app listing unfinished runs) is never blocked.
    OVERLAPPED at {};
    at.Offset = 0xFFFFFFFEu;
    at.OffsetHigh = 0x7FFFFFFFu;
    const HANDLE h = HANDLE(_get_osfhandle(m_fd));
    if (LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &at))
        return Result::Ok;
    const DWORD code = GetLastError();
    if (code == ERROR_LOCK_VIOLATION || code == ERROR_IO_PENDING)
        return Result::InUse;
    fail(int(code));
    return Result::Failed;
}

JournalFile::Result JournalFile::createTemporary(const QString &finalPath)
{
    close();
    for (int attempt = 0; attempt < kTemporaryAttempts; ++attempt) {
        const QString temporary = temporaryPathFor(finalPath);
        const HANDLE h = CreateFileW(native(temporary).c_str(), GENERIC_READ | GENERIC_WRITE,
            FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, CREATE_NEW,
            FILE_ATTRIBUTE_NORMAL, nullptr);
        if (h == INVALID_HANDLE_VALUE) {
            const DWORD code = GetLastError();
            if (code == ERROR_FILE_EXISTS)
                continue;
            fail(int(code));
            return Result::Failed;
        }
        m_fd = _open_osfhandle(intptr_t(h), _O_BINARY);
        if (m_fd < 0) {
            CloseHandle(h);
            removeFile(temporary);
            fail(errno);
            return Result::Failed;
        }
        m_path = finalPath;
        m_temporaryPath = temporary;
        m_size = 0;
        return lock();
    }
    fail(ERROR_FILE_EXISTS);
    return Result::Failed;
}

JournalFile::Result JournalFile::publish(bool replace)
{
    const DWORD flags = MOVEFILE_WRITE_THROUGH | (replace ? MOVEFILE_REPLACE_EXISTING : 0);
    if (!MoveFileExW(native(m_temporaryPath).c_str(), native(m_path).c_str(), flags)) {
        const DWORD code = GetLastError();
        if (code == ERROR_ALREADY_EXISTS || code == ERROR_FILE_EXISTS)
            return Result::Exists;
        fail(int(code));
        return Result::Failed;
    }
    m_temporaryPath.clear();
    return Result::Ok;
}

bool JournalFile::exists(const QString &path)
{
    return GetFileAttributesW(native(path).c_str()) != INVALID_FILE_ATTRIBUTES;
}

#else

JournalFile::Result JournalFile::open(const QString &path, bool write)
{
    close();
    const QByteArray name = native(path);
    // O_NONBLOCK: a FIFO at the path must not hang the open; it is refused just below.
    const int flags = (write ? O_RDWR : O_RDONLY) | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK;
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_fd = ::open(name.constData(), flags);
        if (m_fd < 0) {
            const int code = errno;
            struct stat entry = {};
            if (code == ENOENT)
                return Result::Missing;
            if (code == EISDIR)
                return Result::NotAFile;
            // ELOOP (EMLINK on FreeBSD) is what O_NOFOLLOW answers for a link, dangling or not.
            if ((code == ELOOP || code == EMLINK) && ::lstat(name.constData(), &entry) == 0
                && S_ISLNK(entry.st_mode))
                return Result::SymbolicLink;
            fail(code);
            return Result::Failed;
        }
        m_path = path;
        struct stat opened = {};
        if (::fstat(m_fd, &opened) != 0) {
            const int code = errno;
            close();
            fail(code);
            return Result::Failed;
        }
        if (!S_ISREG(opened.st_mode)) {
            close();
            return Result::NotAFile;
        }
        m_size = qint64(opened.st_size);
        if (!write)
            return Result::Ok;
        const Result locked = lock();
        if (locked != Result::Ok) {
            close();
            return locked;
        }
        // Between open() and the lock, a new journal may have been given this name (replacing a
        // finished one): the lock must hold the file the name leads to now, or it guards nothing.
        struct stat named = {};
        if (::lstat(name.constData(), &named) == 0 && named.st_dev == opened.st_dev
            && named.st_ino == opened.st_ino) {
            // Another run may have appended until the moment it let go.
            if (::fstat(m_fd, &opened) == 0)
                m_size = qint64(opened.st_size);
            return Result::Ok;
        }
        close();
    }
    return Result::InUse;
}

JournalFile::Result JournalFile::lock()
{
    // flock() locks the open file itself: every name of it (hard links, symbolic links, any
    // spelling of the path) meets the same lock, and the system drops it when the process ends,
    // however it ends, so no stale lock is ever left behind.
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
        return Result::Ok;
    if (errno == EWOULDBLOCK)
        return Result::InUse;
    fail(errno);
    return Result::Failed;
}

JournalFile::Result JournalFile::createTemporary(const QString &finalPath)
{
    close();
    for (int attempt = 0; attempt < kTemporaryAttempts; ++attempt) {
        const QString temporary = temporaryPathFor(finalPath);
        // Created owner-only from the start: it holds the attendees' emails.
        const int fd = ::open(native(temporary).constData(),
            O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            fail(errno);
            return Result::Failed;
        }
        m_fd = fd;
        m_path = finalPath;
        m_temporaryPath = temporary;
        m_size = 0;
        ::fchmod(fd, S_IRUSR | S_IWUSR); // a umask without the owner's write bit: resumable still
        return lock();
    }
    fail(EEXIST);
    return Result::Failed;
}

JournalFile::Result JournalFile::publish(bool replace)
{
    const QByteArray from = native(m_temporaryPath);
    const QByteArray to = native(m_path);
    if (!replace) {
        // link() never replaces anything, dangling links included: it succeeds only on a free name.
        if (::link(from.constData(), to.constData()) == 0) {
            ::unlink(from.constData());
        } else if (errno == EEXIST || exists(m_path)) {
            return Result::Exists;
        } else if (::rename(from.constData(), to.constData()) != 0) {
            // Some file systems (FAT, some network shares) have no hard links: the name was free
            // a moment ago, which is as close as rename() can check.
            fail(errno);
            return Result::Failed;
        }
    } else if (::rename(from.constData(), to.constData()) != 0) {
        fail(errno);
        return Result::Failed;
    }
    m_temporaryPath.clear();
    // The new name must reach the disk too, not only the file's content.
    const int folder = ::open(
        native(QFileInfo(m_path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return Result::Ok;
}

bool JournalFile::exists(const QString &path)
{
    struct stat entry = {};
    return ::lstat(native(path).constData(), &entry) == 0;
}

#endif

bool JournalFile::append(const QByteArray &data)
{
    if (m_fd < 0) {
        m_error = QCoreApplication::translate("attendance::JournalFile", "the file is not open");
        return false;
    }
    if (!seekTo(m_fd, m_size))
        return fail(errno);
    qint64 done = 0;
    while (done < data.size()) {
        const auto written = writeSome(m_fd, data.constData() + done, data.size() - done);
        if (written > 0) {
            done += written;
            continue;
        }
        if (written < 0 && errno == EINTR)
            continue;
        const int code = written < 0 ? errno : ENOSPC;
        // A line cut short would be glued to the next one: leave the file as it was.
        cutTo(m_fd, m_size);
        return fail(code);
    }
    m_size += done;
    return true;
}

bool JournalFile::sync()
{
    return syncFd(m_fd) || fail(errno);
}

QByteArray JournalFile::tail(int count)
{
    const qint64 from = std::max<qint64>(0, m_size - count);
    QByteArray bytes(m_size - from, Qt::Uninitialized);
    if (!seekTo(m_fd, from) || readSome(m_fd, bytes.data(), bytes.size()) != bytes.size())
        return {};
    return bytes;
}

void JournalFile::close()
{
    if (m_fd >= 0)
        closeFd(m_fd); // the lock goes with it
    m_fd = -1;
    if (!m_temporaryPath.isEmpty())
        removeFile(m_temporaryPath);
    m_temporaryPath.clear();
    m_path.clear();
    m_size = 0;
}

} // namespace attendance
