// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace attendance::gui {

/// Registers the icons compiled into this static library. Safe to call more than once.
void initResources();

/// What every program showing this app's window sets first, on the running QApplication: the
/// app's names (its settings and title), its desktop file name and icon, and the catalogues of
/// the language --lang in the arguments asks for (or the system's). Called before any command
/// line parser, so that --help is already translated.
void setUpApplication();

/// The value of --lang in @p arguments ("--lang es" or "--lang=es"); empty when absent.
/// Read before the command line parser runs, so that --help is already translated.
QString requestedLanguage(const QStringList &arguments);
/// "es" when @p requested is "es", or when nothing is requested and the system's first UI
/// language is Spanish; "en" otherwise.
QString uiLanguage(const QString &requested);
/// Installs this app's and Qt's own catalogues for @p language ("es" or "en") on the running
/// application, and makes dates and numbers follow the language when the system's do not.
void installTranslators(const QString &language);

} // namespace attendance::gui
