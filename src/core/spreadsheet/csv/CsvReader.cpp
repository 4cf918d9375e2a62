// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheet/csv/CsvReader.h"

#include "Logging.h"
#include "spreadsheet/InputFile.h"
#include "spreadsheet/ReadLimits.h"
#include "spreadsheet/csv/CsvParser.h"
#include "spreadsheet/csv/TextDecoding.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <optional>
#include <type_traits>

namespace attendance {

namespace {

// Progress and cancellation are looked at this often: cheap, yet several times a second.
constexpr int RecordsPerCheck = 4096;
constexpr qsizetype BinaryCheckPrefix = 8192;

/// Binary data: no text at all, which callers may explain by the file's name instead.
void refuseBinary(ReadResult *result)
{
    result->error = QCoreApplication::translate("attendance::CsvReader",
        "This looks like a binary file (an Excel workbook?). Save it as CSV or open an "
        ".xlsx in a later version.");
    result->binary = true;
}

QString emptyError()
{
    return QCoreApplication::translate("attendance::CsvReader", "The file is empty.");
}

/// Workbooks saved by Excel / LibreOffice (zip: .xlsx, .ods) or old Excel (OLE: .xls).
bool hasWorkbookSignature(QByteArrayView data)
{
    return data.startsWith("PK\x03\x04") || data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

bool isControl(char16_t u)
{
    return u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f';
}

/// NULs never occur in text; many other control characters at the start mean junk too.
template <typename View> bool looksBinary(View text)
{
    if (text.contains('\0'))
        return true;
    const View head = text.first(std::min<qsizetype>(text.size(), BinaryCheckPrefix));
    qsizetype controls = 0;
    for (const auto c : head)
        controls += isControl(char16_t(static_cast<unsigned char>(c)));
    return controls * 20 > head.size();
}

template <> bool looksBinary(QStringView text)
{
    if (text.contains(QChar(u'\0')))
        return true;
    const QStringView head = text.first(std::min<qsizetype>(text.size(), BinaryCheckPrefix));
    qsizetype controls = 0;
    for (const QChar c : head)
        controls += isControl(c.unicode());
    return controls * 20 > head.size();
}

bool isWhitespaceOnly(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

bool isWhitespaceOnly(QByteArrayView bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    });
}

/// Excel's "sep=;" directive (some tools quote it): the delimiter it names and the length of
/// the line, line end included.
template <typename Char>
std::optional<std::pair<QChar, qsizetype>> sepDirective(const Char *text, qsizetype size)
{
    qsizetype i = 0;
    const auto at = [&](qsizetype k) { return k < size ? char16_t(text[k]) : u'\0'; };
    if (at(i) == u'"')
        ++i;
    const auto lower = [&](qsizetype k) { return char16_t(at(k) | 0x20); };
    if (lower(i) != u's' || lower(i + 1) != u'e' || lower(i + 2) != u'p' || at(i + 3) != u'=')
        return std::nullopt;
    i += 4;
    const char16_t delimiter = at(i);
    if (delimiter == u'\0' || delimiter == u'\n' || delimiter == u'\r' || delimiter >= 0x80)
        return std::nullopt;
    ++i;
    // The rest of the line may hold a closing quote and, after a re-save, more delimiters.
    while (i < size && at(i) != u'\n' && at(i) != u'\r') {
        if (at(i) != u'"' && at(i) != delimiter && at(i) != u' ')
            return std::nullopt;
        ++i;
    }
    if (at(i) == u'\r')
        ++i;
    if (at(i) == u'\n')
        ++i;
    return std::pair {QChar(delimiter), i};
}

// Enough of the input to guess its line length, and to tell UTF-8 from other encodings before
// the whole file is read (a later bad byte still sends the file back to detection).
constexpr qsizetype SamplePrefix = 1024 * 1024;

/// About how many lines the input has, from its first megabyte: the sheet is reserved once
/// rather than regrown, without a pass over the whole file to count.
template <typename View> qsizetype estimateLines(View body)
{
    const View sample = body.first(std::min(body.size(), SamplePrefix));
    using Unit = std::remove_cvref_t<decltype(*sample.data())>;
    const auto count = [&](char c) {
        return std::count(sample.data(), sample.data() + sample.size(), Unit(char16_t(c)));
    };
    qsizetype lines = count('\n');
    if (lines == 0)
        lines = count('\r');
    if (sample.size() == body.size())
        return lines + 1;
    return qsizetype(double(lines + 1) * double(body.size()) / double(sample.size()) * 1.05) + 16;
}

enum class Parsed { Ok, Failed, NotUtf8 };

/// Why the record that starts on @p row could not be read.
QString recordError(const CsvParser &parser, int row)
{
    static_assert(ReadLimits::MaxCellChars == 32'767 && ReadLimits::MaxColumns == 16'384,
        "the messages name the limits");
    switch (parser.problem()) {
    case CsvParser::Problem::CellTooLong:
        return QCoreApplication::translate("attendance::CsvReader",
            "The cell in row %1, column %2 holds more than 32,767 characters, more than a "
            "spreadsheet cell can. A quote (\") on that row that is not closed where it should be "
            "may have swallowed the lines after it: check the quotes, or shorten the cell.")
            .arg(row)
            .arg(parser.problemColumn());
    case CsvParser::Problem::TooManyColumns:
        return QCoreApplication::translate("attendance::CsvReader",
            "Row %1 has more than 16,384 columns, which no spreadsheet program writes. Check that "
            "this is a table of attendees and that the delimiter is right.")
            .arg(row);
    case CsvParser::Problem::UnclosedQuote:
    case CsvParser::Problem::None:
        break;
    }
    return QCoreApplication::translate("attendance::CsvReader",
        "The quoted cell that starts on row %1 is never closed, so the rest of the file "
        "would become one cell. Check the quotes (\") on that row.")
        .arg(row);
}

QString tooManyRowsError()
{
    static_assert(ReadLimits::MaxRows == 6'000'000, "the message names the limit");
    return QCoreApplication::translate("attendance::CsvReader",
        "The file has more than 6,000,000 rows, more than can be imported at once. Split it into "
        "smaller files.");
}

QString tooManyCellsError()
{
    static_assert(ReadLimits::MaxCells == 40'000'000, "the message names the limit");
    return QCoreApplication::translate("attendance::CsvReader",
        "The file holds more than 40,000,000 cells, too many to read at once. Delete the columns "
        "you do not need, or split it into smaller files.");
}

/// Splits the whole input into result->sheet. Failed: cancelled, a quote never closes, or a
/// limit of ReadLimits is passed (result->error says which). NotUtf8: UTF-8 input held a byte
/// that is not UTF-8.
///
/// @p storage, for UTF-8 input, is the buffer that holds @p body when the reader may reuse it:
/// if it is valid UTF-8 throughout, it becomes the sheet's text, each cell written over bytes
/// already read (a cell is never longer than the bytes it was read from), so the file is never
/// held twice. The buffer is spent then, whatever the outcome.
template <typename View>
Parsed parseAll(
    View body, const ReadControl &control, ReadResult *result, QByteArray *storage = nullptr)
{
    // Never more room than a file within the limits can fill: a dense first megabyte or a very
    // wide first record must not reserve gigabytes before the limits are even looked at.
    const qsizetype lines = std::min<qsizetype>(estimateLines(body), ReadLimits::MaxRows + 1);
    // The first record tells the usual width, so the cell offsets are allocated once.
    CsvParser probe(body, result->delimiter);
    QStringList firstRecord;
    probe.readRecord(&firstRecord);
    Sheet &sheet = result->sheet;
    bool checked = false;
    if constexpr (std::is_same_v<View, QByteArrayView>) {
        // Checked first, in one fast pass: a bad byte found half-way through would leave neither
        // the file nor a sheet to fall back to.
        if (storage && storage->isDetached() && body.data() >= storage->constData()
            && body.data() + body.size() <= storage->constData() + storage->size()
            && Sheet::isValidUtf8(body)) {
            sheet.adoptBuffer(std::move(*storage));
            checked = true;
        }
    } else {
        Q_UNUSED(storage);
    }
    // Text never takes more bytes than the input has: UTF-8 is copied as it is (U+FFFD for a bad
    // byte is the exception, and the sheet grows for it); decoded text is mostly ASCII.
    sheet.reserve(lines,
        std::min<qsizetype>(
            lines * std::max<qsizetype>(firstRecord.size(), 1), ReadLimits::MaxCells + 1),
        body.size());

    CsvParser parser(body, result->delimiter);
    if (checked)
        parser.setCheckedUtf8();
    const qsizetype total = body.size();
    const auto fail = [&](const QString &error) {
        sheet.clear();
        // A byte that is not UTF-8 sends the file back to detection, which may read it otherwise.
        if (parser.sawInvalidUtf8())
            return Parsed::NotUtf8;
        result->error = error;
        return Parsed::Failed;
    };
    while (!parser.atEnd()) {
        const int row = parser.nextRecordNumber();
        if (row > ReadLimits::MaxRows)
            return fail(tooManyRowsError());
        if (row % RecordsPerCheck == 0) {
            if (parser.sawInvalidUtf8()) {
                sheet.clear();
                return Parsed::NotUtf8;
            }
            if (control.isCancelled()) {
                result->cancelled = true;
                return fail(QCoreApplication::translate(
                    "attendance::CsvReader", "Reading the file was cancelled."));
            }
            control.report(parser.position(), total);
        }
        if (!parser.readRecord(&sheet))
            return fail(recordError(parser, row));
        if (sheet.cellCount() > ReadLimits::MaxCells)
            return fail(tooManyCellsError());
    }
    if (parser.sawInvalidUtf8()) {
        sheet.clear();
        return Parsed::NotUtf8;
    }
    sheet.squeeze();
    control.report(total, total);
    return Parsed::Ok;
}

/// Reads text that is already decoded (UTF-16, legacy code pages).
void readDecoded(const QString &decoded, const CsvOptions &options, const ReadControl &control,
    ReadResult *result)
{
    QStringView text = decoded;
    if (looksBinary(text)) {
        refuseBinary(result);
        return;
    }
    if (isWhitespaceOnly(text)) {
        result->error = emptyError();
        return;
    }
    const auto sep = sepDirective(text.utf16(), text.size());
    if (sep)
        text = text.sliced(sep->second);
    result->delimiter = !options.delimiter.isNull() ? options.delimiter
        : sep                                       ? sep->first
                                                    : CsvParser::detectDelimiter(text);
    parseAll(text, control, result);
}

/// Reads UTF-8 as bytes: no decoded copy of the whole file is ever held. NotUtf8 when a byte
/// turns out not to be UTF-8 (nothing is kept then).
Parsed readUtf8(QByteArrayView bytes, const CsvOptions &options, const ReadControl &control,
    ReadResult *result, QByteArray *storage)
{
    if (looksBinary(bytes)) {
        refuseBinary(result);
        return Parsed::Failed;
    }
    if (isWhitespaceOnly(bytes)) {
        result->error = emptyError();
        return Parsed::Failed;
    }
    const auto sep = sepDirective(bytes.data(), bytes.size());
    if (sep)
        bytes = bytes.sliced(sep->second);
    if (!options.delimiter.isNull() && options.delimiter.unicode() >= 0x80) {
        // A non-ASCII delimiter could split a multi-byte sequence: take the decoded path.
        readDecoded(QString::fromUtf8(bytes), options, control, result);
        return result->ok() ? Parsed::Ok : Parsed::Failed;
    }
    if (!options.delimiter.isNull()) {
        result->delimiter = options.delimiter;
    } else if (sep) {
        result->delimiter = sep->first;
    } else {
        // A sequence cut at the end of the prefix becomes U+FFFD there, which is harmless.
        const QByteArrayView prefix = bytes.first(std::min<qsizetype>(bytes.size(), 256 * 1024));
        result->delimiter = CsvParser::detectDelimiter(QString::fromUtf8(prefix));
    }
    return parseAll(bytes, control, result, storage);
}

/// The encoding, judged on a prefix cut at a line end (so no character is split): checking the
/// whole file for UTF-8 first would cost a pass over it; readUtf8 notices a bad byte anyway.
TextEncoding detectFromPrefix(QByteArrayView data)
{
    if (data.size() <= SamplePrefix)
        return detectTextEncoding(data);
    QByteArrayView prefix = data.first(SamplePrefix);
    if (const qsizetype lineEnd = prefix.lastIndexOf('\n'); lineEnd > 0)
        prefix = prefix.first(lineEnd + 1);
    return detectTextEncoding(prefix);
}

/// @p storage: the buffer that holds @p data, when the reader may spend it (see parseAll()).
ReadResult readBytes(QByteArrayView data, const CsvOptions &options, const ReadControl &control,
    QByteArray *storage = nullptr)
{
    ReadResult result;
    if (data.size() > ReadLimits::MaxInputBytes) {
        result.error = InputFile::tooLargeMessage();
        return result;
    }
    if (data.isEmpty()) {
        result.error = emptyError();
        return result;
    }
    if (hasWorkbookSignature(data)) {
        refuseBinary(&result);
        return result;
    }

    const bool given = !options.encoding.trimmed().isEmpty();
    TextEncoding encoding;
    if (!given) {
        encoding = detectFromPrefix(data);
    } else if (const auto named = textEncodingNamed(options.encoding)) {
        encoding = *named;
        if (encoding.kind == TextEncoding::Kind::Utf8 && data.startsWith("\xEF\xBB\xBF"))
            encoding.bomSize = 3;
    } else {
        result.error = QCoreApplication::translate("attendance::CsvReader",
            "Unknown encoding '%1'. Use UTF-8, UTF-16, windows-1252, ISO-8859-1 or macroman, or "
            "leave it empty to detect it.")
                           .arg(options.encoding);
        return result;
    }

    if (encoding.kind == TextEncoding::Kind::Utf8) {
        result.encoding = encoding.name;
        if (readUtf8(data.sliced(encoding.bomSize), options, control, &result, storage)
            != Parsed::NotUtf8)
            return result;
        // Not UTF-8 after all. Given by the user: keep it, bad bytes as U+FFFD; else, with a
        // BOM the file says UTF-8 and is damaged; without one, the whole file decides now.
        result = ReadResult {};
        if (!given && encoding.bomSize == 0)
            encoding = detectTextEncoding(data);
    }
    result.encoding = encoding.name;
    // Detection gives Other only when no BOM, NUL pattern or valid UTF-8 told the encoding.
    result.encodingGuessed = !given && encoding.kind == TextEncoding::Kind::Other;
    readDecoded(decodeText(data, encoding), options, control, &result);
    return result;
}

} // namespace

ReadResult CsvReader::readFile(
    const QString &path, const CsvOptions &options, const ReadControl &control)
{
    // Read into memory, never mapped: a file another program cuts short would kill a mapping
    // reader with SIGBUS. InputFile also refuses a file that changes while it is read.
    InputFile::Result input = InputFile::read(path, ReadLimits::MaxInputBytes, control);
    if (!input.ok()) {
        ReadResult result;
        result.error = InputFile::message(path, input);
        result.cancelled = input.failure == InputFile::Failure::Cancelled;
        return result;
    }
    ReadResult result = readBytes(input.data, options, control, &input.data);
    result.sheet.name = QFileInfo(path).completeBaseName();
    if (result.ok()) {
        qCDebug(lcImport) << "Read CSV as" << result.encoding << "with delimiter"
                          << result.delimiter << ":" << result.sheet.rowCount() << "rows";
    }
    return result;
}

ReadResult CsvReader::readData(
    const QByteArray &data, const CsvOptions &options, const ReadControl &control)
{
    return readBytes(data, options, control);
}

ReadResult CsvReader::readData(
    QByteArray &&data, const CsvOptions &options, const ReadControl &control)
{
    QByteArray owned = std::move(data);
    return readBytes(owned, options, control, &owned);
}

} // namespace attendance
