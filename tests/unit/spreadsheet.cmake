# SPDX-License-Identifier: GPL-3.0-or-later
# Spreadsheet reading and column mapping.
attendance_add_test(NAME TestSheet SOURCES TestSheet.cpp LIBS attendance_core LABELS unit)
attendance_add_test(NAME TestCsvReader SOURCES TestCsvReader.cpp LIBS attendance_core LABELS unit)
attendance_add_test(NAME TestEmailCheck SOURCES TestEmailCheck.cpp LIBS attendance_core LABELS unit)
attendance_add_test(NAME TestStatusColumn SOURCES TestStatusColumn.cpp LIBS attendance_core LABELS unit threads)
attendance_add_test(NAME TestImportPlan SOURCES TestImportPlan.cpp LIBS attendance_core LABELS unit threads)
attendance_add_test(NAME TestDateParsing SOURCES TestDateParsing.cpp LIBS attendance_core LABELS unit)
attendance_add_test(NAME TestHeaderDetection SOURCES TestHeaderDetection.cpp LIBS attendance_core LABELS unit)
attendance_add_test(NAME TestExports SOURCES TestExports.cpp LIBS attendance_core LABELS unit)
