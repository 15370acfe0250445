// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PageApplier on feed pages (docs/marketplace-api.md §7.4, §10, §13, §11.3): one transaction per
// page with its cursor and the outbox acknowledgement, per-entity cursors, stock as server state +
// unacknowledged movements, orders, oversell cases and conflicts. Real SQLite.
#include "pageapplierfixture.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::pagetest;

class TestPageApplier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageAppliesWithItsCursor();
    void consistentSeqOnlyAtTheEndOfACatchUp();
    void failingChangeRollsBackEverything();
    void replayedPageChangesNothing();
    void staleEntityCursorIsSkipped();
    void wrongSinceIsDiscarded();
    void wrongShopOrEpochIsRefused_data();
    void wrongShopOrEpochIsRefused();
    void ordersAreStoredWithTheirLines();
    void pendingStatusClearsWhenReachedOrFinal();
    void oversellCaseIsUpdatedInPlace();
    void conflictsAreStoredOnce();
};

void TestPageApplier::pageAppliesWithItsCursor()
{
    SyncShop s;
    QVERIFY(s.enrol());
    QVERIFY(
        s.db().exec(QStringLiteral("UPDATE sync_state SET last_error_code = 'x', last_error_at = 'y'")).ok());
    s.shop.clock.advance(60000);
    const auto applied = s.applier.applyChanges(
        0,
        page({change(3,
                     product(uuid(100), 1, QStringLiteral("Carnet"),
                             {variant(uuid(101), QStringLiteral("Noir"), QStringLiteral("CLF-N"), 1290)})),
              stockChange(5, uuid(101), 12, 1, 1),
              orderChange(7, uuid(500), OrderStatus::Placed, {{1, uuid(101), 1, 1290}})},
             7, 4));
    QVERIFY2(applied.ok(), why(applied).constData());
    QVERIFY(!applied->discarded);
    QCOMPARE(applied->applied, 3);
    QCOMPARE(applied->skipped, 0);
    QVERIFY(applied->changed.products && applied->changed.stock && applied->changed.orders);
    QVERIFY(!applied->changed.conflicts && !applied->changed.exceptions);

    // Committed: a second connection sees the page and its cursor together.
    auto other = Database::open(s.shop.temp.filePath());
    QVERIFY(other.ok());
    auto q = other.value()->query(
        QStringLiteral("SELECT cursor, consistent_seq, last_applied_seq, last_success_at, last_error_code, "
                       "(SELECT count(*) FROM products), (SELECT quantity FROM stock_on_hand), "
                       "(SELECT count(*) FROM online_orders) FROM sync_state"));
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toLongLong(), qint64(7));
    QCOMPARE(q.value().value(1).toLongLong(), qint64(4));
    QCOMPARE(q.value().value(2).toLongLong(), qint64(4));
    QCOMPARE(q.value().value(3).toString(), QStringLiteral("2026-11-27T09:01:00.000Z"));
    QVERIFY(q.value().value(4).isNull());
    QCOMPARE(q.value().value(5).toLongLong(), qint64(1));
    QCOMPARE(q.value().value(6).toLongLong(), qint64(12));
    QCOMPARE(q.value().value(7).toLongLong(), qint64(1));
    QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM sync_entity_cursors")), qint64(3));
    QCOMPARE(
        s.scalar(QStringLiteral("SELECT cursor FROM sync_entity_cursors WHERE kind = 'stock' AND id = ?"),
                 {uuid(101)}),
        qint64(5));
    QCOMPARE(s.db().transactionDepth(), 0);
}

void TestPageApplier::consistentSeqOnlyAtTheEndOfACatchUp()
{
    SyncShop s;
    QVERIFY(s.enrol());
    QVERIFY(s.applier.applyChanges(0, page({}, 0, 3, false)).ok());
    QVERIFY(s.applier.applyChanges(0, page({conflictChange(2, uuid(700), 1, 2)}, 2, 5, true)).ok());
    QCOMPARE(s.scalar(QStringLiteral("SELECT consistent_seq FROM sync_state")), qint64(3));
    QCOMPARE(s.cursor(), qint64(2));
    QVERIFY(s.applier.applyChanges(2, page({conflictChange(4, uuid(701), 1, 2)}, 4, 6, false)).ok());
    QCOMPARE(s.scalar(QStringLiteral("SELECT consistent_seq FROM sync_state")), qint64(6));
    QCOMPARE(s.cursor(), qint64(4));
}

