// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/ColumnTarget.h"

#include <QMenu>
#include <optional>

class QActionGroup;

namespace attendance::gui {

/// Where one column goes: Email, the date of registration or attendance, a contact property
/// (the common ones, or any internal name), joined / left at (Attended only), or nowhere.
/// The current target is checked. Actions have object names ("emailTarget", ...) for tests.
/// The menu deletes itself once closed, so it asks nothing itself: "Other…" only says it was
/// chosen, and the owner asks for the property's name after the menu is gone.
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
    /// Asks for a contact property's internal name, @p current's offered first. nullopt when
    /// cancelled or not a valid name (then the person was told why).
    static std::optional<ColumnTarget> askForProperty(QWidget *parent, const ColumnTarget &current);

Q_SIGNALS:
    void targetChosen(const attendance::ColumnTarget &target);
    /// "Other…" was chosen: the owner asks for an internal property name (askForProperty()).
    void otherPropertyRequested();

private:
    QAction *addTarget(
        QMenu *menu, const QString &text, const ColumnTarget &target, const QString &objectName);

    ColumnTarget m_current;
    QActionGroup *m_group;
};

} // namespace attendance::gui
