// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"

namespace attendance::cli {

/// validate FILE: reads the sheet and shows what import would send. Needs neither a token nor the
/// network, so it runs synchronously, before any event loop.
class ValidateCommand final
{
public:
    ValidateCommand() = delete;

    /// Prints the plan on stdout (problems on stderr) and returns the exit code.
    static int run(const CommandLine &commandLine);
};

} // namespace attendance::cli
