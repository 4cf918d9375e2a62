// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemporaryHome.h"

#include <QDir>
#include <QFile>

namespace attendance::test {

TemporaryHome::TemporaryHome()
{
    if (!m_dir.isValid())
        return;
    m_path = QDir(m_dir.path()).canonicalPath();
    qputenv("HOME", QFile::encodeName(m_path));
    qunsetenv("XDG_DATA_HOME");
    qunsetenv("XDG_CONFIG_HOME");
}

} // namespace attendance::test
