# SPDX-License-Identifier: GPL-3.0-or-later
# The real attendance-importer-cli binary, run with QProcess against --demo or a simulator the
# test starts itself.
attendance_add_test(NAME TestCli SOURCES TestCli.cpp LIBS attendance_sim attendance_core LABELS integration)
add_dependencies(TestCli attendance-importer-cli)
target_compile_definitions(TestCli PRIVATE CLI_PATH="$<TARGET_FILE:attendance-importer-cli>")
