// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheet/Sheet.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace attendance {

/// Lets a caller on another thread follow and stop a long read. Readers call progress() now and
/// then (bytes or rows done of total; total may be -1 when unknown) and stop soon after
/// cancelled becomes true, returning a Workbook whose error says it was cancelled.
struct ReadControl
{
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancelled = nullptr;

    bool isCancelled() const { return cancelled && cancelled->load(std::memory_order_relaxed); }
    void report(qint64 done, qint64 total) const
    {
        if (progress)
            progress(done, total);
    }
};

/// Everything read from one file: one sheet for CSV, every sheet of a workbook.
struct Workbook
{
    QString format; ///< "csv", "xlsx", "ods" or "xls".
    QList<Sheet> sheets;
    QString encoding; ///< CSV only: the encoding used.
    QChar delimiter; ///< CSV only: the delimiter used.
    bool encodingGuessed = false; ///< CSV only: see ReadResult::encodingGuessed.
    QString error; ///< Plain-language reason the file could not be read; empty on success.
    QString sha256; ///< Of the bytes read, when the reader was asked for it (hex); else empty.
    bool cancelled = false;
    /// The error is that the content is no format this program reads (binary data, a zip or an
    /// Office file of something else), so a caller may explain it by the file's name instead.
    /// Errors about the file itself (missing, too large, changed while read) never set it.
    bool unknownFormat = false;

    bool ok() const { return error.isEmpty(); }
    /// Index of the sheet with this name (case-insensitive), or -1.
    int sheetIndex(const QString &name) const
    {
        for (int i = 0; i < sheets.size(); ++i) {
            if (sheets.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    }
};

/// Reads any supported spreadsheet: CSV/TSV/TXT, XLSX, ODS (and XLS where supported). The
/// format comes from the file's content, not its name, so a renamed file still reads right.
/// Every limit of ReadLimits applies, to files and to pipes and devices alike.
/// Re-entrant; meant to run on a worker thread.
class SpreadsheetReader final
{
public:
    /// Opens @p path once and reads it whole (see InputFile) before the format is told from the
    /// bytes, so nothing is lost between a first look and the read.
    static Workbook read(
        const QString &path, const CsvOptions &csv = {}, const ReadControl &control = {});
    /// The same, and the SHA-256 (hex) of exactly the bytes that were read in *sha256, so a
    /// journal can recognise the file later without opening it a second time (a pipe could not
    /// be read twice). Empty when the file could not be read.
    static Workbook read(
        const QString &path, const CsvOptions &csv, const ReadControl &control, QString *sha256);
    /// The same for a file's bytes held in memory (sheets from CSV are then unnamed).
    static Workbook readData(
        const QByteArray &data, const CsvOptions &csv = {}, const ReadControl &control = {});
    /// Same, and a CSV file's buffer may become its sheet's text (CsvReader::readData()).
    static Workbook readData(
        QByteArray &&data, const CsvOptions &csv = {}, const ReadControl &control = {});
    /// The file-dialog filter for every supported type.
    static QString fileDialogFilter();
};

} // namespace attendance
