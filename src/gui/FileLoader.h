// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/ImportPlan.h"
#include "mapping/PreviewModel.h"
#include "spreadsheet/Sheet.h"

#include <QFutureWatcher>
#include <QObject>

namespace attendance::gui {

/// A spreadsheet read and turned into a plan, ready for the file page.
struct LoadedFile
{
    QString path;
    ReadResult read; ///< Keeps the sheet: a mapping editor rebuilds the plan from it.
    ImportPlan plan;
    QList<PreviewRow> preview; ///< PreviewModel::previewRows() of the plan.
    QString error; ///< Plain-language; empty when the file can be sent.

    bool ok() const { return error.isEmpty(); }
};

/// Reads a file and builds its import plan on a worker thread (QtConcurrent), so a big file
/// never freezes the window. The worker touches no widget and no QObject of ours.
class FileLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileLoader)

public:
    explicit FileLoader(QObject *parent = nullptr);
    ~FileLoader() override;

    /// Starts reading; a load still running is superseded and its result dropped.
    void load(const QString &path);
    bool isLoading() const { return m_watcher.isRunning(); }

    /// Why this kind of file cannot be opened (yet); empty when it can.
    static QString unsupportedReason(const QString &path);
    /// The whole job, synchronously. Re-entrant: runs on the worker thread.
    static LoadedFile loadFile(const QString &path);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded(const attendance::gui::LoadedFile &file);

private:
    QFutureWatcher<LoadedFile> m_watcher;
};

} // namespace attendance::gui
