// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/FilePage.h"

#include "Dialogs.h"
#include "Style.h"
#include "pages/MappingMenu.h"
#include "services/Session.h"
#include "services/Settings.h"
#include "ui_FilePage.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QShortcut>
#include <QThreadPool>
#include <QTimer>

namespace attendance::gui {

namespace {

QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

bool mapsDates(const ColumnMapping &mapping)
{
    return mapping.columnFor(ColumnTarget::Kind::InteractionDateTime) >= 0;
}

bool mapsStatus(const ColumnMapping &mapping)
{
    return mapping.columnFor(ColumnTarget::Kind::Status) >= 0;
}

/// Frees a file on a worker thread: destroying a million attendees takes long enough to freeze
/// the window. The caller must have dropped every other reference it holds (the session's too),
/// so that the last one goes with @p file.
void disposeInBackground(LoadedFile &&file)
{
    if (file.plan.attendees.size() < 10000)
        return;
    QThreadPool::globalInstance()->start([gone = std::move(file)] { Q_UNUSED(gone) });
}

} // namespace

FilePage::FilePage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FilePage>())
    , m_session(session)
    , m_loader(new FileLoader(this))
{
    m_ui->setupUi(this);
    style::makeTitle(m_ui->titleLabel);
    style::makeSubtitle(m_ui->subtitleLabel);
    style::makeMuted(m_ui->dropHint);
    QFont hintFont = m_ui->dropHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.2);
    m_ui->dropHint->setFont(hintFont);
    m_ui->openButton->setIcon(style::uiIcon(u"file"));
    m_ui->progressRow->hide();
    setFocusProxy(m_ui->openButton);
    QFont bold = m_ui->readyLabel->font();
    bold.setBold(true);
    m_ui->readyLabel->setFont(bold);
    setDropHighlighted(false);
    setUpOptions();

    auto *openShortcut = new QShortcut(QKeySequence::Open, this);
    connect(openShortcut, &QShortcut::activated, this, &FilePage::chooseFile);
    connect(m_ui->openButton, &QPushButton::clicked, this, &FilePage::chooseFile);
    connect(m_ui->cancelLoadButton, &QPushButton::clicked, m_loader, &FileLoader::cancel);
    connect(m_loader, &FileLoader::loadingChanged, this, [this](bool loading) {
        m_ui->progressRow->setVisible(loading);
        m_ui->openButton->setEnabled(!loading);
        m_ui->byStatusCheck->setEnabled(!loading);
        Q_EMIT loadingChanged(loading);
    });
    connect(m_loader, &FileLoader::progressChanged, this, &FilePage::onProgress);
    connect(m_loader, &FileLoader::loaded, this, &FilePage::onLoaded);
    connect(m_session, &Session::selectionChanged, this, [this] {
        m_ui->dateOptions->setEventStart(m_session->chosenEvent().startDateTime);
        updateReadyText();
        updateByStatusOption();
        // A status column's verdicts depend on the state (a no-show is sent as registered, not
        // as attended): check the rows again when the state changes under a loaded file.
        if (m_file.workbook && !m_loader->isLoading()
            && m_request.import.state != m_session->state() && mapsStatus(m_file.plan.mapping))
            replan();
    });
}

FilePage::~FilePage() = default;

