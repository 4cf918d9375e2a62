// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotTour.h"

#include "Dialogs.h"
#include "Logging.h"
#include "MainWindow.h"
#include "pages/ConnectPage.h"
#include "pages/EventPage.h"
#include "pages/FilePage.h"
#include "pages/SendPage.h"
#include "pages/VerifyPanel.h"
#include "services/Session.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace attendance::gui {

namespace {

// Long enough for layouts and icon caches to settle before a grab.
constexpr int SettleMs = 400;

/// "Núñez" -> "nunez": accents off, lower case, letters only.
QString slug(const QString &name)
{
    static const QRegularExpression notLetter(u"[^a-z]"_s);
    return name.normalized(QString::NormalizationForm_D).toLower().remove(notLetter);
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
    , m_suffix(QLocale().language() == QLocale::Spanish ? QStringLiteral("-es") : QString())
{ }

QString ScreenshotTour::writeSampleFile(const QString &directory, bool spanish)
{
    const QStringList first = {u"María"_s, u"José"_s, u"Lucía"_s, u"Andrés"_s, u"Sofía"_s,
        u"Martín"_s, u"Valentina"_s, u"Tomás"_s, u"Camila"_s, u"Joaquín"_s, u"Renée"_s, u"Zoë"_s};
    const QStringList last = {u"Fernández"_s, u"Núñez"_s, u"Gómez"_s, u"Peña"_s, u"Ibáñez"_s,
        u"Müller"_s, u"O'Brien"_s, u"Castro"_s, u"Rojas"_s, u"Durán"_s, u"Silva"_s};
    const QStringList companies = {u"Acme Latam"_s, u"Grupo Andino"_s, u"Café Montaña"_s,
        u"Nórdica SA"_s, u"Blue Harbor Ltd"_s};
    QString csv = spanish ? u"Nombre,Apellido,Correo electrónico,Empresa,Comentarios\n"_s
                          : u"First name,Last name,Email,Company,Notes\n"_s;
    for (int i = 0; i < 245; ++i) {
        const QString &f = first.at(i % first.size());
        const QString &l = last.at((i * 7) % last.size());
        const QString email = QStringLiteral("%1.%2%3@example.com").arg(slug(f), slug(l)).arg(i);
        csv += QStringLiteral("%1,%2,%3,%4,\n")
                   .arg(f, l, email, companies.at(i % companies.size()));
        // A few problems early in the file, so the preview and the results show them.
        if (i == 2)
            csv += spanish
                ? u"Pablo,Ortiz,pablo.ortiz(at)example.com,Acme Latam,escribió mal su correo\n"_s
                : u"Paul,Ortiz,paul.ortiz(at)example.com,Acme Latam,typed the address wrong\n"_s;
        if (i == 5)
            csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                       .arg(f, l, email.toUpper(), companies.at(i % companies.size()),
                           spanish ? u"inscrita dos veces"_s : u"signed up twice"_s);
        if (i == 9)
            csv += spanish ? u"Elena,Vidal,elena.vidal@,Grupo Andino,\n"_s
                           : u"Ellen,Vidal,ellen.vidal@,Grupo Andino,\n"_s;
        if (i == 14) // pasted from a mail client: sent, and marked as repaired
            csv += u"Inés,Ortega,mailto:ines.ortega@example.com,Nórdica SA,\n"_s;
        if (i == 30)
            csv += u"Ana,Ruiz,ana.ruiz@example..com,Café Montaña,\n"_s;
        if (i == 60)
            csv += QStringLiteral("%1,%2,%3,,\n")
                       .arg(first.at(0), last.at(0), u"maria.fernandez0@example.com"_s);
    }
    QString path = QDir(directory).filePath(
        spanish ? u"asistentes-webinar.csv"_s : u"webinar-attendees.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(csv.toUtf8());
    return path;
}

void ScreenshotTour::start()
{
    if (!m_window || !QDir().mkpath(m_directory)) {
        fail(QStringLiteral("cannot create %1").arg(m_directory));
        return;
    }
    // The connect page as a newcomer sees it, with the help about tokens open.
    if (auto *help = m_window->findChild<QLabel *>(QStringLiteral("helpText")))
        help->show();
    QTimer::singleShot(SettleMs, this, [this] {
        grab(QStringLiteral("1-connect"));
        if (auto *help = m_window->findChild<QLabel *>(QStringLiteral("helpText")))
            help->hide();
        connect(m_window->session(), &Session::connectFinished, this,
            &ScreenshotTour::afterConnected, Qt::SingleShotConnection);
        m_window->startDemo();
    });
}

void ScreenshotTour::afterConnected()
{
    // The Spanish webinar of the demo account, marked as attended.
    m_window->eventPage()->selectEvent(QStringLiteral("412934701"));
    m_window->eventPage()->setState(SubscriberState::Attend);
    QTimer::singleShot(SettleMs, this, &ScreenshotTour::afterEventChosen);
}

void ScreenshotTour::afterEventChosen()
{
    grab(QStringLiteral("2-event"));
    m_window->findChild<QPushButton *>(QStringLiteral("nextButton"))->click();
    const QString path = writeSampleFile(m_temp.path(), !m_suffix.isEmpty());
    connect(m_window->filePage(), &FilePage::fileLoaded, this, &ScreenshotTour::afterFileLoaded,
        Qt::SingleShotConnection);
    m_window->filePage()->openFile(path);
}

void ScreenshotTour::afterFileLoaded(bool ok)
{
    if (!ok) {
        fail(QStringLiteral("the sample file did not load"));
        return;
    }
    QTimer::singleShot(SettleMs, this, [this] {
        grab(QStringLiteral("3-file"));
        // Small batches, so there is a moment with the run half done to show.
        SendEngine::Options options;
        options.batchSize = 25;
        m_window->sendPage()->setEngineOptions(options);
        connect(
            m_window->sendPage(), &SendPage::progressChanged, this, &ScreenshotTour::onProgress);
        connect(m_window->sendPage(), &SendPage::runningChanged, this, &ScreenshotTour::afterSent);
        Dialogs::setNextConfirm(true);
        m_window->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    });
}

void ScreenshotTour::onProgress(int done, int total)
{
    if (m_grabbedProgress || done < total / 2)
        return;
    m_grabbedProgress = true;
    grab(QStringLiteral("4-send"));
}

void ScreenshotTour::afterSent(bool running)
{
    if (running)
        return;
    // The results as a coordinator ends up seeing them: checked in HubSpot.
    auto *verify = m_window->findChild<VerifyPanel *>(QStringLiteral("verifyPanel"));
    auto *verifyButton = m_window->findChild<QPushButton *>(QStringLiteral("verifyButton"));
    if (!verify || !verifyButton || !verifyButton->isEnabled()) {
        fail(QStringLiteral("nothing to verify"));
        return;
    }
    connect(verify, &VerifyPanel::runningChanged, this, [this](bool checking) {
        if (checking)
            return;
        QTimer::singleShot(SettleMs, this, [this] {
            grab(QStringLiteral("5-results"));
            Q_EMIT finished(true);
        });
    });
    QTimer::singleShot(SettleMs, verifyButton, &QPushButton::click);
}

void ScreenshotTour::grab(const QString &name)
{
    const QString path = QDir(m_directory).filePath(name + m_suffix + u".png");
    if (!m_window->grab().save(path))
        qCWarning(lcUi) << "could not save" << path;
    else
        qCInfo(lcUi) << "saved" << path;
}

void ScreenshotTour::fail(const QString &why)
{
    qCWarning(lcUi) << "screenshot tour failed:" << why;
    Q_EMIT finished(false);
}

} // namespace attendance::gui
