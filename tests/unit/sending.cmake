# SPDX-License-Identifier: GPL-3.0-or-later
attendance_add_test(NAME TestRetryPolicy SOURCES TestRetryPolicy.cpp LIBS attendance_core LABELS unit)
attendance_add_test(NAME TestRequestPacer SOURCES TestRequestPacer.cpp LIBS attendance_core LABELS unit)
attendance_add_test(NAME TestRunJournal SOURCES TestRunJournal.cpp LIBS attendance_core LABELS unit)
