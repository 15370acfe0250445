// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, item 0: the sync engine against a fake marketplace that misbehaves over real HTTP on
// loopback (tests/support/misbehavingserver.h). A one-shot run (what `comptoir sync --once` runs)
// always ends, in a bounded time, saying what stalled: a trickling feed (MarketplaceStalled
// "changes", after its three attempts), a Retry-After of a day (MarketplaceBusy at once, not a
// day's wait), a server that never ends (the run's own deadline, "sync --once"). In continuous
// mode, after a long-poll is cut (trickle, silence, gzip bomb, a name of 1 MB) the long-poll is
// back within seconds. Deadlines are shortened for speed; the figures go to the test log, and
// the only timed assertions are generous upper bounds proving boundedness.
#include "fixtures.h"
#include "misbehavingserver.h"
#include "models/storage/database.h"
#include "responsebodies.h"
#include "sync/engine/syncengine.h"
#include "sync/enrolment/enrollment.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>
#include <optional>

using namespace comptoir;
using namespace comptoir::testing;
namespace b = comptoir::bodies;

namespace {

QByteArray page(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// An empty, last page of the feed after the request's `since`.
QByteArray quietPage(const SeenRequest &request)
{
    const qint64 since = request.query().queryItemValue(QStringLiteral("since")).toLongLong();
    return page({{QStringLiteral("shop_id"), b::ShopId},
                 {QStringLiteral("epoch"), 3},
                 {QStringLiteral("changes"), QJsonArray {}},
                 {QStringLiteral("next_cursor"), since},
                 {QStringLiteral("has_more"), false},
                 {QStringLiteral("last_applied_seq"), 0}});
}

// A till enrolled with the fake server, at cursor 100 of epoch 3.
struct StalledShop
{
    TestShop shop;
    MisbehavingServer server;
    QNetworkAccessManager network;
    std::optional<EnrolledDevice> device;

    bool begin()
    {
        if (!server.listen())
            return false;
        Database &db = shop.db();
        const bool ok = db.setMeta(QString::fromLatin1(Enrollment::MetaUrl), server.url().toString()).ok()
            && db.setMeta(QString::fromLatin1(Enrollment::MetaShopId), b::ShopId).ok()
            && db.setMeta(QString::fromLatin1(Enrollment::MetaShopName), QStringLiteral("Boutique")).ok()
            && db.setMeta(QString::fromLatin1(Enrollment::MetaDeviceId), b::DeviceId).ok()
            && db.exec(QStringLiteral("UPDATE sync_state SET epoch = 3, cursor = 100, needs_snapshot = 0"))
                   .ok();
        if (!ok)
            return false;
        auto current = Enrollment::current(db);
        if (!current || !current->has_value())
            return false;
        device = **current;
        return true;
    }

    std::unique_ptr<SyncEngine> engine(const MarketplaceClient::Deadlines &deadlines)
    {
        auto e = std::make_unique<SyncEngine>(shop.db(), shop.clock, shop.uuids, network, *device, b::Token);
        e->setDeadlines(deadlines);
        // The worst draw of the real backoff: each wait is its ceiling (1 s, 2 s…).
        e->setBackoff(Backoff([] { return 0.999999; }));
        return e;
    }

    // runOnce, timed; a report with error None and subject "hung" when it did not end in 90 s.
    std::pair<SyncReport, qint64> runOnce(SyncEngine &engine)
    {
        QElapsedTimer clock;
        clock.start();
        auto result = std::make_shared<std::optional<SyncReport>>();
        engine.runOnce([result](SyncReport report) { *result = std::move(report); });
        if (!QTest::qWaitFor([&result] { return result->has_value(); }, 90000)) {
            engine.stop();
            SyncReport hung;
            hung.error = makeError(ErrorCode::None, QStringLiteral("hung"));
            return {hung, clock.elapsed()};
        }
        return {**result, clock.elapsed()};
    }

    int changesRequests() const
    {
        int n = 0;
        for (const SeenRequest &r : server.requests())
            n += r.path() == QLatin1String("/v1/changes");
        return n;
    }
};

} // namespace

class TestSyncStalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SyncStatus>(); }
    void onceAgainstATricklingFeedEndsBounded();
    void onceAskedToWaitADayEndsAtOnce();
    void onceEndsByItsOwnDeadline();
    void longPollIsBackWithinSecondsAfterACut_data();
    void longPollIsBackWithinSecondsAfterACut();
};

void TestSyncStalls::onceAgainstATricklingFeedEndsBounded()
{
    StalledShop s;
    QVERIFY(s.begin());
    s.server.setHandler([](const SeenRequest &r) { return FakeAnswer::trickle(quietPage(r), 1, 100); });
    auto engine = s.engine({1000, 500, 2000});
    const auto [report, took] = s.runOnce(*engine);
    qInfo("sync --once against a trickling feed (deadline 1 s, 3 attempts): ended after %lld ms", took);
    QVERIFY(report.error.has_value());
    QCOMPARE(report.error->code, ErrorCode::MarketplaceStalled);
    QCOMPARE(report.error->subject, QStringLiteral("changes"));
    QCOMPARE(s.changesRequests(), 1 + SyncEngine::OnceTransientRetries);
    QVERIFY2(took < 60000, qPrintable(QString::number(took)));
    // Nothing was applied: the cursor did not move.
    auto q = s.shop.db().query(QStringLiteral("SELECT cursor FROM sync_state"));
    QVERIFY(q && q.value().next());
    QCOMPARE(q.value().value(0).toLongLong(), qint64(100));
}