void FilePage::setUpOptions()
{
    // The states in the words of the event step; the label wraps where the check box cannot.
    m_ui->byStatusHint->setText(tr("attended → %1, absent or registered → %2, cancelled → %3")
                                    .arg(Session::stateLabel(SubscriberState::Attend),
                                        Session::stateLabel(SubscriberState::Register),
                                        Session::stateLabel(SubscriberState::Cancel)));
    m_ui->byStatusCheck->setAccessibleDescription(m_ui->byStatusHint->text());
    m_ui->byStatusCheck->setToolTip(
        tr("Each row is recorded in the state its status says; a row with a blank status is not "
           "sent. Without this, everyone is recorded in the state chosen on the event step, and "
           "the status column only decides who is sent."));
    m_ui->byStatusRow->hide();
    connect(m_ui->byStatusCheck, &QCheckBox::clicked, this, &FilePage::onByStatusClicked);
    connect(m_ui->previewPane, &PreviewPane::columnMenuRequested, this, &FilePage::showColumnMenu);
    connect(m_ui->previewPane, &PreviewPane::resetChoicesRequested, this, &FilePage::resetChoices);
    connect(m_ui->sheetOptions, &SheetOptionsBar::sheetChosen, this, [this](int index) {
        m_request.sheet = index;
        m_request.import.headerRow = -1;
        m_request.import.dateOrder = ImportOptions::DateOrder::Auto;
        m_ui->dateOptions->resetDateOrder();
        m_request.choices.clear();
        m_request.headers.clear();
        replan();
    });
    connect(m_ui->sheetOptions, &SheetOptionsBar::headerRowChosen, this, [this](int row) {
        m_request.import.headerRow = row;
        m_request.choices.clear();
        m_request.headers.clear();
        replan();
    });
    connect(m_ui->textOptions, &TextOptionsBar::chosenChanged, this, &FilePage::reread);
    connect(
        m_ui->timeZoneCombo, &TimeZoneCombo::timeZoneChosen, this, [this](const QTimeZone &zone) {
            m_request.import.timeZone = zone;
            m_ui->dateOptions->setTimeZone(zone);
            replan();
        });
    connect(m_ui->dateOptions, &DateOptionsPanel::dateOrderChosen, this,
        [this](ImportOptions::DateOrder order) {
            m_request.import.dateOrder = order;
            replan();
        });
    connect(m_ui->dateOptions, &DateOptionsPanel::defaultInteractionTimeChanged, this, [this] {
        m_session->setDefaultInteractionTime(m_ui->dateOptions->defaultInteractionTime());
    });
}

bool FilePage::isLoading() const
{
    return m_loader->isLoading();
}

void FilePage::chooseFile()
{
    if (m_loader->isLoading())
        return;
    const QString path = Dialogs::openFileName(this, tr("Open spreadsheet"), Settings::lastFolder(),
        SpreadsheetReader::fileDialogFilter());
    if (!path.isEmpty())
        openFile(path);
}

void FilePage::openFile(const QString &path)
{
    // Whatever was shown before is no longer what Send would send.
    LoadedFile previous = std::exchange(m_file, {});
    m_ui->previewPane->clear();
    m_session->clearPlan();
    disposeInBackground(std::move(previous));
    m_ui->messageArea->clear();
    m_ui->previewStack->setCurrentWidget(m_ui->dropPage);
    m_ui->fileInfoLabel->setText(QFileInfo(path).fileName());
    m_ui->fileInfoLabel->setToolTip(path);
    m_ui->dateOptions->resetDateOrder();
    m_request = LoadRequest {};
    m_sheetChoice.reset();
    m_request.path = path;
    m_request.import.timeZone = m_ui->timeZoneCombo->timeZone();
    takeState();
    m_request.saved = ColumnChoices::saved();
    onProgress(FileLoader::Stage::Reading, -1);
    m_loader->load(m_request);
}

void FilePage::takeState()
{
    m_request.import.state = m_session->state();
    m_request.stateWithoutStatus = m_session->chosenState();
}

void FilePage::replan()
{
    if (!m_file.workbook)
        return;
    takeState();
    m_request.saved = m_request.choices.isEmpty() ? ColumnChoices::saved()
                                                  : QHash<QString, QList<ColumnChoice>> {};
    onProgress(FileLoader::Stage::Checking, -1);
    m_loader->replan(m_request, m_file.workbook);
}

void FilePage::reread()
{
    if (!m_file.workbook)
        return;
    const CsvOptions chosen = m_ui->textOptions->chosen();
    if (chosen.delimiter != m_request.csv.delimiter
        && chosen.delimiter != m_file.workbook->delimiter) {
        // Other columns: the header row is found again, and choices that named columns go.
        m_request.import.headerRow = -1;
        m_request.choices.clear();
        m_request.headers.clear();
    }
    // Another encoding keeps the rows and columns: the header row and the choices stay.
    m_request.csv = chosen;
    takeState();
    m_request.saved = m_request.choices.isEmpty() ? ColumnChoices::saved()
                                                  : QHash<QString, QList<ColumnChoice>> {};
    onProgress(FileLoader::Stage::Reading, -1);
    m_loader->load(m_request);
}

