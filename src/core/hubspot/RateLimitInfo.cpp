// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubspot/RateLimitInfo.h"

namespace attendance {

namespace {
qint64 header(const QNetworkReply &reply, const char *name)
{
    const QByteArray value = reply.rawHeader(name).trimmed();
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}
} // namespace

RateLimitInfo RateLimitInfo::fromReply(const QNetworkReply &reply)
{
    RateLimitInfo info;
    info.max = int(header(reply, "X-HubSpot-RateLimit-Max"));
    info.remaining = int(header(reply, "X-HubSpot-RateLimit-Remaining"));
    info.intervalMs = int(header(reply, "X-HubSpot-RateLimit-Interval-Milliseconds"));
    info.daily = header(reply, "X-HubSpot-RateLimit-Daily");
    info.dailyRemaining = header(reply, "X-HubSpot-RateLimit-Daily-Remaining");
    return info;
}

} // namespace attendance
