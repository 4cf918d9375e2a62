// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "AppInfo.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstring>

static void initAttendanceGuiResources()
{
    // Resources of a static library are only linked in when something refers to them; this
    // does, and Q_INIT_RESOURCE has to be used outside any namespace.
    Q_INIT_RESOURCE(app);
    Q_INIT_RESOURCE(gui);
}

namespace attendance::gui {

namespace {

/// Core's ApiError translates with the short context "ApiError" while lupdate files the same
/// strings under the class, "attendance::ApiError". Looking up the qualified name as well keeps
/// those messages in Spanish whichever way core spells the context.
class AppTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
        int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isNull() && context && !std::strstr(context, "::")) {
            const QByteArray qualified = QByteArrayLiteral("attendance::") + context;
            text = QTranslator::translate(qualified.constData(), sourceText, disambiguation, n);
        }
        return text;
    }
};

void install(QTranslator *translator, const QString &file, const QString &directory)
{
    if (translator->load(file, directory))
        QCoreApplication::installTranslator(translator);
    else
        qCDebug(lcUi) << "no translation" << file << "in" << directory;
}

} // namespace

void initResources()
{
    initAttendanceGuiResources();
}

void setUpApplication()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(appinfo::kAppName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(appinfo::kOrganization));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(appinfo::kVersion));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(appinfo::kAppId));
    initResources();
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/attendance-importer.svg")));
    installTranslators(uiLanguage(requestedLanguage(QCoreApplication::arguments())));
}

QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if ((argument == u"--lang" || argument == u"-lang") && i + 1 < arguments.size())
            return arguments.at(i + 1).trimmed().toLower();
        if (argument.startsWith(u"--lang="))
            return argument.mid(7).trimmed().toLower();
    }
    return {};
}

QString uiLanguage(const QString &requested)
{
    if (requested == u"es" || requested == u"en")
        return requested;
    const QStringList languages = QLocale::system().uiLanguages();
    const bool spanish
        = !languages.isEmpty() && QLocale(languages.constFirst()).language() == QLocale::Spanish;
    return spanish ? QStringLiteral("es") : QStringLiteral("en");
}

void installTranslators(const QString &language)
{
    initResources();
    auto *app = QCoreApplication::instance();
    // English needs a catalogue too: the plural forms ("1 row", "2 rows") of the source texts.
    install(new AppTranslator(app), QStringLiteral("attendance-importer_%1").arg(language),
        QStringLiteral(":/i18n"));
    if (language != u"en")
        install(new QTranslator(app), QStringLiteral("qtbase_%1").arg(language),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QLocale::Language wanted = language == u"es" ? QLocale::Spanish : QLocale::English;
    if (QLocale::system().language() != wanted)
        QLocale::setDefault(QLocale(wanted));
}

} // namespace attendance::gui
