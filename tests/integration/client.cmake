# SPDX-License-Identifier: GPL-3.0-or-later
attendance_add_test(NAME TestHubSpotClient SOURCES TestHubSpotClient.cpp LIBS attendance_core attendance_sim LABELS integration)
attendance_add_test(NAME TestSendEngine SOURCES TestSendEngine.cpp LIBS attendance_core attendance_sim LABELS integration)
attendance_add_test(NAME TestSendEngineFaults SOURCES TestSendEngineFaults.cpp LIBS attendance_core attendance_sim LABELS integration)
attendance_add_test(NAME TestContactLookup SOURCES TestContactLookup.cpp LIBS attendance_core attendance_sim LABELS integration)