void TestPageApplier::failingChangeRollsBackEverything()
{
    SyncShop s;
    QVERIFY(s.enrol());
    const qint64 acked = s.queueMovement(uuid(101), -1, QStringLiteral("applied"));
    QVERIFY(acked > 0);
    // The order line's quantity 0 breaks a CHECK constraint after everything else was written.
    const auto applied = s.applier.applyChanges(
        0,
        page({change(3,
                     product(uuid(100), 1, QStringLiteral("Carnet"),
                             {variant(uuid(101), QStringLiteral("Noir"), QStringLiteral("CLF-N"), 1290)})),
              stockChange(5, uuid(101), 12), conflictChange(6, uuid(700), 1, 2),
              orderChange(7, uuid(500), OrderStatus::Placed, {{1, uuid(101), 0, 1290}})},
             7, acked));
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, ErrorCode::DatabaseQueryFailed);
    QCOMPARE(s.db().transactionDepth(), 0);
    QCOMPARE(s.cursor(), qint64(0));
    for (const QString &table : {QStringLiteral("products"), QStringLiteral("variants"),
                                 QStringLiteral("stock_server_state"), QStringLiteral("sync_conflicts"),
                                 QStringLiteral("online_orders"), QStringLiteral("sync_entity_cursors")})
        QCOMPARE(s.count(table), qint64(0));
    QCOMPARE(s.count(QStringLiteral("sync_outbox")), qint64(1)); // not acknowledged
    QCOMPARE(s.scalar(QStringLiteral("SELECT last_success_at IS NULL FROM sync_state")), qint64(1));
}

void TestPageApplier::replayedPageChangesNothing()
{
    SyncShop s;
    QVERIFY(s.enrol());
    const QList<Change> changes
        = {change(3,
                  product(uuid(100), 1, QStringLiteral("Carnet"),
                          {variant(uuid(101), QStringLiteral("Noir"), QStringLiteral("CLF-N"), 1290)})),
           stockChange(5, uuid(101), 12),
           orderChange(7, uuid(500), OrderStatus::Placed, {{1, uuid(101), 1, 1290}})};
    QVERIFY(s.applier.applyChanges(0, page(changes, 7)).ok());
    // Local rows changed since: a replay of older states must not touch them.
    QVERIFY(s.db().exec(QStringLiteral("UPDATE products SET name = 'Local'")).ok());
    QVERIFY(s.db().exec(QStringLiteral("UPDATE stock_on_hand SET quantity = 99")).ok());
    QVERIFY(s.db().exec(QStringLiteral("UPDATE online_orders SET status = 'ready'")).ok());
    const auto replay = s.applier.applyChanges(7, page(changes, 7));
    QVERIFY(replay.ok());
    QCOMPARE(replay->applied, 0);
    QCOMPARE(replay->skipped, 3);
    QVERIFY(!replay->changed.any());
    QCOMPARE(s.text(QStringLiteral("SELECT name FROM products")), QStringLiteral("Local"));
    QCOMPARE(s.scalar(QStringLiteral("SELECT quantity FROM stock_on_hand")), qint64(99));
    QCOMPARE(s.text(QStringLiteral("SELECT status FROM online_orders")), QStringLiteral("ready"));
    QCOMPARE(s.cursor(), qint64(7));
}

void TestPageApplier::staleEntityCursorIsSkipped()
{
    SyncShop s;
    QVERIFY(s.enrol(10));
    QVERIFY(
        s.db()
            .exec(QStringLiteral("INSERT INTO sync_entity_cursors VALUES ('conflict', ?, 20)"), {uuid(700)})
            .ok());
    QVERIFY(s.db()
                .exec(QStringLiteral("INSERT INTO sync_entity_cursors VALUES ('oversell_case', ?, 20)"),
                      {uuid(600)})
                .ok());
    const auto applied = s.applier.applyChanges(
        10, page({conflictChange(15, uuid(700), 1, 2), caseChange(25, uuid(600), uuid(101), -1, false)}, 25));
    QVERIFY(applied.ok());
    QCOMPARE(applied->skipped, 1);
    QCOMPARE(applied->applied, 1);
    QCOMPARE(s.count(QStringLiteral("sync_conflicts")), qint64(0));
    QCOMPARE(s.count(QStringLiteral("oversell_cases")), qint64(1));
    QCOMPARE(s.scalar(QStringLiteral("SELECT cursor FROM sync_entity_cursors WHERE id = ?"), {uuid(700)}),
             qint64(20));
    QCOMPARE(s.scalar(QStringLiteral("SELECT cursor FROM sync_entity_cursors WHERE id = ?"), {uuid(600)}),
             qint64(25));
}

void TestPageApplier::wrongSinceIsDiscarded()
{
    SyncShop s;
    QVERIFY(s.enrol(4));
    const qint64 acked = s.queueMovement(uuid(101), -1, QStringLiteral("applied"));
    const auto applied = s.applier.applyChanges(2, page({conflictChange(6, uuid(700), 1, 2)}, 6, acked));
    QVERIFY(applied.ok());
    QVERIFY(applied->discarded);
    QCOMPARE(applied->applied, 0);
    QCOMPARE(s.cursor(), qint64(4));
    QCOMPARE(s.count(QStringLiteral("sync_conflicts")), qint64(0));
    QCOMPARE(s.count(QStringLiteral("sync_outbox")), qint64(1));
}

