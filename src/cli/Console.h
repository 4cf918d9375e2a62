// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace attendance::cli {

/// Writes UTF-8 text to stdout / stderr. stdout carries only results (a table or JSON) so it can be
/// piped; everything meant for the person at the terminal goes to stderr.
class Console final
{
public:
    Console() = delete;

    static void out(const QString &text); ///< Appends a newline when text lacks one.
    static void err(const QString &text); ///< Appends a newline when text lacks one.
    static void outBytes(const QByteArray &bytes); ///< As is, e.g. a JSON document.
    static bool stderrIsTerminal();
    static bool stdinIsTerminal();
};

} // namespace attendance::cli
