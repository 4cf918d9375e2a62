// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/PersonName.h"

namespace attendance {

SplitName splitFullName(QStringView cell)
{
    QStringView text = cell.trimmed();
    if (text.endsWith(u')')) {
        const qsizetype open = text.lastIndexOf(u'(');
        if (open > 0)
            text = text.first(open).trimmed();
    }
    SplitName name;
    if (const qsizetype comma = text.indexOf(u','); comma >= 0) {
        name.last = text.first(comma).trimmed().toString();
        name.first = text.sliced(comma + 1).trimmed().toString();
        if (name.first.isEmpty())
            std::swap(name.first, name.last);
        return name;
    }
    const QString simplified = text.toString().simplified();
    const qsizetype space = simplified.indexOf(u' ');
    if (space < 0) {
        name.first = simplified;
        return name;
    }
    name.first = simplified.first(space);
    name.last = simplified.sliced(space + 1);
    return name;
}

} // namespace attendance
