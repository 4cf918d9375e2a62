// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the .ods reader. An input that starts like a zip is read as it is, which
// fuzzes the archive layer; any other input becomes content.xml of an archive made here (stored,
// with the OpenDocument mimetype), so that mutations reach the XML instead of breaking checksums.

#include "FuzzSupport.h"
#include "ZipBuilder.h"
#include "spreadsheet/ods/OdsReader.h"

#include <cstddef>
#include <cstdint>

using namespace attendance;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("PK")) {
        fuzz::check(OdsReader::readData(bytes));
        return 0;
    }
    fuzz::check(OdsReader::readData(
        test::makeZip({{QStringLiteral("mimetype"),
                           QByteArrayLiteral("application/vnd.oasis.opendocument.spreadsheet"), 0},
            {QStringLiteral("content.xml"), bytes, 0}})));
    return 0;
}
