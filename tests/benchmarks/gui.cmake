# SPDX-License-Identifier: GPL-3.0-or-later
# bench_gui_open: the window opens a generated 1,000,000-row CSV; prints the longest event-loop
# stall, the time until the preview shows and the peak memory. A program, not a test.
add_executable(bench_gui_open bench_gui_open.cpp)
target_link_libraries(bench_gui_open PRIVATE attendance_gui attendance_gui_test_support attendance_options)
