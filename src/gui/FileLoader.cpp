// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileLoader.h"

#include "Logging.h"
#include "spreadsheet/CsvReader.h"

#include <QFileInfo>
#include <QtConcurrent>

namespace attendance::gui {

FileLoader::FileLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<LoadedFile>::finished, this, [this] {
        Q_EMIT loadingChanged(false);
        Q_EMIT loaded(m_watcher.result());
    });
}

FileLoader::~FileLoader()
{
    // The worker holds no pointer to us; waiting keeps the thread pool tidy at exit.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

QString FileLoader::unsupportedReason(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv" || suffix == u"tsv" || suffix == u"txt")
        return {};
    if (suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xls" || suffix == u"ods")
        return tr(
            "Excel and LibreOffice files come in the next version; save the sheet as CSV (UTF-8) "
            "meanwhile.");
    return tr("This kind of file cannot be read. Open a CSV file (.csv, .tsv or .txt): in Excel or "
              "LibreOffice, use File › Save As › CSV (UTF-8).");
}

LoadedFile FileLoader::loadFile(const QString &path)
{
    LoadedFile file;
    file.path = path;
    file.error = unsupportedReason(path);
    if (!file.ok())
        return file;
    file.read = CsvReader::readFile(path);
    if (!file.read.ok()) {
        file.error = file.read.error;
        return file;
    }
    file.plan.file = path;
    QString planError;
    if (!buildImportPlan(file.read.sheet, ImportOptions {}, &file.plan, &planError)) {
        // The core message speaks of --map, which means nothing here.
        file.error = file.plan.mapping.emailColumn() < 0
            ? tr("No column in this file holds email addresses. Check that one column has the "
                 "people's email addresses (for example “Email” or “Correo”), then open the file "
                 "again.")
            : planError;
        return file;
    }
    file.preview = PreviewModel::previewRows(file.read.sheet, file.plan);
    return file;
}

void FileLoader::load(const QString &path)
{
    qCInfo(lcImport) << "reading" << QFileInfo(path).fileName();
    m_watcher.setFuture(QtConcurrent::run(&FileLoader::loadFile, path));
    Q_EMIT loadingChanged(true);
}

} // namespace attendance::gui
