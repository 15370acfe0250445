// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox rows the stock ledger and the sales journal queue (models/outbox.h): each in the same
// transaction as its change, with sync_outbox.kind = the API mutation kind and payload = exactly
// the API payload (docs/marketplace-api.md §6.4). The last test pushes every kind the models queue
// through the reference marketplace's own push processing (tests/marketplace), in process.
#include "tillfixture.h"

#include "fixtures.h"
#include "models/catalogue/catalogue.h"
#include "models/fiscal/signer.h"
#include "models/sales/salejournal.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "outboxrows.h"
#include "tests/marketplace/marketplace.h"
#include "tests/marketplace/marketstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using namespace comptoir::tilltest;
using namespace comptoir::outboxtest;

class TestOutboxQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saleQueuesMovementsAndSummary();
    void failedSaleQueuesNothing();
    void refundQueuesReturns();
    void ledgerPayloads_data();
    void ledgerPayloads();
    void countCarriesCountedQuantityAndCursor();
    void onlineMovementsAreNotQueued();
    void referenceMarketplaceAcceptsThem();
};

void TestOutboxQueue::saleQueuesMovementsAndSummary()
{
    TillShop t;
    QVERIFY(t.setUp());
    const Database &db = t.shop.db();
    const qint64 before = lastSeq(db);
    t.shop.clock.advance(1500);

    auto sale = t.journal.commitSale(t.threeLines());
    QVERIFY(sale.ok());
    const QList<OutboxRow> rows = rowsAfter(db, before);
    // One movement per line with a variant (the free-price line has none), then the summary.
    QCOMPARE(rows.size(), 3);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).seq, before + 1 + i); // gap-free
        QCOMPARE(rows.at(i).createdAt, nowText(t.shop.clock));
    }
    const qint64 variants[] = {t.jam, t.mug};
    const qint64 quantities[] = {2, 1};
    for (int i = 0; i < 2; ++i) {
        const OutboxRow &row = rows.at(i);
        QCOMPARE(row.kind, QStringLiteral("stock_movement"));
        auto m = db.query(QStringLiteral("SELECT id, occurred_at FROM stock_movements WHERE variant_id = ? "
                                         "AND reason = 'sale'"),
                          {variants[i]});
        QVERIFY(m && m.value().next());
        QCOMPARE(row.entityId, m.value().value(0).toString());
        QCOMPARE(row.payload,
                 object({{QStringLiteral("movement_id"), m.value().value(0).toString()},
                         {QStringLiteral("variant_id"), uuidOf(db, QStringLiteral("variants"), variants[i])},
                         {QStringLiteral("delta"), -quantities[i]},
                         {QStringLiteral("reason"), QStringLiteral("sale")},
                         {QStringLiteral("occurred_at"), m.value().value(1).toString()}}));
    }
    const OutboxRow &summary = rows.at(2);
    QCOMPARE(summary.kind, QStringLiteral("ticket_summary"));
    QCOMPARE(summary.entityId, sale->uuid);
    QCOMPARE(summary.payload,
             object({{QStringLiteral("ticket_id"), sale->uuid},
                     {QStringLiteral("register_id"), db.deviceId()},
                     {QStringLiteral("number"), 1},
                     {QStringLiteral("total_cents"), 2818},
                     {QStringLiteral("occurred_at"), nowText(t.shop.clock)}}));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'ticket'")).toLongLong(),
        qint64(0));
}

void TestOutboxQueue::failedSaleQueuesNothing()
{
    // Signing fails last, after the movements were recorded and queued: all of it rolls back.
    TillShop t;
    QVERIFY(t.setUp());
    FailingSigner failing;
    FiscalChain brokenChain(t.shop.db(), failing, t.shop.clock);
    SaleJournal journal(t.shop.db(), t.shop.clock, t.shop.uuids, t.shop.ledger, brokenChain);
    const qint64 before = lastSeq(t.shop.db());
    const qint64 rowsBefore = count(t.shop.db(), QStringLiteral("sync_outbox"));

    auto sale = journal.commitSale(t.threeLines());
    QVERIFY(!sale.ok());
    QCOMPARE(sale.error().code, ErrorCode::CryptoFailed);
    QCOMPARE(count(t.shop.db(), QStringLiteral("sync_outbox")), rowsBefore);
    QCOMPARE(scalar(t.shop.db(), QStringLiteral("SELECT last_queued_seq FROM sync_state")).toLongLong(),
             before);

    // An unknown variant is refused before anything is queued.
    SaleDraft draft = t.threeLines();
    draft.lines[1].variantId = 99999;
    QVERIFY(!t.journal.commitSale(draft).ok());
    QCOMPARE(count(t.shop.db(), QStringLiteral("sync_outbox")), rowsBefore);

    // The next good sale continues the numbering with no hole.
    QVERIFY(t.journal.commitSale(t.threeLines()).ok());
    QCOMPARE(rowsAfter(t.shop.db(), before).constFirst().seq, before + 1);
}

