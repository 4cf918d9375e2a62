// SPDX-License-Identifier: GPL-3.0-or-later
// The acceptance check of issue 3: for every fixture, `validate --json` (the real CLI, run with
// QProcess) and the GUI's file page (FilePage and its FileLoader, offscreen) find the same
// attendees, invalid rows and duplicates, and the preview shows every one of those problems.
#include "CliProcess.h"
#include "GuiTestSupport.h"
#include "TestData.h"
#include "models/PreviewModel.h"
#include "pages/FilePage.h"
#include "services/Session.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace attendance;

namespace {

constexpr int TimeoutMs = 60000;

QJsonObject toObject(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

/// The GUI's plan in the shape of validate --json, field for field.
QJsonObject asJson(const ImportPlan &plan)
{
    QJsonArray attendees;
    for (const Attendee &a : plan.attendees) {
        attendees.append(QJsonObject {{u"row"_s, a.row}, {u"email"_s, a.email},
            {u"interactionDateTime"_s,
                a.interactionDateTime ? QJsonValue(*a.interactionDateTime)
                                      : QJsonValue(QJsonValue::Null)},
            {u"contactProperties"_s, toObject(a.contactProperties)},
            {u"properties"_s, toObject(a.properties)}});
    }
    QJsonArray invalid;
    for (const InvalidRow &r : plan.invalid)
        invalid.append(
            QJsonObject {{u"row"_s, r.row}, {u"value"_s, r.value}, {u"reason"_s, r.reason}});
    QJsonArray duplicates;
    for (const DuplicateRow &d : plan.duplicates)
        duplicates.append(QJsonObject {{u"row"_s, d.row}, {u"email"_s, d.email},
            {u"firstRow"_s, d.firstRow}, {u"merged"_s, d.merged}});
    return {{u"attendees"_s, attendees}, {u"invalid"_s, invalid}, {u"duplicates"_s, duplicates}};
}

/// Where the two differ, the first differing entry of each array, so a failure says what.
QString firstDifference(const QJsonObject &cli, const QJsonObject &gui)
{
    for (const QString &key : {u"attendees"_s, u"invalid"_s, u"duplicates"_s}) {
        const QJsonArray a = cli.value(key).toArray();
        const QJsonArray b = gui.value(key).toArray();
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            if (a.at(i) != b.at(i)) {
                return u"%1[%2]\n  cli: %3\n  gui: %4"_s.arg(key)
                    .arg(i)
                    .arg(QString::fromUtf8(
                        QJsonDocument(a.at(i).toObject()).toJson(QJsonDocument::Compact)))
                    .arg(QString::fromUtf8(
                        QJsonDocument(b.at(i).toObject()).toJson(QJsonDocument::Compact)));
            }
        }
    }
    return {};
}

} // namespace

class TestParity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliAndGuiAgree_data();
    void cliAndGuiAgree();
};

void TestParity::initTestCase()
{
    test::setUpGuiTestApplication(); // no remembered column choices: both start from detection
    QVERIFY(QFile::exists(QStringLiteral(CLI_PATH)));
}

void TestParity::cliAndGuiAgree_data()
{
    QTest::addColumn<QString>("path");
    int files = 0;
    for (const QString &folder : {u"exports"_s, u"csv"_s, u"xlsx"_s, u"ods"_s}) {
        const QDir dir(test::dataPath(folder));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QTest::newRow(qPrintable(folder + u'/' + name)) << dir.absoluteFilePath(name);
            ++files;
        }
    }
    QVERIFY2(files > 0, "no fixtures found");
}

void TestParity::cliAndGuiAgree()
{
    QFETCH(QString, path);

    const test::CliResult cli = test::runCli({u"validate"_s, path, u"--json"_s}, {}, TimeoutMs);
    QVERIFY2(cli.finished, cli.describe().constData());
    const QJsonObject fromCli = cli.json();

    gui::Session session;
    gui::FilePage page(&session);
    QSignalSpy loaded(&page, &gui::FilePage::fileLoaded);
    page.openFile(path);
    QVERIFY(loaded.wait(TimeoutMs));
    const gui::LoadedFile &file = page.loadedFile();

    // A file either side cannot use, the other cannot use either.
    const bool cliOk = !cli.crashed && cli.exitCode == 0;
    QCOMPARE(file.canSend(), cliOk);
    QCOMPARE(session.hasPlan(), cliOk);
    if (!cliOk) {
        QCOMPARE(cli.exitCode, 2);
        return;
    }
    QCOMPARE(file.plan.sheet, fromCli.value(u"sheet"_s).toString());
    QCOMPARE(file.plan.headerRow, fromCli.value(u"headerRow"_s).toInt());
    QCOMPARE(
        file.plan.tableEndRow, fromCli.value(u"tableEnd"_s).toObject().value(u"row"_s).toInt());
    const QJsonObject fromGui = asJson(session.plan());
    QJsonObject cliLists;
    for (const QString &key : {u"attendees"_s, u"invalid"_s, u"duplicates"_s})
        cliLists.insert(key, fromCli.value(key));
    QVERIFY2(cliLists == fromGui, qPrintable(firstDifference(cliLists, fromGui)));

    // The preview shows each problem on its own row, with the reason the CLI gives.
    QHash<int, QString> problems;
    for (const InvalidRow &r : file.plan.invalid)
        problems.insert(r.row, r.reason);
    for (const DuplicateRow &d : file.plan.duplicates)
        problems.insert(d.row, {});
    const QAbstractItemModel *preview = page.findChild<QTableView *>(u"previewView"_s)->model();
    QSet<int> shown;
    for (int r = 0; r < preview->rowCount(); ++r) {
        const QModelIndex index = preview->index(r, 0);
        if (index.data(PreviewModel::RowProblemRole).toInt() == int(PreviewRow::Problem::None))
            continue;
        const int row = index.data(PreviewModel::RowNumberRole).toInt();
        shown.insert(row);
        if (!problems.value(row).isEmpty())
            QCOMPARE(index.data(PreviewModel::ProblemReasonRole).toString(), problems.value(row));
    }
    QCOMPARE(shown.size(), problems.size());
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        QVERIFY2(shown.contains(it.key()), qPrintable(QString::number(it.key())));
}

QTEST_MAIN(TestParity)
#include "TestParity.moc"
