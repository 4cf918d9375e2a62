# SPDX-License-Identifier: GPL-3.0-or-later
attendance_add_test(NAME TestResultsExporter SOURCES TestResultsExporter.cpp LIBS attendance_core LABELS unit)
