// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the CSV reader. The first byte picks the options a user can give (encoding,
// delimiter), the rest is the file.

#include "FuzzSupport.h"
#include "spreadsheet/csv/CsvReader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

using namespace attendance;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    if (size == 0)
        return 0;
    static const char *const encodings[]
        = {"", "UTF-8", "windows-1252", "UTF-16LE", "UTF-16BE", "ISO-8859-1"};
    static const char16_t delimiters[] = {0, u',', u';', u'\t', u'|'};
    CsvOptions options;
    options.encoding = QString::fromLatin1(encodings[data[0] % std::size(encodings)]);
    if (const char16_t d = delimiters[(data[0] / 8) % std::size(delimiters)])
        options.delimiter = QChar(d);
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const ReadResult read = CsvReader::readData(bytes, options);
    Workbook book;
    book.error = read.error;
    if (read.ok())
        book.sheets.append(read.sheet);
    fuzz::check(book);
    return 0;
}
