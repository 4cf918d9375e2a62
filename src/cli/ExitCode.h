// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubspot/ApiError.h"

namespace attendance::cli {

/// The process exit codes scripts rely on; documented in --help, so never renumber them.
enum ExitCode : int {
    ExitOk = 0, ///< Everything sent succeeded (or, for validate/events, the command worked).
    ExitRowsFailed = 1, ///< Some rows failed, or the run was interrupted.
    ExitUsage = 2, ///< Bad usage or input: nothing was sent.
    ExitAuth = 3, ///< HubSpot refused the token (401) or a permission (403).
    ExitStopped = 4, ///< Another API or network failure stopped the run.
};

/// A request that failed as a whole: the token's fault (3) or anything else (4).
inline ExitCode exitCodeFor(const ApiError &error)
{
    return error.kind == ApiError::Kind::Authentication || error.kind == ApiError::Kind::Permission
        ? ExitAuth
        : ExitStopped;
}

} // namespace attendance::cli