void TestPageApplier::wrongShopOrEpochIsRefused_data()
{
    QTest::addColumn<QString>("shop");
    QTest::addColumn<qint64>("epoch");
    QTest::addColumn<bool>("needsSnapshot");
    QTest::addColumn<int>("code");
    QTest::newRow("other shop") << QStringLiteral("11111111-2222-4333-8444-555555555555") << Epoch << false
                                << int(ErrorCode::MarketplaceWrongShop);
    QTest::newRow("other epoch") << ShopId << Epoch + 1 << false << int(ErrorCode::MarketplaceEpochChanged);
    QTest::newRow("snapshot needed") << ShopId << Epoch << true << int(ErrorCode::MarketplaceEpochChanged);
}

void TestPageApplier::wrongShopOrEpochIsRefused()
{
    QFETCH(QString, shop);
    QFETCH(qint64, epoch);
    QFETCH(bool, needsSnapshot);
    QFETCH(int, code);
    SyncShop s;
    QVERIFY(s.enrol(0, needsSnapshot));
    ChangesPage p = page({conflictChange(6, uuid(700), 1, 2)}, 6);
    p.shopId = shop;
    p.epoch = epoch;
    const auto applied = s.applier.applyChanges(0, p);
    QVERIFY(!applied.ok());
    QCOMPARE(int(applied.error().code), code);
    QCOMPARE(s.cursor(), qint64(0));
    QCOMPARE(s.count(QStringLiteral("sync_conflicts")), qint64(0));
    QCOMPARE(s.db().transactionDepth(), 0);
}

void TestPageApplier::ordersAreStoredWithTheirLines()
{
    SyncShop s;
    QVERIFY(s.enrol());
    QVERIFY(s.applier
                .applyChanges(0,
                              page({change(1,
                                           product(uuid(100), 1, QStringLiteral("Carnet"),
                                                   {variant(uuid(101), QStringLiteral("Noir"),
                                                            QStringLiteral("CLF-N"), 1290)})),
                                    orderChange(2, uuid(500), OrderStatus::Placed,
                                                {{1, uuid(101), 2, 1290}, {2, uuid(301), 1, 450}})},
                                   2))
                .ok());
    auto q = s.db().query(QStringLiteral("SELECT number, status, customer_name, customer_phone, total_cents, "
                                         "placed_at, pending_status FROM online_orders WHERE uuid = ?"),
                          {uuid(500)});
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toLongLong(), qint64(118));
    QCOMPARE(q.value().value(1).toString(), QStringLiteral("placed"));
    QCOMPARE(q.value().value(2).toString(), QStringLiteral("Camille D."));
    QCOMPARE(q.value().value(3).toString(), QStringLiteral(""));
    QCOMPARE(q.value().value(4).toLongLong(), qint64(2 * 1290 + 450));
    QCOMPARE(q.value().value(5).toString(), QStringLiteral("2026-11-27T15:10:00.000Z"));
    QVERIFY(q.value().value(6).isNull());
    QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM online_order_lines")), qint64(2));
    QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM online_order_lines WHERE variant_id IS NULL")),
             qint64(1));
    // The unknown variant arrives: its line finds it.
    QVERIFY(
        s.applier
            .applyChanges(2,
                          page({change(3,
                                       product(uuid(300), 1, QStringLiteral("Gomme"),
                                               {variant(uuid(301), QString(), QStringLiteral("GO"), 450)}))},
                               3))
            .ok());
    QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM online_order_lines WHERE variant_id IS NULL")),
             qint64(0));
    // A new state replaces the lines.
    QVERIFY(s.applier
                .applyChanges(
                    3, page({orderChange(4, uuid(500), OrderStatus::Accepted, {{1, uuid(101), 1, 1290}})}, 4))
                .ok());
    QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM online_order_lines")), qint64(1));
    QCOMPARE(s.text(QStringLiteral("SELECT status FROM online_orders")), QStringLiteral("accepted"));
    QCOMPARE(s.count(QStringLiteral("online_orders")), qint64(1));
}

