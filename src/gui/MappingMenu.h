// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/ColumnTarget.h"

#include <QMenu>

class QActionGroup;

namespace attendance::gui {

/// Where one column goes: Email, the date of registration or attendance, a contact property
/// (the common ones, or any internal name), joined / left at (Attended only), or nowhere.
/// The current target is checked. Actions have object names ("emailTarget", ...) for tests.
class MappingMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingMenu)

public:
    /// @p attended enables the join and leave times, which HubSpot records for attendance only.
    MappingMenu(const QString &columnName, const ColumnTarget &current, bool attended,
        QWidget *parent = nullptr);

    /// How a target reads in the menu and in notes: "Email", "Contact property: company", ...
    static QString targetName(const ColumnTarget &target);

Q_SIGNALS:
    void targetChosen(const attendance::ColumnTarget &target);

private:
    QAction *addTarget(
        QMenu *menu, const QString &text, const ColumnTarget &target, const QString &objectName);
    void askForProperty();

    ColumnTarget m_current;
    QActionGroup *m_group;
};

} // namespace attendance::gui
