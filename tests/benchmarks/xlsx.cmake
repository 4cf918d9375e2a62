# SPDX-License-Identifier: GPL-3.0-or-later
# bench_xlsx_read: our .xlsx reader against openpyxl (python3-openpyxl) on a generated workbook.
add_executable(bench_xlsx_read bench_xlsx_read.cpp)
target_link_libraries(bench_xlsx_read PRIVATE attendance_core QuaZip::QuaZip attendance_options)
