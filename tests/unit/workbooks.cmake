# SPDX-License-Identifier: GPL-3.0-or-later
# Workbook readers (.xlsx, .ods, .xls) and the reader that picks the format. The tests build small
# workbooks in memory with QuaZip (WorkbookFixture.h) for limits and damage. QuaZip::QuaZip is
# already global (src/core/spreadsheet): a second find_package would fail to promote it again.
attendance_add_test(NAME TestXlsxReader SOURCES TestXlsxReader.cpp WorkbookFixture.h
    LIBS attendance_core QuaZip::QuaZip LABELS unit)
attendance_add_test(NAME TestOdsReader SOURCES TestOdsReader.cpp WorkbookFixture.h
    LIBS attendance_core QuaZip::QuaZip LABELS unit)
attendance_add_test(NAME TestXlsReader SOURCES TestXlsReader.cpp LIBS attendance_core LABELS unit)
attendance_add_test(NAME TestSpreadsheetReader SOURCES TestSpreadsheetReader.cpp WorkbookFixture.h
    LIBS attendance_core QuaZip::QuaZip LABELS unit)
