# SPDX-License-Identifier: GPL-3.0-or-later
# The HubSpot simulator over real loopback HTTP.
attendance_add_test(NAME TestSimulator SOURCES TestSimulator.cpp LIBS attendance_sim LABELS integration)
attendance_add_test(NAME TestSimulatorFaults SOURCES TestSimulatorFaults.cpp LIBS attendance_sim LABELS integration)
attendance_add_test(NAME TestContactsRoute SOURCES TestContactsRoute.cpp LIBS attendance_sim LABELS integration)
