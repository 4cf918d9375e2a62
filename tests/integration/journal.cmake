# SPDX-License-Identifier: GPL-3.0-or-later
# import --journal / --resume: the real attendance-importer-cli, killed, interrupted and refused a
# token mid-import by a test that runs the simulator, then resumed from its journal.
attendance_add_test(NAME TestCliJournal SOURCES TestCliJournal.cpp LIBS attendance_sim attendance_core LABELS integration)
add_dependencies(TestCliJournal attendance-importer-cli)
target_compile_definitions(TestCliJournal PRIVATE CLI_PATH="$<TARGET_FILE:attendance-importer-cli>")
