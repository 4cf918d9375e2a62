// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenSource.h"

#include "Console.h"
#include "hubspot/ApiConfig.h"
#include "spreadsheet/InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace attendance::cli {

namespace {

// A token is well under a kilobyte; the rest of the first line is never looked at.
constexpr qint64 MaxTokenFileBytes = 64 * 1024;

/// The first line that is not blank; tokens are saved with editors that add a final newline.
QString firstNonBlankLine(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return line;
    }
    return {};
}

/// HubSpot tokens are printable ASCII without spaces; anything else means a bad paste, and would
/// also corrupt the Authorization header.
bool looksLikeToken(const QString &token)
{
    for (const QChar c : token) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return !token.isEmpty();
}

TokenSource::Result finish(const QString &raw, const QString &from)
{
    TokenSource::Result result;
    const QString token = cleanToken(raw);
    if (token.isEmpty())
        result.error = u"No access token in %1."_s.arg(from);
    else if (!looksLikeToken(token))
        result.error = u"The access token in %1 contains spaces or characters a HubSpot token "
                       "never has; copy it again from HubSpot."_s.arg(from);
    else
        result.token = token;
    return result;
}

TokenSource::Result fromFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Read once, whole and bounded: a pipe (a password manager writing into a FIFO) is read
    // until its writer closes it, and a wrong path (a huge file, /dev/zero) ends at the limit.
    const InputFile::Result input = InputFile::read(path, MaxTokenFileBytes);
    if (!input.ok()) {
        TokenSource::Result result;
        switch (input.failure) {
        case InputFile::Failure::Missing:
            result.error = u"Could not read the token file '%1': it does not exist."_s.arg(shown);
            break;
        case InputFile::Failure::TooLarge:
            result.error = u"The token file '%1' holds more than %2 KiB, far more than an access "
                           "token; check the path."_s.arg(shown)
                               .arg(MaxTokenFileBytes / 1024);
            break;
        case InputFile::Failure::Changed:
            result.error
                = u"The token file '%1' changed while it was being read; try again."_s.arg(shown);
            break;
        case InputFile::Failure::CannotOpen:
        case InputFile::Failure::CannotRead:
            result.error = u"Could not read the token file '%1': %2."_s.arg(shown, input.detail);
            break;
        case InputFile::Failure::Folder:
            result.error
                = u"Could not read the token file '%1': it is a folder, not a file."_s.arg(shown);
            break;
        case InputFile::Failure::Socket:
        case InputFile::Failure::Cancelled:
        case InputFile::Failure::None:
            result.error = u"Could not read the token file '%1': it is not a file."_s.arg(shown);
            break;
        }
        return result;
    }
    TokenSource::Result result = finish(
        firstNonBlankLine(QString::fromUtf8(input.data)), u"the token file '%1'"_s.arg(shown));
#ifdef Q_OS_UNIX
    // Same rule as ssh for private keys, but a warning only: the token is still the user's choice.
    if (QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
        result.warnings.append(u"Warning: the token file '%1' can be read by other users of this "
                               "computer; restrict it with: chmod 600 '%1'"_s.arg(shown));
    }
#endif
    return result;
}

} // namespace

QString TokenSource::environmentVariable()
{
    return u"HUBSPOT_ACCESS_TOKEN"_s;
}

QString TokenSource::missingTokenMessage()
{
    return u"No HubSpot access token. Set the environment variable HUBSPOT_ACCESS_TOKEN, or use "
           "--token-file PATH (a file holding the token) or --token-stdin (e.g. from a password "
           "manager). Create the token in HubSpot as a private app or service key with the "
           "crm.objects.marketing_events.read and .write scopes (and crm.objects.contacts.read "
           "for --existing-contacts-only). To try the tool without an account, add --demo."_s;
}

TokenSource::Result TokenSource::read(const GlobalOptions &options, QIODevice *input)
{
    if (options.tokenStdin && !options.tokenFile.isEmpty()) {
        Result result;
        result.error = u"Use either --token-file or --token-stdin, not both."_s;
        return result;
    }
    if (options.tokenStdin) {
        if (!input || !input->isReadable()) {
            Result result;
            result.error = u"Could not read the access token from standard input."_s;
            return result;
        }
        // Meant for pipes (a password manager's CLI); a person typing at least needs a prompt.
        if (Console::stdinIsTerminal())
            Console::err(u"Paste the HubSpot access token and press Enter:"_s);
        return finish(QString::fromUtf8(input->readLine(64 * 1024)), u"standard input"_s);
    }
    if (!options.tokenFile.isEmpty())
        return fromFile(options.tokenFile);

    const QString fromEnvironment = qEnvironmentVariable("HUBSPOT_ACCESS_TOKEN");
    if (fromEnvironment.trimmed().isEmpty()) {
        Result result;
        result.error = missingTokenMessage();
        return result;
    }
    return finish(fromEnvironment, environmentVariable());
}

} // namespace attendance::cli
