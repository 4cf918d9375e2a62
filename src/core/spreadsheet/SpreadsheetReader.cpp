// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"
#include "spreadsheet/InputFile.h"
#include "spreadsheet/Workbook.h"
#include "spreadsheet/WorkbookError.h"
#include "spreadsheet/csv/CsvReader.h"
#include "spreadsheet/ods/OdsReader.h"
#include "spreadsheet/xls/XlsReader.h"
#include "spreadsheet/xlsx/XlsxReader.h"
#include "spreadsheet/zip/ZipArchive.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

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
    Workbook book = failed(QString(), WorkbookError::notASpreadsheetZip());
    book.unknownFormat = true;
    return book;
}

Workbook fromCsv(ReadResult &&read, const ReadControl &control)
{
    Workbook book;
    book.format = QStringLiteral("csv");
    book.encoding = read.encoding;
    book.delimiter = read.delimiter;
    book.encodingGuessed = read.encodingGuessed;
    book.error = read.error;
    book.cancelled = read.cancelled;
    book.unknownFormat = read.binary;
    if (read.ok())
        book.sheets.append(std::move(read.sheet));
    // Cancelled at its very end, the CSV reader has nothing left to stop: say so all the same.
    if (control.isCancelled()) {
        book.sheets.clear();
        book.cancelled = true;
        book.error = WorkbookError::cancelled();
    }
    return book;
}

} // namespace

Workbook SpreadsheetReader::read(
    const QString &path, const CsvOptions &csv, const ReadControl &control)
{
    return read(path, csv, control, nullptr);
}

Workbook SpreadsheetReader::read(
    const QString &path, const CsvOptions &csv, const ReadControl &control, QString *sha256)
{
    if (sha256)
        sha256->clear();
    // Opened once and read whole, within the input limit: the container is told from the bytes
    // that are then parsed, so a pipe's single writer loses nothing to a first look, and a file
    // another program changes meanwhile is refused rather than half read.
    InputFile::Result input = InputFile::read(path, ReadLimits::MaxInputBytes, control);
    if (!input.ok()) {
        Workbook book;
        book.error = InputFile::message(path, input);
        book.cancelled = input.failure == InputFile::Failure::Cancelled;
        return book;
    }
    if (sha256) {
        *sha256 = QString::fromLatin1(
            QCryptographicHash::hash(input.data, QCryptographicHash::Sha256).toHex());
    }
    Workbook book = readData(std::move(input.data), csv, control);
    if (book.format == u"csv" && !book.sheets.isEmpty())
        book.sheets.first().name = QFileInfo(path).completeBaseName();
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
    case Container::Ole:
        return XlsReader::readData(data, control);
    case Container::Other:
        break;
    }
    return fromCsv(CsvReader::readData(data, csv, control), control);
}

Workbook SpreadsheetReader::readData(
    QByteArray &&data, const CsvOptions &csv, const ReadControl &control)
{
    if (containerOf(data) != Container::Other)
        return readData(std::as_const(data), csv, control);
    return fromCsv(CsvReader::readData(std::move(data), csv, control), control);
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
