// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace attendance::cli {

/// Where the access token comes from: --token-stdin, then --token-file, then the environment.
/// Never from argv (CliOptions refuses that). The token is cleaned with cleanToken() and is never
/// part of a message.
class TokenSource final
{
public:
    struct Result
    {
        QString token; ///< Empty when none was found or it was unusable.
        QString error; ///< Plain-language problem; the token itself is never quoted.
        QStringList warnings;
    };

    TokenSource() = delete;

    static QString environmentVariable(); ///< HUBSPOT_ACCESS_TOKEN
    /// input is standard input; only read with --token-stdin.
    static Result read(const GlobalOptions &options, QIODevice *input);
    /// What to do when there is no token at all.
    static QString missingTokenMessage();
};

} // namespace attendance::cli
