// SPDX-License-Identifier: GPL-3.0-or-later
// The Spanish catalogue reaches core's messages too, whatever context core translates them with.
#include "Application.h"
#include "hubspot/ApiConfig.h"
#include "hubspot/ApiError.h"
#include "results/ResultsModel.h"

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

void TestTranslations::pluralForms()
{
    QCOMPARE(
        QCoreApplication::translate("attendance::gui::FilePage", "%n duplicate(s)", nullptr, 1),
        u"1 duplicada"_s);
    QCOMPARE(
        QCoreApplication::translate("attendance::gui::FilePage", "%n duplicate(s)", nullptr, 2),
        u"2 duplicadas"_s);
    QCOMPARE(QCoreApplication::translate(
                 "attendance::gui::SendPage", "%n row(s) will be skipped.", nullptr, 0),
        u"Se omitirán 0 filas."_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
