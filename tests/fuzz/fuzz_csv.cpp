// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the CSV reader. The first byte picks the options a user can give (encoding,
// delimiter), the rest is the file. Each input is read twice, copied and in place, and the two
// sheets must agree.

#include "FuzzSupport.h"
#include "spreadsheet/csv/CsvReader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <utility>

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

    // The same bytes handed over, so that UTF-8 is parsed in place in its own buffer (the path
    // files take): it must read exactly as the copying path does.
    QByteArray owned(bytes.constData(), bytes.size());
    const ReadResult inPlace = CsvReader::readData(std::move(owned), options);
    if (inPlace.error != read.error || inPlace.encoding != read.encoding
        || inPlace.delimiter != read.delimiter || inPlace.sheet.toRows() != read.sheet.toRows())
        std::abort();
    return 0;
}
