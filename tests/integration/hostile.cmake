# SPDX-License-Identifier: GPL-3.0-or-later
# Inputs that are not ordinary files (/dev/zero, a FIFO with a writer, a file cut short while it is
# read) and CSV files past the limits, given to the real CLI and to the GUI's FileLoader.
attendance_add_test(NAME TestHostileInput SOURCES TestHostileInput.cpp
    LIBS attendance_gui attendance_sim attendance_core LABELS integration TIMEOUT 300)
add_dependencies(TestHostileInput attendance-importer-cli)
target_compile_definitions(TestHostileInput PRIVATE CLI_PATH="$<TARGET_FILE:attendance-importer-cli>")
