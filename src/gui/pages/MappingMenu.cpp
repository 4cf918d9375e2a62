// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/MappingMenu.h"

#include "Dialogs.h"
#include "mapping/ColumnDetection.h"

#include <QActionGroup>
#include <QHash>

namespace attendance::gui {

namespace {

/// HubSpot's own labels for its default contact properties, so the menu reads like HubSpot.
QString propertyLabel(const QString &name)
{
    static const QHash<QString, const char *> labels {
        {QStringLiteral("firstname"),
            QT_TRANSLATE_NOOP("attendance::gui::MappingMenu", "First name")},
        {QStringLiteral("lastname"),
            QT_TRANSLATE_NOOP("attendance::gui::MappingMenu", "Last name")},
        {QStringLiteral("company"),
            QT_TRANSLATE_NOOP("attendance::gui::MappingMenu", "Company name")},
        {QStringLiteral("jobtitle"),
            QT_TRANSLATE_NOOP("attendance::gui::MappingMenu", "Job title")},
        {QStringLiteral("phone"),
            QT_TRANSLATE_NOOP("attendance::gui::MappingMenu", "Phone number")},
        {QStringLiteral("mobilephone"),
            QT_TRANSLATE_NOOP("attendance::gui::MappingMenu", "Mobile phone number")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("attendance::gui::MappingMenu", "City")},
        {QStringLiteral("state"),
            QT_TRANSLATE_NOOP("attendance::gui::MappingMenu", "State/Region")},
        {QStringLiteral("zip"), QT_TRANSLATE_NOOP("attendance::gui::MappingMenu", "Postal code")},
        {QStringLiteral("country"),
            QT_TRANSLATE_NOOP("attendance::gui::MappingMenu", "Country/Region")},
        {QStringLiteral("website"),
            QT_TRANSLATE_NOOP("attendance::gui::MappingMenu", "Website URL")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("attendance::gui::MappingMenu", "Industry")},
    };
    const char *label = labels.value(name);
    return label ? MappingMenu::tr(label) : QString();
}

} // namespace

MappingMenu::MappingMenu(
    const QString &columnName, const ColumnTarget &current, bool attended, QWidget *parent)
    : QMenu(parent)
    , m_current(current)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("mappingMenu"));
    // Gone once closed; deferred, so a question asked from an action (Other…) still has it.
    connect(this, &QMenu::aboutToHide, this, &QObject::deleteLater);
    setTitle(columnName);
    using Kind = ColumnTarget::Kind;
    addSection(tr("Send “%1” as").arg(columnName));
    addTarget(this, tr("Email"), {Kind::Email, {}}, QStringLiteral("emailTarget"));
    addTarget(this, tr("Date of registration or attendance"), {Kind::InteractionDateTime, {}},
        QStringLiteral("dateTarget"));

    QMenu *properties = addMenu(tr("Contact property"));
    properties->setObjectName(QStringLiteral("propertyMenu"));
    const QStringList common = commonContactProperties();
    bool currentListed = current.kind != Kind::ContactProperty;
    for (const QString &name : common) {
        const QString label = propertyLabel(name);
        addTarget(properties, label.isEmpty() ? name : tr("%1 (%2)").arg(label, name),
            {Kind::ContactProperty, name}, QStringLiteral("property_") + name);
        currentListed = currentListed || name == current.property;
    }
    // A property chosen by hand earlier is offered (and checked) like the common ones.
    if (!currentListed)
        addTarget(
            properties, current.property, current, QStringLiteral("property_") + current.property);
    properties->addSeparator();
    QAction *other = properties->addAction(tr("Other…"));
    other->setObjectName(QStringLiteral("otherPropertyTarget"));
    other->setToolTip(tr("Any contact property, by its internal name (for example hs_language)."));
    // Asking here would run a modal dialog while this menu is being closed and deleted: the
    // owner asks once the menu is gone (see FilePage::showColumnMenu).
    connect(other, &QAction::triggered, this, [this] {
        hide();
        Q_EMIT otherPropertyRequested();
    });

    QAction *joined
        = addTarget(this, tr("Joined at"), {Kind::JoinedAt, {}}, QStringLiteral("joinedTarget"));
    QAction *left
        = addTarget(this, tr("Left at"), {Kind::LeftAt, {}}, QStringLiteral("leftTarget"));
    for (QAction *action : {joined, left}) {
        action->setEnabled(attended || action->isChecked());
        if (!attended)
            action->setToolTip(tr("HubSpot records join and leave times for attendance only."));
    }
    addTarget(this, tr("Full name (split into first and last name)"), {Kind::FullName, {}},
        QStringLiteral("fullNameTarget"));
    QAction *status = addTarget(this, tr("Attendance status (decides who is sent)"),
        {Kind::Status, {}}, QStringLiteral("statusTarget"));
    status->setToolTip(tr("Yes/No, Attended, Checked in, Cancelled…: with Attended, rows that "
                          "say the person did not come are not sent; cancelled rows never are."));
    setToolTipsVisible(true);
    addSeparator();
    addTarget(this, tr("Ignore (not sent)"), {Kind::Ignore, {}}, QStringLiteral("ignoreTarget"));
}

QAction *MappingMenu::addTarget(
    QMenu *menu, const QString &text, const ColumnTarget &target, const QString &objectName)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(objectName);
    action->setCheckable(true);
    action->setChecked(target == m_current);
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, target] {
        hide(); // already so when clicked; not when triggered from the keyboard or a test
        if (target != m_current)
            Q_EMIT targetChosen(target);
    });
    return action;
}

std::optional<ColumnTarget> MappingMenu::askForProperty(
    QWidget *parent, const ColumnTarget &current)
{
    const QString name = Dialogs::getText(parent, tr("Contact property"),
        tr("Internal name of the HubSpot contact property (letters, digits and _):"),
        current.kind == ColumnTarget::Kind::ContactProperty ? current.property : QString());
    if (name.trimmed().isEmpty())
        return std::nullopt;
    std::optional<ColumnTarget> target
        = ColumnTarget::parse(QStringLiteral("contactProperties.") + name.trimmed());
    if (!target) {
        Dialogs::warning(parent, tr("Contact property"),
            tr("“%1” is not an internal property name: use only letters, digits and _ (find it "
               "in HubSpot under Settings › Properties).")
                .arg(name.trimmed()));
    }
    return target;
}

QString MappingMenu::targetName(const ColumnTarget &target)
{
    switch (target.kind) {
    case ColumnTarget::Kind::Ignore:
        return tr("Ignore (not sent)");
    case ColumnTarget::Kind::Email:
        return tr("Email");
    case ColumnTarget::Kind::InteractionDateTime:
        return tr("Date of registration or attendance");
    case ColumnTarget::Kind::ContactProperty:
        return tr("Contact property: %1").arg(target.property);
    case ColumnTarget::Kind::JoinedAt:
        return tr("Joined at");
    case ColumnTarget::Kind::LeftAt:
        return tr("Left at");
    case ColumnTarget::Kind::Status:
        return tr("Attendance status (decides who is sent)");
    case ColumnTarget::Kind::FullName:
        return tr("Full name (split into first and last name)");
    }
    return {};
}

} // namespace attendance::gui
