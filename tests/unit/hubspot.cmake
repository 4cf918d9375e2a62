# SPDX-License-Identifier: GPL-3.0-or-later
attendance_add_test(NAME TestApiConfig SOURCES TestApiConfig.cpp LIBS attendance_core LABELS unit)
attendance_add_test(NAME TestApiError SOURCES TestApiError.cpp LIBS attendance_core LABELS unit)
attendance_add_test(NAME TestBatchResponse SOURCES TestBatchResponse.cpp LIBS attendance_core LABELS unit)
