// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendee.h"
#include "hubspot/ApiError.h"

#include <QWidget>
#include <memory>

class QButtonGroup;
class QSortFilterProxyModel;

namespace Ui {
class EventPage;
}

namespace attendance::gui {

class EventsModel;
class Session;

/// Step 2: which marketing event, and which state to record for everyone in the file.
class EventPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventPage)

public:
    explicit EventPage(Session *session, QWidget *parent = nullptr);
    ~EventPage() override;

    /// Selects the listed event with this id; false when it is not listed (or filtered out).
    bool selectEvent(const QString &objectId);
    void setState(SubscriberState state);

Q_SIGNALS:
    /// Enter or double-click on an event: the person wants to go on.
    void eventActivated();

private:
    void onEventsChanged();
    void onSelectionChanged();
    void onRefreshed(const attendance::ApiError &error);
    void updateStateHint();

    std::unique_ptr<Ui::EventPage> m_ui;
    Session *m_session;
    EventsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QButtonGroup *m_states;
    bool m_filtering = false;
};

} // namespace attendance::gui
