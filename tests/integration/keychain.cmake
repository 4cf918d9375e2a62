# SPDX-License-Identifier: GPL-3.0-or-later
# A real keychain through QtKeychain. `bash .ci/quickstart test` runs it inside a private D-Bus
# session with a throw-away gnome-keyring and sets ATTENDANCE_REQUIRE_KEYCHAIN=1, so CI can never
# skip it; elsewhere it skips when no keychain answers.
attendance_add_test(NAME TestTokenStore SOURCES TestTokenStore.cpp LIBS attendance_gui LABELS integration)
