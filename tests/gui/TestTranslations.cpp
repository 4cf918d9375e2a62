// SPDX-License-Identifier: GPL-3.0-or-later
// The Spanish catalogue reaches core's messages too, whatever context core translates them with.
#include "Application.h"
#include "hubspot/ApiConfig.h"
#include "hubspot/ApiError.h"
#include "mapping/EmailCheck.h"
#include "mapping/ImportPlan.h"
#include "models/ResultsModel.h"
#include "spreadsheet/Sheet.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace attendance;

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coreMessages();
    void importReasons();
    void pluralForms();
};

void TestTranslations::initTestCase()
{
    gui::installTranslators(u"es"_s);
}

void TestTranslations::coreMessages()
{
    // ApiError translates under "ApiError", lupdate files it under "attendance::ApiError".
    QCOMPARE(ApiError::timeout(60).userMessage(),
        u"HubSpot no respondió a tiempo. Revise su conexión e inténtelo de nuevo."_s);
    QCOMPARE(ResultsModel::statusText(RowStatus::Succeeded), u"Correcta"_s);
    QCOMPARE(checkBaseUrl(QUrl(u"ftp://example.com"_s)),
        u"La dirección del servidor debe empezar con https://."_s);
}

void TestTranslations::importReasons()
{
    // The reasons a row is set aside come from core, and reach the Spanish preview as they are.
    QCOMPARE(checkEmail(u"ana.example.com"_s).reason, u"La dirección no tiene @"_s);
    const Sheet sheet = Sheet::fromRows(u"Hoja1"_s, {{u"Nombre"_s}, {u"Ana"_s}});
    ImportPlan plan;
    QString error;
    QVERIFY(!buildImportPlan(sheet, ImportOptions {}, &plan, &error));
    QVERIFY2(
        error.startsWith(u"Ninguna columna tiene direcciones de correo."_s), qPrintable(error));
}

void TestTranslations::pluralForms()
{
    QCOMPARE(
        QCoreApplication::translate("attendance::gui::PreviewPane", "%n duplicate(s)", nullptr, 1),
        u"1 duplicada"_s);
    QCOMPARE(
        QCoreApplication::translate("attendance::gui::PreviewPane", "%n duplicate(s)", nullptr, 2),
        u"2 duplicadas"_s);
    QCOMPARE(QCoreApplication::translate("attendance::gui::PreviewPane", "%n repaired", nullptr, 3),
        u"3 corregidas"_s);
    QCOMPARE(QCoreApplication::translate(
                 "attendance::gui::SendPage", "%n row(s) will be skipped.", nullptr, 0),
        u"Se omitirán 0 filas."_s);
    // The send controls: waits, resumable runs, verification.
    QCOMPARE(QCoreApplication::translate(
                 "attendance::gui::SendPage", "Waiting %1 s: HubSpot's rate limit")
                 .arg(8),
        u"Esperando 8 s: límite de solicitudes de HubSpot"_s);
    QCOMPARE(QCoreApplication::translate(
                 "attendance::gui::ResumeOffer", "%1 of %n row(s) not sent yet.", nullptr, 6)
                 .arg(3),
        u"3 de 6 filas sin enviar."_s);
    QCOMPARE(QCoreApplication::translate("attendance::gui::VerifyPanel",
                 "HubSpot shows: %n person(s) as %1 in the event.", nullptr, 1)
                 .arg(u"asistentes"_s),
        u"HubSpot muestra: 1 persona como asistentes en el evento."_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
