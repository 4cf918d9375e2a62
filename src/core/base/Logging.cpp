// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

Q_LOGGING_CATEGORY(lcNet, "attendance.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "attendance.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSend, "attendance.send", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "attendance.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "attendance.ui", QtInfoMsg)
