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
    return std::nullopt;
}

} // namespace attendance
