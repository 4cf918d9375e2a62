// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmarks' peak memory of this process: Linux's VmHWM, and a reset so that the next
// measurement's peak is its own.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace attendance::bench {

/// VmHWM in MiB, or -1 where /proc is not there.
inline double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/// Hands freed memory back (malloc_trim), then resets VmHWM (/proc/self/clear_refs); false where
/// the reset is not possible.
inline bool resetPeakRss()
{
#ifdef __GLIBC__
    malloc_trim(0); // the previous run's memory, so this run's peak is its own
#endif
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace attendance::bench
