// SPDX-License-Identifier: GPL-3.0-or-later
#include "PropertyMap.h"

#include <QJsonObject>

namespace attendance {

QJsonObject PropertyMap::toJson() const
{
    QJsonObject object;
    for (const Entry &entry : m_entries)
        object.insert(entry.first, entry.second);
    return object;
}

PropertyMap PropertyMap::fromJson(const QJsonObject &object)
{
    PropertyMap map;
    map.reserve(object.size());
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace attendance