void FilePage::reset()
{
    m_loader->cancel();
    LoadedFile previous = std::exchange(m_file, {});
    m_request = {};
    m_sheetChoice.reset();
    m_ui->previewPane->clear();
    m_ui->fileInfoLabel->clear();
    m_ui->messageArea->clear();
    m_ui->previewStack->setCurrentWidget(m_ui->dropPage);
    m_session->clearPlan();
    updateByStatusOption();
    disposeInBackground(std::move(previous));
}

void FilePage::onProgress(FileLoader::Stage stage, int permille)
{
    const QString name = QFileInfo(m_request.path).fileName();
    if (stage == FileLoader::Stage::Checking)
        m_ui->progressLabel->setText(tr("Checking the rows…"));
    else if (permille < 0)
        m_ui->progressLabel->setText(tr("Reading “%1”…").arg(name));
    else
        m_ui->progressLabel->setText(tr("Reading “%1”… %2%").arg(name).arg(permille / 10));
    m_ui->busyBar->setRange(0, permille < 0 ? 0 : 1000);
    m_ui->busyBar->setValue(std::max(permille, 0));
}

void FilePage::onLoaded(const LoadedFile &file)
{
    Settings::setLastFolder(QFileInfo(file.request.path).absolutePath());
    if (file.cancelled && m_file.workbook) {
        // A cancelled re-check leaves the file as it was shown; the options follow it again.
        m_request = m_file.request;
        const LoadedFile shown = m_file; // showFile() replaces m_file
        showFile(shown);
        return;
    }
    if (file.cancelled) {
        reset();
        m_ui->messageArea->showMessage(MessageArea::Kind::Information,
            tr("Opening “%1” was cancelled.").arg(QFileInfo(file.request.path).fileName()));
        Q_EMIT fileLoaded(false);
        return;
    }
    if (!file.workbook) {
        showFailure(file);
        return;
    }
    showFile(file);
}

void FilePage::showFailure(const LoadedFile &file)
{
    const QString name = QFileInfo(file.request.path).fileName();
    LoadedFile previous = std::exchange(m_file, file);
    m_ui->previewPane->clear();
    m_session->clearPlan();
    disposeInBackground(std::move(previous));
    m_ui->previewStack->setCurrentWidget(m_ui->dropPage);
    m_ui->fileInfoLabel->setText(name);
    m_ui->messageArea->showMessage(
        MessageArea::Kind::Error, tr("“%1” cannot be used: %2").arg(name, file.error));
    Q_EMIT fileLoaded(false);
}

QString FilePage::describe(const LoadedFile &file) const
{
    const QString name = QFileInfo(file.request.path).fileName();
    const Workbook &book = *file.workbook;
    if (book.format == u"xlsx")
        return tr("%1 · Excel workbook").arg(name);
    if (book.format == u"xls")
        return tr("%1 · Excel 97–2003 workbook").arg(name);
    if (book.format == u"ods")
        return tr("%1 · LibreOffice spreadsheet").arg(name);
    QString separated;
    switch (book.delimiter.unicode()) {
    case u',':
        separated = tr("separated by commas");
        break;
    case u';':
        separated = tr("separated by semicolons");
        break;
    case u'\t':
        separated = tr("separated by tabs");
        break;
    case u'|':
        separated = tr("separated by vertical bars");
        break;
    default:
        separated = tr("separated by “%1”").arg(book.delimiter);
    }
    return tr("%1 · %2, %3").arg(name, book.encoding, separated);
}

