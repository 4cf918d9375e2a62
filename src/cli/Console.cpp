// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include "TerminalText.h"

#include <QByteArray>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace attendance::cli {

namespace {

void write(std::FILE *stream, const QString &text)
{
    QByteArray bytes = TerminalText::printable(text, TerminalText::Breaks::Keep).toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    // Flushed every time: stdout and stderr interleave in the order written when both go to a
    // terminal, and nothing is lost if the process is killed.
    std::fflush(stream);
}

} // namespace

void Console::out(const QString &text)
{
    write(stdout, text);
}

void Console::out(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines)
        text += TerminalText::printable(line, TerminalText::Breaks::Escape) + u'\n';
    write(stdout, text);
}

void Console::outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Console::err(const QString &text)
{
    write(stderr, text);
}

bool Console::stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

bool Console::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

} // namespace attendance::cli
