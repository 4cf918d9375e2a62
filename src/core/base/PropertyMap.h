// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QJsonObject;

#include <QList>
#include <QMap>
#include <QString>
#include <algorithm>
#include <initializer_list>
#include <utility>

namespace attendance {

/// Property name -> value, in name order: the contact and event properties of one attendee.
///
/// A flat, sorted list rather than a QMap: an import of a million rows holds a million of these,
/// and a QMap costs a tree node (one allocation, about 80 bytes) per entry, where this costs one
/// allocation for the whole attendee. Attendees have a handful of properties, so a linear search
/// is as fast as a tree. The API is the part of QMap's the app uses, and it converts to and from
/// QMap both ways, so JSON and test code can keep speaking QMap.
class PropertyMap final
{
public:
    using Entry = std::pair<QString, QString>;

    /// Iterates in name order; key() and value() like a QMap iterator, * gives the value.
    class const_iterator final
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using difference_type = qsizetype;
        using value_type = QString;
        using pointer = const QString *;
        using reference = const QString &;

        const_iterator() = default;
        explicit const_iterator(const Entry *entry)
            : m_entry(entry)
        { }
        const QString &key() const { return m_entry->first; }
        const QString &value() const { return m_entry->second; }
        const QString &operator*() const { return m_entry->second; }
        const QString *operator->() const { return &m_entry->second; }
        const_iterator &operator++()
        {
            ++m_entry;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++m_entry;
            return before;
        }
        const_iterator &operator--()
        {
            --m_entry;
            return *this;
        }
        difference_type operator-(const_iterator other) const { return m_entry - other.m_entry; }
        friend bool operator==(const_iterator a, const_iterator b)
        {
            return a.m_entry == b.m_entry;
        }
        friend bool operator!=(const_iterator a, const_iterator b)
        {
            return a.m_entry != b.m_entry;
        }

    private:
        const Entry *m_entry = nullptr;
    };
    using iterator = const_iterator;

    PropertyMap() = default;
    PropertyMap(std::initializer_list<Entry> entries)
    {
        for (const Entry &entry : entries)
            insert(entry.first, entry.second);
    }
    // Implicit on purpose: code that builds a QMap (JSON readers, tests) assigns it here.
    PropertyMap(const QMap<QString, QString> &map) // NOLINT(google-explicit-constructor)
    {
        m_entries.reserve(map.size());
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            m_entries.append({it.key(), it.value()}); // QMap is already in key order
    }
    // Implicit on purpose: code that reads a QMap (JSON writers, tests) takes this as one.
    operator QMap<QString, QString>() const // NOLINT(google-explicit-constructor)
    {
        return toMap();
    }

    /// {"name": "value", ...}: the shape HubSpot's inputs, the journal and the CLI's JSON use.
    QJsonObject toJson() const;
    /// The inverse of toJson(); non-string values become their text ("" for null).
    static PropertyMap fromJson(const QJsonObject &object);

    QMap<QString, QString> toMap() const
    {
        QMap<QString, QString> map;
        for (const Entry &entry : m_entries)
            map.insert(map.cend(), entry.first, entry.second);
        return map;
    }

    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    qsizetype count() const { return m_entries.size(); }
    void clear() { m_entries.clear(); }
    void reserve(qsizetype size) { m_entries.reserve(size); }

    /// Sets key to value, replacing what it had.
    void insert(const QString &key, const QString &value)
    {
        const auto at = lowerBound(key);
        if (at != m_entries.end() && at->first == key)
            at->second = value;
        else
            m_entries.insert(at, Entry {key, value});
    }
    /// Adds key at the end, for a builder that goes in name order (faster than insert()).
    void append(const QString &key, const QString &value)
    {
        Q_ASSERT(m_entries.isEmpty() || m_entries.constLast().first < key);
        m_entries.append(Entry {key, value});
    }
    /// Removes key; how many entries went (0 or 1), as QMap::remove.
    qsizetype remove(const QString &key)
    {
        const auto at = lowerBound(key);
        if (at == m_entries.end() || at->first != key)
            return 0;
        m_entries.erase(at);
        return 1;
    }

    bool contains(const QString &key) const { return find(key) != nullptr; }
    QString value(const QString &key, const QString &fallback = {}) const
    {
        const Entry *entry = find(key);
        return entry ? entry->second : fallback;
    }
    QStringList keys() const
    {
        QStringList keys;
        keys.reserve(m_entries.size());
        for (const Entry &entry : m_entries)
            keys.append(entry.first);
        return keys;
    }

    const_iterator cbegin() const { return const_iterator(m_entries.constData()); }
    const_iterator cend() const { return const_iterator(m_entries.constData() + m_entries.size()); }
    const_iterator begin() const { return cbegin(); }
    const_iterator end() const { return cend(); }
    const_iterator constBegin() const { return cbegin(); }
    const_iterator constEnd() const { return cend(); }

    friend bool operator==(const PropertyMap &a, const PropertyMap &b)
    {
        return a.m_entries == b.m_entries;
    }
    friend bool operator!=(const PropertyMap &a, const PropertyMap &b) { return !(a == b); }
    friend bool operator==(const PropertyMap &a, const QMap<QString, QString> &b)
    {
        return a == PropertyMap(b);
    }
    friend bool operator==(const QMap<QString, QString> &a, const PropertyMap &b)
    {
        return PropertyMap(a) == b;
    }
    friend bool operator!=(const PropertyMap &a, const QMap<QString, QString> &b)
    {
        return !(a == b);
    }
    friend bool operator!=(const QMap<QString, QString> &a, const PropertyMap &b)
    {
        return !(a == b);
    }

private:
    QList<Entry>::iterator lowerBound(const QString &key)
    {
        return std::lower_bound(m_entries.begin(), m_entries.end(), key,
            [](const Entry &entry, const QString &k) { return entry.first < k; });
    }
    const Entry *find(const QString &key) const
    {
        for (const Entry &entry : m_entries) {
            if (entry.first == key)
                return &entry;
        }
        return nullptr;
    }

    QList<Entry> m_entries;
};

} // namespace attendance
