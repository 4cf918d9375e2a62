# SPDX-License-Identifier: GPL-3.0-or-later
# bench_csv_pipeline: read + map + validate of a generated 1,000,000-row CSV, against Python's csv
# module (bench_csv_python.py, run by /usr/bin/python3) doing the same trimming and checks; and
# attendance-importer-cli validate --summary as a process, against the same script's process.
add_executable(bench_csv_pipeline bench_csv_pipeline.cpp)
target_link_libraries(bench_csv_pipeline PRIVATE attendance_core attendance_options)
target_compile_definitions(bench_csv_pipeline PRIVATE
    ATTENDANCE_CSV_PYTHON_SCRIPT="${CMAKE_CURRENT_SOURCE_DIR}/bench_csv_python.py"
    ATTENDANCE_CLI_PATH="$<TARGET_FILE:attendance-importer-cli>")
# It runs the command line program too, as a process of its own.
add_dependencies(bench_csv_pipeline attendance-importer-cli)
