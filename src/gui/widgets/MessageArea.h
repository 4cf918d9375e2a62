// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace attendance::gui {

/// An inline message (after KMessageWidget): says what happened and what to do, stays until the
/// next action, and never blocks like a modal box. Hidden while empty.
class MessageArea final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageArea)

public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit MessageArea(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clear();

    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Information;
};

} // namespace attendance::gui
