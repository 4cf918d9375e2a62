// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spreadsheet/CellText.h"
#include "spreadsheet/ReadLimits.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <string>

namespace attendance {

class SheetBuilder;
class XmlStream;

/// What every sheet of one .xlsx shares: its strings and what each cell style shows of a number.
struct XlsxContext
{
    QStringList sharedStrings;
    QList<CellText::DateKind> styleKinds; ///< By cell style index (the s attribute).
    bool date1904 = false;
};

/// Reads the cells of one worksheet part (xl/worksheets/sheetN.xml) token by token, placing each
/// at the row and column its reference gives (rows and cells may be left out of the file).
class XlsxSheetReader final
{
public:
    XlsxSheetReader(const XlsxContext &context, SheetBuilder *builder);
    XlsxSheetReader(const XlsxSheetReader &) = delete;
    XlsxSheetReader &operator=(const XlsxSheetReader &) = delete;

    /// Takes the stream's current token; false with error() when the sheet cannot be read.
    bool handle(const XmlStream &xml);
    QString error() const { return m_error; }

    /// Undoes the _xHHHH_ escapes with which Office writes control characters in strings.
    static QString unescape(QString text);
    /// A text past this many UTF-8 bytes, as in the file, is longer than a cell may be whatever
    /// it decodes to: an _xHHHH_ escape takes seven bytes for one character, the most of any.
    static constexpr size_t MaxCellBytes = 7 * size_t(ReadLimits::MaxCellChars);

private:
    enum class Type { Number, Shared, Inline, String, Boolean, Error, Date };
    enum class Collect { Nothing, Value, InlineText };

    void startCell(const XmlStream &xml);
    bool endCell();
    bool cellText(QString *text);

    const XlsxContext &m_context;
    SheetBuilder *m_builder;
    bool m_inSheetData = false;
    qint64 m_rowIndex = 0;
    qint64 m_nextRow = 0;
    qint64 m_nextColumn = 0;
    QStringList m_row;
    qsizetype m_lastWidth = 0;
    qint64 m_column = 0;
    Type m_type = Type::Number;
    int m_style = 0;
    Collect m_collect = Collect::Nothing;
    bool m_phonetic = false;
    std::string m_value; ///< UTF-8, as in the file.
    std::string m_inline; ///< UTF-8, as in the file.
    QString m_error;
};

} // namespace attendance