void TestPageApplier::pendingStatusClearsWhenReachedOrFinal()
{
    SyncShop s;
    QVERIFY(s.enrol());
    const QList<OrderLine> lines = {{1, uuid(101), 1, 1290}};
    QVERIFY(s.applier
                .applyChanges(0,
                              page({orderChange(1, uuid(500), OrderStatus::Placed, lines),
                                    orderChange(2, uuid(501), OrderStatus::Accepted, lines),
                                    orderChange(3, uuid(502), OrderStatus::Placed, lines)},
                                   3))
                .ok());
    const auto transition = [&](const QString &order, const QString &to) {
        return s.db()
                   .exec(QStringLiteral("UPDATE online_orders SET pending_status = ? WHERE uuid = ?"),
                         {to, order})
                   .ok()
            && s.queue(QStringLiteral("order_transition"),
                       {{QStringLiteral("order_id"), order}, {QStringLiteral("to"), to}})
            > 0;
    };
    QVERIFY(transition(uuid(500), QStringLiteral("accepted")));
    QVERIFY(transition(uuid(501), QStringLiteral("ready")));
    QVERIFY(transition(uuid(502), QStringLiteral("rejected")));
    const auto pending = [&](const QString &order) {
        return s.text(
            QStringLiteral("SELECT coalesce(pending_status, '-') FROM online_orders WHERE uuid = ?"),
            {order});
    };
    // States from before the transitions reached the server: still pending.
    QVERIFY(s.applier
                .applyChanges(3,
                              page({orderChange(4, uuid(500), OrderStatus::Placed, lines),
                                    orderChange(5, uuid(501), OrderStatus::Accepted, lines),
                                    orderChange(6, uuid(502), OrderStatus::Accepted, lines)},
                                   6))
                .ok());
    QCOMPARE(pending(uuid(500)), QStringLiteral("accepted"));
    QCOMPARE(pending(uuid(501)), QStringLiteral("ready"));
    QCOMPARE(pending(uuid(502)), QStringLiteral("rejected"));
    // Reached; went past it (another till); final (cancelled online).
    QVERIFY(s.applier
                .applyChanges(6,
                              page({orderChange(7, uuid(500), OrderStatus::Accepted, lines),
                                    orderChange(8, uuid(501), OrderStatus::Collected, lines),
                                    orderChange(9, uuid(502), OrderStatus::Cancelled, lines)},
                                   9))
                .ok());
    QCOMPARE(pending(uuid(500)), QStringLiteral("-"));
    QCOMPARE(pending(uuid(501)), QStringLiteral("-"));
    QCOMPARE(pending(uuid(502)), QStringLiteral("-"));
}

void TestPageApplier::oversellCaseIsUpdatedInPlace()
{
    SyncShop s;
    QVERIFY(s.enrol());
    QVERIFY(s.applier.applyChanges(0, page({caseChange(1, uuid(600), uuid(101), -1, false)}, 1)).ok());
    const auto second = s.applier.applyChanges(1, page({caseChange(2, uuid(600), uuid(101), 0, true)}, 2));
    QVERIFY(second.ok());
    QVERIFY(second->changed.oversellCases);
    auto q = s.db().query(
        QStringLiteral("SELECT count(*), available, resolved, resolved_at FROM oversell_cases"));
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toLongLong(), qint64(1));
    QCOMPARE(q.value().value(1).toLongLong(), qint64(0));
    QCOMPARE(q.value().value(2).toLongLong(), qint64(1));
    QCOMPARE(q.value().value(3).toString(), QStringLiteral("2026-11-27T15:13:00.000Z"));
}

void TestPageApplier::conflictsAreStoredOnce()
{
    SyncShop s;
    QVERIFY(s.enrol());
    const auto first = s.applier.applyChanges(
        0,
        page({conflictChange(1, uuid(700), 1450, 1390),
              conflictChange(2, uuid(701), QStringLiteral("Rouge"), QJsonArray {QStringLiteral("a")})},
             2));
    QVERIFY(first.ok());
    QVERIFY(first->changed.conflicts);
    // The same entry again (a snapshot after an epoch change, or a later cursor): kept once.
    const auto again = s.applier.applyChanges(2, page({conflictChange(5, uuid(700), 1450, 1390)}, 5));
    QVERIFY(again.ok());
    QVERIFY(!again->changed.conflicts);
    QCOMPARE(s.count(QStringLiteral("sync_conflicts")), qint64(2));
    QCOMPARE(
        s.text(QStringLiteral("SELECT kept || '|' || lost FROM sync_conflicts WHERE uuid = ?"), {uuid(700)}),
        QStringLiteral("1450|1390"));
    QCOMPARE(
        s.text(QStringLiteral("SELECT kept || '|' || lost FROM sync_conflicts WHERE uuid = ?"), {uuid(701)}),
        QStringLiteral("\"Rouge\"|[\"a\"]"));
    QCOMPARE(s.text(QStringLiteral("SELECT at FROM sync_conflicts WHERE uuid = ?"), {uuid(700)}),
             QStringLiteral("2026-11-27T15:20:00.000Z"));
}

QTEST_GUILESS_MAIN(TestPageApplier)
#include "tst_pageapplier.moc"
