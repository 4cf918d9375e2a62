// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping/ImportPlan.h"
#include "models/PreviewModel.h"
#include "pipeline/ImportPipeline.h"
#include "services/ColumnChoices.h"
#include "spreadsheet/Workbook.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <optional>

namespace attendance::gui {

/// What to read and how to plan it: the file page's choices, in one value a worker can copy.
struct LoadRequest
{
    QString path;
    CsvOptions csv;
    /// Index into the workbook's sheets; -1 = the one ImportPipeline::chooseSheet() chooses.
    int sheet = -1;
    ImportOptions import;
    /// With import.state SubscriberState::ByStatus: the state to plan for instead when no status
    /// column is mapped (the one chosen for everyone).
    std::optional<SubscriberState> stateWithoutStatus;
    /// The person's column choices, applied after detection. They name columns of @p headers
    /// (the header row the person saw), so import.headerRow should name that row. A file read
    /// again (another encoding) keeps them while it has as many columns as @p headers.
    QList<ColumnChoice> choices;
    QStringList headers;
    bool choicesSaved = false; ///< @p choices came from ColumnChoices::saved().
    /// Remembered choices by ColumnChoices::key(); applied when @p choices is empty and the
    /// sheet's headers match one of them.
    QHash<QString, QList<ColumnChoice>> saved;
};

/// A spreadsheet read and turned into a plan, ready for the file page.
struct LoadedFile
{
    LoadRequest request; ///< What produced this; the next re-plan starts from it.
    /// The whole workbook, shared (never copied) between re-plans and threads.
    std::shared_ptr<const Workbook> workbook;
    int sheet = 0;
    /// Why this sheet was read, when the request named none (LoadRequest::sheet was -1).
    std::optional<SheetChoice> sheetChoice;
    ImportPlan plan;
    QList<PreviewRow> preview; ///< PreviewModel::previewRows() of the plan.
    QList<ColumnChoice> choices; ///< The choices applied: the request's or remembered ones.
    bool choicesSaved = false; ///< The choices came from a previous file with these headers.
    /// By status was asked for, but no status column is mapped: planned for
    /// LoadRequest::stateWithoutStatus instead (request.import.state says so).
    bool byStatusDropped = false;
    int withoutDate = 0; ///< Attendees the file gives no interactionDateTime.
    QString error; ///< Plain-language: the file cannot be read, there is no table to show.
    /// Plain-language: the table can be shown, but nothing can be sent yet (no email column).
    QString planError;
    bool cancelled = false;

    bool ok() const { return workbook && error.isEmpty() && !cancelled; }
    bool canSend() const { return ok() && planError.isEmpty(); }
};

/// Reads a file and builds its import plan on a worker thread (QtConcurrent), so a big file
/// never freezes the window; re-plans an already read workbook the same way. The worker
/// touches no widget and no QObject of ours; it reports progress through its QPromise.
class FileLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileLoader)

public:
    /// What the worker is doing, for the progress line.
    enum class Stage { Reading, Checking };
    Q_ENUM(Stage)

    explicit FileLoader(QObject *parent = nullptr);
    ~FileLoader() override;

    /// Reads and plans; a job still running is cancelled and its result dropped.
    void load(const LoadRequest &request);
    /// Plans @p workbook (already read) again with the request's options.
    void replan(const LoadRequest &request, const std::shared_ptr<const Workbook> &workbook);
    /// Stops the running job soon; loaded() then reports a cancelled file.
    void cancel();
    /// From load() or replan() until loaded() has been emitted (the future itself finishes
    /// earlier, on the worker).
    bool isLoading() const { return m_loading; }

    /// The whole job, synchronously: reads (unless @p workbook is given) and plans. Re-entrant:
    /// runs on the worker thread, and in tests that compare the GUI with the CLI.
    static LoadedFile loadFile(const LoadRequest &request,
        std::shared_ptr<const Workbook> workbook = {}, const ReadControl &control = {});

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// @p permille of the current stage, or -1 when the end cannot be known.
    void progressChanged(attendance::gui::FileLoader::Stage stage, int permille);
    void loaded(const attendance::gui::LoadedFile &file);

private:
    void start(const LoadRequest &request, const std::shared_ptr<const Workbook> &workbook);
    /// Null when the file cannot be read; *file then says why.
    static std::shared_ptr<const Workbook> readWorkbook(
        const LoadRequest &request, const ReadControl &control, LoadedFile *file);
    static void planWorkbook(const LoadRequest &request,
        const std::shared_ptr<const Workbook> &workbook, const ReadControl &control,
        LoadedFile *file);

    QThreadPool m_pool;
    QFutureWatcher<LoadedFile> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_loading = false;
};

} // namespace attendance::gui
