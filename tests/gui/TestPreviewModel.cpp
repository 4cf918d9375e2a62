// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping/ImportPlan.h"
#include "models/PreviewFilterModel.h"
#include "models/PreviewModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace attendance;

namespace {

Sheet sheetOf(const QList<QStringList> &rows)
{
    return Sheet::fromRows(u"test"_s, rows);
}

ImportPlan planOf(const Sheet &sheet)
{
    ImportPlan plan;
    QString error;
    if (!buildImportPlan(sheet, ImportOptions {}, &plan, &error))
        qFatal("buildImportPlan failed: %s", qPrintable(error));
    return plan;
}

/// Header, then `count` people; row 4 is invalid, row 6 repeats row 2.
Sheet peopleSheet(int count)
{
    QList<QStringList> rows {{u"Nombre"_s, u"Correo"_s, u"Notas"_s}};
    for (int i = 0; i < count; ++i) {
        const int row = i + 2;
        QString email = u"person%1@example.com"_s.arg(i);
        if (row == 4)
            email = u"not-an-address"_s;
        if (row == 6)
            email = u"PERSON0@example.com"_s;
        rows.append({u"Persona %1"_s.arg(i), email, {}});
    }
    return sheetOf(rows);
}

} // namespace

class TestPreviewModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyModel();
    void headersShowTargets();
    void rowsAndProblems();
    void limitKeepsEveryProblem_data();
    void limitKeepsEveryProblem();
    void blankRowsAreLeftOut();
    void repairedRowsCarryTheOriginal();
    void repairedRowsShowWhatIsSent();
    void resetsCleanly();
};

void TestPreviewModel::emptyModel()
{
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestPreviewModel::headersShowTargets()
{
    const Sheet sheet = peopleSheet(3);
    const ImportPlan plan = planOf(sheet);
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(plan, PreviewModel::previewRows(sheet, plan));

    QCOMPARE(model.columnCount(), 4); // Row + three sheet columns
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Row"_s);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Nombre\n→ first + last name"_s);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Correo\n→ email"_s);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"Notas\n(not sent)"_s);
    QCOMPARE(model.headerData(2, Qt::Horizontal, PreviewModel::IsEmailColumnRole).toBool(), true);
    QCOMPARE(model.headerData(1, Qt::Horizontal, PreviewModel::IsEmailColumnRole).toBool(), false);
    QCOMPARE(
        model.headerData(2, Qt::Horizontal, PreviewModel::ColumnTargetRole).toString(), u"email"_s);
    QCOMPARE(model.emailColumn(), 1);
}

void TestPreviewModel::rowsAndProblems()
{
    const Sheet sheet = peopleSheet(6);
    const ImportPlan plan = planOf(sheet);
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(plan, PreviewModel::previewRows(sheet, plan));

    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.totalRows(), 6);
    QCOMPARE(model.index(0, 0).data().toInt(), 2);
    QCOMPARE(model.index(0, 0).data(PreviewModel::RowNumberRole).toInt(), 2);
    QCOMPARE(model.index(0, 2).data().toString(), u"person0@example.com"_s);
    QCOMPARE(model.index(0, 2).data(PreviewModel::IsEmailColumnRole).toBool(), true);
    QCOMPARE(model.index(0, 1).data(PreviewModel::IsEmailColumnRole).toBool(), false);
    QCOMPARE(model.index(0, 0).data(PreviewModel::RowProblemRole).toInt(),
        int(PreviewRow::Problem::None));
    QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).isNull());

    const QModelIndex invalid = model.index(2, 1); // row 4
    QCOMPARE(invalid.data(PreviewModel::RowNumberRole).toInt(), 4);
    QCOMPARE(invalid.data(PreviewModel::RowProblemRole).toInt(), int(PreviewRow::Problem::Invalid));
    QVERIFY(!invalid.data(PreviewModel::ProblemReasonRole).toString().isEmpty());
    QVERIFY(invalid.data(Qt::ToolTipRole).toString().startsWith(u"Row 4 is not sent: "_s));

    const QModelIndex duplicate = model.index(4, 2); // row 6
    QCOMPARE(
        duplicate.data(PreviewModel::RowProblemRole).toInt(), int(PreviewRow::Problem::Duplicate));
    QCOMPARE(duplicate.data(PreviewModel::ProblemReasonRole).toString(),
        u"Same email as row 2; only that row is sent."_s);
    QCOMPARE(model.rowsWithoutProblem(), 4);
}

void TestPreviewModel::limitKeepsEveryProblem_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("problemLimit");
    QTest::addColumn<int>("expectedRows");
    QTest::addColumn<int>("expectedProblems");

    QTest::newRow("under the limit") << 5 << 200 << 5000 << 5 << 2;
    // Rows 2, 3, then the problems 4 and 6.
    QTest::newRow("limit cuts clean rows only") << 10 << 2 << 5000 << 4 << 2;
    QTest::newRow("limit of one") << 10 << 1 << 5000 << 3 << 2; // row 2 + problems 4 and 6
    QTest::newRow("limit zero, problems still listed") << 10 << 0 << 5000 << 2 << 2;
    QTest::newRow("problem limit") << 10 << 1 << 1 << 2 << 1; // row 2 + the first problem, 4
}

