// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace attendance::sim {

/// FNV-1a, 64 bit: unlike qHash it gives the same value on every machine and run, so ids the
/// simulator derives from text are stable across test runs.
constexpr quint64 stableHash(QByteArrayView bytes) noexcept
{
    quint64 hash = 14695981039346656037ULL;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

} // namespace attendance::sim
