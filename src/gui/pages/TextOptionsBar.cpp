// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/TextOptionsBar.h"

#include "spreadsheet/csv/TextDecoding.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace attendance::gui {

namespace {

/// The separator's name, as the combo and the detected entry show it.
QString separatorName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return TextOptionsBar::tr("Comma");
    case u';':
        return TextOptionsBar::tr("Semicolon");
    case u'\t':
        return TextOptionsBar::tr("Tab");
    case u'|':
        return TextOptionsBar::tr("Vertical bar |");
    default:
        return TextOptionsBar::tr("“%1”").arg(delimiter);
    }
}

/// The entry whose data is @p value (case-insensitive); 0, the detected entry, when none is.
int entryFor(const QComboBox *combo, const QString &value)
{
    if (value.isEmpty())
        return 0;
    for (int i = 1; i < combo->count(); ++i) {
        if (combo->itemData(i).toString().compare(value, Qt::CaseInsensitive) == 0)
            return i;
    }
    return 0;
}

} // namespace

TextOptionsBar::TextOptionsBar(QWidget *parent)
    : QWidget(parent)
    , m_encodingCombo(new QComboBox(this))
    , m_separatorCombo(new QComboBox(this))
{
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_encodingCombo->setAccessibleName(tr("Encoding of the file"));
    m_encodingCombo->setToolTip(
        tr("How the letters of the file were saved. If names show odd characters like Ã© or Ž, "
           "choose the encoding the file was saved in: Excel for Windows often saves CSV files "
           "as windows-1252, Excel for Mac as Mac OS Roman."));
    // The value is what core's textEncodingNamed() and the CLI's --encoding take.
    const std::pair<QString, QString> encodings[] = {
        {QStringLiteral("UTF-8"), QStringLiteral("UTF-8")},
        {QStringLiteral("UTF-16"), QStringLiteral("UTF-16")},
        {tr("windows-1252 (Western European)"), QStringLiteral("windows-1252")},
        {QStringLiteral("ISO-8859-1"), QStringLiteral("ISO-8859-1")},
        {QStringLiteral("Mac OS Roman"), QStringLiteral("macroman")},
        {tr("windows-1250 (Central European)"), QStringLiteral("windows-1250")},
        {tr("Shift_JIS (Japanese)"), QStringLiteral("Shift_JIS")},
    };
    m_encodingCombo->addItem(tr("Detected", "encoding"), QString());
    for (const auto &[text, name] : encodings) {
        // Offered only where this platform can decode it.
        if (textEncodingNamed(name))
            m_encodingCombo->addItem(text, name);
    }
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encodingCombo);

    m_separatorCombo->setObjectName(QStringLiteral("separatorCombo"));
    m_separatorCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_separatorCombo->setAccessibleName(tr("Separator between columns"));
    m_separatorCombo->setToolTip(
        tr("The character between the columns of the file. If the preview shows everything in "
           "one column, or splits names in two, choose the one the file uses."));
    m_separatorCombo->addItem(tr("Detected", "separator"), QString());
    for (const QChar delimiter : {u',', u';', u'\t', u'|'})
        m_separatorCombo->addItem(separatorName(delimiter), QString(delimiter));
    auto *separatorLabel = new QLabel(tr("Sepa&rator:"), this);
    separatorLabel->setBuddy(m_separatorCombo);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(encodingLabel);
    layout->addWidget(m_encodingCombo);
    layout->addSpacing(fontMetrics().averageCharWidth() * 2);
    layout->addWidget(separatorLabel);
    layout->addWidget(m_separatorCombo);
    layout->addStretch();

    connect(m_encodingCombo, &QComboBox::activated, this, &TextOptionsBar::chosenChanged);
    connect(m_separatorCombo, &QComboBox::activated, this, &TextOptionsBar::chosenChanged);
}

void TextOptionsBar::setRead(const QString &encoding, QChar delimiter, const CsvOptions &chosen)
{
    const QSignalBlocker encodingBlocker(m_encodingCombo);
    const QSignalBlocker separatorBlocker(m_separatorCombo);
    // A chosen value leaves the detected entry as the last automatic read found it.
    if (chosen.encoding.isEmpty())
        m_encodingCombo->setItemText(0, tr("Detected: %1", "encoding").arg(encoding));
    if (chosen.delimiter.isNull() && !delimiter.isNull())
        m_separatorCombo->setItemText(
            0, tr("Detected: %1", "separator").arg(separatorName(delimiter)));
    m_encodingCombo->setCurrentIndex(entryFor(m_encodingCombo, chosen.encoding));
    m_separatorCombo->setCurrentIndex(entryFor(
        m_separatorCombo, chosen.delimiter.isNull() ? QString() : QString(chosen.delimiter)));
}

CsvOptions TextOptionsBar::chosen() const
{
    CsvOptions options;
    options.encoding = m_encodingCombo->currentData().toString();
    const QString separator = m_separatorCombo->currentData().toString();
    if (!separator.isEmpty())
        options.delimiter = separator.front();
    return options;
}

} // namespace attendance::gui