void TestPreviewModel::limitKeepsEveryProblem()
{
    QFETCH(int, people);
    QFETCH(int, limit);
    QFETCH(int, problemLimit);
    QFETCH(int, expectedRows);
    QFETCH(int, expectedProblems);
    const Sheet sheet = peopleSheet(people);
    const ImportPlan plan = planOf(sheet);
    const QList<PreviewRow> rows = PreviewModel::previewRows(sheet, plan, limit, problemLimit);
    QCOMPARE(rows.size(), expectedRows);
    const auto problems = std::count_if(rows.cbegin(), rows.cend(),
        [](const PreviewRow &r) { return r.problem != PreviewRow::Problem::None; });
    QCOMPARE(problems, qsizetype(expectedProblems));
    for (const PreviewRow &r : rows)
        QCOMPARE(r.cells, sheet.row(r.row - 1)); // each row with its own cells
    QVERIFY(std::is_sorted(rows.cbegin(), rows.cend(),
        [](const PreviewRow &a, const PreviewRow &b) { return a.row < b.row; }));
}

void TestPreviewModel::blankRowsAreLeftOut()
{
    const Sheet sheet
        = sheetOf({{u"Email"_s}, {u"a@example.com"_s}, {u"  "_s}, {}, {u"b@example.com"_s}});
    const ImportPlan plan = planOf(sheet);
    const QList<PreviewRow> rows = PreviewModel::previewRows(sheet, plan);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).row, 2);
    QCOMPARE(rows.at(1).row, 5); // numbering stays true to the file
}

void TestPreviewModel::repairedRowsCarryTheOriginal()
{
    const Sheet sheet = sheetOf({{u"Email"_s}, {u"mailto:ada@example.org"_s},
        {u"grace@example.org"_s}, {u"Alan <alan@example.org>"_s}});
    ImportPlan plan = planOf(sheet);
    // Whatever the email check repairs, the preview shows the plan's record of it.
    plan.repaired = {RepairedRow {2, u"mailto:ada@example.org"_s, u"ada@example.org"_s},
        RepairedRow {4, u"Alan <alan@example.org>"_s, u"alan@example.org"_s}};
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(plan, PreviewModel::previewRows(sheet, plan));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 1).data(PreviewModel::RepairedFromRole).toString(),
        u"mailto:ada@example.org"_s);
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(),
        u"Repaired: was “mailto:ada@example.org”"_s);
    QVERIFY(model.index(1, 1).data(PreviewModel::RepairedFromRole).toString().isEmpty());
    QVERIFY(model.index(1, 1).data(Qt::ToolTipRole).isNull());
    QCOMPARE(model.index(2, 0).data(PreviewModel::RepairedFromRole).toString(),
        u"Alan <alan@example.org>"_s);
}

void TestPreviewModel::repairedRowsShowWhatIsSent()
{
    // 30 people; the 25th's address is repaired, far past a preview limit of 5 rows.
    QList<QStringList> rows {{u"Name"_s, u"Email"_s}};
    for (int i = 0; i < 30; ++i) {
        rows.append(
            {u"P%1"_s.arg(i), i == 23 ? u"'p23@example.com"_s : u"p%1@example.com"_s.arg(i)});
    }
    const Sheet sheet = sheetOf(rows);
    const ImportPlan plan = planOf(sheet);
    QCOMPARE(plan.repaired.size(), 1);
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(plan, PreviewModel::previewRows(sheet, plan, 5));
    QCOMPARE(model.rowCount(), 6); // the first 5, then the repaired row 25
    const QModelIndex email = model.index(5, 2);
    QCOMPARE(model.index(5, 0).data().toInt(), 25);
    // The address sent, next to the cell as the file has it.
    QCOMPARE(email.data().toString(), u"p23@example.com (was “'p23@example.com”)"_s);
    QCOMPARE(model.index(5, 1).data().toString(), u"P23"_s);
    QCOMPARE(model.index(0, 2).data().toString(), u"p0@example.com"_s);

    // "Problems only" lists it, as it lists rows that are not sent.
    gui::PreviewFilterModel filter;
    filter.setSourceModel(&model);
    filter.setProblemsOnly(true);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toInt(), 25);
}

void TestPreviewModel::resetsCleanly()
{
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Sheet first = peopleSheet(8);
    const ImportPlan firstPlan = planOf(first);
    model.setPreview(firstPlan, PreviewModel::previewRows(first, firstPlan));
    const Sheet second = sheetOf({{u"Email"_s, u"Empresa"_s}, {u"x@example.com"_s, u"Acme"_s}});
    const ImportPlan secondPlan = planOf(second);
    model.setPreview(secondPlan, PreviewModel::previewRows(second, secondPlan));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

QTEST_GUILESS_MAIN(TestPreviewModel)
#include "TestPreviewModel.moc"
