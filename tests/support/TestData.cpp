// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace attendance::test {

QString dataPath(const QString &relative)
{
    const QString root
        = qEnvironmentVariable("ATTENDANCE_TEST_DATA", QStringLiteral(ATTENDANCE_TEST_DATA_DIR));
    return QDir(root).absoluteFilePath(relative);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString personEmail(int i)
{
    return u"person%1@example.com"_s.arg(i);
}

QByteArray peopleCsv(int count)
{
    QByteArray csv = "email,first name\n";
    for (int i = 0; i < count; ++i)
        csv += (personEmail(i) + u",Zoë %1\n"_s.arg(i)).toUtf8();
    return csv;
}

} // namespace attendance::test
