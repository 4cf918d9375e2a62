// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace attendance::cli {

/// Writes UTF-8 text to stdout / stderr. stdout carries only results (a table or JSON) so it can be
/// piped; everything meant for the person at the terminal goes to stderr.
///
/// Every text goes through TerminalText::printable() on its way out, so a control character from
/// a cell, a file name or HubSpot never reaches the terminal raw, whichever command printed it.
class Console final
{
public:
    Console() = delete;

    /// Lines end at '\n'; a newline is appended when text lacks one.
    static void out(const QString &text);
    /// One line per entry, for tables and reports of outside values: a line break inside an
    /// entry (a cell's, an event name's) is shown as \n and cannot shift the lines that follow.
    static void out(const QStringList &lines);
    /// Lines end at '\n'; a newline is appended when text lacks one.
    static void err(const QString &text);
    static void outBytes(const QByteArray &bytes); ///< As is: a JSON document (see JsonOutput).
    static bool stderrIsTerminal();
    static bool stdinIsTerminal();
};

} // namespace attendance::cli
