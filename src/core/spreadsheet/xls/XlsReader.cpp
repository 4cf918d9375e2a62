// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/xls/XlsReader.h"

#include "Logging.h"
#include "spreadsheet/CellText.h"
#include "spreadsheet/InputFile.h"
#include "spreadsheet/SheetBuilder.h"
#include "spreadsheet/WorkbookError.h"
#include "spreadsheet/xls/CompoundFile.h"

#include <QFile>
#include <QTemporaryFile>
#include <QtEndian>
#include <freexl.h>
#include <limits>

namespace attendance {

namespace {

// BIFF record types (Microsoft's [MS-XLS] and the OpenOffice.org "Excel File Format" notes).
constexpr quint16 FilePass = 0x002F;
constexpr quint16 BoundSheet = 0x0085;
constexpr quint16 Formulas[] = {0x0006, 0x0206, 0x0406};
constexpr quint8 WorksheetType = 0x00;

struct BiffFacts
{
    bool encrypted = false;
    bool formulas = false;
    QList<bool> worksheets; ///< Per sheet in workbook order: a worksheet, not a chart or macros.
};

/// Walks the workbook stream's records for what libfreexl does not tell.
BiffFacts scanBiff(const QByteArray &stream)
{
    BiffFacts facts;
    for (qsizetype at = 0; at + 4 <= stream.size();) {
        const quint16 type = qFromLittleEndian<quint16>(stream.constData() + at);
        const quint16 length = qFromLittleEndian<quint16>(stream.constData() + at + 2);
        const char *body = stream.constData() + at + 4;
        if (at + 4 + length > stream.size())
            break;
        if (type == FilePass)
            facts.encrypted = true;
        else if (std::find(std::begin(Formulas), std::end(Formulas), type) != std::end(Formulas))
            facts.formulas = true;
        else if (type == BoundSheet && length >= 6)
            facts.worksheets.append(quint8(body[5]) == WorksheetType);
        at += 4 + length;
    }
    return facts;
}

QString cellText(const FreeXL_CellValue &value)
{
    switch (value.type) {
    case FREEXL_CELL_INT:
        return QString::number(value.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return CellText::number(value.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_TIME:
        return QString::fromUtf8(value.value.text_value);
    case FREEXL_CELL_DATETIME:
        // "YYYY-MM-DD HH:MM:SS" -> ISO 8601, like the other readers.
        return QString::fromUtf8(value.value.text_value).replace(u' ', u'T');
    default:
        return {};
    }
}

/// Closes the libfreexl handle on every path.
struct Handle
{
    const void *handle = nullptr;
    ~Handle()
    {
        if (handle)
            freexl_close(handle);
    }
};

bool readSheets(
    const void *handle, const BiffFacts &facts, const ReadControl &control, Workbook *book)
{
    unsigned int count = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK) {
        book->error = WorkbookError::damagedXls();
        return false;
    }
    // FreeXL numbers sheets with an unsigned short: a larger count is a damaged file, and would
    // make a 16-bit index wrap around instead of reaching it.
    if (count > std::numeric_limits<unsigned short>::max()) {
        book->error = WorkbookError::damagedXls();
        return false;
    }
    QList<unsigned short> sheets;
    qint64 totalRows = 0;
    for (unsigned short index = 0; index < static_cast<unsigned short>(count); ++index) {
        if (index < facts.worksheets.size() && !facts.worksheets.at(index))
            continue;
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_select_active_worksheet(handle, index) != FREEXL_OK
            || freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK) {
            book->error = WorkbookError::damagedXls();
            return false;
        }
        sheets.append(index);
        totalRows += rows;
    }
    WorkbookBudget budget;
    qint64 rowsDone = 0;
    for (const unsigned short index : std::as_const(sheets)) {
        const char *name = nullptr;
        unsigned int rows = 0;
        unsigned short columns = 0;
        freexl_get_worksheet_name(handle, index, &name);
        freexl_select_active_worksheet(handle, index);
        freexl_worksheet_dimensions(handle, &rows, &columns);
        SheetBuilder builder(QString::fromUtf8(name), &budget);
        for (unsigned int row = 0; row < rows; ++row, ++rowsDone) {
            if (control.isCancelled()) {
                book->cancelled = true;
                book->error = WorkbookError::cancelled();
                return false;
            }
            if (row % 1024 == 0)
                control.report(rowsDone, totalRows);
            QStringList cells;
            for (unsigned short column = 0; column < columns; ++column) {
                FreeXL_CellValue value;
                if (freexl_get_cell_value(handle, row, column, &value) != FREEXL_OK) {
                    book->error = WorkbookError::damagedXls();
                    return false;
                }
                // At most 256 columns in this format, but a cell may still be too long.
                if (!builder.setCell(&cells, row, column, cellText(value))) {
                    book->error = builder.error();
                    return false;
                }
            }
            if (!builder.addRow(row, std::move(cells))) {
                book->error = builder.error();
                return false;
            }
        }
        book->sheets.append(builder.take());
    }
    control.report(totalRows, totalRows);
    return true;
}

} // namespace

Workbook XlsReader::readFile(const QString &path, const ReadControl &control)
{
    const InputFile::Result input = InputFile::read(path, ReadLimits::MaxInputBytes, control);
    if (!input.ok()) {
        Workbook book;
        book.format = QStringLiteral("xls");
        book.error = InputFile::message(path, input);
        book.cancelled = input.failure == InputFile::Failure::Cancelled;
        return book;
    }
    return readData(input.data, control);
}

Workbook XlsReader::readData(const QByteArray &data, const ReadControl &control)
{
    Workbook book;
    book.format = QStringLiteral("xls");
    if (data.size() > ReadLimits::MaxInputBytes) {
        book.error = InputFile::tooLargeMessage();
        return book;
    }
    const CompoundFile compound(data);
    if (!compound.isValid()) {
        book.error = WorkbookError::damagedXls();
        return book;
    }
    // Excel and LibreOffice keep a password-protected .xlsx in an OLE2 file too.
    if (compound.hasStream(u"EncryptedPackage")) {
        book.error = WorkbookError::passwordProtected();
        return book;
    }
    QByteArray stream = compound.stream(u"Workbook");
    if (stream.isEmpty())
        stream = compound.stream(u"Book");
    if (stream.isEmpty()) {
        book.error = WorkbookError::notAWorkbook();
        book.unknownFormat = true;
        return book;
    }
    const BiffFacts facts = scanBiff(stream);
    if (facts.encrypted) {
        book.error = WorkbookError::passwordProtected();
        return book;
    }
    if (facts.formulas) {
        book.error = WorkbookError::xlsFormulas();
        return book;
    }

    QTemporaryFile copy;
    if (!copy.open() || copy.write(data) != data.size() || !copy.flush()) {
        qCWarning(lcImport) << "Cannot write a temporary copy of the .xls:" << copy.errorString();
        book.error = WorkbookError::damagedXls();
        return book;
    }
    Handle handle;
    const int opened = freexl_open(QFile::encodeName(copy.fileName()).constData(), &handle.handle);
    if (opened != FREEXL_OK) {
        qCDebug(lcImport) << "freexl_open failed with" << opened;
        book.error = WorkbookError::damagedXls();
        return book;
    }
    unsigned int password = 0;
    if (freexl_get_info(handle.handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK
        && password == FREEXL_BIFF_OBFUSCATED) {
        book.error = WorkbookError::passwordProtected();
        return book;
    }
    if (!readSheets(handle.handle, facts, control, &book))
        book.sheets.clear();
    else if (book.sheets.isEmpty())
        book.error = WorkbookError::noSheets();
    return book;
}

} // namespace attendance
