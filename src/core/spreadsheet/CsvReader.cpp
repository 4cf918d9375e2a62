// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/CsvReader.h"

#include "Logging.h"
#include "spreadsheet/CsvParser.h"

#include <QByteArrayView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <algorithm>
#include <optional>

namespace attendance {

namespace {

// HubSpot's own import limit; a larger CSV would not fit in memory comfortably as a QString either.
constexpr qint64 MaxFileSize = 512LL * 1024 * 1024;

QString binaryFileError()
{
    return QStringLiteral("This looks like a binary file (an Excel workbook?). Save it as CSV "
                          "or open an .xlsx in a later version.");
}

QString tooLargeError()
{
    return QStringLiteral("The file is larger than 512 MiB, more than HubSpot imports at once. "
                          "Split it into smaller files.");
}

/// Workbooks saved by Excel / LibreOffice (zip: .xlsx, .ods) or old Excel (OLE: .xls).
bool hasWorkbookSignature(QByteArrayView data)
{
    return data.startsWith("PK\x03\x04") || data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

/// UTF-16 saved without a BOM shows as ASCII bytes paired with NULs; which half of the pair holds
/// the NUL tells the byte order.
std::optional<QStringConverter::Encoding> sniffUtf16WithoutBom(QByteArrayView data)
{
    const qsizetype sample = std::min<qsizetype>(data.size(), 4096) & ~qsizetype(1);
    if (sample < 4)
        return std::nullopt;
    int evenNuls = 0;
    int oddNuls = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenNuls += data[i] == '\0';
        oddNuls += data[i + 1] == '\0';
    }
    const int pairs = int(sample / 2);
    // Mostly-ASCII text: nearly every pair has a NUL in the same half and never in the other.
    if (oddNuls * 10 >= pairs * 9 && evenNuls == 0)
        return QStringConverter::Utf16LE;
    if (evenNuls * 10 >= pairs * 9 && oddNuls == 0)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

struct Decoded
{
    QString text;
    QString encoding;
    QString error;
};

QString decodeWith(QStringDecoder &decoder, QByteArrayView data)
{
    QString text = decoder.decode(data);
    // Qt skips a BOM for its built-in codecs; ICU-backed ones may keep it.
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

/// The decoder for a name the user gave, with the name to report; nullopt when unknown.
std::optional<QString> canonicalEncodingName(const QString &name, QStringDecoder *decoder)
{
    QString key = name.trimmed().toUpper();
    key.remove(u'-').remove(u'_').remove(u' ');
    const auto builtIn = [&](QStringConverter::Encoding encoding, const QString &canonical) {
        *decoder = QStringDecoder(encoding);
        return std::optional<QString>(canonical);
    };
    if (key == u"UTF8")
        return builtIn(QStringConverter::Utf8, QStringLiteral("UTF-8"));
    if (key == u"UTF16")
        return builtIn(QStringConverter::Utf16, QStringLiteral("UTF-16"));
    if (key == u"UTF16LE")
        return builtIn(QStringConverter::Utf16LE, QStringLiteral("UTF-16LE"));
    if (key == u"UTF16BE")
        return builtIn(QStringConverter::Utf16BE, QStringLiteral("UTF-16BE"));
    if (key == u"ISO88591" || key == u"LATIN1")
        return builtIn(QStringConverter::Latin1, QStringLiteral("ISO-8859-1"));

    // Anything else the platform knows (ICU on Linux: windows-1252, Shift_JIS, ...).
    const QByteArray latin = name.trimmed().toLatin1();
    if (latin.isEmpty())
        return std::nullopt;
    QStringDecoder named(latin.constData());
    if (!named.isValid())
        return std::nullopt;
    const QString reported = QString::fromLatin1(named.name());
    *decoder = std::move(named);
    return reported;
}

Decoded decodeGiven(QByteArrayView data, const QString &name)
{
    QStringDecoder decoder;
    const std::optional<QString> canonical = canonicalEncodingName(name, &decoder);
    if (!canonical) {
        return {{}, {},
            QStringLiteral("Unknown encoding '%1'. Use UTF-8, UTF-16, windows-1252 or "
                           "ISO-8859-1, or leave it empty to detect it.")
                .arg(name)};
    }
    Decoded decoded {decodeWith(decoder, data), *canonical, {}};
    if (decoder.hasError())
        qCDebug(lcImport) << "Some bytes are not valid" << *canonical << "; kept as U+FFFD";
    return decoded;
}

Decoded decodeDetected(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringConverter::Utf8);
        return {decodeWith(decoder, data), QStringLiteral("UTF-8"), {}};
    }
    if (data.startsWith("\xFF\xFE")) {
        QStringDecoder decoder(QStringConverter::Utf16LE);
        return {decodeWith(decoder, data), QStringLiteral("UTF-16LE"), {}};
    }
    if (data.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringConverter::Utf16BE);
        return {decodeWith(decoder, data), QStringLiteral("UTF-16BE"), {}};
    }
    if (const auto utf16 = sniffUtf16WithoutBom(data)) {
        QStringDecoder decoder(*utf16);
        return {decodeWith(decoder, data),
            *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE")
                                                : QStringLiteral("UTF-16BE"),
            {}};
    }

    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = decodeWith(utf8, data);
    if (!utf8.hasError())
        return {std::move(text), QStringLiteral("UTF-8"), {}};

