// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/xlsx/XlsxReader.h"

#include "Logging.h"
#include "spreadsheet/SheetBuilder.h"
#include "spreadsheet/WorkbookError.h"
#include "spreadsheet/xlsx/XlsxSheetReader.h"
#include "spreadsheet/xml/XmlStream.h"
#include "spreadsheet/zip/ZipArchive.h"

#include <QBuffer>
#include <QDir>
#include <QHash>
#include <QUrl>
#include <charconv>

namespace attendance {

namespace {

const QString WorkbookPart = QStringLiteral("xl/workbook.xml");
const QString WorkbookRels = QStringLiteral("xl/_rels/workbook.xml.rels");

struct SheetPart
{
    QString name;
    QString path;
};

struct Parts
{
    QList<SheetPart> sheets;
    QString sharedStrings = QStringLiteral("xl/sharedStrings.xml");
    QString styles = QStringLiteral("xl/styles.xml");
    bool date1904 = false;
};

bool isTrue(std::string_view value)
{
    return value == "1" || value == "true";
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// A relationship target relative to xl/, or absolute within the package.
QString resolveTarget(std::string_view target)
{
    const QString decoded
        = QUrl::fromPercentEncoding(QByteArray(target.data(), qsizetype(target.size())));
    if (decoded.startsWith(u'/'))
        return QDir::cleanPath(decoded.mid(1));
    return QDir::cleanPath(QStringLiteral("xl/") + decoded);
}

/// The workbook's relationship id attribute (r:id); its namespace differs between the
/// transitional and strict flavours of the format, so any prefixed "id" will do.
std::string_view relationshipId(const XmlStream &xml)
{
    for (int i = 0; i < xml.attributeCount(); ++i) {
        const XmlStream::Attribute attribute = xml.attributeAt(i);
        if (attribute.name == "id" && !attribute.qualifier.empty())
            return attribute.value;
    }
    return {};
}

bool readStructure(ZipArchive &zip, const ReadControl &control, Parts *parts, Workbook *book)
{
    // Relationship id -> worksheet part; chart and dialog sheets have no cells to read.
    QHash<QString, QString> worksheets;
    if (!zip.entry(WorkbookRels)) {
        book->error = WorkbookError::missingPart(WorkbookRels);
        return false;
    }
    const bool relationsRead = XmlStream::readPart(
        zip, WorkbookRels, XmlStream::Names::Local, control, nullptr, -1,
        [&](const XmlStream &xml, QString *) {
            if (!xml.isStart() || xml.name() != "Relationship"
                || xml.attribute("TargetMode") == "External")
                return true;
            const std::string_view type = xml.attribute("Type");
            const QString target = resolveTarget(xml.attribute("Target"));
            if (type.ends_with("/worksheet"))
                worksheets.insert(fromUtf8(xml.attribute("Id")), target);
            else if (type.ends_with("/sharedStrings"))
                parts->sharedStrings = target;
            else if (type.ends_with("/styles"))
                parts->styles = target;
            return true;
        },
        book);
    if (!relationsRead)
        return false;
    return XmlStream::readPart(
        zip, WorkbookPart, XmlStream::Names::Local, control, nullptr, -1,
        [&](const XmlStream &xml, QString *) {
            if (!xml.isStart())
                return true;
            if (xml.name() == "workbookPr") {
                parts->date1904 = isTrue(xml.attribute("date1904"));
            } else if (xml.name() == "sheet") {
                const QString path = worksheets.value(fromUtf8(relationshipId(xml)));
                if (!path.isEmpty())
                    parts->sheets.append(SheetPart {fromUtf8(xml.attribute("name")), path});
            }
            return true;
        },
        book);
}

int formatId(std::string_view text)
{
    int id = 0;
    const auto [end, failure] = std::from_chars(text.data(), text.data() + text.size(), id);
    return failure == std::errc() && end == text.data() + text.size() ? id : 0;
}

bool readStyles(ZipArchive &zip, const QString &path, const ReadControl &control, qint64 *done,
    qint64 total, QList<CellText::DateKind> *kinds, Workbook *book)
{
    QHash<int, CellText::DateKind> custom;
    QList<int> formatIds;
    bool inCellXfs = false;
    const bool read = XmlStream::readPart(
        zip, path, XmlStream::Names::Local, control, done, total,
        [&](const XmlStream &xml, QString *) {
            if (xml.isEnd() && xml.name() == "cellXfs")
                inCellXfs = false;
            if (!xml.isStart())
                return true;
            if (xml.name() == "cellXfs") {
                inCellXfs = true;
            } else if (xml.name() == "numFmt") {
                custom.insert(formatId(xml.attribute("numFmtId")),
                    CellText::formatCodeKind(fromUtf8(xml.attribute("formatCode"))));
            } else if (inCellXfs && xml.name() == "xf") {
                formatIds.append(formatId(xml.attribute("numFmtId")));
            }
            return true;
        },
        book);
    if (!read)
        return false;
    kinds->reserve(formatIds.size());
    for (const int id : std::as_const(formatIds)) {
        const auto it = custom.constFind(id);
        kinds->append(it != custom.cend() ? *it : CellText::builtInFormatKind(id));
    }
    return true;
}

bool readSharedStrings(ZipArchive &zip, const QString &path, const ReadControl &control,
    qint64 *done, qint64 total, QStringList *strings, Workbook *book)
{
    std::string current;
    bool inItem = false;
    bool inText = false;
    bool phonetic = false;
    return XmlStream::readPart(
        zip, path, XmlStream::Names::Local, control, done, total,
        [&](const XmlStream &xml, QString *error) {
            if (xml.isText()) {
                if (inText && !phonetic)
                    current += xml.text();
                if (current.size() > XlsxSheetReader::MaxCellBytes) {
                    *error = WorkbookError::textTooLong();
                    return false;
                }
            } else if (xml.isStart()) {
                if (xml.name() == "si") {
                    inItem = true;
                    current.clear();
                } else if (xml.name() == "t") {
                    inText = inItem;
                } else if (xml.name() == "rPh") {
                    phonetic = true;
                }
            } else if (xml.isEnd()) {
                if (xml.name() == "si") {
                    strings->append(XlsxSheetReader::unescape(fromUtf8(current)));
                    inItem = false;
                } else if (xml.name() == "t") {
                    inText = false;
                } else if (xml.name() == "rPh") {
                    phonetic = false;
                }
            }
            return true;
        },
        book);
}

qint64 partSize(const ZipArchive &zip, const QString &path)
{
    const ZipArchive::Entry *entry = zip.entry(path);
    return entry ? entry->uncompressedSize : 0;
}

} // namespace

Workbook XlsxReader::read(ZipArchive &zip, const ReadControl &control)
{
    Workbook book;
    book.format = QStringLiteral("xlsx");
    Parts parts;
    if (!readStructure(zip, control, &parts, &book))
        return book;
    if (parts.sheets.isEmpty()) {
        book.error = WorkbookError::noSheets();
        return book;
    }

    const bool hasStrings = zip.entry(parts.sharedStrings) != nullptr;
    const bool hasStyles = zip.entry(parts.styles) != nullptr;
    qint64 total = partSize(zip, parts.sharedStrings) + partSize(zip, parts.styles);
    for (const SheetPart &sheet : std::as_const(parts.sheets))
        total += partSize(zip, sheet.path);
    qint64 done = 0;
    control.report(done, total);

    XlsxContext context;
    context.date1904 = parts.date1904;
    if (hasStyles
        && !readStyles(zip, parts.styles, control, &done, total, &context.styleKinds, &book))
        return book;
    if (hasStrings
        && !readSharedStrings(
            zip, parts.sharedStrings, control, &done, total, &context.sharedStrings, &book))
        return book;

    WorkbookBudget budget;
    for (const SheetPart &part : std::as_const(parts.sheets)) {
        if (control.isCancelled()) {
            book.cancelled = true;
            book.error = WorkbookError::cancelled();
            break;
        }
        SheetBuilder builder(part.name, &budget);
        XlsxSheetReader sheet(context, &builder);
        const bool read = XmlStream::readPart(
            zip, part.path, XmlStream::Names::Local, control, &done, total,
            [&sheet](const XmlStream &xml, QString *error) {
                if (sheet.handle(xml))
                    return true;
                *error = sheet.error();
                return false;
            },
            &book);
        if (!read)
            break;
        book.sheets.append(builder.take());
    }
    if (!book.ok())
        book.sheets.clear();
    qCDebug(lcImport) << "Read xlsx with" << book.sheets.size() << "sheets";
    return book;
}

Workbook XlsxReader::readData(const QByteArray &data, const ReadControl &control)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    ZipArchive zip(&buffer);
    if (!zip.open()) {
        Workbook book;
        book.format = QStringLiteral("xlsx");
        book.error = zip.error();
        return book;
    }
    return read(zip, control);
}

} // namespace attendance
