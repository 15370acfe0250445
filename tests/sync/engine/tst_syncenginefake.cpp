// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncEngine against a fake network (tests/support/fakenetwork.h): answers the real marketplace never
// gives — another shop's page, a malformed page — change nothing (cursor unmoved, nothing applied);
// a snapshot's next page is asked for while the current one is applied, and aborted if that fails.
#include "fakenetwork.h"
#include "fixtures.h"
#include "models/storage/database.h"
#include "responsebodies.h"
#include "sync/client/marketplaceendpoint.h"
#include "sync/engine/syncengine.h"
#include "sync/enrolment/enrollment.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace comptoir;
namespace b = comptoir::bodies;

namespace {

qint64 scalar(const Database &db, const QString &sql)
{
    auto q = db.query(sql);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

// A till enrolled with bodies::ShopId, at cursor 100 of epoch 3 (bodies::changesQuery()).
struct FakeShop
{
    TestShop shop;
    FakeNetwork network;
    std::optional<EnrolledDevice> device;

    bool begin()
    {
        Database &db = shop.db();
        const bool ok
            = db.setMeta(QString::fromLatin1(Enrollment::MetaUrl), QStringLiteral("http://127.0.0.1:9")).ok()
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

    std::unique_ptr<SyncEngine> engine()
    {
        auto made
            = std::make_unique<SyncEngine>(shop.db(), shop.clock, shop.uuids, network, *device, b::Token);
        made->setBackoff(Backoff([] { return 0.5; }, 10, 50));
        return made;
    }

    bool needSnapshot()
    {
        return shop.db().exec(QStringLiteral("UPDATE sync_state SET needs_snapshot = 1")).ok();
    }

    SyncReport runOnce(SyncEngine &engine)
    {
        auto result = std::make_shared<std::optional<SyncReport>>();
        engine.runOnce([result](SyncReport report) { *result = std::move(report); });
        if (!QTest::qWaitFor([&result] { return result->has_value(); }, 20000)) {
            engine.stop();
            return {};
        }
        return **result;
    }
};

QJsonObject lastSnapshotPage()
{
    QJsonObject page = b::snapshot();
    page.insert(QStringLiteral("items"), QJsonArray {});
    page.insert(QStringLiteral("has_more"), false);
    page.insert(QStringLiteral("next_page"), QJsonValue());
    return page;
}

QJsonObject lastPage()
{
    QJsonObject page = b::changes();
    page.insert(QStringLiteral("has_more"), false);
    return page;
}

} // namespace

class TestSyncEngineFake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SyncReport>(); }

    void anotherShopsPageChangesNothing()
    {
        FakeShop f;
        QVERIFY(f.begin());
        f.network.enqueue(CannedReply::json(
            200, b::json(b::withValue(lastPage(), QStringLiteral("shop_id"), b::OtherShopId))));
        auto engine = f.engine();
        const SyncReport report = f.runOnce(*engine);
        QVERIFY(report.error);
        QCOMPARE(report.error->code, ErrorCode::MarketplaceWrongShop);
        QCOMPARE(engine->status().state, SyncState::Stopped); // never retried on its own
        QCOMPARE(f.network.requests().size(), 1);
        QCOMPARE(report.cursor, qint64(100));
        QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT cursor FROM sync_state")), qint64(100));
        QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT count(*) FROM online_orders")), qint64(0));
        QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT count(*) FROM stock_server_state")), qint64(0));
        QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT count(*) FROM sync_entity_cursors")), qint64(0));
        // The request carried the token only in its header, and asked from the stored cursor.
        const QNetworkRequest &request = f.network.requests().first().request;
        QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer ") + b::Token);
        QVERIFY(request.url().query().contains(QStringLiteral("since=100")));
        QVERIFY(request.url().query().contains(QStringLiteral("epoch=3")));
    }

    void malformedPageIsRetriedAndChangesNothing()
    {
        FakeShop f;
        QVERIFY(f.begin());
        const QByteArray spoiled = b::json(
            b::withValue(lastPage(), QStringLiteral("changes[2].data.total_cents"), QStringLiteral("12")));
        for (int i = 0; i < 3; ++i) // runOnce tries three times in all
            f.network.enqueue(CannedReply::json(200, spoiled));
        auto engine = f.engine();
        const SyncReport report = f.runOnce(*engine);
        QVERIFY(report.error);
        QCOMPARE(report.error->code, ErrorCode::MarketplaceResponseInvalid);
        QCOMPARE(f.network.requests().size(), 3);
        QCOMPARE(engine->status().state, SyncState::Offline);
        QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT cursor FROM sync_state")), qint64(100));
        QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT count(*) FROM online_orders")), qint64(0));
        QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT count(*) FROM sync_entity_cursors")), qint64(0));
        QCOMPARE(scalar(f.shop.db(),
                        QStringLiteral("SELECT count(*) FROM sync_state WHERE last_error_code = "
                                       "'response_invalid'")),
                 qint64(1));
    }