    // Not UTF-8: most likely saved by Excel on Windows, whose "CSV" is the ANSI code page.
    // Windows-1252 is a superset of Latin-1 for printable characters (€, curly quotes, Ž ...).
    QStringDecoder windows("windows-1252");
    if (windows.isValid())
        return {decodeWith(windows, data), QStringLiteral("windows-1252"), {}};
    QStringDecoder latin1(QStringConverter::Latin1);
    return {decodeWith(latin1, data), QStringLiteral("ISO-8859-1"), {}};
}

/// NULs never occur in text; many other control characters at the start mean junk too.
bool looksBinary(QStringView text)
{
    if (text.contains(QChar(u'\0')))
        return true;
    const QStringView head = text.first(std::min<qsizetype>(text.size(), 8192));
    qsizetype controls = 0;
    for (const QChar c : head) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f')
            ++controls;
    }
    return controls * 20 > head.size();
}

bool isWhitespaceOnly(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

qsizetype estimateLines(QStringView text)
{
    const qsizetype lf = text.count(u'\n');
    return lf > 0 ? lf + 1 : text.count(u'\r') + 1;
}

} // namespace

ReadResult CsvReader::readFile(const QString &path, const CsvOptions &options)
{
    ReadResult result;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = QStringLiteral("Could not open '%1': the file does not exist.").arg(shown);
        return result;
    }
    if (info.isDir()) {
        result.error
            = QStringLiteral("Could not open '%1': it is a folder, not a file.").arg(shown);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("Could not open '%1': %2.").arg(shown, file.errorString());
        return result;
    }
    // Checked before reading so a huge file is never loaded.
    if (file.size() > MaxFileSize) {
        result.error = tooLargeError();
        return result;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.error = QStringLiteral("Could not read '%1': %2.").arg(shown, file.errorString());
        return result;
    }
    result = readData(data, options);
    result.sheet.name = info.completeBaseName();
    return result;
}

ReadResult CsvReader::readData(const QByteArray &data, const CsvOptions &options)
{
    ReadResult result;
    if (data.size() > MaxFileSize) {
        result.error = tooLargeError();
        return result;
    }
    if (data.isEmpty()) {
        result.error = QStringLiteral("The file is empty.");
        return result;
    }
    if (hasWorkbookSignature(data)) {
        result.error = binaryFileError();
        return result;
    }

    Decoded decoded = options.encoding.trimmed().isEmpty() ? decodeDetected(data)
                                                           : decodeGiven(data, options.encoding);
    if (!decoded.error.isEmpty()) {
        result.error = decoded.error;
        return result;
    }
    const QString text = std::move(decoded.text);
    result.encoding = decoded.encoding;
    if (looksBinary(text)) {
        result.error = binaryFileError();
        return result;
    }
    if (isWhitespaceOnly(text)) {
        result.error = QStringLiteral("The file is empty.");
        return result;
    }

    result.delimiter
        = options.delimiter.isNull() ? CsvParser::detectDelimiter(text) : options.delimiter;
    qCDebug(lcImport) << "Reading CSV as" << result.encoding << "with delimiter"
                      << result.delimiter;

    CsvParser parser(text, result.delimiter);
    QList<QStringList> &rows = result.sheet.rows;
    rows.reserve(estimateLines(text));
    QStringList fields;
    while (!parser.atEnd()) {
        const int row = parser.nextRecordNumber();
        if (!parser.readRecord(&fields)) {
            result.error
                = QStringLiteral("The quoted cell that starts on row %1 is never closed, "
                                 "so the rest of the file would become one cell. Check the "
                                 "quotes (\") on that row.")
                      .arg(row);
            rows.clear();
            return result;
        }
        rows.append(fields);
    }
    return result;
}

} // namespace attendance
