// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheet/Sheet.h"

#include <QWidget>

class QComboBox;

namespace attendance::gui {

/// How a text file (CSV, TSV, TXT) is read: "Encoding: [Detected: windows-1252 ▾]
/// Separator: [Detected: Semicolon ▾]". The first entry of each is automatic and names what was
/// detected; the others are the choices the CLI's --encoding and --delimiter take.
class TextOptionsBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextOptionsBar)

public:
    explicit TextOptionsBar(QWidget *parent = nullptr);

    /// Shows what the current read used, without signalling. @p chosen is what was asked for
    /// (empty or null: detect); when it is, @p encoding and @p delimiter are what detection found.
    void setRead(const QString &encoding, QChar delimiter, const CsvOptions &chosen);
    /// What the combos ask for now.
    CsvOptions chosen() const;

Q_SIGNALS:
    /// The person chose another encoding or separator: the file must be read again.
    void chosenChanged();

private:
    QComboBox *m_encodingCombo;
    QComboBox *m_separatorCombo;
};

} // namespace attendance::gui
