// SPDX-License-Identifier: GPL-3.0-or-later
// Rate efficiency of the send engine (issue 4): sends 20,000 attendees in batches of 100 through
// SendEngine and QNetworkAccessManager, over real HTTP, to the in-process simulator limited to
// 20 requests per rolling 1 s window. Prints the achieved request rate against the allowed one,
// the failed rows, the share of requests answered 429 and the wall time; exits 1 when a goal is
// missed (rate ≥ 0.9 of the allowed one, no failed row, ≤ 1% of requests answered 429).
//
// The achieved rate is measured where the simulator admits requests: the first full window may
// go in one burst (any rolling window allows that), so the rate is the requests admitted after
// the first window's worth, divided by the time from the first admitted request to the last.
// That is the rate a long import sustains; requests ÷ wall time is printed too.
//
//   bench_send_rate [ATTENDEES] [MAX_PER_WINDOW] [WINDOW_MS]    defaults 20000 20 1000
// Build it Release (a tree of its own, e.g. build/bench) for figures.

#include "HubSpotSimulator.h"
#include "SamplePlan.h"
#include "hubspot/HubSpotClient.h"
#include "sending/SendEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace attendance;
using attendance::sim::HubSpotSimulator;

namespace {

int argOr(int argc, char *argv[], int index, int fallback)
{
    return argc > index ? QByteArray(argv[index]).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // One line per request would drown the figures; QT_LOGGING_RULES still wins.
    QLoggingCategory::setFilterRules(u"attendance.*.info=false"_s);
    const int attendees = argOr(argc, argv, 1, 20000);
    const int windowMax = argOr(argc, argv, 2, 20);
    const int windowMs = argOr(argc, argv, 3, 1000);
    if (attendees <= 0 || windowMax <= 0 || windowMs <= 0) {
        std::fprintf(stderr, "usage: bench_send_rate [ATTENDEES] [MAX_PER_WINDOW] [WINDOW_MS]\n");
        return 2;
    }

    HubSpotSimulator::Options simOptions;
    simOptions.rateLimitMax = windowMax;
    simOptions.rateLimitIntervalMs = windowMs;
    HubSpotSimulator sim(simOptions);
    sim.seedDemo();
    if (!sim.listen()) {
        std::fprintf(stderr, "the simulator cannot listen\n");
        return 2;
    }
    const QString eventId = sim.events().first().objectId;

    QNetworkAccessManager network;
    ClientConfig config;
    config.baseUrl = sim.baseUrl();
    HubSpotClient client(&network, config);
    client.setToken(QString(HubSpotSimulator::kDemoToken));
    SendEngine engine(&client);
    SendEngine::Options options; // the defaults the app uses: batch 100, 3 in flight
    options.batchSize = 100;
    engine.setOptions(options);

    const ImportPlan plan = test::samplePlan(attendees);
    QElapsedTimer wall;
    QObject::connect(&engine, &SendEngine::finished, &app, &QCoreApplication::quit);
    QTimer::singleShot(0, &app, [&] {
        wall.start();
        engine.start(eventId, SubscriberState::Attend, plan);
    });
    app.exec();
    const qint64 wallMs = wall.elapsed();

    // What the server saw: admitted requests (answered 200) and the ones it refused with 429.
    const QList<sim::RecordedRequest> requests = sim.requests();
    QList<QDateTime> admitted;
    int posts = 0;
    int tooMany = 0;
    for (const sim::RecordedRequest &r : requests) {
        if (r.method != "POST")
            continue;
        ++posts;
        if (r.status == 429)
            ++tooMany;
        else if (r.status == 200)
            admitted.append(r.receivedAt);
    }
    const RunSummary summary = engine.summary();
    const double allowed = double(windowMax) * 1000.0 / windowMs; // requests per second
    double sustained = 0;
    if (admitted.size() > windowMax) {
        const qint64 spanMs = admitted.first().msecsTo(admitted.last());
        sustained = spanMs > 0 ? double(admitted.size() - windowMax) * 1000.0 / double(spanMs) : 0;
    }
    const double overall = wallMs > 0 ? double(posts) * 1000.0 / double(wallMs) : 0;
    const double ratio = sustained / allowed;
    const double share429 = posts > 0 ? double(tooMany) / posts : 1.0;

    std::printf("attendees: %d, batch %d, %d in flight, simulator limit %d per %d ms\n", attendees,
        options.batchSize, options.maxInFlight, windowMax, windowMs);
    std::printf("wall time: %.2f s\n", double(wallMs) / 1000);
    std::printf(
        "requests: %d POSTs seen by the simulator (%d admitted, %d answered 429); engine made %d\n",
        posts, int(admitted.size()), tooMany, summary.requests);
    std::printf("rate: sustained %.2f req/s of %.2f allowed = %.3f (goal >= 0.9); all requests / "
                "wall time %.2f req/s\n",
        sustained, allowed, ratio, overall);
    std::printf("rows: %d succeeded, %d failed (goal 0), %d pending\n", summary.succeeded,
        summary.failed, summary.pending);
    std::printf("429 share: %.2f%% (goal <= 1%%)\n", share429 * 100);

    const bool ok = ratio >= 0.9 && summary.failed == 0 && summary.pending == 0
        && summary.succeeded == attendees && share429 <= 0.01;
    std::printf("%s\n", ok ? "PASS" : "FAIL: a goal was missed");
    return ok ? 0 : 1;
}
