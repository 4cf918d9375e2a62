// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/MessageArea.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>

namespace attendance::gui {

namespace {

struct Look
{
    const char *background;
    const char *border;
    const char *text;
    const char *icon;
};

// Fixed light tints with dark text: readable (WCAG AA) on light and dark desktop themes alike.
Look lookFor(MessageArea::Kind kind)
{
    switch (kind) {
    case MessageArea::Kind::Information:
        return {"#e8f1fb", "#b6d4f2", "#0d3c61", ""};
    case MessageArea::Kind::Positive:
        return {"#edf7ed", "#b7dfb9", "#1e4620", ":/icons/ui/ok.svg"};
    case MessageArea::Kind::Warning:
        return {"#fff4e5", "#ffd8a8", "#663c00", ":/icons/ui/warning.svg"};
    case MessageArea::Kind::Error:
        return {"#fdecea", "#f5c2c0", "#611a15", ":/icons/ui/error.svg"};
    }
    return {"#e8f1fb", "#b6d4f2", "#0d3c61", ""};
}

} // namespace

MessageArea::MessageArea(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    layout->setContentsMargins(margin, margin * 2 / 3, margin, margin * 2 / 3);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    // People copy error texts (and HubSpot correlation ids) into support tickets.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusProxy(m_text);
    hide();
}

void MessageArea::showMessage(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    const Look look = lookFor(kind);
    if (objectName().isEmpty())
        setObjectName(QStringLiteral("messageArea"));
    setStyleSheet(QStringLiteral(
        "QFrame#%1 { background-color: %2; border: 1px solid %3; border-radius: 4px; }"
        "QLabel { color: %4; background: transparent; border: none; }")
                      .arg(objectName(), QLatin1StringView(look.background),
                          QLatin1StringView(look.border), QLatin1StringView(look.text)));
    const int iconSize = fontMetrics().height();
    if (*look.icon != '\0') {
        m_icon->setPixmap(QIcon(QLatin1StringView(look.icon))
                              .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
        m_icon->show();
    } else {
        m_icon->clear();
        m_icon->hide();
    }
    m_text->setText(text);
    setAccessibleName(text);
    show();
    if (kind == Kind::Error || kind == Kind::Warning) {
        // Screen readers announce it without the person having to find it.
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void MessageArea::clear()
{
    m_text->clear();
    setAccessibleName({});
    hide();
}

QString MessageArea::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace attendance::gui
