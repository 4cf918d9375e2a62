// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace attendance::gui {

/// Every modal question the app asks goes through here, so GUI tests can pre-answer it
/// (after KeePassXC's MessageBox::setNextAnswer). A pre-answer is used once, by the next call
/// of that kind, and nothing is shown.
class Dialogs final
{
public:
    Dialogs() = delete;

    /// Asks a yes/no question; true when the person chose @p acceptLabel. Escape cancels.
    static bool confirm(
        QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel);
    /// As confirm(), with a check box labelled @p checkLabel under the text: *checked gives its
    /// state when shown and receives it when the person accepts.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
        const QString &acceptLabel, const QString &checkLabel, bool *checked);
    /// A file to open; empty when cancelled. @p filter uses QFileDialog's syntax.
    static QString openFileName(
        QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    /// A file to write; empty when cancelled. @p suggestedPath may name a folder or a file.
    static QString saveFileName(QWidget *parent, const QString &caption,
        const QString &suggestedPath, const QString &filter);
    /// A line of text; empty when cancelled.
    static QString getText(
        QWidget *parent, const QString &title, const QString &label, const QString &text = {});
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // Test hooks.
    static void setNextConfirm(bool answer);
    /// The next confirm() with a check box answers with it in this state.
    static void setNextCheck(bool checked);
    /// The check box label of the last confirm() that had one.
    static QString lastCheckLabel();
    static void setNextOpenFileName(const QString &path);
    static void setNextSaveFileName(const QString &path);
    static void setNextText(const QString &text);
    /// While on, information() and warning() show nothing.
    static void setMessagesSuppressed(bool suppressed);
    /// The text of the last confirm(), information() or warning(), answered or shown.
    static QString lastMessage();
};

} // namespace attendance::gui
