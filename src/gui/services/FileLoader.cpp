// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/FileLoader.h"

#include "Logging.h"
#include "pipeline/ImportPipeline.h"

#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

namespace attendance::gui {

namespace {

// Reading reports on a 0..ReadScale range; checking has no measurable end, and says so with an
// empty range (which, unlike a progress value, is never throttled away).
constexpr int ReadScale = 1000;

/// buildImportPlan() three times at most: once to learn the headers, once more without the
/// request's choices when the file, read again, has other columns than they named, once more
/// with choices that a previous file with the same headers left.
bool planWith(const LoadRequest &request, ImportOptions options, LoadedFile *file, QString *error)
{
    file->choices = request.choices;
    file->choicesSaved = request.choicesSaved && !request.choices.isEmpty();
    options.columnChoices = file->choices;
    bool ok = ImportPipeline::plan(
        *file->workbook, file->sheet, options, request.path, &file->plan, error);
    if (!file->choices.isEmpty() && !request.headers.isEmpty()
        && file->plan.headers.size() != request.headers.size()) {
        // Read again in another encoding, the table has other columns than the ones the
        // choices named: detection decides (or remembered choices for these headers).
        file->choices.clear();
        file->choicesSaved = false;
        options.columnChoices.clear();
        error->clear();
        ok = ImportPipeline::plan(
            *file->workbook, file->sheet, options, request.path, &file->plan, error);
    }
    if (!file->choices.isEmpty() || file->plan.headerRow <= 0 || request.saved.isEmpty())
        return ok;
    const auto saved = request.saved.constFind(ColumnChoices::key(file->plan.headers));
    if (saved == request.saved.cend())
        return ok;
    file->choices = saved.value();
    file->choicesSaved = true;
    options.headerRow = file->plan.headerRow;
    options.columnChoices = file->choices;
    error->clear();
    return ImportPipeline::plan(
        *file->workbook, file->sheet, options, request.path, &file->plan, error);
}

/// As planWith(); by status without a status column to go by (the column was mapped to
/// something else, or another file has none), the state chosen for everyone instead.
bool plan(const LoadRequest &request, LoadedFile *file, QString *error)
{
    const bool ok = planWith(request, request.import, file, error);
    if (ok || request.import.state != SubscriberState::ByStatus || file->plan.headers.isEmpty()
        || file->plan.mapping.columnFor(ColumnTarget::Kind::Status) >= 0)
        return ok;
    ImportOptions options = request.import;
    options.state = request.stateWithoutStatus;
    file->request.import.state = options.state;
    file->byStatusDropped = true;
    error->clear();
    return planWith(request, options, file, error);
}

} // namespace

FileLoader::FileLoader(QObject *parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    // Two threads: a superseded job may still be finishing its plan while the next one reads.
    m_pool.setMaxThreadCount(2);
    connect(&m_watcher, &QFutureWatcher<LoadedFile>::finished, this, [this] {
        const LoadedFile file = m_watcher.result();
        m_loading = false;
        Q_EMIT loadingChanged(false);
        Q_EMIT loaded(file);
    });
    connect(&m_watcher, &QFutureWatcher<LoadedFile>::progressRangeChanged, this,
        [this](int, int maximum) {
            Q_EMIT progressChanged(maximum > 0 ? Stage::Reading : Stage::Checking, -1);
        });
    connect(&m_watcher, &QFutureWatcher<LoadedFile>::progressValueChanged, this, [this](int value) {
        if (m_watcher.progressMaximum() > 0 && value > 0)
            Q_EMIT progressChanged(Stage::Reading, value);
    });
}

FileLoader::~FileLoader()
{
    // Workers hold no pointer to us, but waiting keeps them from outliving the application.
    m_watcher.disconnect(this);
    m_cancelled->store(true);
    m_pool.waitForDone();
}

void FileLoader::load(const LoadRequest &request)
{
    qCInfo(lcImport) << "reading" << QFileInfo(request.path).fileName();
    start(request, {});
}

void FileLoader::replan(const LoadRequest &request, const std::shared_ptr<const Workbook> &workbook)
{
    start(request, workbook);
}

void FileLoader::cancel()
{
    m_cancelled->store(true);
}

void FileLoader::start(const LoadRequest &request, const std::shared_ptr<const Workbook> &workbook)
{
    // Each job has its own flag: cancelling the superseded one must not cancel this one.
    m_cancelled->store(true);
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const bool wasLoading = std::exchange(m_loading, true);
    auto job = [](QPromise<LoadedFile> &promise, const LoadRequest &request,
                   std::shared_ptr<const Workbook> workbook,
                   const std::shared_ptr<std::atomic_bool> &cancelled) {
        ReadControl control;
        control.cancelled = cancelled.get();
        LoadedFile file;
        if (!workbook) {
            promise.setProgressRange(0, ReadScale);
            control.progress = [&promise](qint64 done, qint64 total) {
                if (total > 0)
                    promise.setProgressValue(
                        int(std::clamp<qint64>(done * ReadScale / total, 0, ReadScale)));
            };
            workbook = readWorkbook(request, control, &file);
        }
        if (workbook) {
            promise.setProgressRange(0, 0);
            planWorkbook(request, workbook, control, &file);
        }
        promise.addResult(std::move(file));
    };
    m_watcher.setFuture(QtConcurrent::run(&m_pool, job, request, workbook, m_cancelled));
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

std::shared_ptr<const Workbook> FileLoader::readWorkbook(
    const LoadRequest &request, const ReadControl &control, LoadedFile *file)
{
    file->request = request;
    // With the SHA-256 of the bytes read: the journal of a run records it.
    Workbook read = ImportPipeline::read(request.path, request.csv, control, true);
    if (read.cancelled || control.isCancelled()) {
        file->cancelled = true;
        return {};
    }
    if (!read.ok()) {
        file->error = read.error;
        return {};
    }
    return std::make_shared<const Workbook>(std::move(read));
}

void FileLoader::planWorkbook(const LoadRequest &request,
    const std::shared_ptr<const Workbook> &workbook, const ReadControl &control, LoadedFile *file)
{
    file->request = request;
    file->workbook = workbook;
    if (request.sheet < 0) {
        file->sheetChoice = ImportPipeline::chooseSheet(*workbook);
        file->sheet = file->sheetChoice->index;
    } else {
        file->sheet = std::clamp(request.sheet, 0, int(workbook->sheets.size()) - 1);
    }
    const Sheet &sheet = workbook->sheets.at(file->sheet);

    QString planError;
    const bool planned = plan(request, file, &planError);
    if (control.isCancelled()) {
        file->cancelled = true;
        return;
    }
    if (!planned) {
        if (file->plan.headers.isEmpty()) {
            file->error = sheet.rowCount() == 0 ? tr("The sheet “%1” is empty.").arg(sheet.name)
                                                : planError;
            return;
        }
        // Where to choose the email column, in this window's words, and which sheets have one.
        if (file->plan.mapping.emailColumn() < 0) {
            file->planError = tr("No column of this sheet holds email addresses. Click the header "
                                 "of the column with the people's email addresses and choose "
                                 "“Email”.");
            const QString hint = ImportPipeline::emailSheetsHint(*workbook, file->sheet);
            if (!hint.isEmpty())
                file->planError += u' ' + hint;
        } else {
            file->planError = planError;
        }
    }
    file->preview = PreviewModel::previewRows(sheet, file->plan);
    file->withoutDate
        = int(std::count_if(file->plan.attendees.cbegin(), file->plan.attendees.cend(),
            [](const Attendee &a) { return !a.interactionDateTime.has_value(); }));
}

LoadedFile FileLoader::loadFile(const LoadRequest &request,
    std::shared_ptr<const Workbook> workbook, const ReadControl &control)
{
    LoadedFile file;
    if (!workbook)
        workbook = readWorkbook(request, control, &file);
    if (workbook)
        planWorkbook(request, workbook, control, &file);
    return file;
}

} // namespace attendance::gui
