// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace attendance::fuzz {

/// A zip holding these entries, stored uncompressed: building it must cost little per input.
inline QByteArray zipFromParts(const QList<QPair<QString, QByteArray>> &entries)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QuaZip zip(&buffer);
    zip.setAutoClose(false);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (const auto &[name, data] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 0, 0))
            return {};
        file.write(data);
        file.close();
    }
    zip.close();
    return buffer.data();
}

} // namespace attendance::fuzz
