// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/WorkbookError.h"

#include <QCoreApplication>

namespace attendance {

// One stable context for every reader, so the Spanish catalogue keeps them together.

QString WorkbookError::cancelled()
{
    return QCoreApplication::translate("attendance::SpreadsheetReader", "Reading was cancelled.");
}

QString WorkbookError::damagedZip()
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "The file is damaged or incomplete: it starts like an Excel (.xlsx) or OpenDocument (.ods) "
        "workbook but cannot be unpacked. Download it again, or open it in Excel or LibreOffice "
        "and save it again.");
}

QString WorkbookError::notASpreadsheetZip()
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "This is a zip archive, not an Excel (.xlsx) or OpenDocument (.ods) spreadsheet. Unpack it "
        "and open the spreadsheet inside.");
}

QString WorkbookError::binaryExcel()
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "This is an Excel binary workbook (.xlsb). Open it in Excel and save it as .xlsx or CSV.");
}

QString WorkbookError::passwordProtected()
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "The workbook is password-protected. Open it in Excel or LibreOffice, save a copy "
        "without the password, and open that copy.");
}

QString WorkbookError::zipBomb()
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "The workbook unpacks to far more data than its size suggests (a zip bomb), so it was not "
        "read. If you trust it, open it in Excel or LibreOffice and save it again.");
}

QString WorkbookError::tooLarge()
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "The workbook unpacks to more than 512 MiB, more than HubSpot imports at once. Split it "
        "into smaller files.");
}

QString WorkbookError::tooManyRows(const QString &sheet)
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "The sheet \"%1\" has more than 6,000,000 rows, more than can be imported at once. Split "
        "it into smaller files.")
        .arg(sheet);
}

QString WorkbookError::tooManyColumns(const QString &sheet)
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "The sheet \"%1\" has more than 16,384 columns, which no spreadsheet program writes. The "
        "file is probably damaged.")
        .arg(sheet);
}

QString WorkbookError::tooManyCells()
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "The workbook holds too much to read at once: more than 40,000,000 cells or 256 million "
        "characters. Delete the sheets and columns you do not need, or split it into smaller "
        "files.");
}

QString WorkbookError::cellTooLong(const QString &sheet, qint64 row, qint64 column)
{
    static_assert(ReadLimits::MaxCellChars == 32'767, "the message names the limit");
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "The cell in row %1, column %2 of sheet \"%3\" holds more than 32,767 characters, more "
        "than a spreadsheet cell can. The file is probably damaged: open it in Excel or "
        "LibreOffice and save it again.")
        .arg(row + 1)
        .arg(column + 1)
        .arg(sheet);
}

QString WorkbookError::textTooLong()
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "The workbook holds a text of more than 32,767 characters, more than a spreadsheet cell "
        "can. The file is probably damaged: open it in Excel or LibreOffice and save it again.");
}

QString WorkbookError::tooDeep(const QString &part)
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "The workbook is damaged: its part %1 is nested more than 64 levels deep.")
        .arg(part);
}

QString WorkbookError::missingPart(const QString &part)
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "The workbook is damaged: its part %1 is missing. Open it in Excel or LibreOffice and save "
        "it again.")
        .arg(part);
}

QString WorkbookError::outOfOrder(const QString &sheet)
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "The workbook is damaged: the cells of sheet \"%1\" are out of order. Open it in Excel or "
        "LibreOffice and save it again.")
        .arg(sheet);
}

QString WorkbookError::damaged(const QString &part, const QString &detail)
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "The workbook is damaged: its part %1 could not be read (%2). Open it in Excel or "
        "LibreOffice and save it again.")
        .arg(part, detail);
}

QString WorkbookError::noSheets()
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "The workbook has no sheets with cells (only charts, or nothing at all).");
}

QString WorkbookError::oldExcel()
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "This is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx "
        "or CSV.");
}

QString WorkbookError::damagedXls()
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "This old Excel file (.xls) could not be read; it may be damaged. Open it in Excel or "
        "LibreOffice and save it as .xlsx or CSV.");
}

QString WorkbookError::xlsFormulas()
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "This old Excel file (.xls) has formulas, and their results cannot be read from this "
        "format. Open it in Excel or LibreOffice and save it as .xlsx or CSV.");
}

QString WorkbookError::notAWorkbook()
{
    return QCoreApplication::translate("attendance::SpreadsheetReader",
        "This is an Office document but not a spreadsheet (a Word or PowerPoint file?), or it is "
        "damaged. Open the spreadsheet in Excel or LibreOffice and save it as .xlsx or CSV.");
}

} // namespace attendance
