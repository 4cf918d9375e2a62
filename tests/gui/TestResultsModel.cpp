// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ResultsFilterModel.h"
#include "models/ResultsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace attendance;

class TestResultsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsByRowNumberAndFilters()
    {
        // Row numbers compare as numbers (10 after 9), straight from the results.
        ResultsModel model;
        gui::ResultsFilterModel filter;
        filter.setSourceModel(&model);
        model.setResults(
            {RowResult {10, QStringLiteral("a@example.com"), RowStatus::Succeeded, 7, {}},
                RowResult {9, QStringLiteral("b@example.com"), RowStatus::Failed, 0, {}},
                RowResult {100, QStringLiteral("c@example.com"), RowStatus::Skipped, 0, {}},
                RowResult {2, QStringLiteral("d@example.com"), RowStatus::Succeeded, 8, {}}});
        const auto rows = [&filter] {
            QList<int> shown;
            for (int r = 0; r < filter.rowCount(); ++r)
                shown.append(filter.index(r, ResultsModel::RowColumn).data().toInt());
            return shown;
        };
        filter.sort(ResultsModel::RowColumn, Qt::AscendingOrder);
        QCOMPARE(rows(), (QList<int> {2, 9, 10, 100}));
        filter.sort(ResultsModel::RowColumn, Qt::DescendingOrder);
        QCOMPARE(rows(), (QList<int> {100, 10, 9, 2}));
        filter.setFailuresOnly(true);
        QCOMPARE(rows(), (QList<int> {100, 9}));
    }

    void showsRows()
    {
        ResultsModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults({
            RowResult {2, QStringLiteral("a@example.com"), RowStatus::Succeeded,
                Q_INT64_C(86097279137), {}},
            RowResult {5, QStringLiteral("nope"), RowStatus::Skipped, 0,
                RowError {QStringLiteral("INVALID_EMAIL"), QStringLiteral("Missing @"), 0, {}}},
            RowResult {6, QStringLiteral("c@example.com"), RowStatus::Failed, 0,
                RowError {QStringLiteral("VALIDATION_ERROR"), QStringLiteral("Rejected"), 400,
                    QStringLiteral("corr")}},
        });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ResultsModel::ColumnCount));
        QCOMPARE(model.index(0, ResultsModel::RowColumn).data().toInt(), 2);
        QCOMPARE(model.index(0, ResultsModel::ContactIdColumn).data().toString(),
            QStringLiteral("86097279137"));
        QCOMPARE(model.index(0, ResultsModel::StatusColumn).data().toString(),
            QStringLiteral("Succeeded"));
        QVERIFY(!model.index(1, ResultsModel::ContactIdColumn).data().isValid());
        QCOMPARE(model.index(1, ResultsModel::ErrorColumn).data().toString(),
            QStringLiteral("Missing @"));
        QCOMPARE(model.index(1, 0).data(ResultsModel::StatusRole).toInt(), int(RowStatus::Skipped));
        const QString tip
            = model.index(2, ResultsModel::ErrorColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(u"400"));
        QVERIFY(tip.contains(u"corr"));
        QCOMPARE(model.headerData(ResultsModel::ContactIdColumn, Qt::Horizontal).toString(),
            QStringLiteral("Contact ID"));
    }
};

QTEST_GUILESS_MAIN(TestResultsModel)
#include "TestResultsModel.moc"
