// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"

#include <QDir>

namespace attendance::test {

QString dataPath(const QString &relative)
{
    const QString root
        = qEnvironmentVariable("ATTENDANCE_TEST_DATA", QStringLiteral(ATTENDANCE_TEST_DATA_DIR));
    return QDir(root).absoluteFilePath(relative);
}

} // namespace attendance::test