void TestSyncStalls::onceAskedToWaitADayEndsAtOnce()
{
    StalledShop s;
    QVERIFY(s.begin());
    s.server.setHandler([](const SeenRequest &) {
        FakeAnswer a = FakeAnswer::json(page(b::error(QStringLiteral("unavailable"))), 503);
        a.headers.append(QPair<QByteArray, QByteArray>("Retry-After", "86400"));
        return a;
    });
    auto engine = s.engine({1000, 500, 2000});
    const auto [report, took] = s.runOnce(*engine);
    qInfo("sync --once told Retry-After: 86400: ended after %lld ms", took);
    QVERIFY(report.error.has_value());
    QCOMPARE(report.error->code, ErrorCode::MarketplaceBusy);
    QCOMPARE(report.error->subject, QStringLiteral("86400"));
    QCOMPARE(s.changesRequests(), 1);
    QVERIFY2(took < 60000, qPrintable(QString::number(took)));
    QCOMPARE(engine->status().state, SyncState::Offline);
}

void TestSyncStalls::onceEndsByItsOwnDeadline()
{
    StalledShop s;
    QVERIFY(s.begin());
    // Headers, then nothing: each exchange would end only at its own deadline (30 s, the default).
    s.server.setHandler([](const SeenRequest &r) {
        FakeAnswer a = FakeAnswer::json(quietPage(r));
        a.mode = FakeAnswer::Mode::HeadersThenSilence;
        return a;
    });
    auto engine = s.engine({});
    engine->setOnceLimits(SyncEngine::OnceMaxRetryAfterSeconds, 1500);
    const auto [report, took] = s.runOnce(*engine);
    qInfo("sync --once with a run deadline of 1.5 s against a silent feed: ended after %lld ms", took);
    QVERIFY(report.error.has_value());
    QCOMPARE(report.error->code, ErrorCode::MarketplaceStalled);
    QCOMPARE(report.error->subject, QStringLiteral("sync --once"));
    QVERIFY2(took < 20000, qPrintable(QString::number(took)));
    QTRY_COMPARE(s.server.cutConnections(), 1); // the exchange under way was aborted
}

void TestSyncStalls::longPollIsBackWithinSecondsAfterACut_data()
{
    QTest::addColumn<QString>("misbehaviour");
    QTest::addColumn<int>("expected");
    QTest::newRow("trickle") << QStringLiteral("trickle") << int(ErrorCode::MarketplaceStalled);
    QTest::newRow("silence") << QStringLiteral("silence") << int(ErrorCode::MarketplaceStalled);
    QTest::newRow("gzip bomb") << QStringLiteral("bomb") << int(ErrorCode::MarketplaceResponseTooLarge);
    QTest::newRow("name of 1 MB") << QStringLiteral("name") << int(ErrorCode::MarketplaceResponseInvalid);
}

void TestSyncStalls::longPollIsBackWithinSecondsAfterACut()
{
    QFETCH(QString, misbehaviour);
    QFETCH(int, expected);
    StalledShop s;
    QVERIFY(s.begin());
    const QByteArray bomb = gzip(QByteArray(64 * 1024 * 1024, ' '));
    QJsonObject named = b::withValue(b::changes(), QStringLiteral("changes[0].data.name"),
                                     QString(1024 * 1024, QLatin1Char('a')));
    named.insert(QStringLiteral("has_more"), false);
    auto longPolls = std::make_shared<int>(0);
    s.server.setHandler([&, longPolls](const SeenRequest &r) {
        if (!r.isLongPoll())
            return FakeAnswer::json(quietPage(r));
        if (++*longPolls != 1) {
            FakeAnswer quiet = FakeAnswer::json(quietPage(r));
            quiet.delayMs = 1000; // held as a long-poll is
            return quiet;
        }
        if (misbehaviour == QLatin1String("trickle"))
            return FakeAnswer::trickle(quietPage(r), 1, 100);
        if (misbehaviour == QLatin1String("silence")) {
            FakeAnswer a;
            a.mode = FakeAnswer::Mode::Silent;
            return a;
        }
        if (misbehaviour == QLatin1String("bomb")) {
            FakeAnswer a = FakeAnswer::json(bomb);
            a.headers.append(QPair<QByteArray, QByteArray>("Content-Encoding", "gzip"));
            return a;
        }
        return FakeAnswer::json(page(named));
    });
    auto engine = s.engine({2000, 1000, 3000});
    engine->setLongPollSeconds(1);
    qint64 failedAt = -1;
    std::optional<Error> failure;
    connect(engine.get(), &SyncEngine::statusChanged, this, [&](const SyncStatus &status) {
        if (status.lastError && !failure) {
            failure = status.lastError;
            failedAt = s.server.nowMs();
        }
    });
    engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(*longPolls >= 2, 60000);
    engine->stop();
    QVERIFY(failure.has_value());
    QCOMPARE(int(failure->code), expected);
    const QList<SeenRequest> requests = s.server.requests();
    qint64 badAt = -1;
    qint64 backAt = -1;
    int seen = 0;
    for (const SeenRequest &r : requests) {
        if (!r.isLongPoll())
            continue;
        if (++seen == 1)
            badAt = r.atMs;
        else if (seen == 2)
            backAt = r.atMs;
    }
    qInfo("long-poll misbehaving (%s): cut after %lld ms; long-poll back %lld ms after the cut",
          qPrintable(misbehaviour), failedAt - badAt, backAt - failedAt);
    QVERIFY(badAt >= 0 && backAt > badAt);
    QVERIFY2(backAt - failedAt < 10000, qPrintable(QString::number(backAt - failedAt)));
}

QTEST_GUILESS_MAIN(TestSyncStalls)
#include "tst_syncstalls.moc"
