// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"

#include <QString>

namespace attendance::cli {

/// The prose of --help: what a command does, what --json prints and the exit codes. Kept apart
/// from the option definitions so the contract scripts depend on reads in one place.
class CommandHelp final
{
public:
    CommandHelp() = delete;

    static QString description(Command command);
};

} // namespace attendance::cli
