// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTemporaryDir>

namespace attendance::gui {

class MainWindow;

/// Walks the demo account through every step with a generated sample file and saves each page
/// as PNG (1-connect ... 5-results, "-es" in Spanish), for the README and for reviewing the
/// layout. Run by the attendance-screenshots tool (src/tools/screenshots), not by the app.
/// Event-driven like a person clicking: it waits on signals, never in a nested loop.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent = nullptr);

    void start();
    /// Writes the sample spreadsheet the tour opens; returns its path.
    static QString writeSampleFile(const QString &directory, bool spanish);

Q_SIGNALS:
    void finished(bool ok);

private:
    void grab(const QString &name);
    void afterConnected();
    void afterEventChosen();
    void afterFileLoaded(bool ok);
    void onProgress(int done, int total);
    void afterSent(bool running);
    void fail(const QString &why);

    QPointer<MainWindow> m_window;
    QString m_directory;
    QString m_suffix;
    QTemporaryDir m_temp;
    bool m_grabbedProgress = false;
};

} // namespace attendance::gui
