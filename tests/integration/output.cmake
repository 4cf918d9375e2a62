# SPDX-License-Identifier: GPL-3.0-or-later
# What the real attendance-importer-cli prints and writes: control characters from cells and
# event names escaped, an owner-only --results file, and a second Ctrl-C while requests hang.
attendance_add_test(NAME TestCliOutput SOURCES TestCliOutput.cpp LIBS attendance_sim attendance_core LABELS integration)
add_dependencies(TestCliOutput attendance-importer-cli)
target_compile_definitions(TestCliOutput PRIVATE CLI_PATH="$<TARGET_FILE:attendance-importer-cli>")
