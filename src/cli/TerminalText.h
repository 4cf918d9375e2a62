// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace attendance::cli {

/// Text from outside - spreadsheet cells, file names, HubSpot's event names and messages - made
/// harmless to print on a terminal. A cell holding "\x1b]0;title\x07" would otherwise retitle
/// the window, hide what follows or, on some terminals, answer with keystrokes of its own; a
/// right-to-left override would show "gpj.exe" as "exe.jpg".
///
/// Replaced by a visible escape: the C0 controls and DEL (\x1b, \x07; \t, \r and \n by name),
/// the C1 controls U+0080-U+009F (\u009b is a CSI on many terminals), the bidirectional
/// formatting marks and overrides (\u202e) and the Unicode line and paragraph separators.
/// Everything else - accents, other scripts, emoji with their joiners - is left as it is. A
/// backslash is not escaped, so a Windows path stays readable; escaping twice changes nothing.
class TerminalText final
{
public:
    TerminalText() = delete;

    enum class Breaks {
        Keep, ///< '\n' ends a line: a text of several lines of our own, such as --help.
        Escape, ///< One line: a '\n' inside is shown as \n, like a cell's line break.
    };

    static QString printable(QStringView text, Breaks breaks);
    /// A value inside a line, as Console will show it: what a table measures to align its
    /// columns, since an escape is wider than the character it stands for.
    static QString field(QStringView text) { return printable(text, Breaks::Escape); }
    /// The same characters escaped inside a JSON document's strings (as \u009b): the same JSON,
    /// readable by any parser, and harmless when printed. QJsonDocument escapes only C0.
    static QByteArray printableJson(const QByteArray &json);
};

} // namespace attendance::cli