void TestOutboxQueue::refundQueuesReturns()
{
    TillShop t;
    QVERIFY(t.setUp());
    auto sale = t.journal.commitSale(t.threeLines());
    QVERIFY(sale.ok());
    const qint64 before = lastSeq(t.shop.db());
    RefundDraft refund;
    refund.originalTicketId = sale->id;
    refund.operatorId = t.operatorId;
    refund.lines = {RefundLine {sale->lines.at(0).id, 1}};
    refund.payments = {pay(PaymentMethod::Cash, 0)};
    auto refunded = t.journal.commitRefund(refund);
    QVERIFY2(refunded.ok(), refunded.ok() ? "" : qPrintable(refunded.error().detail));

    const QList<OutboxRow> rows = rowsAfter(t.shop.db(), before);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).kind, QStringLiteral("stock_movement"));
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("reason")).toString(), QStringLiteral("return"));
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("delta")).toInteger(), qint64(1));
    QCOMPARE(rows.at(1).kind, QStringLiteral("ticket_summary"));
    QCOMPARE(rows.at(1).payload.value(QStringLiteral("number")).toInteger(), qint64(2));
    QCOMPARE(rows.at(1).payload.value(QStringLiteral("total_cents")).toInteger(), refunded->totalCents);
    QVERIFY(refunded->totalCents < 0);
}

void TestOutboxQueue::ledgerPayloads_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<QString>("key");
    QTest::newRow("receipt") << int(MovementReason::Receipt) << qint64(12) << QStringLiteral("receipt");
    QTest::newRow("adjustment") << int(MovementReason::Adjustment) << qint64(-3)
                                << QStringLiteral("adjustment");
    QTest::newRow("sale") << int(MovementReason::Sale) << qint64(-1) << QStringLiteral("sale");
    QTest::newRow("return") << int(MovementReason::Return) << qint64(1) << QStringLiteral("return");
}

void TestOutboxQueue::ledgerPayloads()
{
    QFETCH(int, reason);
    QFETCH(qint64, delta);
    QFETCH(QString, key);
    TillShop t;
    QVERIFY(t.setUp());
    const qint64 before = lastSeq(t.shop.db());
    auto movement
        = t.shop.ledger.record(t.mug, delta, MovementReason(reason), QStringLiteral("a private note"));
    QVERIFY(movement.ok());
    const QList<OutboxRow> rows = rowsAfter(t.shop.db(), before);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).kind, QStringLiteral("stock_movement"));
    QCOMPARE(rows.at(0).entityId, movement->id);
    QCOMPARE(rows.at(0).createdAt, nowText(t.shop.clock));
    QCOMPARE(rows.at(0).payload,
             object({{QStringLiteral("movement_id"), movement->id},
                     {QStringLiteral("variant_id"), uuidOf(t.shop.db(), QStringLiteral("variants"), t.mug)},
                     {QStringLiteral("delta"), delta},
                     {QStringLiteral("reason"), key},
                     {QStringLiteral("occurred_at"), nowText(t.shop.clock)}}));

    // A refused movement queues nothing.
    QVERIFY(!t.shop.ledger.record(t.mug, 0, MovementReason(reason)).ok());
    QVERIFY(!t.shop.ledger.record(424242, delta, MovementReason(reason)).ok());
    QCOMPARE(rowsAfter(t.shop.db(), before).size(), 1);
}

void TestOutboxQueue::countCarriesCountedQuantityAndCursor()
{
    TillShop t;
    QVERIFY(t.setUp()); // the mug: 5 on hand
    const qint64 before = lastSeq(t.shop.db());
    auto first = t.shop.ledger.recordCount(t.mug, 14);
    QVERIFY(first.ok());
    // Never synced: base_cursor 0.
    QCOMPARE(rowsAfter(t.shop.db(), before).at(0).payload,
             object({{QStringLiteral("movement_id"), first->id},
                     {QStringLiteral("variant_id"), uuidOf(t.shop.db(), QStringLiteral("variants"), t.mug)},
                     {QStringLiteral("delta"), 9},
                     {QStringLiteral("reason"), QStringLiteral("count")},
                     {QStringLiteral("counted_quantity"), 14},
                     {QStringLiteral("base_cursor"), 0},
                     {QStringLiteral("occurred_at"), nowText(t.shop.clock)}}));

    // The feed cursor applied when counting.
    QVERIFY(t.shop.db().exec(QStringLiteral("UPDATE sync_state SET cursor = 90377 WHERE id = 1")).ok());
    auto second = t.shop.ledger.recordCount(t.mug, 0);
    QVERIFY(second.ok());
    const QJsonObject payload = rowsAfter(t.shop.db(), before).at(1).payload;
    QCOMPARE(payload.value(QStringLiteral("counted_quantity")).toInteger(), qint64(0));
    QCOMPARE(payload.value(QStringLiteral("base_cursor")).toInteger(), qint64(90377));
    QCOMPARE(payload.value(QStringLiteral("delta")).toInteger(), qint64(-14));
}

