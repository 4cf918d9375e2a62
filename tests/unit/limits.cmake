# SPDX-License-Identifier: GPL-3.0-or-later
# ReadLimits at their edges for CSV and workbooks, and InputFile (files, devices, FIFOs).
attendance_add_test(NAME TestReadLimits SOURCES TestReadLimits.cpp WorkbookFixture.h
    LIBS attendance_core QuaZip::QuaZip LABELS unit)
