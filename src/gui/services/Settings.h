// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubspot/ApiConfig.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace attendance::gui {

/// Everything the app remembers between runs, in QSettings under the organisation and app name.
/// Deliberately no token here: a token may only ever be stored in the system keychain
/// (TokenStore), and only when the person asks for it.
class Settings final
{
public:
    Settings() = delete;

    static ApiVersion apiVersion();
    static void setApiVersion(ApiVersion version);
    static QUrl serverAddress(); ///< HubSpot's public API address unless changed.
    static void setServerAddress(const QUrl &url);
    static QUrl defaultServerAddress();

    static QString lastEventId();
    static void setLastEventId(const QString &objectId);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);

    static QString lastFolder(); ///< The Documents folder until a file has been opened.
    static void setLastFolder(const QString &folder);

    /// Column choices by header key ("2=contactProperties.company", ...); see ColumnChoices.
    static QHash<QString, QStringList> columnChoices();
    static void setColumnChoices(const QString &key, const QStringList &choices);
    static void removeColumnChoices(const QString &key);

    /// Whether the person asked to keep the token in the keychain (a yes/no, not the token).
    static bool rememberToken();
    static void setRememberToken(bool remember);

    /// The last answer to "only people who are already contacts" on sending: a coordinator who
    /// must not add people to the CRM should not have to remember it each time.
    static bool existingContactsOnly();
    static void setExistingContactsOnly(bool only);
};

} // namespace attendance::gui
