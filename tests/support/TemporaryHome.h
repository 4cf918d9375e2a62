// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace attendance::test {

/// A throw-away home: HOME points at a new temporary folder, and XDG_DATA_HOME and
/// XDG_CONFIG_HOME are unset, so settings and journals (QStandardPaths, in test mode too) go there
/// and leave with it, never to the person's own. Make it in main(), before the application object:
/// Qt reads these paths once. HOME is not set back when it goes.
class TemporaryHome final
{
public:
    TemporaryHome();

    bool isValid() const { return !m_path.isEmpty(); }
    /// The folder, canonical (as QDir::homePath() then gives it); empty when none could be made.
    QString path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace attendance::test
