# SPDX-License-Identifier: GPL-3.0-or-later
# validate --json (the real CLI) against the GUI's file page, for every fixture: same attendees,
# invalid rows and duplicates. The file page needs widgets, hence the offscreen platform.
attendance_add_test(NAME TestParity SOURCES TestParity.cpp
    LIBS attendance_gui_test_support LABELS integration threads TIMEOUT 300)
add_dependencies(TestParity attendance-importer-cli)
target_compile_definitions(TestParity PRIVATE CLI_PATH="$<TARGET_FILE:attendance-importer-cli>")
set_property(TEST TestParity APPEND PROPERTY ENVIRONMENT QT_QPA_PLATFORM=offscreen)
