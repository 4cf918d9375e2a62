// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ColumnChoices.h"

#include "mapping/ColumnDetection.h"
#include "services/Settings.h"

namespace attendance::gui {

namespace {

QStringList encode(const QList<ColumnChoice> &choices)
{
    QStringList texts;
    for (const ColumnChoice &c : choices)
        texts.append(QString::number(c.column) + u'=' + c.target.toString());
    return texts;
}

QList<ColumnChoice> decode(const QStringList &texts)
{
    QList<ColumnChoice> choices;
    for (const QString &text : texts) {
        const qsizetype at = text.indexOf(u'=');
        bool ok = false;
        const int column = text.left(at).toInt(&ok);
        const std::optional<ColumnTarget> target = ColumnTarget::parse(text.mid(at + 1));
        // A hand-edited or older settings file may hold anything: skip what does not parse.
        if (at > 0 && ok && column >= 0 && target)
            choices.append(ColumnChoice {column, *target});
    }
    return choices;
}

} // namespace

QString ColumnChoices::key(const QStringList &headers)
{
    return headerSignature(headers);
}

QHash<QString, QList<ColumnChoice>> ColumnChoices::saved()
{
    QHash<QString, QList<ColumnChoice>> all;
    const QHash<QString, QStringList> stored = Settings::columnChoices();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        QList<ColumnChoice> choices = decode(it.value());
        if (!choices.isEmpty())
            all.insert(it.key(), choices);
    }
    return all;
}

void ColumnChoices::save(const QString &key, const QList<ColumnChoice> &choices)
{
    if (choices.isEmpty())
        forget(key);
    else
        Settings::setColumnChoices(key, encode(choices));
}

void ColumnChoices::forget(const QString &key)
{
    Settings::removeColumnChoices(key);
}

QList<ColumnChoice> ColumnChoices::with(QList<ColumnChoice> choices, const ColumnChoice &choice)
{
    choices.removeIf([&choice](const ColumnChoice &c) { return c.column == choice.column; });
    choices.append(choice);
    return choices;
}

} // namespace attendance::gui
