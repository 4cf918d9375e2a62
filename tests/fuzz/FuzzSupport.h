// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the fuzz targets: a Qt application object (readers translate their messages) and a
// check that every workbook read is either a success with sheets or an error, never both.

#include "spreadsheet/Workbook.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <cstdlib>

namespace attendance::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    // Qt's and QuaZip's warnings about broken input (QBuffer::seek on a damaged zip, thousands
    // a minute) would bury the fuzzer's own report; a crash or sanitizer error still shows.
    static const bool quiet = [] {
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &) {
            if (type == QtFatalMsg)
                std::abort();
        });
        return true;
    }();
    Q_UNUSED(quiet);
}

/// Walks every cell, so a dangling view or a broken row index shows up under ASan, and checks
/// that every cell holds valid UTF-8.
inline void check(const Workbook &book)
{
    if (!book.ok() && !book.sheets.isEmpty())
        std::abort();
    qsizetype total = 0;
    for (const Sheet &sheet : book.sheets) {
        for (int r = 0; r < sheet.rowCount(); ++r) {
            for (int c = 0; c < sheet.columnCount(r); ++c) {
                // Every cell is valid UTF-8, whatever the input held.
                const QUtf8StringView cell = sheet.cellUtf8(r, c);
                if (!QByteArrayView(cell.data(), cell.size()).isValidUtf8())
                    std::abort();
                total += sheet.cellText(r, c).size();
            }
        }
    }
    if (total < 0)
        std::abort();
}

} // namespace attendance::fuzz
