// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace attendance {

/// Shares one QString among equal cell values: a million rows hold a few thousand first names,
/// companies or countries, and each shared copy costs nothing where its own would cost ~50 bytes.
/// A column of mostly distinct values (phone numbers) stops being interned once its first
/// values show it (or after MaxDistinct values), so the table stays small and costs no lookups.
/// One per thread and column; not thread-safe.
class ValueInterner final
{
public:
    static constexpr qsizetype MaxDistinct = 32 * 1024;
    static constexpr qsizetype MaxLength = 64;

    ValueInterner() = default;
    ValueInterner(ValueInterner &&) = default;
    ValueInterner &operator=(ValueInterner &&) = default;
    Q_DISABLE_COPY(ValueInterner)

    /// A QString equal to @p value, shared with earlier equal values when possible.
    QString intern(QStringView value);

private:
    void grow();

    struct Slot
    {
        size_t hash = 0;
        QString value; // null: empty slot
    };
    QList<Slot> m_slots; // open addressing, at most half full
    qsizetype m_used = 0;
    qsizetype m_seen = 0;
    bool m_off = false;
};

} // namespace attendance