void FilePage::showFile(const LoadedFile &file)
{
    LoadedFile previous = std::exchange(m_file, file);
    // The next re-check starts from what is shown, with the choices the worker applied.
    m_request = file.request;
    m_request.sheet = file.sheet; // re-checks stay on the sheet shown
    if (file.sheetChoice)
        m_sheetChoice = file.sheetChoice;
    m_request.choices = file.choices;
    m_request.choicesSaved = file.choicesSaved;
    m_request.headers = file.plan.headers;
    if (!file.plan.headers.isEmpty())
        m_request.import.headerRow = file.plan.headerRow;

    m_ui->fileInfoLabel->setText(describe(file));
    m_ui->fileInfoLabel->setToolTip(file.request.path);
    QStringList sheets;
    for (const Sheet &sheet : file.workbook->sheets)
        sheets.append(sheet.name);
    m_ui->sheetOptions->setSheets(sheets, file.sheet);
    m_ui->sheetOptions->setHeaderRow(
        file.plan.headerRow, file.workbook->sheets.at(file.sheet).rowCount());
    const Workbook &book = *file.workbook;
    m_ui->textOptions->setVisible(book.format == u"csv");
    m_ui->textOptions->setRead(book.encoding, book.delimiter, file.request.csv);
    m_ui->dateOptions->setPlanInfo(mapsDates(file.plan.mapping),
        file.plan.headers.isEmpty() ? 0 : file.withoutDate, file.plan.dateOrderAmbiguous,
        file.plan.dateOrderUsed);
    m_ui->previewStack->setCurrentWidget(m_ui->tablePage);
    m_ui->previewPane->showFile(file);

    const QString name = QFileInfo(file.request.path).fileName();
    if (!file.error.isEmpty())
        m_ui->messageArea->showMessage(
            MessageArea::Kind::Error, tr("“%1” cannot be used: %2").arg(name, file.error));
    else if (!file.planError.isEmpty())
        m_ui->messageArea->showMessage(MessageArea::Kind::Warning, file.planError);
    else if (file.plan.attendees.isEmpty())
        m_ui->messageArea->showMessage(MessageArea::Kind::Warning,
            tr("No row of this file can be sent. Show the problems to see why."));
    else if (file.plan.mojibakeRow > 0)
        m_ui->messageArea->showMessage(MessageArea::Kind::Warning,
            tr("Row %1 holds “%2”, which looks like text read in the wrong encoding (“JosÃ©” for "
               "“José”). Check the names in the preview before sending; if they look wrong, "
               "save the file again as UTF-8 or choose its encoding.")
                .arg(file.plan.mojibakeRow)
                .arg(file.plan.mojibakeValue));
    else {
        QStringList information;
        const QString sheetChoice = sheetChoiceText(file);
        if (!sheetChoice.isEmpty())
            information.append(sheetChoice);
        if (file.plan.tableEndRow > 0)
            information.append(tr("The table ends at row %1, where another one begins (“%2”): its "
                                  "%n rows are not read. To read that table, choose its header "
                                  "row.",
                nullptr, file.plan.rowsAfterTable)
                                   .arg(file.plan.tableEndRow)
                                   .arg(file.plan.nextTableTitle));
        if (book.encodingGuessed)
            information.append(tr("This file is not UTF-8; its encoding was guessed as %1. If "
                                  "names show odd characters, choose the right one under "
                                  "“Encoding”.")
                                   .arg(book.encoding));
        if (information.isEmpty())
            m_ui->messageArea->clear();
        else
            m_ui->messageArea->showMessage(MessageArea::Kind::Information, information.join(u' '));
    }
    // By status had no status column to go by (it was mapped to something else): back to the
    // state chosen for everyone, which this plan is for.
    if (file.byStatusDropped)
        m_session->setByStatus(false);
    updateByStatusOption();
    if (file.canSend())
        m_session->setPlan(file.plan);
    else
        m_session->clearPlan();
    m_session->setDefaultInteractionTime(m_ui->dateOptions->defaultInteractionTime());
    disposeInBackground(std::move(previous));
    Q_EMIT fileLoaded(file.canSend());
}

QString FilePage::sheetChoiceText(const LoadedFile &file) const
{
    if (!m_sheetChoice || m_sheetChoice->index != file.sheet || !m_sheetChoice->worthTelling())
        return {};
    if (m_sheetChoice->others.isEmpty())
        return tr("The sheet “%1” was opened: it holds the email addresses, and the sheets before "
                  "it hold none.")
            .arg(m_sheetChoice->name);
    QStringList others;
    for (const QString &name : m_sheetChoice->others)
        others.append(tr("“%1”").arg(name));
    return tr("The sheet “%1” was opened: it holds the email addresses. Other sheets with "
              "addresses: %2. To read another, choose it in the Sheet list.")
        .arg(m_sheetChoice->name, others.join(tr(", ")));
}

