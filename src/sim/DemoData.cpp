// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace attendance::sim {

namespace {

QDateTime utc(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone::utc());
}

SimulatedEvent makeEvent(const QString &objectId, const QString &name, const QString &type,
    const QString &organizer, const QDateTime &start, const QDateTime &end,
    const QString &description, const QString &appName)
{
    SimulatedEvent event;
    event.objectId = objectId;
    event.eventName = name;
    event.eventType = type;
    event.eventOrganizer = organizer;
    event.startDateTime = start;
    event.endDateTime = end;
    event.eventDescription = description;
    event.appName = appName;
    return event;
}

} // namespace

QList<SimulatedEvent> DemoData::events(const QDate &today)
{
    QList<SimulatedEvent> events;
    events.append(makeEvent(u"412934701"_s, u"Webinar: Novedades de producto 2026"_s, u"WEBINAR"_s,
        u"Equipo de Producto"_s, utc(today.addDays(7), 16), utc(today.addDays(7), 17),
        u"Repasamos las novedades del año y respondemos preguntas en directo."_s, u"Zoom"_s));
    events.append(makeEvent(u"412934702"_s, u"Webinar: Getting Started with Marketing Automation"_s,
        u"WEBINAR"_s, u"Customer Success Team"_s, utc(today.addDays(14), 15),
        utc(today.addDays(14), 16),
        u"A one-hour walkthrough of workflows, lists and lead scoring."_s, u"GoToWebinar"_s));
    events.append(makeEvent(u"412934703"_s, u"Customer Summit 2026"_s, u"CONFERENCE"_s,
        u"Events & Community"_s, utc(today.addDays(45), 8, 30), utc(today.addDays(46), 18),
        u"Two days of keynotes, customer stories and hands-on sessions in Madrid."_s, {}));
    events.append(
        makeEvent(u"412934704"_s, u"Taller práctico: Automatización de campañas"_s, u"WORKSHOP"_s,
            u"Equipo de Marketing"_s, utc(today.addDays(21), 9), utc(today.addDays(21), 12),
            u"Taller de tres horas con ejercicios sobre flujos de trabajo y segmentación."_s, {}));

    SimulatedEvent past = makeEvent(u"412934705"_s, u"Webinar: Q3 Product Roadmap Review"_s,
        u"WEBINAR"_s, u"Product Marketing"_s, utc(today.addDays(-20), 16),
        utc(today.addDays(-20), 17), u"Recording available on demand."_s, u"Zoom"_s);
    past.eventCompleted = true;
    events.append(past);

    SimulatedEvent cancelled
        = makeEvent(u"412934706"_s, u"Meetup: Data & Analytics Barcelona"_s, u"MEETUP"_s,
            u"Comunidad de Usuarios"_s, utc(today.addDays(30), 18), utc(today.addDays(30), 20),
            u"Cancelado por motivos de aforo; se anunciará una nueva fecha."_s, {});
    cancelled.eventCancelled = true;
    events.append(cancelled);
    return events;
}

QList<SimulatedContact> DemoData::contacts()
{
    // The first rows of ScreenshotTour's sample file are contacts; the rest of it is not.
    return {
        {u"maria.fernandez0@example.com"_s, u"María"_s, u"Fernández"_s},
        {u"jose.castro1@example.com"_s, u"José"_s, u"Castro"_s},
        {u"lucia.pena2@example.com"_s, u"Lucía"_s, u"Peña"_s},
        {u"andres.silva3@example.com"_s, u"Andrés"_s, u"Silva"_s},
        {u"sofia.obrien4@example.com"_s, u"Sofía"_s, u"O'Brien"_s},
        {u"ines.ortega@example.com"_s, u"Inés"_s, u"Ortega"_s},
        // tests/data/csv/zoom-report.csv and emails-only.csv: the first address of each.
        {u"user1@example.com"_s, u"User"_s, u"One"_s},
        {u"first@example.com"_s, {}, {}},
    };
}

QStringList DemoData::demoScopes()
{
    return {u"crm.objects.marketing_events.read"_s, u"crm.objects.marketing_events.write"_s,
        u"crm.objects.contacts.read"_s};
}

} // namespace attendance::sim
