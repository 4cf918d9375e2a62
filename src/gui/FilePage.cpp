// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilePage.h"

#include "Dialogs.h"
#include "PreviewFilterModel.h"
#include "Session.h"
#include "Settings.h"
#include "Style.h"
#include "mapping/PreviewModel.h"
#include "ui_FilePage.h"

#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeData>
#include <QShortcut>

namespace attendance::gui {

namespace {

QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

FilePage::FilePage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FilePage>())
    , m_session(session)
    , m_loader(new FileLoader(this))
    , m_preview(new PreviewModel(this))
    , m_filter(new PreviewFilterModel(this))
{
    m_ui->setupUi(this);
    style::makeTitle(m_ui->titleLabel);
    style::makeSubtitle(m_ui->subtitleLabel);
    style::makeMuted(m_ui->previewNote);
    style::makeMuted(m_ui->dropHint);
    QFont hintFont = m_ui->dropHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.2);
    m_ui->dropHint->setFont(hintFont);
    m_ui->openButton->setIcon(style::uiIcon(u"file"));
    m_ui->busyBar->hide();
    setFocusProxy(m_ui->openButton);
    QFont bold = m_ui->countsLabel->font();
    bold.setBold(true);
    m_ui->countsLabel->setFont(bold);
    m_ui->readyLabel->setFont(bold);
    setDropHighlighted(false);

    m_filter->setSourceModel(m_preview);
    m_ui->previewView->setModel(m_filter);
    m_ui->previewView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->previewView->horizontalHeader()->setStretchLastSection(true);
    m_ui->previewView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *openShortcut = new QShortcut(QKeySequence::Open, this);
    connect(openShortcut, &QShortcut::activated, this, &FilePage::chooseFile);
    connect(m_ui->openButton, &QPushButton::clicked, this, &FilePage::chooseFile);
    connect(m_ui->problemsOnlyCheck, &QCheckBox::toggled, m_filter,
        &PreviewFilterModel::setProblemsOnly);
    connect(m_loader, &FileLoader::loadingChanged, this, [this](bool loading) {
        m_ui->busyBar->setVisible(loading);
        m_ui->openButton->setEnabled(!loading);
    });
    connect(m_loader, &FileLoader::loaded, this, &FilePage::onLoaded);
    connect(m_session, &Session::selectionChanged, this, &FilePage::updateReadyText);
}

FilePage::~FilePage() = default;

bool FilePage::isLoading() const
{
    return m_loader->isLoading();
}

void FilePage::chooseFile()
{
    if (m_loader->isLoading())
        return;
    const QString path = Dialogs::openFileName(this, tr("Open spreadsheet"), Settings::lastFolder(),
        tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void FilePage::openFile(const QString &path)
{
    // Whatever was loaded before is no longer what Send would send.
    m_session->clearPlan();
    m_ui->messageArea->clear();
    m_ui->fileInfoLabel->setText(QFileInfo(path).fileName());
    // A workbook is refused at once: no need to read 100 MB to say so.
    if (const QString reason = FileLoader::unsupportedReason(path); !reason.isEmpty()) {
        onLoaded(LoadedFile {path, {}, {}, {}, reason});
        return;
    }
    m_loader->load(path);
}

void FilePage::reset()
{
    m_file = {};
    m_preview->clear();
    m_ui->fileInfoLabel->clear();
    m_ui->messageArea->clear();
    m_ui->problemsOnlyCheck->setChecked(false);
    m_ui->previewStack->setCurrentWidget(m_ui->dropPage);
    m_session->clearPlan();
}

QString FilePage::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return tr("separated by commas");
    case u';':
        return tr("separated by semicolons");
    case u'\t':
        return tr("separated by tabs");
    case u'|':
        return tr("separated by vertical bars");
    default:
        return tr("separated by “%1”").arg(delimiter);
    }
}

void FilePage::onLoaded(const LoadedFile &file)
{
    const QString name = QFileInfo(file.path).fileName();
    Settings::setLastFolder(QFileInfo(file.path).absolutePath());
    if (!file.ok()) {
        m_file = {};
        m_preview->clear();
        m_session->clearPlan();
        m_ui->previewStack->setCurrentWidget(m_ui->dropPage);
        m_ui->fileInfoLabel->setText(name);
        m_ui->messageArea->showMessage(
            MessageArea::Kind::Error, tr("“%1” cannot be used: %2").arg(name, file.error));
        Q_EMIT fileLoaded(false);
        return;
    }
    m_file = file;
    m_ui->fileInfoLabel->setText(
        tr("%1 · %2, %3").arg(name, file.read.encoding, delimiterName(file.read.delimiter)));
    m_ui->fileInfoLabel->setToolTip(file.path);
    m_preview->setPreview(file.plan, file.preview);
    m_ui->previewStack->setCurrentWidget(m_ui->tablePage);
    // Fit the columns once to what is shown, then leave them to the person; very wide
    // cells (long comments) should not push the email column out of sight.
    QHeaderView *header = m_ui->previewView->horizontalHeader();
    m_ui->previewView->resizeColumnsToContents();
    const int widest = fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < m_filter->columnCount(); ++c)
        header->resizeSection(c, std::min(header->sectionSize(c), widest));
    updateCounts();
    if (file.plan.attendees.isEmpty())
        m_ui->messageArea->showMessage(MessageArea::Kind::Warning,
            tr("No row of this file can be sent. Show the problems to see why."));
    m_session->setPlan(file.plan);
    Q_EMIT fileLoaded(true);
}

void FilePage::updateCounts()
{
    const ImportPlan &plan = m_file.plan;
    m_ui->countsLabel->setText(tr("%n ready to send", nullptr, int(plan.attendees.size())) + u" · "
        + tr("%n invalid", nullptr, int(plan.invalid.size())) + u" · "
        + tr("%n duplicate(s)", nullptr, int(plan.duplicates.size())));
    const int shown = m_preview->rowsWithoutProblem();
    const int withoutProblem = int(plan.attendees.size());
    m_ui->previewNote->setVisible(shown < withoutProblem);
    m_ui->previewNote->setText(tr("The preview shows the first %1 rows and every row with a "
                                  "problem. All %2 rows of the file were checked.")
                                   .arg(PreviewModel::DefaultLimit)
                                   .arg(plan.totalRows));
    m_ui->problemsOnlyCheck->setEnabled(!plan.invalid.isEmpty() || !plan.duplicates.isEmpty());
}

void FilePage::updateReadyText()
{
    if (!m_session->readyToSend()) {
        m_ui->readyLabel->clear();
        return;
    }
    const int count = int(m_session->plan().attendees.size());
    m_ui->readyLabel->setText(
        tr("Ready: %n person(s) will be marked as %1 in “%2”.", nullptr, count)
            .arg(Session::stateLabel(*m_session->state()), m_session->event().eventName));
}

void FilePage::setDropHighlighted(bool highlighted)
{
    m_ui->dropHint->setStyleSheet(
        QStringLiteral(
            "QLabel#dropHint { border: 2px dashed %1; border-radius: 8px; padding: 2em; }")
            .arg(palette().color(highlighted ? QPalette::Highlight : QPalette::Mid).name()));
}

void FilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (localFileOf(event->mimeData()).isEmpty() || m_loader->isLoading())
        return;
    event->acceptProposedAction();
    setDropHighlighted(true);
}

void FilePage::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHighlighted(false);
    QWidget::dragLeaveEvent(event);
}

void FilePage::dropEvent(QDropEvent *event)
{
    setDropHighlighted(false);
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}

} // namespace attendance::gui
