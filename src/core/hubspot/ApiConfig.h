// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

namespace attendance {

/// Which family of HubSpot paths to call. Both carry the same schemas (reference §9).
enum class ApiVersion { V3, V2026_03 };

QString toString(ApiVersion version); ///< "v3" or "2026-03"
std::optional<ApiVersion> apiVersionFromString(const QString &text);

/// Everything about where and how requests go, set in one place.
struct ClientConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.hubapi.com"));
    ApiVersion version = ApiVersion::V3;
    std::chrono::milliseconds timeout {60000}; ///< Per request, from send to the last byte.
    QByteArray userAgent; ///< Empty = "AttendanceImporter/<version>".
    /// Where each data centre's API lives when it is not api-<hublet>.hubapi.com (tests, proxies).
    QMap<QString, QUrl> hubletBaseUrls;

    /// "/marketing/v3/marketing-events" or "/marketing/marketing-events/2026-03"
    /// (no trailing slash).
    QString eventsPath() const;
    /// The API host of another data centre ("eu1" → https://api-eu1.hubapi.com), for accounts that
    /// HubSpot answers with correctHublet (hubspot-api.md §7.4). Empty when the current base URL is
    /// not HubSpot's (a proxy or a simulator) and no override is set: then we cannot guess.
    QUrl baseUrlForHublet(const QString &hublet) const;
};

/// Cleans what a person pasted: surrounding whitespace and quotes, a leading "Bearer ".
QString cleanToken(const QString &pasted);

/// Checks a base URL: https anywhere, plain http only for loopback hosts.
/// Returns a plain-language error, or an empty string when the URL is acceptable.
QString checkBaseUrl(const QUrl &url);

} // namespace attendance
