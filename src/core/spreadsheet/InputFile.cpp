// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/InputFile.h"

#include "Logging.h"
#include "spreadsheet/ReadLimits.h"
#include "spreadsheet/WorkbookError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QDateTime>
#include <QFileInfo>
#endif

namespace attendance {

namespace {

// A stream is read this much at a time; cancellation is looked at between reads.
constexpr qsizetype StreamChunk = 64 * 1024;

InputFile::Result failed(InputFile::Failure failure, const QString &detail = {})
{
    InputFile::Result result;
    result.failure = failure;
    result.detail = detail;
    return result;
}

/// A stream's bytes so far. Its capacity grows geometrically, but never far past the limit.
class StreamBuffer final
{
public:
    explicit StreamBuffer(qint64 maxBytes)
        : m_maxBytes(maxBytes)
    { }

    /// Room for the next chunk, to be followed by commit().
    char *room()
    {
        const qsizetype used = m_data.size();
        if (used + StreamChunk > m_data.capacity()) {
            m_data.reserve(
                std::min<qsizetype>(std::max<qsizetype>(m_data.capacity() * 2, 16 * StreamChunk),
                    m_maxBytes + StreamChunk));
        }
        m_data.resize(used + StreamChunk);
        return m_data.data() + used;
    }
    /// Keeps @p got bytes of the room; false once the stream is past the limit.
    bool commit(qsizetype got)
    {
        m_data.resize(m_data.size() - StreamChunk + std::max<qsizetype>(got, 0));
        return m_data.size() <= m_maxBytes;
    }
    InputFile::Result take()
    {
        InputFile::Result result;
        result.data = std::move(m_data);
        return result;
    }

private:
    QByteArray m_data;
    qint64 m_maxBytes;
};

#ifdef Q_OS_UNIX

// A regular file is read this much at a time; cancellation is looked at between reads.
constexpr qsizetype FileChunk = 4 * 1024 * 1024;
// How long one wait for a stream lasts before cancellation is looked at again.
constexpr int PollMs = 100;

using StatBuf = struct stat;

class Descriptor final
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    { }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

QString systemError()
{
    return qt_error_string(errno);
}

bool sameTime(const struct timespec &a, const struct timespec &b)
{
    return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

/// What tells one version of a file from the next: a writer changes the size or the times.
bool sameVersion(const StatBuf &before, const StatBuf &after)
{
#ifdef Q_OS_DARWIN
    return before.st_size == after.st_size && sameTime(before.st_mtimespec, after.st_mtimespec)
        && sameTime(before.st_ctimespec, after.st_ctimespec);
#else
    return before.st_size == after.st_size && sameTime(before.st_mtim, after.st_mtim)
        && sameTime(before.st_ctim, after.st_ctim);
#endif
}

InputFile::Result readRegular(
    int fd, const StatBuf &before, qint64 maxBytes, const ReadControl &control)
{
    if (before.st_size > maxBytes)
        return failed(InputFile::Failure::TooLarge);
    const qsizetype size = qsizetype(before.st_size);
    // One byte more than the size: a file that grows while it is read fills it.
    QByteArray data(size + 1, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < data.size()) {
        if (control.isCancelled())
            return failed(InputFile::Failure::Cancelled);
        const ssize_t n
            = ::read(fd, data.data() + got, size_t(std::min(data.size() - got, FileChunk)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return failed(InputFile::Failure::CannotRead, systemError());
        if (n == 0)
            break;
        got += n;
    }
    StatBuf after {};
    if (::fstat(fd, &after) != 0)
        return failed(InputFile::Failure::CannotRead, systemError());
    if (got != size || !sameVersion(before, after)) {
        qCDebug(lcImport) << "Input changed while read:" << size << "bytes before," << got
                          << "read," << after.st_size << "after";
        return failed(InputFile::Failure::Changed);
    }
    data.truncate(size);
    InputFile::Result result;
    result.data = std::move(data);
    return result;
}

/// A pipe, a device, or a file the system gives no size for (as in /proc): read until it ends.
/// poll() first, so that waiting for a pipe's writer can be cancelled; on Linux a pipe opened
/// before its writer reports nothing (not an end) until the writer has come and gone.
InputFile::Result readStream(int fd, qint64 maxBytes, const ReadControl &control)
{
    StreamBuffer buffer(maxBytes);
    for (;;) {
        if (control.isCancelled())
            return failed(InputFile::Failure::Cancelled);
        pollfd ready {fd, POLLIN, 0};
        const int polled = ::poll(&ready, 1, PollMs);
        if (polled < 0 && errno != EINTR)
            return failed(InputFile::Failure::CannotRead, systemError());
        if (polled <= 0)
            continue;
        const ssize_t n = ::read(fd, buffer.room(), StreamChunk);
        if (n < 0) {
            buffer.commit(0);
            if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)
                continue;
            return failed(InputFile::Failure::CannotRead, systemError());
        }
        if (!buffer.commit(n))
            return failed(InputFile::Failure::TooLarge);
        if (n == 0)
            break;
    }
    return buffer.take();
}

InputFile::Result readInput(const QString &path, qint64 maxBytes, const ReadControl &control)
{
    const QByteArray name = QFile::encodeName(path);
    // Non-blocking, so that opening a pipe does not wait for its writer (readStream does, and
    // can be cancelled meanwhile); it changes nothing for regular files.
    const Descriptor fd(::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (fd.get() < 0) {
        const int error = errno;
        StatBuf info {};
        if (error == ENOENT || error == ENOTDIR)
            return failed(InputFile::Failure::Missing);
        if (error == ENXIO && ::stat(name.constData(), &info) == 0 && S_ISSOCK(info.st_mode))
            return failed(InputFile::Failure::Socket);
        errno = error;
        return failed(InputFile::Failure::CannotOpen, systemError());
    }
    StatBuf info {};
    if (::fstat(fd.get(), &info) != 0)
        return failed(InputFile::Failure::CannotRead, systemError());
    if (S_ISDIR(info.st_mode))
        return failed(InputFile::Failure::Folder);
    if (S_ISREG(info.st_mode) && info.st_size > 0)
        return readRegular(fd.get(), info, maxBytes, control);
    return readStream(fd.get(), maxBytes, control);
}

#else

/// Windows: the same through QFile, without the cancellable wait for a pipe's writer.
InputFile::Result readInput(const QString &path, qint64 maxBytes, const ReadControl &control)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failed(InputFile::Failure::Missing);
    if (info.isDir())
        return failed(InputFile::Failure::Folder);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return failed(InputFile::Failure::CannotOpen, file.errorString());
    const qint64 size = file.isSequential() ? -1 : file.size();
    const QDateTime modified = file.fileTime(QFileDevice::FileModificationTime);
    if (size > maxBytes)
        return failed(InputFile::Failure::TooLarge);
    StreamBuffer buffer(maxBytes);
    for (;;) {
        if (control.isCancelled())
            return failed(InputFile::Failure::Cancelled);
        const qint64 n = file.read(buffer.room(), StreamChunk);
        if (!buffer.commit(qsizetype(n)))
            return failed(InputFile::Failure::TooLarge);
        if (n < 0)
            return failed(InputFile::Failure::CannotRead, file.errorString());
        if (n == 0)
            break;
    }
    InputFile::Result result = buffer.take();
    if (size >= 0
        && (result.data.size() != size || file.size() != size
            || file.fileTime(QFileDevice::FileModificationTime) != modified))
        return failed(InputFile::Failure::Changed);
    return result;
}

#endif

} // namespace

InputFile::Result InputFile::read(const QString &path, qint64 maxBytes, const ReadControl &control)
{
    return readInput(path, maxBytes, control);
}

QString InputFile::tooLargeMessage()
{
    static_assert(ReadLimits::MaxInputBytes == 512LL * 1024 * 1024, "the message names the limit");
    // The context of the CSV reader, where these messages began: their translations carry over.
    return QCoreApplication::translate("attendance::CsvReader",
        "The file is larger than 512 MiB, more than HubSpot imports at once. Split it into "
        "smaller files.");
}

QString InputFile::message(const QString &path, const Result &result)
{
    const QString shown = QDir::toNativeSeparators(path);
    switch (result.failure) {
    case Failure::None:
        return {};
    case Failure::Missing:
        return QCoreApplication::translate(
            "attendance::CsvReader", "Could not open '%1': the file does not exist.")
            .arg(shown);
    case Failure::Folder:
        return QCoreApplication::translate(
            "attendance::CsvReader", "Could not open '%1': it is a folder, not a file.")
            .arg(shown);
    case Failure::Socket:
        return QCoreApplication::translate("attendance::CsvReader",
            "Could not open '%1': it is a connection point of another program (a socket), not a "
            "file.")
            .arg(shown);
    case Failure::CannotOpen:
        return QCoreApplication::translate("attendance::CsvReader", "Could not open '%1': %2.")
            .arg(shown, result.detail);
    case Failure::CannotRead:
        return QCoreApplication::translate("attendance::CsvReader", "Could not read '%1': %2.")
            .arg(shown, result.detail);
    case Failure::TooLarge:
        return tooLargeMessage();
    case Failure::Changed:
        return QCoreApplication::translate("attendance::CsvReader",
            "The file '%1' changed while it was being read, so what was read may be incomplete. "
            "Wait until the program writing it has finished, then open it again.")
            .arg(shown);
    case Failure::Cancelled:
        return WorkbookError::cancelled();
    }
    return {};
}

} // namespace attendance