void TestOutboxQueue::onlineMovementsAreNotQueued()
{
    TillShop t;
    QVERIFY(t.setUp());
    const qint64 before = lastSeq(t.shop.db());
    QVERIFY(t.shop.ledger.record(t.mug, 2, MovementReason::OnlineReserve).ok());
    QVERIFY(t.shop.ledger.record(t.mug, -1, MovementReason::OnlineCommit).ok());
    QVERIFY(t.shop.ledger.record(t.mug, 1, MovementReason::OnlineRelease).ok());
    QCOMPARE(rowsAfter(t.shop.db(), before).size(), 0);
    QCOMPARE(scalar(t.shop.db(),
                    QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason LIKE "
                                   "'online_%'"))
                 .toLongLong(),
             qint64(3));
}

// Every kind of row the models queue goes through the reference marketplace's push processing
// unchanged (seq, kind, payload as stored) and is applied, not rejected.
void TestOutboxQueue::referenceMarketplaceAcceptsThem()
{
    using namespace comptoir::market;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const std::unique_ptr<MarketStore> store
        = MarketStore::open(dir.filePath(QStringLiteral("m.db")), &error);
    QVERIFY2(store, qPrintable(error));
    Marketplace marketplace(*store);
    const Reply shop = marketplace.createShop(QStringLiteral("Épicerie du Martroi"));
    QVERIFY(shop.ok());
    const QString shopId = shop.body.value(QStringLiteral("shop_id")).toString();
    const Reply code = marketplace.createCode(shopId);
    QVERIFY(code.ok());

    TillShop t;
    QVERIFY(t.setUp()); // two products created, stock received
    const Reply enrolled
        = marketplace.enroll(object({{QStringLiteral("code"), code.body.value(QStringLiteral("code"))},
                                     {QStringLiteral("device_id"), t.shop.db().deviceId()},
                                     {QStringLiteral("device_name"), QStringLiteral("Caisse 1")}}));
    QVERIFY2(enrolled.ok(), QJsonDocument(enrolled.body).toJson().constData());

    auto category = t.shop.catalogue.addCategory(QStringLiteral("Confiserie"));
    QVERIFY(category.ok());
    ProductFields jam;
    jam.name = QStringLiteral("Confiture d'abricots");
    jam.vatRateBp = 550;
    jam.categoryId = *category;
    QVERIFY(t.shop.catalogue.updateProduct(t.shop.catalogue.variant(t.jam)->productId, jam).ok());
    VariantFields extra;
    extra.label = QStringLiteral("Grand");
    extra.priceCents = 990;
    extra.barcodes = {QStringLiteral("3760000000017")};
    auto added = t.shop.catalogue.addVariant(t.shop.catalogue.variant(t.jam)->productId, extra);
    QVERIFY(added.ok());
    QVERIFY(t.shop.catalogue.setVariantArchived(*added, true).ok());
    QVERIFY(t.journal.commitSale(t.threeLines()).ok());
    QVERIFY(t.shop.ledger.record(t.mug, -1, MovementReason::Adjustment).ok());
    QVERIFY(t.shop.ledger.recordCount(t.mug, 7).ok());
    QVERIFY(t.shop.catalogue.setProductArchived(t.shop.catalogue.variant(t.mug)->productId, true).ok());

    const QList<OutboxRow> rows = rowsAfter(t.shop.db(), 0);
    QJsonArray mutations;
    QStringList kinds;
    for (const OutboxRow &row : rows) {
        mutations.append(object({{QStringLiteral("id"), t.shop.uuids.next()},
                                 {QStringLiteral("seq"), row.seq},
                                 {QStringLiteral("kind"), row.kind},
                                 {QStringLiteral("occurred_at"), row.createdAt},
                                 {QStringLiteral("payload"), row.payload}}));
        if (!kinds.contains(row.kind))
            kinds << row.kind;
    }
    kinds.sort();
    QCOMPARE(kinds,
             QStringList({QStringLiteral("product_archive"), QStringLiteral("product_upsert"),
                          QStringLiteral("stock_movement"), QStringLiteral("ticket_summary")}));
    const Reply pushed = marketplace.push(DeviceIdentity {t.shop.db().deviceId(), shopId},
                                          object({{QStringLiteral("shop_id"), shopId},
                                                  {QStringLiteral("device_id"), t.shop.db().deviceId()},
                                                  {QStringLiteral("mutations"), mutations}}));
    QVERIFY2(pushed.ok(), QJsonDocument(pushed.body).toJson().constData());
    const QJsonArray results = pushed.body.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), rows.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        QVERIFY2(result.value(QStringLiteral("status")).toString() == QLatin1String("applied"),
                 qPrintable(rows.at(i).kind + QLatin1Char(' ')
                            + QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))));
    }
    QCOMPARE(pushed.body.value(QStringLiteral("last_applied_seq")).toInteger(), rows.constLast().seq);
}

QTEST_GUILESS_MAIN(TestOutboxQueue)
#include "tst_outboxqueue.moc"
