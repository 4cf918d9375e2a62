// SPDX-License-Identifier: GPL-3.0-or-later
#include "Attendee.h"

namespace attendance {

QString toApiString(SubscriberState state)
{
    switch (state) {
    case SubscriberState::Register:
        return QStringLiteral("register");
    case SubscriberState::Attend:
        return QStringLiteral("attend");
    case SubscriberState::Cancel:
        return QStringLiteral("cancel");
    case SubscriberState::ByStatus:
        return QStringLiteral("by-status");
    }
    return {};
}

std::optional<SubscriberState> subscriberStateFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"register")
        return SubscriberState::Register;
    if (t == u"attend")
        return SubscriberState::Attend;
    if (t == u"cancel")
        return SubscriberState::Cancel;
    if (t == u"by-status")
        return SubscriberState::ByStatus;
    return std::nullopt;
}

StateCounts countByState(const QList<Attendee> &attendees, SubscriberState run)
{
    StateCounts counts {};
    for (const Attendee &a : attendees) {
        const SubscriberState state = a.state.value_or(run);
        if (state != SubscriberState::ByStatus)
            ++counts.at(size_t(state));
    }
    return counts;
}

} // namespace attendance
