# SPDX-License-Identifier: GPL-3.0-or-later
# The send engine against the in-process simulator over real HTTP. Programs that print figures
# and exit non-zero when a goal of issue 4 is missed; not tests.
# bench_send_rate: 20,000 attendees, a 20-per-second window: achieved ÷ allowed rate, 429s.
add_executable(bench_send_rate bench_send_rate.cpp)
target_link_libraries(bench_send_rate PRIVATE attendance_core attendance_sim attendance_test_support attendance_options)
# bench_send_soak: 10% 5xx, 5% hangs, 5% resets: every row succeeds, re-posts are accounted for.
add_executable(bench_send_soak bench_send_soak.cpp)
target_link_libraries(bench_send_soak PRIVATE attendance_core attendance_sim attendance_test_support attendance_options)
# bench_gui_send: the window sends 100,000 rows; the longest event-loop stall.
add_executable(bench_gui_send bench_gui_send.cpp)
target_link_libraries(bench_gui_send PRIVATE attendance_gui attendance_sim attendance_gui_test_support
    attendance_test_support attendance_options)
