// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheet/Workbook.h"

#include <QByteArray>
#include <QString>

namespace attendance {

/// The whole content of one input, read once through one open handle: what is sniffed is what
/// is parsed, and a pipe's single writer loses nothing.
///
/// A regular file is read into memory, never memory-mapped (another program cutting the file
/// short would kill a mapping reader with SIGBUS), and its size and modification time are
/// compared before and after: a file that changed while it was read is refused. Anything else
/// that can be opened (a pipe, a character device such as /dev/zero, a terminal) is read as a
/// stream, in chunks, until it ends or passes the limit. Waiting for a pipe's writer can be
/// cancelled through ReadControl. Re-entrant; meant to run on a worker thread.
class InputFile final
{
public:
    enum class Failure {
        None,
        Missing,
        Folder,
        Socket,
        CannotOpen, ///< detail says why (no permission, ...)
        CannotRead, ///< detail says why (an I/O error, ...)
        TooLarge,
        Changed,
        Cancelled,
    };

    struct Result
    {
        QByteArray data;
        Failure failure = Failure::None;
        QString detail; ///< The system's reason, for CannotOpen and CannotRead.

        bool ok() const { return failure == Failure::None; }
    };

    InputFile() = delete;

    /// Reads at most @p maxBytes from @p path; more than that fails with TooLarge as soon as the
    /// size is known or the stream passes it, so memory stays bounded.
    static Result read(const QString &path, qint64 maxBytes, const ReadControl &control = {});

    /// The plain-language message for a spreadsheet that could not be read (the limit being
    /// ReadLimits::MaxInputBytes); empty when nothing failed.
    static QString message(const QString &path, const Result &result);
    /// The input is larger than ReadLimits::MaxInputBytes.
    static QString tooLargeMessage();
};

} // namespace attendance