    void goodPageMovesTheCursor()
    {
        // The control: the same page, unspoiled, is applied.
        FakeShop f;
        QVERIFY(f.begin());
        f.network.enqueue(CannedReply::json(200, b::json(lastPage())));
        auto engine = f.engine();
        const SyncReport report = f.runOnce(*engine);
        QVERIFY2(!report.error,
                 qPrintable(report.error ? report.error->subject + QLatin1Char(' ') + report.error->detail
                                         : QString()));
        QCOMPARE(report.cursor, qint64(107));
        QCOMPARE(report.pages, 1);
        QVERIFY(report.changes > 0);
        QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT cursor FROM sync_state")), qint64(107));
        QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT count(*) FROM online_orders")), qint64(1));
    }

    void snapshotAsksForTheNextPageWhileApplyingThisOne()
    {
        FakeShop f;
        QVERIFY(f.begin());
        QVERIFY(f.needSnapshot());
        f.network.enqueue(CannedReply::json(200, b::json(b::snapshot())));
        f.network.enqueue(CannedReply::json(200, b::json(lastSnapshotPage())));
        QJsonObject feed = lastPage(); // nothing newer than the snapshot
        feed.insert(QStringLiteral("changes"), QJsonArray {});
        feed.insert(QStringLiteral("next_cursor"), 640);
        f.network.enqueue(CannedReply::json(200, b::json(feed)));
        auto engine = f.engine();
        QList<qsizetype> requestsWhenApplied;
        connect(engine.get(), &SyncEngine::changesApplied, this,
                [&] { requestsWhenApplied << f.network.requests().size(); });
        const SyncReport report = f.runOnce(*engine);
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->detail : QString()));
        // When the first page had been applied, the second had already been asked for.
        QVERIFY(!requestsWhenApplied.isEmpty());
        QCOMPARE(requestsWhenApplied.first(), qsizetype(2));
        QCOMPARE(f.network.requests().size(), 3); // two snapshot pages, then the feed from 640
        QVERIFY(f.network.requests().at(1).request.url().query().contains(QStringLiteral("page=p2")));
        QVERIFY(f.network.requests().at(2).request.url().query().contains(QStringLiteral("since=640")));
        QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT needs_snapshot FROM sync_state")), qint64(0));
        QCOMPARE(scalar(f.shop.db(),
                        QStringLiteral("SELECT count(*) FROM products WHERE uuid = '") + b::ProductId
                            + QLatin1Char('\'')),
                 qint64(1));
    }

    void snapshotPageThatFailsToApplyAbortsTheNextOne()
    {
        FakeShop f;
        QVERIFY(f.begin());
        QVERIFY(f.needSnapshot());
        // The till's disk refuses the page's product (a trigger of this connection only).
        QVERIFY(f.shop.db()
                    .exec(QStringLiteral("CREATE TEMP TRIGGER refuse_products BEFORE INSERT ON main.products"
                                         " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"))
                    .ok());
        f.network.enqueue(CannedReply::json(200, b::json(b::snapshot())));
        f.network.enqueue(CannedReply::json(200, b::json(lastSnapshotPage())));
        auto engine = f.engine();
        const SyncReport report = f.runOnce(*engine);
        QVERIFY(report.error);
        QCOMPARE(report.error->code, ErrorCode::DatabaseQueryFailed);
        QVERIFY(f.network.requests().size() >= 2);
        QVERIFY(f.network.replies().at(1)->aborted); // the page asked for in advance
        // Nothing of the first page stayed, and the next start asks for the first page again.
        QCOMPARE(scalar(f.shop.db(), QStringLiteral("SELECT count(*) FROM products")), qint64(0));
        QCOMPARE(scalar(f.shop.db(),
                        QStringLiteral("SELECT count(*) FROM sync_state"
                                       " WHERE needs_snapshot = 1 AND snapshot_next_page IS NULL")),
                 qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineFake)
#include "tst_syncenginefake.moc"
