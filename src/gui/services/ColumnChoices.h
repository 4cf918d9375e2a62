// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/ColumnTarget.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace attendance::gui {

/// Column choices remembered between runs, keyed by the file's header row: coordinators import
/// the same export every week, and should make the same choices once. Stored through Settings.
class ColumnChoices final
{
public:
    ColumnChoices() = delete;

    /// The key of a header list: core's headerSignature(), a hash of the normalised header texts,
    /// so "E-mail" and "email" match and no header text is written to the settings file.
    static QString key(const QStringList &headers);
    /// Every remembered list of choices by key (a handful; cheap to hand to a worker).
    static QHash<QString, QList<ColumnChoice>> saved();
    static void save(const QString &key, const QList<ColumnChoice> &choices);
    static void forget(const QString &key);

    /// @p choices with @p choice put last, replacing an earlier choice for the same column.
    static QList<ColumnChoice> with(QList<ColumnChoice> choices, const ColumnChoice &choice);
};

} // namespace attendance::gui
