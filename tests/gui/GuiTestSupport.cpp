// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "AppInfo.h"
#include "Application.h"
#include "Dialogs.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace attendance::test {

void setUpGuiTestApplication()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(appinfo::kAppName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(appinfo::kOrganization));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(appinfo::kVersion));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    gui::Dialogs::setMessagesSuppressed(true);
    gui::installTranslators(u"en"_s);
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

QByteArray thirtyRowCsv()
{
    const QStringList first = {u"José"_s, u"María"_s, u"Núria"_s, u"Iñaki"_s, u"Zoë"_s, u"Chloé"_s,
        u"Joaquín"_s, u"Ana"_s, u"Sebastián"_s};
    const QStringList last
        = {u"Núñez"_s, u"Gómez"_s, u"Peña"_s, u"Ibáñez"_s, u"Müller"_s, u"Durán"_s};
    QString csv = u"Nombre,Apellido,Correo electrónico,Empresa\n"_s;
    int person = 0;
    for (int row = 2; row <= 31; ++row) {
        if (row == 6) {
            csv += u"Ángel,Ruiz,=1+1,Acme\n"_s; // a formula: must stay inert in the export
            continue;
        }
        if (row == 12) {
            csv += u"Elena,Vidal,elena.vidal@,Acme\n"_s;
            continue;
        }
        if (row == 20) {
            csv += u"José,Núñez,JOSE.NUNEZ0@EXAMPLE.COM,Acme\n"_s; // same as row 2
            continue;
        }
        const QString f = first.at(person % first.size());
        const QString l = last.at(person % last.size());
        csv += u"%1,%2,%3,Café Montaña\n"_s.arg(f, l,
            u"%1.%2%3@example.com"_s
                .arg(person == 0 ? u"jose"_s : u"p"_s, person == 0 ? u"nunez"_s : u"erson"_s)
                .arg(person));
        ++person;
    }
    return csv.toUtf8();
}

} // namespace attendance::test
