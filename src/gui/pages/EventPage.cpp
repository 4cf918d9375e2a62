// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/EventPage.h"

#include "Style.h"
#include "models/EventsModel.h"
#include "services/Session.h"
#include "services/Settings.h"
#include "ui_EventPage.h"

#include <QButtonGroup>
#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace attendance::gui {

EventPage::EventPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EventPage>())
    , m_session(session)
    , m_model(new EventsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_states(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    style::makeTitle(m_ui->titleLabel);
    style::makeSubtitle(m_ui->subtitleLabel);
    style::makeMuted(m_ui->stateHint);
    m_ui->refreshButton->setIcon(style::uiIcon(u"refresh"));
    setFocusProxy(m_ui->eventsView);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EventsModel::SortRole);
    m_proxy->setFilterRole(EventsModel::FilterTextRole);
    m_proxy->setFilterKeyColumn(EventsModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->eventsView->setModel(m_proxy);
    // Newest first: the event just held is what people usually look for.
    m_ui->eventsView->sortByColumn(EventsModel::StartColumn, Qt::DescendingOrder);
    QHeaderView *header = m_ui->eventsView->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EventsModel::NameColumn, QHeaderView::Stretch);
    m_ui->eventsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_states->addButton(m_ui->registeredRadio, int(SubscriberState::Register));
    m_states->addButton(m_ui->attendedRadio, int(SubscriberState::Attend));
    m_states->addButton(m_ui->cancelledRadio, int(SubscriberState::Cancel));
    updateStateHint();

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Filtering moves the view's selection around on its own (to a neighbouring row when
        // the chosen one is hidden); only the person's own clicks and keys choose an event.
        m_filtering = true;
        m_proxy->setFilterFixedString(text);
        if (!selectEvent(m_session->eventId()))
            m_ui->eventsView->selectionModel()->clear();
        m_filtering = false;
    });
    connect(m_ui->refreshButton, &QPushButton::clicked, m_session, &Session::refreshEvents);
    // Type, Enter: the first match is chosen and the keyboard is in the table for arrows.
    connect(m_ui->filterEdit, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex first = m_proxy->index(0, 0);
        if (!first.isValid())
            return;
        m_ui->eventsView->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ui->eventsView->setFocus();
    });
    connect(m_ui->eventsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &EventPage::onSelectionChanged);
    connect(m_ui->eventsView, &QAbstractItemView::activated, this, &EventPage::eventActivated);
    connect(m_states, &QButtonGroup::idClicked, this, [this](int id) {
        m_session->setState(SubscriberState(id));
        updateStateHint();
    });
    // The file step's "as the status column says" changes what the chosen state is for.
    connect(m_session, &Session::selectionChanged, this, &EventPage::updateStateHint);
    connect(m_session, &Session::eventsChanged, this, &EventPage::onEventsChanged);
    connect(m_session, &Session::eventsRefreshed, this, &EventPage::onRefreshed);
    connect(m_session, &Session::busyChanged, m_ui->refreshButton, &QWidget::setDisabled);
}

EventPage::~EventPage() = default;

void EventPage::onEventsChanged()
{
    // Read before the reset: the reset clears the view's selection.
    const QString wanted
        = m_session->eventId().isEmpty() ? Settings::lastEventId() : m_session->eventId();
    m_model->setEvents(m_session->events());
    if (m_session->isConnected() && m_session->events().isEmpty()) {
        m_ui->messageArea->showMessage(MessageArea::Kind::Information,
            tr("This HubSpot account has no marketing events yet. Create the event in "
               "HubSpot (Marketing › Events), then click Refresh."));
    } else {
        m_ui->messageArea->clear();
    }
    if (!wanted.isEmpty())
        selectEvent(wanted);
}

bool EventPage::selectEvent(const QString &objectId)
{
    const int sourceRow = m_model->rowOf(objectId);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_ui->eventsView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->eventsView->scrollTo(index);
    return true;
}

void EventPage::setState(SubscriberState state)
{
    if (QAbstractButton *button = m_states->button(int(state)))
        button->setChecked(true);
    m_session->setState(state);
    updateStateHint();
}

void EventPage::onSelectionChanged()
{
    // A hidden event stays chosen; it only loses its highlight.
    if (m_filtering)
        return;
    const QModelIndexList rows = m_ui->eventsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString id = rows.constFirst().data(EventsModel::ObjectIdRole).toString();
    m_session->setEventId(id);
    // Demo ids mean nothing in a real account.
    if (!m_session->isDemo())
        Settings::setLastEventId(id);
}

void EventPage::onRefreshed(const ApiError &error)
{
    if (error.isError())
        m_ui->messageArea->showMessage(MessageArea::Kind::Error, error.userMessage());
}

void EventPage::updateStateHint()
{
    const int id = m_states->checkedId();
    QString hint;
    if (id < 0)
        hint = tr("Choose one: it applies to everyone in the file.");
    else if (m_session->byStatus())
        hint = tr("Each person is recorded as the file's status column says, as chosen on the "
                  "next step. This state is used for a file without a status column.");
    else if (SubscriberState(id) == SubscriberState::Register)
        hint = tr("HubSpot will record that these people registered for the event.");
    else if (SubscriberState(id) == SubscriberState::Attend)
        hint = tr("HubSpot will record that these people attended the event.");
    else
        hint = tr("HubSpot will record that these people cancelled their registration.");
    m_ui->stateHint->setText(hint);
}

} // namespace attendance::gui
