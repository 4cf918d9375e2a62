// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/ods/OdsReader.h"

#include "Logging.h"
#include "spreadsheet/CellText.h"
#include "spreadsheet/SheetBuilder.h"
#include "spreadsheet/WorkbookError.h"
#include "spreadsheet/xml/XmlStream.h"
#include "spreadsheet/zip/ZipArchive.h"

#include <QBuffer>
#include <charconv>
#include <optional>
#include <string>

namespace attendance {

namespace {

const QString ContentPart = QStringLiteral("content.xml");
const QString ManifestPart = QStringLiteral("META-INF/manifest.xml");
constexpr std::string_view TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr std::string_view OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view CalcExtNs
    = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";
// Repeat counts past this are clamped: already more rows and columns than any limit allows.
constexpr qint64 MaxRepeat = qint64(1) << 31;
// A run of spaces (text:s) longer than this is not something a person typed.
constexpr qint64 MaxSpaces = 1024;
// A cell's text past this many UTF-8 bytes is longer than a cell may be, whatever it decodes to
// (at most three bytes per UTF-16 code unit). Checked as it grows: a few bytes of <text:s/>
// stand for a thousand spaces, so a cell's text could otherwise outgrow memory.
constexpr size_t MaxCellBytes = 3 * size_t(ReadLimits::MaxCellChars);

qint64 repeatCount(std::string_view text)
{
    qint64 value = 0;
    const auto [end, failure] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (failure == std::errc::result_out_of_range)
        return MaxRepeat;
    return failure == std::errc() && end == text.data() + text.size() && value > 1
        ? std::min(value, MaxRepeat)
        : 1;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// Reads content.xml token by token.
class ContentReader final
{
public:
    ContentReader(Workbook *book, WorkbookBudget *budget)
        : m_book(book)
        , m_budget(budget)
    { }

    bool handle(const XmlStream &xml, QString *error);

private:
    void startCell(const XmlStream &xml);
    bool endCell(QString *error);
    void startInCell(const XmlStream &xml);
    bool cellFits(QString *error) const;

    Workbook *m_book;
    WorkbookBudget *m_budget;
    std::optional<SheetBuilder> m_sheet;
    qint64 m_rowIndex = 0;
    qint64 m_rowRepeat = 1;
    QStringList m_row;
    qint64 m_column = 0;
    bool m_inRow = false;
    bool m_inCell = false;
    qint64 m_cellRepeat = 1;
    QString m_value; ///< From the cell's typed attributes; null when the text is the value.
    std::string m_stringValue; ///< office:string-value, used when a string cell has no paragraph.
    std::string m_text; ///< UTF-8, as in the file.
    int m_paragraphs = 0;
    bool m_inParagraph = false;
    int m_skipTo = -1; ///< While skipping an element, the depth its end brings back.
};

bool ContentReader::handle(const XmlStream &xml, QString *error)
{
    if (m_skipTo >= 0) {
        if (xml.isEnd() && xml.depth() == m_skipTo)
            m_skipTo = -1;
        return true;
    }
    if (xml.isText()) {
        if (m_inParagraph)
            m_text += xml.text();
        return cellFits(error);
    }
    if (m_inCell) {
        if (xml.isStart()) {
            startInCell(xml);
            return cellFits(error);
        }
        if (xml.isEnd()) {
            if (xml.namespaceUri() == TextNs && xml.name() == "p")
                m_inParagraph = false;
            else if (xml.namespaceUri() == TableNs
                && (xml.name() == "table-cell" || xml.name() == "covered-table-cell"))
                return endCell(error);
        }
        return true;
    }
    if (xml.namespaceUri() != TableNs)
        return true;
    const std::string_view name = xml.name();
    if (xml.isStart()) {
        if (name == "table" && !m_sheet) {
            m_sheet.emplace(fromUtf8(xml.attribute(TableNs, "name")), m_budget);
            m_rowIndex = 0;
        } else if (name == "table") {
            // A table inside the sheet's own (outside any cell: not valid ODF) is skipped whole;
            // its end must not end the sheet whose row is still open.
            m_skipTo = xml.depth() - 1;
        } else if (name == "table-row" && m_sheet) {
            m_inRow = true;
            m_rowRepeat = repeatCount(xml.attribute(TableNs, "number-rows-repeated"));
            m_row.clear();
            m_column = 0;
        } else if ((name == "table-cell" || name == "covered-table-cell") && m_inRow) {
            startCell(xml);
        }
        return true;
    }
    if (!xml.isEnd())
        return true;
    if (name == "table-row" && m_inRow) {
        m_inRow = false;
        if (!m_sheet->addRow(m_rowIndex, std::move(m_row), m_rowRepeat)) {
            *error = m_sheet->error();
            return false;
        }
        m_row = QStringList();
        m_rowIndex += m_rowRepeat;
    } else if (name == "table" && m_sheet) {
        m_book->sheets.append(m_sheet->take());
        m_sheet.reset();
    }
    return true;
}

void ContentReader::startCell(const XmlStream &xml)
{
    m_inCell = true;
    m_cellRepeat = repeatCount(xml.attribute(TableNs, "number-columns-repeated"));
    m_text.clear();
    m_paragraphs = 0;
    m_value = QString();
    m_stringValue = xml.attribute(OfficeNs, "string-value");
    const std::string_view type = xml.attribute(OfficeNs, "value-type");
    // An error (#N/A) is typed as a number or string holding a placeholder; its text is the error.
    if (xml.attribute(CalcExtNs, "value-type") == "error")
        return;
    std::string_view value;
    if (type == "float" || type == "percentage" || type == "currency") {
        value = xml.attribute(OfficeNs, "value");
        if (!value.empty())
            m_value = CellText::number(value);
    } else if (type == "date") {
        value = xml.attribute(OfficeNs, "date-value");
        if (!value.empty())
            m_value = CellText::isoDateTime(fromUtf8(value));
    } else if (type == "time") {
        value = xml.attribute(OfficeNs, "time-value");
        if (!value.empty())
            m_value = CellText::isoDuration(fromUtf8(value));
    } else if (type == "boolean") {
        value = xml.attribute(OfficeNs, "boolean-value");
        if (!value.empty())
            m_value = CellText::boolean(value == "true" || value == "1");
    }
}

void ContentReader::startInCell(const XmlStream &xml)
{
    const bool text = xml.namespaceUri() == TextNs;
    const std::string_view name = xml.name();
    if (!m_inParagraph) {
        if (text && name == "p") {
            if (m_paragraphs++ > 0)
                m_text += '\n';
            m_inParagraph = true;
        } else {
            m_skipTo = xml.depth() - 1; // comments, drawings, nested tables: not the cell's text
        }
    } else if (text && name == "s") {
        const qint64 count
            = std::clamp<qint64>(repeatCount(xml.attribute(TextNs, "c")), 1, MaxSpaces);
        m_text.append(size_t(count), ' ');
    } else if (text && name == "tab") {
        m_text += '\t';
    } else if (text && name == "line-break") {
        m_text += '\n';
    } else if ((text && name == "note") || xml.namespaceUri() == OfficeNs) {
        m_skipTo = xml.depth() - 1; // footnotes and annotations inside a paragraph
    }
}

bool ContentReader::cellFits(QString *error) const
{
    if (m_text.size() <= MaxCellBytes || !m_sheet)
        return true;
    *error = WorkbookError::cellTooLong(m_sheet->name(), m_rowIndex, m_column);
    return false;
}

bool ContentReader::endCell(QString *error)
{
    m_inCell = false;
    m_inParagraph = false;
    const QString text = !m_value.isNull() ? m_value
        : m_paragraphs > 0                 ? fromUtf8(m_text)
                                           : fromUtf8(m_stringValue);
    if (!m_sheet->setCell(&m_row, m_rowIndex, m_column, text, m_cellRepeat)) {
        *error = m_sheet->error();
        return false;
    }
    m_column += m_cellRepeat;
    return true;
}

} // namespace

bool OdsReader::isSpreadsheet(ZipArchive &zip)
{
    const ZipArchive::Entry *mimetype = zip.entry(QStringLiteral("mimetype"));
    QByteArray type;
    if (!mimetype || mimetype->uncompressedSize > 256 || !zip.readEntry(mimetype->name, &type))
        return false;
    return type.trimmed().startsWith("application/vnd.oasis.opendocument.spreadsheet");
}

Workbook OdsReader::read(ZipArchive &zip, const ReadControl &control)
{
    Workbook book;
    book.format = QStringLiteral("ods");
    // An encrypted document keeps a readable zip but scrambles content.xml; the manifest says so.
    QByteArray manifest;
    if (zip.entry(ManifestPart) && zip.readEntry(ManifestPart, &manifest)
        && manifest.contains("encryption-data")) {
        book.error = WorkbookError::passwordProtected();
        return book;
    }
    const ZipArchive::Entry *content = zip.entry(ContentPart);
    if (!content) {
        book.error = WorkbookError::missingPart(ContentPart);
        return book;
    }
    WorkbookBudget budget;
    qint64 done = 0;
    ContentReader reader(&book, &budget);
    const bool read = XmlStream::readPart(
        zip, content->name, XmlStream::Names::Resolved, control, &done, content->uncompressedSize,
        [&reader](const XmlStream &xml, QString *error) { return reader.handle(xml, error); },
        &book);
    if (read && book.sheets.isEmpty())
        book.error = WorkbookError::noSheets();
    if (!book.ok())
        book.sheets.clear();
    qCDebug(lcImport) << "Read ods with" << book.sheets.size() << "sheets";
    return book;
}

Workbook OdsReader::readData(const QByteArray &data, const ReadControl &control)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    ZipArchive zip(&buffer);
    if (!zip.open()) {
        Workbook book;
        book.format = QStringLiteral("ods");
        book.error = zip.error();
        return book;
    }
    return read(zip, control);
}

} // namespace attendance
