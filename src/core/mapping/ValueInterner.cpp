// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/ValueInterner.h"

#include <QHashFunctions>

namespace attendance {

namespace {

// After this many values, a column with nearly as many distinct ones is not worth interning.
constexpr qsizetype TrialValues = 4096;

} // namespace

QString ValueInterner::intern(QStringView value)
{
    if (++m_seen == TrialValues && m_used * 4 > TrialValues * 3) {
        m_off = true;
        m_slots = {};
    }
    if (m_off || value.isEmpty() || value.size() > MaxLength)
        return value.toString();
    if (m_slots.isEmpty())
        m_slots.resize(1024);
    const size_t hash = qHash(value, 0);
    qsizetype mask = m_slots.size() - 1;
    qsizetype i = qsizetype(hash) & mask;
    for (;; i = (i + 1) & mask) {
        const Slot &slot = m_slots.at(i);
        if (slot.value.isNull())
            break;
        if (slot.hash == hash && slot.value == value)
            return slot.value;
    }
    QString copy = value.toString();
    if (m_used >= MaxDistinct)
        return copy;
    if ((m_used + 1) * 2 > m_slots.size()) {
        grow();
        mask = m_slots.size() - 1;
        i = qsizetype(hash) & mask;
        while (!m_slots.at(i).value.isNull())
            i = (i + 1) & mask;
    }
    m_slots[i] = Slot {hash, copy};
    ++m_used;
    return copy;
}

void ValueInterner::grow()
{
    QList<Slot> old = std::exchange(m_slots, QList<Slot>(m_slots.size() * 2));
    const qsizetype mask = m_slots.size() - 1;
    for (Slot &slot : old) {
        if (slot.value.isNull())
            continue;
        qsizetype i = qsizetype(slot.hash) & mask;
        while (!m_slots.at(i).value.isNull())
            i = (i + 1) & mask;
        m_slots[i] = std::move(slot);
    }
}

} // namespace attendance