MappingMenu *FilePage::showColumnMenu(int sheetColumn, const QPoint &globalPos)
{
    const ImportPlan &plan = m_file.plan;
    if (!m_file.workbook || sheetColumn < 0 || sheetColumn >= plan.headers.size())
        return nullptr;
    // By status, the rows that go as attended carry their join and leave times.
    const bool attended = m_session->state() == SubscriberState::Attend
        || m_session->state() == SubscriberState::ByStatus;
    auto *menu = new MappingMenu(
        plan.headers.at(sheetColumn), plan.mapping.columns.value(sheetColumn), attended, this);
    connect(menu, &MappingMenu::targetChosen, this,
        [this, sheetColumn](const ColumnTarget &target) { onTargetChosen(sheetColumn, target); });
    // The question waits until the menu's signal has returned: the menu deletes itself when it
    // closes, and a modal dialog opened from inside its signal would outlive it.
    const ColumnTarget current = plan.mapping.columns.value(sheetColumn);
    const QStringList headers = plan.headers;
    connect(
        menu, &MappingMenu::otherPropertyRequested, this, [this, sheetColumn, current, headers] {
            QTimer::singleShot(0, this, [this, sheetColumn, current, headers] {
                const std::optional<ColumnTarget> target
                    = MappingMenu::askForProperty(this, current);
                // The file or its header row may have changed while the question was open.
                if (target && m_file.plan.headers == headers)
                    onTargetChosen(sheetColumn, *target);
            });
        });
    menu->popup(globalPos);
    return menu;
}

void FilePage::onTargetChosen(int sheetColumn, const ColumnTarget &target)
{
    // A header row change in flight makes the column numbers of this table stale.
    if (m_request.headers != m_file.plan.headers)
        return;
    m_request.choices = ColumnChoices::with(m_request.choices, ColumnChoice {sheetColumn, target});
    m_request.choicesSaved = false;
    m_request.import.headerRow = m_file.plan.headerRow;
    // Without a header row there is nothing to recognise the next file by.
    if (m_file.plan.headerRow > 0)
        ColumnChoices::save(ColumnChoices::key(m_file.plan.headers), m_request.choices);
    replan();
}

void FilePage::resetChoices()
{
    ColumnChoices::forget(ColumnChoices::key(m_file.plan.headers));
    m_request.choices.clear();
    m_request.choicesSaved = false;
    replan();
}

void FilePage::updateReadyText()
{
    if (!m_session->readyToSend()) {
        m_ui->readyLabel->clear();
        return;
    }
    const ImportPlan &plan = m_session->plan();
    const int count = int(plan.attendees.size());
    const SubscriberState state = *m_session->state();
    const QString event
        = m_session->eventLabel(m_session->eventId(), m_session->chosenEvent().eventName);
    if (state == SubscriberState::ByStatus) {
        m_ui->readyLabel->setText(
            tr("Ready: %n person(s) will be marked by each row's status in “%1”: %2.", nullptr,
                count)
                .arg(event, Session::stateCountsText(countByState(plan.attendees, state))));
        return;
    }
    m_ui->readyLabel->setText(
        tr("Ready: %n person(s) will be marked as %1 in “%2”.", nullptr, count)
            .arg(Session::stateLabel(state), event));
}

void FilePage::updateByStatusOption()
{
    m_ui->byStatusRow->setVisible(m_file.workbook && mapsStatus(m_file.plan.mapping));
    m_ui->byStatusCheck->setChecked(m_session->byStatus());
}

void FilePage::onByStatusClicked(bool on)
{
    // Recording attendance for a cancelled event is asked about, as on the event step.
    const QString question
        = on ? m_session->cancelledEventQuestion(SubscriberState::ByStatus) : QString();
    if (!question.isEmpty()
        && !Dialogs::confirm(this, tr("Cancelled event"), question, tr("Record by status"))) {
        m_ui->byStatusCheck->setChecked(false);
        return;
    }
    // The session's selectionChanged re-checks the rows for the new state.
    m_session->setByStatus(on);
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
