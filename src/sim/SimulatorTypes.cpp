// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatorTypes.h"

#include "StableHash.h"

namespace attendance::sim {

qint64 contactIdFor(const QString &email)
{
    // Above 2^32 on purpose: real contact ids are, and int32 parsing must fail loudly in tests.
    constexpr qint64 kBase = qint64(1) << 32;
    constexpr quint64 kSpan = 10'000'000'000ULL;
    return kBase + 1 + static_cast<qint64>(stableHash(email.toLower().toUtf8()) % kSpan);
}

} // namespace attendance::sim
