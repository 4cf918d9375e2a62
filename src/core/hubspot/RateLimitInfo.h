// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkReply>

namespace attendance {

/// HubSpot's X-HubSpot-RateLimit-* headers. Every header is optional (reference §5.2); -1 = absent.
struct RateLimitInfo
{
    int max = -1;
    int remaining = -1;
    int intervalMs = -1;
    qint64 daily = -1;
    qint64 dailyRemaining = -1;

    bool isKnown() const { return max >= 0 && intervalMs > 0; }
    static RateLimitInfo fromReply(const QNetworkReply &reply);
};

} // namespace attendance
