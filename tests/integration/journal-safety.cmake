# SPDX-License-Identifier: GPL-3.0-or-later
# import --journal cannot be aimed at something else: journals reached through symbolic and hard
# links, and a disk that is full (a tiny tmpfs the test mounts for the real CLI; skipped, saying
# why, where no tmpfs can be mounted).
attendance_add_test(NAME TestJournalSafety SOURCES TestJournalSafety.cpp LIBS attendance_sim attendance_core LABELS integration)
add_dependencies(TestJournalSafety attendance-importer-cli)
target_compile_definitions(TestJournalSafety PRIVATE CLI_PATH="$<TARGET_FILE:attendance-importer-cli>")
