// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace attendance {

/// The open file of a run journal, with what a journal needs from the operating system and QFile
/// does not give:
/// - it is never reached through a symbolic link (opened without following one), and is an
///   ordinary file;
/// - while open, it holds an exclusive advisory lock on the file itself (flock, LockFileEx), so
///   the same journal reached through a hard link, a symbolic link or another spelling of its path
///   is refused by a second run, and the lock goes with the process however it ends;
/// - a new journal is written under a temporary name and only then given its own, never over a
///   file it was not told to replace;
/// - a write that fails half-way is cut off again, and the system's reason is kept.
class JournalFile final
{
    Q_DISABLE_COPY_MOVE(JournalFile)

public:
    enum class Result {
        Ok,
        Missing, ///< Nothing at that path.
        SymbolicLink, ///< The path is a symbolic link (or, on Windows, another reparse point).
        NotAFile, ///< A folder, a device, a pipe...
        InUse, ///< Another open journal holds the lock (this process or another).
        Exists, ///< publish(): something else took the name meanwhile.
        Failed, ///< See errorString().
    };

    JournalFile() = default;
    ~JournalFile();

    /// Opens the existing file at @p path for reading and writing (never truncated) and locks it.
    Result openExisting(const QString &path);
    /// Opens @p path for reading only, unlocked: a journal another run is writing may be read.
    Result openForReading(const QString &path);
    /// Creates a new, empty, locked file only its owner may read, under a unique name in the folder
    /// of @p finalPath; publish() gives it that name.
    Result createTemporary(const QString &finalPath);
    /// Gives the temporary file its final name; replaces a file there only when @p replace.
    Result publish(bool replace);

    /// Writes @p data at the end: all of it, or nothing (a short write is cut off again).
    bool append(const QByteArray &data);
    /// Asks the system to put what was written on the disk.
    bool sync();
    /// The last @p count bytes (fewer if the file is shorter).
    QByteArray tail(int count);
    /// For reading the whole file with QFile::open(int, ...); do not close it.
    int handle() const { return m_fd; }
    qint64 size() const { return m_size; }

    bool isOpen() const { return m_fd >= 0; }
    /// The final path, also while the file is still temporary.
    const QString &path() const { return m_path; }
    /// Why the last operation failed, in the system's words ("No space left on device").
    const QString &errorString() const { return m_error; }
    /// The last operation failed because the disk (or the user's quota on it) is full.
    bool noSpaceLeft() const { return m_noSpaceLeft; }
    /// Closes and unlocks; a temporary file that was not published is removed.
    void close();

    /// Whether anything, even a dangling symbolic link, is at @p path.
    static bool exists(const QString &path);

private:
    Result open(const QString &path, bool write);
    Result lock();
    bool fail(int code);

    int m_fd = -1;
    qint64 m_size = 0; ///< Up to the end of the last complete append.
    QString m_path;
    QString m_temporaryPath; ///< Set until publish().
    QString m_error;
    bool m_noSpaceLeft = false;
};

} // namespace attendance
