// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubspot/ApiConfig.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace attendance {

QString toString(ApiVersion version)
{
    return version == ApiVersion::V3 ? QStringLiteral("v3") : QStringLiteral("2026-03");
}

std::optional<ApiVersion> apiVersionFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"v3")
        return ApiVersion::V3;
    if (t == u"2026-03")
        return ApiVersion::V2026_03;
    return std::nullopt;
}

QString ClientConfig::eventsPath() const
{
    return version == ApiVersion::V3 ? QStringLiteral("/marketing/v3/marketing-events")
                                     : QStringLiteral("/marketing/marketing-events/2026-03");
}

QUrl ClientConfig::baseUrlForHublet(const QString &hublet) const
{
    const QString name = hublet.trimmed().toLower();
    static const QRegularExpression valid(QStringLiteral("^[a-z]{2,4}[0-9]{1,2}$"));
    if (!valid.match(name).hasMatch())
        return {};
    if (hubletBaseUrls.contains(name))
        return hubletBaseUrls.value(name);
    const QString host = baseUrl.host().toLower();
    if (host != u"api.hubapi.com" && !(host.startsWith(u"api-") && host.endsWith(u".hubapi.com")))
        return {};
    QUrl url = baseUrl;
    url.setHost(name == u"na1" ? QStringLiteral("api.hubapi.com")
                               : QStringLiteral("api-%1.hubapi.com").arg(name));
    return url;
}

QString cleanToken(const QString &pasted)
{
    QString token = pasted.trimmed();
    // People paste from JSON, shell snippets and docs, so strip quotes of every kind and a scheme
    // prefix; "Bearer Bearer pat-…" is a known cause of 401s (hubspot-api-nodejs#432).
    static const QString quotes = QStringLiteral("\"'`\u201C\u201D\u2018\u2019");
    bool changed = true;
    while (changed && !token.isEmpty()) {
        changed = false;
        if (quotes.contains(token.front())) {
            token.remove(0, 1);
            changed = true;
        }
        if (!token.isEmpty() && quotes.contains(token.back())) {
            token.chop(1);
            changed = true;
        }
        if (token.startsWith(u"Authorization:", Qt::CaseInsensitive)) {
            token = token.mid(14);
            changed = true;
        }
        if (token.startsWith(u"Bearer ", Qt::CaseInsensitive)
            || token.startsWith(u"Bearer\t", Qt::CaseInsensitive)) {
            token = token.mid(7);
            changed = true;
        }
        const QString trimmed = token.trimmed();
        if (trimmed != token) {
            token = trimmed;
            changed = true;
        }
    }
    return token;
}

QString checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("ApiConfig", "The server address is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http") {
        const QString host = url.host().toLower();
        const QHostAddress address(host);
        if (host == u"localhost" || (!address.isNull() && address.isLoopback()))
            return {};
        return QCoreApplication::translate("ApiConfig",
            "Plain http:// is only allowed for this computer (localhost); use https://.");
    }
    return QCoreApplication::translate("ApiConfig", "The server address must start with https://.");
}

} // namespace attendance
