// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/PreviewPane.h"

#include "Style.h"
#include "models/PreviewFilterModel.h"
#include "models/PreviewModel.h"
#include "pages/MappingHeaderView.h"
#include "services/FileLoader.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace attendance::gui {

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new PreviewModel(this))
    , m_filter(new PreviewFilterModel(this))
    , m_counts(new QLabel(this))
    , m_problemsOnly(new QCheckBox(tr("Show &problems only"), this))
    , m_choicesNote(new QLabel(this))
    , m_view(new QTableView(this))
    , m_header(new MappingHeaderView(m_view))
    , m_note(new QLabel(this))
{
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnlyCheck"));
    m_problemsOnly->setToolTip(tr("Show only the rows that will not be sent, with the reason, and "
                                  "the rows whose address was repaired."));
    m_choicesNote->setObjectName(QStringLiteral("choicesNote"));
    m_choicesNote->setTextFormat(Qt::RichText);
    style::makeMuted(m_choicesNote);
    m_note->setObjectName(QStringLiteral("previewNote"));
    m_note->setWordWrap(true);
    style::makeMuted(m_note);

    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setAccessibleName(tr("Preview of the spreadsheet"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: sizing each of thousands of problem rows to its contents is slow.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_header->setObjectName(QStringLiteral("mappingHeader"));
    m_view->setHorizontalHeader(m_header);
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_header->setStretchLastSection(true);
    // Columns are fitted to the first rows, not to thousands of problem rows.
    m_header->setResizeContentsPrecision(PreviewModel::DefaultLimit / 2);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *countsRow = new QHBoxLayout;
    countsRow->addWidget(m_counts);
    countsRow->addStretch();
    countsRow->addWidget(m_problemsOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(countsRow);
    layout->addWidget(m_choicesNote);
    layout->addWidget(m_view, 1);
    // The header menu is the only way to change the mapping: say so where people look.
    auto *mappingHint = new QLabel(
        tr("Click a column's heading (or right-click a cell) to choose where it goes in HubSpot, "
           "or to leave it out."),
        this);
    mappingHint->setObjectName(QStringLiteral("mappingHint"));
    mappingHint->setWordWrap(true);
    style::makeMuted(mappingHint);
    layout->addWidget(mappingHint);
    layout->addWidget(m_note);
    setFocusProxy(m_view);

    connect(
        m_header, &MappingHeaderView::columnMenuRequested, this, &PreviewPane::columnMenuRequested);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        // From the keyboard (the menu key) there is no cell under a pointer: use the current one.
        QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            index = m_view->currentIndex();
        if (index.column() > 0)
            Q_EMIT columnMenuRequested(index.column() - 1, m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_problemsOnly, &QCheckBox::toggled, m_filter, &PreviewFilterModel::setProblemsOnly);
    connect(m_choicesNote, &QLabel::linkActivated, this, &PreviewPane::resetChoicesRequested);
}

void PreviewPane::clear()
{
    m_model->clear();
    m_shownHeaders.clear();
    m_shownByStatus = false;
    m_problemsOnly->setChecked(false);
}

void PreviewPane::showFile(const LoadedFile &file)
{
    m_model->setPreview(file.plan, file.preview);
    const int widest = fontMetrics().averageCharWidth() * 40;
    // By status, the status column shows the state each row goes in as well.
    const bool byStatus = file.request.import.state == SubscriberState::ByStatus;
    if (file.plan.headers != m_shownHeaders) {
        m_shownHeaders = file.plan.headers;
        // Fit the columns once to what is shown, then leave them to the person; very wide
        // cells (long comments) should not push the email column out of sight.
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_filter->columnCount(); ++c)
            m_header->resizeSection(c, std::min(m_header->sectionSize(c), widest));
    } else if (byStatus != m_shownByStatus) {
        const int status = file.plan.mapping.columnFor(ColumnTarget::Kind::Status) + 1;
        if (status > 0) {
            m_view->resizeColumnToContents(status);
            m_header->resizeSection(status, std::min(m_header->sectionSize(status), widest));
        }
    }
    m_shownByStatus = byStatus;
    updateCounts(file);
    updateChoicesNote(file);
}

void PreviewPane::updateCounts(const LoadedFile &file)
{
    const ImportPlan &plan = file.plan;
    const int duplicates = int(plan.duplicates.size() - plan.counts.merged);
    QString counts = tr("%n ready to send", nullptr, int(plan.attendees.size())) + u" · "
        + tr("%n invalid", nullptr, int(plan.invalid.size()));
    // Merged sessions are not duplicates to fix: counted apart (the row's reason says more).
    if (duplicates > 0 || plan.counts.merged == 0)
        counts += u" · " + tr("%n duplicate(s)", nullptr, duplicates);
    if (plan.counts.merged > 0)
        counts += u" · " + tr("%n session(s) merged", nullptr, int(plan.counts.merged));
    if (!plan.skipped.isEmpty()) {
        counts += u" · " + tr("%n not sent for their status", nullptr, int(plan.skipped.size()));
    }
    if (!plan.repaired.isEmpty())
        counts += u" · " + tr("%n repaired", nullptr, int(plan.repaired.size()));
    m_counts->setText(counts);
    const int problems = int(plan.invalid.size() + plan.duplicates.size() + plan.skipped.size());
    const bool someProblemsLeftOut = m_model->rowsWithProblem() < problems;
    const bool someRowsLeftOut = m_model->rowsWithoutProblem() < plan.attendees.size();
    m_note->setVisible(someRowsLeftOut || someProblemsLeftOut);
    m_note->setText(someProblemsLeftOut
            ? tr("The preview shows the first %1 rows and the first %2 rows with a problem. All "
                 "%3 rows of the file were checked.")
                  .arg(PreviewModel::DefaultLimit)
                  .arg(PreviewModel::DefaultProblemLimit)
                  .arg(plan.totalRows)
            : tr("The preview shows the first %1 rows and every row with a problem. All %2 rows "
                 "of the file were checked.")
                  .arg(PreviewModel::DefaultLimit)
                  .arg(plan.totalRows));
    m_problemsOnly->setEnabled(problems > 0 || !plan.repaired.isEmpty());
}

void PreviewPane::updateChoicesNote(const LoadedFile &file)
{
    // Choices are remembered by the header row; a file without one has nothing to remember.
    const bool show = !file.choices.isEmpty() && file.plan.headerRow > 0;
    m_choicesNote->setVisible(show);
    const QString reset = u"<a href=\"reset\">" + tr("Reset") + u"</a>";
    m_choicesNote->setText(file.choicesSaved
            ? tr("Using your saved column choices for files with these columns · %1").arg(reset)
            : tr("Your column choices will be used again for files with these columns · %1")
                  .arg(reset));
}

} // namespace attendance::gui
