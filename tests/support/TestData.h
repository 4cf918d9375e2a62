// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace attendance::test {

/// Absolute path of a fixture under tests/data (from ATTENDANCE_TEST_DATA set by CTest).
QString dataPath(const QString &relative);

} // namespace attendance::test
