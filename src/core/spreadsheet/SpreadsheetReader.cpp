// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"
#include "spreadsheet/CsvReader.h"
#include "spreadsheet/OdsReader.h"
#include "spreadsheet/Workbook.h"
#include "spreadsheet/WorkbookError.h"
#include "spreadsheet/XlsReader.h"
#include "spreadsheet/XlsxReader.h"
#include "spreadsheet/ZipArchive.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryFile>

namespace attendance {

namespace {

enum class Container { Zip, Ole, Other };

Container containerOf(QByteArrayView head)
{
    // A zip starts with a local file header, or with the end record when it is empty.
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return Container::Zip;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Container::Ole;
    return Container::Other;
}

Workbook failed(const QString &format, const QString &error)
{
    Workbook book;
    book.format = format;
    book.error = error;
    return book;
}

/// Decides by the archive's content, never its name: a renamed workbook still reads right.
Workbook readZip(QIODevice *device, const ReadControl &control)
{
    ZipArchive zip(device);
    if (!zip.open())
        return failed(QStringLiteral("xlsx"), zip.error());
    if (zip.entry(QStringLiteral("xl/workbook.xml")))
        return XlsxReader::read(zip, control);
    if (OdsReader::isSpreadsheet(zip))
        return OdsReader::read(zip, control);
    if (zip.entry(QStringLiteral("xl/workbook.bin")))
        return failed(QStringLiteral("xlsx"), WorkbookError::binaryExcel());
    return failed(QString(), WorkbookError::notASpreadsheetZip());
}

Workbook fromCsv(ReadResult &&read, const ReadControl &control)
{
    Workbook book;
    book.format = QStringLiteral("csv");
    book.encoding = read.encoding;
    book.delimiter = read.delimiter;
    book.error = read.error;
    book.cancelled = read.cancelled;
    if (read.ok())
        book.sheets.append(std::move(read.sheet));
    // The CSV reader has no progress of its own yet: report the whole file as one step.
    control.report(1, 1);
    return book;
}

} // namespace

Workbook SpreadsheetReader::read(
    const QString &path, const CsvOptions &csv, const ReadControl &control)
{
    QFile file(path);
    // A file that cannot be opened goes to the CSV reader, whose messages say why (missing,
    // a folder, no permission), the same for every format.
    if (file.open(QIODevice::ReadOnly)) {
        switch (containerOf(file.peek(8))) {
        case Container::Zip:
            return readZip(&file, control);
        case Container::Ole:
            file.close();
            return XlsReader::readFile(path, control);
        case Container::Other:
            break;
        }
        file.close();
    }
    // CsvReader::readFile takes no ReadControl: a CSV is read in one go, without progress or
    // cancellation, and the result is checked for cancellation afterwards.
    Workbook book = fromCsv(CsvReader::readFile(path, csv), control);
    if (control.isCancelled()) {
        book.sheets.clear();
        book.cancelled = true;
        book.error = WorkbookError::cancelled();
    }
    return book;
}

Workbook SpreadsheetReader::readData(
    const QByteArray &data, const CsvOptions &csv, const ReadControl &control)
{
    switch (containerOf(data)) {
    case Container::Zip: {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        return readZip(&buffer, control);
    }
    case Container::Ole: {
        // libfreexl reads files only.
        QTemporaryFile file;
        if (!file.open() || file.write(data) != data.size() || !file.flush())
            return failed(QStringLiteral("xls"), WorkbookError::damagedXls());
        return XlsReader::readFile(file.fileName(), control);
    }
    case Container::Other:
        break;
    }
    return fromCsv(CsvReader::readData(data, csv), control);
}

QString SpreadsheetReader::fileDialogFilter()
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
               "Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.xls)")
        % QStringLiteral(";;")
        % QCoreApplication::translate(
            "attendance::SpreadsheetReader", "CSV and text files (*.csv *.tsv *.txt)")
        % QStringLiteral(";;")
        % QCoreApplication::translate(
            "attendance::SpreadsheetReader", "Excel workbooks (*.xlsx *.xlsm *.xls)")
        % QStringLiteral(";;")
        % QCoreApplication::translate(
            "attendance::SpreadsheetReader", "OpenDocument spreadsheets (*.ods)")
        % QStringLiteral(";;")
        % QCoreApplication::translate("attendance::SpreadsheetReader", "All files (*)");
}

} // namespace attendance
