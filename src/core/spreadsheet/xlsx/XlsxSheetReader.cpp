// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/xlsx/XlsxSheetReader.h"

#include "spreadsheet/SheetBuilder.h"
#include "spreadsheet/WorkbookError.h"
#include "spreadsheet/xml/XmlStream.h"

#include <QCoreApplication>

namespace attendance {

namespace {

constexpr qint64 Past = qint64(ReadLimits::MaxRows) * 4; // any index past every limit

/// A positive decimal number, or -1; values past any limit come back as Past.
qint64 parseIndex(std::string_view text)
{
    if (text.empty())
        return -1;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = std::min(value * 10 + (c - '0'), Past);
    }
    return value;
}

/// The 0-based column of a reference such as "AB12", or -1 when it has no letters.
qint64 columnOf(std::string_view reference)
{
    qint64 column = 0;
    size_t i = 0;
    for (; i < reference.size(); ++i) {
        const char c = char(reference[i] & ~0x20); // upper case for ASCII letters
        if (c < 'A' || c > 'Z')
            break;
        column = std::min(column * 26 + (c - 'A' + 1), Past);
    }
    return i == 0 ? -1 : column - 1;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

} // namespace

XlsxSheetReader::XlsxSheetReader(const XlsxContext &context, SheetBuilder *builder)
    : m_context(context)
    , m_builder(builder)
{ }

QString XlsxSheetReader::unescape(QString text)
{
    qsizetype at = text.indexOf(u"_x");
    if (at < 0)
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (; at >= 0; at = text.indexOf(u"_x", at)) {
        int code = 0;
        bool hex = at + 7 <= text.size() && text.at(at + 6) == u'_';
        for (int i = 2; hex && i < 6; ++i) {
            const int digit = hexDigit(text.at(at + i));
            hex = digit >= 0;
            code = code * 16 + digit;
        }
        if (!hex) {
            at += 2;
            continue;
        }
        out += QStringView(text).mid(from, at - from);
        out += QChar(char16_t(code));
        at += 7;
        from = at;
    }
    out += QStringView(text).mid(from);
    return out;
}

bool XlsxSheetReader::handle(const XmlStream &xml)
{
    if (xml.isText()) {
        if (m_collect == Collect::Value)
            m_value += xml.text();
        else if (m_collect == Collect::InlineText && !m_phonetic)
            m_inline += xml.text();
        // Checked as it grows, so that a cell of many text runs cannot outgrow memory.
        if (m_value.size() > MaxCellBytes || m_inline.size() > MaxCellBytes) {
            m_error = WorkbookError::cellTooLong(m_builder->name(), m_rowIndex, m_column);
            return false;
        }
        return true;
    }
    const std::string_view name = xml.name();
    if (!m_inSheetData) {
        m_inSheetData = xml.isStart() && name == "sheetData";
        return true;
    }
    // Called for every element of the sheet: the one-letter names of cells and values first.
    const char first = name.size() == 1 ? name.front() : '\0';
    if (xml.isStart()) {
        if (first == 'c') {
            startCell(xml);
        } else if (first == 'v') {
            m_collect = Collect::Value;
        } else if (first == 't') {
            m_collect = m_type == Type::Inline ? Collect::InlineText : Collect::Nothing;
        } else if (name == "row") {
            const qint64 given = parseIndex(xml.attribute("r"));
            m_rowIndex = given > 0 ? given - 1 : m_nextRow;
            m_nextColumn = 0;
            // Rows are mostly as wide as the one before: one allocation instead of regrowing.
            m_row.reserve(m_lastWidth);
        } else if (name == "rPh") {
            m_phonetic = true;
        }
        return true;
    }
    if (first == 'v' || first == 't') {
        m_collect = Collect::Nothing;
    } else if (first == 'c') {
        return endCell();
    } else if (name == "row") {
        m_nextRow = m_rowIndex + 1;
        m_lastWidth = m_row.size();
        if (!m_builder->addRow(m_rowIndex, std::move(m_row))) {
            m_error = m_builder->error();
            return false;
        }
        m_row = QStringList();
    } else if (name == "rPh") {
        m_phonetic = false;
    } else if (name == "sheetData") {
        m_inSheetData = false;
    }
    return true;
}

void XlsxSheetReader::startCell(const XmlStream &xml)
{
    std::string_view reference;
    std::string_view type;
    std::string_view style;
    // One pass over the attributes: this runs for every cell of the file.
    for (int i = 0; i < xml.attributeCount(); ++i) {
        const XmlStream::Attribute attribute = xml.attributeAt(i);
        if (!attribute.qualifier.empty())
            continue;
        if (attribute.name == "r")
            reference = attribute.value;
        else if (attribute.name == "t")
            type = attribute.value;
        else if (attribute.name == "s")
            style = attribute.value;
    }
    const qint64 given = columnOf(reference);
    m_column = given >= 0 ? given : m_nextColumn;
    if (type.empty() || type == "n")
        m_type = Type::Number;
    else if (type == "s")
        m_type = Type::Shared;
    else if (type == "inlineStr")
        m_type = Type::Inline;
    else if (type == "b")
        m_type = Type::Boolean;
    else if (type == "e")
        m_type = Type::Error;
    else if (type == "d")
        m_type = Type::Date;
    else
        m_type = Type::String;
    const qint64 styleIndex = parseIndex(style);
    m_style = styleIndex >= 0 && styleIndex < m_context.styleKinds.size() ? int(styleIndex) : -1;
    m_value.clear();
    m_inline.clear();
    m_collect = Collect::Nothing;
    m_phonetic = false;
}

bool XlsxSheetReader::endCell()
{
    m_collect = Collect::Nothing;
    m_nextColumn = m_column + 1;
    QString text;
    if (!cellText(&text))
        return false;
    if (text.isEmpty())
        return true;
    if (m_column < m_row.size()) {
        m_error = WorkbookError::outOfOrder(m_builder->name());
        return false;
    }
    if (!m_builder->setCell(&m_row, m_rowIndex, m_column, text)) {
        m_error = m_builder->error();
        return false;
    }
    return true;
}

bool XlsxSheetReader::cellText(QString *text)
{
    switch (m_type) {
    case Type::Shared: {
        if (m_value.empty())
            return true;
        const qint64 index = parseIndex(m_value);
        if (index < 0 || index >= m_context.sharedStrings.size()) {
            m_error = WorkbookError::damaged(m_builder->name(),
                QCoreApplication::translate(
                    "attendance::SpreadsheetReader", "a cell refers to text %1, which is not there")
                    .arg(fromUtf8(m_value)));
            return false;
        }
        *text = m_context.sharedStrings.at(index);
        return true;
    }
    case Type::Inline:
        *text = unescape(fromUtf8(m_inline));
        return true;
    case Type::String:
        *text = unescape(fromUtf8(m_value));
        return true;
    case Type::Boolean:
        *text
            = m_value.empty() ? QString() : CellText::boolean(m_value == "1" || m_value == "true");
        return true;
    case Type::Error:
        *text = fromUtf8(m_value);
        return true;
    case Type::Date:
        *text = m_value.empty() ? QString() : CellText::isoDateTime(fromUtf8(m_value));
        return true;
    case Type::Number:
        break;
    }
    if (m_value.empty())
        return true;
    const CellText::DateKind kind
        = m_style >= 0 ? m_context.styleKinds.at(m_style) : CellText::DateKind::None;
    if (kind == CellText::DateKind::None) {
        *text = CellText::number(m_value);
        return true;
    }
    const std::optional<double> serial = CellText::parseNumber(m_value);
    *text = serial ? CellText::fromSerial(*serial, m_context.date1904, kind) : fromUtf8(m_value);
    return true;
}

} // namespace attendance
