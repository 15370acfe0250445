// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncEngine (sync/syncengine.h) over real loopback HTTP against the real comptoir-marketplace:
// push, acknowledgement, lost answers, 5xx, 401, epoch change, parking, stop and resume, and a
// pass started by another connection's commit (PRAGMA data_version).
#include "queuedevents.h"
#include "syncenginefixture.h"

#include <QSignalSpy>

using namespace comptoir;
using namespace comptoir::synctest;

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncStatus>();
        qRegisterMetaType<SyncReport>();
        qRegisterMetaType<SyncChanges>();
    }

    void pushesOnceAndEmptiesTheOutbox()
    {
        EnrolledShop e;
        QVERIFY(e.begin());
        const auto [productId, variantId] = e.market->createProduct(e.setup, QStringLiteral("Carnet A5"), 10);
        QVERIFY(e.queueMovement(variantId, -1));
        QVERIFY(e.queueMovement(variantId, -2));
        QNetworkAccessManager net;
        auto engine = e.engine(net);
        QSignalSpy finished(engine.get(), &SyncEngine::passFinished);
        const SyncReport report = runOnce(*engine);
        QVERIFY2(!report.error,
                 qPrintable(report.error ? report.error->subject + report.error->detail : QString()));
        QCOMPARE(report.pushed, 2);
        QCOMPARE(report.applied, 2);
        QCOMPARE(report.rejected, 0);
        QVERIFY(report.snapshot);
        QVERIFY(report.pages >= 1);
        QVERIFY(report.cursor > 0);
        QCOMPARE(report.pending, qint64(0));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(e.market->onHand(e.shopId, variantId), qint64(7));
        QCOMPARE(e.serverLastAppliedSeq(), qint64(2));
        QCOMPARE(e.pending(), qint64(0));
        QCOMPARE(scalar(e.shop.db(), QStringLiteral("SELECT needs_snapshot FROM sync_state")), qint64(0));
        QCOMPARE(scalar(e.shop.db(), QStringLiteral("SELECT cursor FROM sync_state")), report.cursor);
        QCOMPARE(scalar(e.shop.db(), QStringLiteral("SELECT on_hand FROM stock_server_state")), qint64(7));

        // Nothing more to send: a second pass pushes nothing and changes nothing.
        const SyncReport again = runOnce(*engine);
        QVERIFY(!again.error);
        QCOMPARE(again.pushed, 0);
        QVERIFY(!again.snapshot);
        QCOMPARE(e.market->onHand(e.shopId, variantId), qint64(7));
        QCOMPARE(engine->status().state, SyncState::Idle);
        QVERIFY(engine->status().lastSuccess.isValid());
    }

    void lostAnswerIsAppliedExactlyOnce()
    {
        EnrolledShop e;
        QVERIFY(e.begin());
        const auto [productId, variantId] = e.market->createProduct(e.setup, QStringLiteral("Stylo"), 5);
        QNetworkAccessManager net;
        auto engine = e.engine(net);
        QVERIFY(!runOnce(*engine).error); // the snapshot
        QVERIFY(e.queueMovement(variantId, -1));
        // The server commits, then closes the connection without answering.
        e.setFaults({{QStringLiteral("drop_response"), 1.0}});
        const SyncReport lost = runOnce(*engine);
        QVERIFY(lost.error);
        QVERIFY(isTransient(*lost.error));
        QCOMPARE(e.market->onHand(e.shopId, variantId), qint64(4));
        QCOMPARE(e.pending(), qint64(1)); // kept: its answer never came
        QCOMPARE(engine->status().state, SyncState::Offline);
        QVERIFY(!scalar(e.shop.db(),
                        QStringLiteral("SELECT count(*) FROM sync_state WHERE last_error_code IS NULL")));

        e.setFaults({{QStringLiteral("drop_response"), 0.0}});
        const SyncReport report = runOnce(*engine);
        QVERIFY(!report.error);
        QCOMPARE(report.pushed, 1);
        QCOMPARE(report.duplicates, 1);
        QCOMPARE(report.applied, 0);
        QCOMPARE(e.market->onHand(e.shopId, variantId), qint64(4));
        QCOMPARE(e.pending(), qint64(0));
        QCOMPARE(scalar(e.shop.db(), QStringLiteral("SELECT count(*) FROM sync_exceptions")), qint64(0));
        QCOMPARE(scalar(e.shop.db(),
                        QStringLiteral("SELECT count(*) FROM sync_state WHERE last_error_code IS NULL")),
                 qint64(1));
    }

    void unavailableRetriesWithBackoffThenSucceeds()
    {
        EnrolledShop e;
        QVERIFY(e.begin());
        const auto [productId, variantId] = e.market->createProduct(e.setup, QStringLiteral("Gomme"), 3);
        QVERIFY(e.queueMovement(variantId, -1));
        e.setFaults({{QStringLiteral("error_5xx"), 1.0}});
        QNetworkAccessManager net;
        auto engine = e.engine(net);
        QSignalSpy statuses(engine.get(), &SyncEngine::statusChanged);
        QSignalSpy finished(engine.get(), &SyncEngine::passFinished);
        engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(engine->status().state == SyncState::Offline, 10000);
        QVERIFY(engine->status().nextAttempt.isValid());
        QVERIFY(engine->status().lastError.has_value());
        QCOMPARE(engine->status().lastError->code, ErrorCode::MarketplaceUnavailable);
        // It keeps retrying while the marketplace is down.
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 10000);
        e.setFaults({{QStringLiteral("error_5xx"), 0.0}});
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !finished.last().at(0).value<SyncReport>().error,
                                 15000);
        QCOMPARE(engine->status().state, SyncState::Idle);
        QVERIFY(!engine->status().lastError);
        QCOMPARE(e.market->onHand(e.shopId, variantId), qint64(2));
        QCOMPARE(e.pending(), qint64(0));
        bool sawOffline = false;
        for (const QList<QVariant> &signal : statuses)
            sawOffline = sawOffline || signal.at(0).value<SyncStatus>().state == SyncState::Offline;
        QVERIFY(sawOffline);
        engine->stop();
    }

    void unauthorizedStopsWithoutRetrying()
    {
        EnrolledShop e;
        QVERIFY(e.begin());
        const auto [productId, variantId] = e.market->createProduct(e.setup, QStringLiteral("Règle"), 3);
        QVERIFY(e.queueMovement(variantId, -1));
        const HttpResult revoked = e.market->admin(
            "POST", QStringLiteral("/admin/v1/shops/%1/devices/%2/revoke").arg(e.shopId, e.device->deviceId));
        QCOMPARE(revoked.status, 200);
        QNetworkAccessManager net;
        auto engine = e.engine(net);
        QSignalSpy finished(engine.get(), &SyncEngine::passFinished);
        engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(engine->status().state, SyncState::NeedsEnrollment, 10000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<SyncReport>().error->code, ErrorCode::MarketplaceUnauthorized);
        engine->nudge(); // a local change: still nothing (the token is worthless)
        // After a 401 no retry timer runs and no data-version watch: only a queued pass could come.
        runQueuedEvents();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(e.pending(), qint64(1)); // the outbox is kept for after the new enrollment
        QCOMPARE(e.market->onHand(e.shopId, variantId), qint64(3));
        auto q = e.shop.db().query(QStringLiteral("SELECT last_error_code FROM sync_state"));
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("unauthorized"));
    }

    void epochChangeTakesANewSnapshot()
    {
        EnrolledShop e;
        QVERIFY(e.begin());
        const auto [productId, variantId] = e.market->createProduct(e.setup, QStringLiteral("Cahier"), 8);
        QNetworkAccessManager net;
        auto engine = e.engine(net);
        QVERIFY(runOnce(*engine).snapshot);
        const qint64 oldEpoch = scalar(e.shop.db(), QStringLiteral("SELECT epoch FROM sync_state"));
        const HttpResult bumped = e.market->admin("POST", QStringLiteral("/admin/v1/epoch"));
        QCOMPARE(bumped.status, 200);
        const qint64 newEpoch = bumped.json.value(QStringLiteral("epoch")).toInteger();
        QVERIFY(newEpoch != oldEpoch);
        QVERIFY(e.queueMovement(variantId, -3));
        const SyncReport report = runOnce(*engine);
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->subject : QString()));
        QVERIFY(report.snapshot);
        QCOMPARE(report.applied, 1); // the outbox survived the epoch change
        QCOMPARE(scalar(e.shop.db(), QStringLiteral("SELECT epoch FROM sync_state")), newEpoch);
        QCOMPARE(scalar(e.shop.db(), QStringLiteral("SELECT needs_snapshot FROM sync_state")), qint64(0));
        QCOMPARE(e.market->onHand(e.shopId, variantId), qint64(5));
        QCOMPARE(scalar(e.shop.db(), QStringLiteral("SELECT on_hand FROM stock_server_state")), qint64(5));
    }

    void rejectedMutationIsParkedAndTheQueueMovesOn()
    {
        EnrolledShop e;
        QVERIFY(e.begin());
        const auto [productId, variantId] = e.market->createProduct(e.setup, QStringLiteral("Agenda"), 6);
        const QString unknownVariant = MarketClient::uuid();
        QVERIFY(e.queueMovement(unknownVariant, -1));
        QVERIFY(e.queueMovement(variantId, -2));
        QNetworkAccessManager net;
        auto engine = e.engine(net);
        const SyncReport report = runOnce(*engine);
        QVERIFY(!report.error);
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.applied, 1);
        QCOMPARE(report.openExceptions, qint64(1));
        QCOMPARE(report.pending, qint64(0));
        QCOMPARE(e.market->onHand(e.shopId, variantId), qint64(4));
        auto q = e.shop.db().query(
            QStringLiteral("SELECT seq, kind, code, state, payload FROM sync_exceptions"));
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toLongLong(), qint64(1));
        QCOMPARE(q.value().value(1).toString(), QStringLiteral("stock_movement"));
        QCOMPARE(q.value().value(2).toString(), QStringLiteral("variant_unknown"));
        QCOMPARE(q.value().value(3).toString(), QStringLiteral("open"));
        QVERIFY(q.value().value(4).toString().contains(unknownVariant));
        QVERIFY(!q.value().next());
        QCOMPARE(engine->status().openExceptions, qint64(1));
    }

    void stoppedMidPassResumesWithNothingLost()
    {
        EnrolledShop e;
        QVERIFY(e.begin());
        const auto [productId, variantId] = e.market->createProduct(e.setup, QStringLiteral("Crayon"), 20);
        for (int i = 0; i < 3; ++i)
            QVERIFY(e.queueMovement(variantId, -1));
        e.setFaults({{QStringLiteral("delay_ms"), 1500}});
        {
            QNetworkAccessManager net;
            auto engine = e.engine(net);
            engine->start();
            QTRY_COMPARE_WITH_TIMEOUT(engine->status().state, SyncState::Syncing, 5000);
            // The push is in flight: applied by the marketplace, its answer held back.
            QTRY_VERIFY_WITH_TIMEOUT(e.serverLastAppliedSeq() > 0, 5000);
            engine->stop();
            QVERIFY(engine->status().state != SyncState::Syncing);
        }
        // The ids given before the stop are kept: the push goes again under the same ids.
        QCOMPARE(scalar(e.shop.db(),
                        QStringLiteral("SELECT count(*) FROM sync_outbox WHERE mutation_id IS NOT NULL")),
                 qint64(3));
        e.setFaults({{QStringLiteral("delay_ms"), 0}}); // the server already applied what it was sent
        QNetworkAccessManager net;
        auto engine = e.engine(net);
        const SyncReport report = runOnce(*engine);
        QVERIFY(!report.error);
        QCOMPARE(report.applied + report.duplicates, 3);
        QCOMPARE(e.market->onHand(e.shopId, variantId), qint64(17));
        QCOMPARE(e.serverLastAppliedSeq(), qint64(3));
        QCOMPARE(e.pending(), qint64(0));
    }

    void anotherConnectionsCommitStartsAPass()
    {
        EnrolledShop e;
        QVERIFY(e.begin());
        const auto [productId, variantId] = e.market->createProduct(e.setup, QStringLiteral("Enveloppe"), 9);
        QNetworkAccessManager net;
        auto engine = e.engine(net);
        QSignalSpy finished(engine.get(), &SyncEngine::passFinished);
        engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 15000);
        QCOMPARE(engine->status().state, SyncState::Idle);
        // The till's window writes through its own connection; nobody calls nudge().
        auto other = Database::open(e.shop.temp.filePath());
        QVERIFY(other.ok());
        const QString movementId = e.shop.uuids.next();
        const QJsonObject payload {
            {QStringLiteral("movement_id"), movementId},
            {QStringLiteral("variant_id"), variantId},
            {QStringLiteral("delta"), -4},
            {QStringLiteral("reason"), QStringLiteral("sale")},
            {QStringLiteral("occurred_at"), QStringLiteral("2026-11-27T09:00:00.000Z")}};
        QVERIFY(
            (*other)
                ->exec(QStringLiteral("INSERT INTO sync_outbox (kind, entity_id, payload, created_at) "
                                      "VALUES ('stock_movement', ?, ?, '2026-11-27T09:00:00.000Z')"),
                       {movementId, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))})
                .ok());
        QTRY_COMPARE_WITH_TIMEOUT(e.market->onHand(e.shopId, variantId), qint64(5), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(e.pending(), qint64(0), 5000);
        engine->stop();
    }

    void interruptedSnapshotResumesFromItsNextPage()
    {
        EnrolledShop e;
        QVERIFY(e.begin());
        // 0.8 × PageSize products and as many stock items: two snapshot pages of PageSize.
        constexpr int Batches = SyncEngine::PageSize * 4 / 5 / 200;
        constexpr int Products = Batches * 200;
        static_assert(2 * Products > SyncEngine::PageSize && 2 * Products <= 2 * SyncEngine::PageSize);
        for (int batch = 0; batch < Batches; ++batch) {
            QJsonArray mutations;
            for (int i = 0; i < 200; ++i) {
                const QString productId = MarketClient::uuid();
                const QString variantId = MarketClient::uuid();
                mutations.append(MarketClient::mutation(
                    QStringLiteral("product_upsert"),
                    {{QStringLiteral("product_id"), productId},
                     {QStringLiteral("base_version"), 0},
                     {QStringLiteral("fields"),
                      QJsonObject {{QStringLiteral("name"), QStringLiteral("Produit %1").arg(i)},
                                   {QStringLiteral("vat_rate_bp"), 2000}}},
                     {QStringLiteral("variants"),
                      QJsonArray {
                          QJsonObject {{QStringLiteral("variant_id"), variantId},
                                       {QStringLiteral("fields"),
                                        QJsonObject {{QStringLiteral("label"), QStringLiteral("Standard")},
                                                     {QStringLiteral("reference"), variantId.left(13)},
                                                     {QStringLiteral("price_cents"), 100 + i}}}}}}}));
                mutations.append(
                    MarketClient::mutation(QStringLiteral("stock_movement"),
                                           MarketClient::movement(variantId, 2, QStringLiteral("receipt"))));
            }
            QCOMPARE(e.market->push(e.setup, mutations).status, 200);
        }
        QCOMPARE(e.market->state(e.shopId).value(QStringLiteral("variants")).toArray().size(), Products);
        const QString nextPage
            = QStringLiteral("SELECT count(*) FROM sync_state WHERE snapshot_next_page IS NOT NULL");
        {
            QNetworkAccessManager net;
            auto engine = e.engine(net);
            engine->start();
            // Stopped as soon as the first page is stored: the second is in flight.
            QTRY_VERIFY_WITH_TIMEOUT(scalar(e.shop.db(), nextPage) == 1, 30000);
            engine->stop();
        }
        QCOMPARE(scalar(e.shop.db(), QStringLiteral("SELECT needs_snapshot FROM sync_state")), qint64(1));
        QCOMPARE(scalar(e.shop.db(), nextPage), qint64(1));
        QNetworkAccessManager net;
        auto engine = e.engine(net);
        const SyncReport report = runOnce(*engine);
        QVERIFY2(!report.error,
                 qPrintable(report.error ? report.error->subject + report.error->detail : QString()));
        QVERIFY(report.snapshot);
        // Resumed: the first page was not fetched again (the second page, then the feed's).
        QCOMPARE(report.pages, 2);
        QCOMPARE(scalar(e.shop.db(), QStringLiteral("SELECT needs_snapshot FROM sync_state")), qint64(0));
        QCOMPARE(scalar(e.shop.db(), QStringLiteral("SELECT count(*) FROM stock_server_state")),
                 qint64(Products));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
