// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Settings.h"

#include <QSettings>
#include <QStandardPaths>

namespace attendance::gui {

namespace {

// Keys in one place; none of them may ever hold a secret.
constexpr QLatin1StringView ApiVersionKey("connection/apiVersion");
constexpr QLatin1StringView ServerKey("connection/serverAddress");
constexpr QLatin1StringView RememberKey("connection/rememberTokenInKeychain");
constexpr QLatin1StringView LastEventKey("event/lastEventId");
constexpr QLatin1StringView GeometryKey("window/geometry");
constexpr QLatin1StringView FolderKey("files/lastFolder");
constexpr QLatin1StringView ColumnChoicesGroup("columnChoices");
constexpr QLatin1StringView ContactsOnlyKey("send/existingContactsOnly");

} // namespace

ApiVersion Settings::apiVersion()
{
    return apiVersionFromString(QSettings().value(ApiVersionKey).toString())
        .value_or(ApiVersion::V3);
}

void Settings::setApiVersion(ApiVersion version)
{
    QSettings().setValue(ApiVersionKey, toString(version));
}

QUrl Settings::defaultServerAddress()
{
    return ClientConfig().baseUrl;
}

QUrl Settings::serverAddress()
{
    const QUrl url(QSettings().value(ServerKey).toString(), QUrl::StrictMode);
    return url.isValid() && !url.isEmpty() ? url : defaultServerAddress();
}

void Settings::setServerAddress(const QUrl &url)
{
    QSettings settings;
    if (url == defaultServerAddress())
        settings.remove(ServerKey);
    else
        settings.setValue(ServerKey, url.toString());
}

QString Settings::lastEventId()
{
    return QSettings().value(LastEventKey).toString();
}

void Settings::setLastEventId(const QString &objectId)
{
    QSettings().setValue(LastEventKey, objectId);
}

QByteArray Settings::windowGeometry()
{
    return QSettings().value(GeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(GeometryKey, geometry);
}

QString Settings::lastFolder()
{
    const QString folder = QSettings().value(FolderKey).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : folder;
}

void Settings::setLastFolder(const QString &folder)
{
    QSettings().setValue(FolderKey, folder);
}

QHash<QString, QStringList> Settings::columnChoices()
{
    QSettings settings;
    settings.beginGroup(ColumnChoicesGroup);
    QHash<QString, QStringList> all;
    const QStringList keys = settings.childKeys();
    for (const QString &key : keys)
        all.insert(key, settings.value(key).toStringList());
    return all;
}

void Settings::setColumnChoices(const QString &key, const QStringList &choices)
{
    QSettings settings;
    settings.beginGroup(ColumnChoicesGroup);
    settings.setValue(key, choices);
}

void Settings::removeColumnChoices(const QString &key)
{
    QSettings settings;
    settings.beginGroup(ColumnChoicesGroup);
    settings.remove(key);
}

bool Settings::rememberToken()
{
    return QSettings().value(RememberKey, false).toBool();
}

void Settings::setRememberToken(bool remember)
{
    QSettings().setValue(RememberKey, remember);
}

bool Settings::existingContactsOnly()
{
    return QSettings().value(ContactsOnlyKey, false).toBool();
}

void Settings::setExistingContactsOnly(bool only)
{
    QSettings().setValue(ContactsOnlyKey, only);
}

} // namespace attendance::gui
