# SPDX-License-Identifier: GPL-3.0-or-later
attendance_add_test(NAME TestImportPipeline SOURCES TestImportPipeline.cpp LIBS attendance_core LABELS unit)
