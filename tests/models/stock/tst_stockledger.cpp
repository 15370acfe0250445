// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shopfixture.h"

#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::test;

namespace {

qint64 cachedOnHand(const Database &db, qint64 variantId)
{
    return scalar(db, QStringLiteral("SELECT quantity FROM stock_on_hand WHERE variant_id = ?"), {variantId})
        .toLongLong();
}

qint64 movementCount(const Database &db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM stock_movements")).toLongLong();
}

// The on-hand recomputed from the ledger: the last count, then every later movement.
qint64 replayedOnHand(const Database &db, qint64 variantId)
{
    auto q = db.query(
        QStringLiteral("SELECT reason, delta, counted_quantity FROM stock_movements WHERE variant_id = ? "
                       "ORDER BY occurred_at, device_seq"),
        {variantId});
    qint64 onHand = 0;
    while (q && q.value().next()) {
        if (q.value().value(0).toString() == QLatin1String("count"))
            onHand = q.value().value(2).toLongLong();
        else
            onHand += q.value().value(1).toLongLong();
    }
    return onHand;
}

} // namespace

Q_DECLARE_METATYPE(comptoir::MovementReason)

class TestStockLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void reasonKeys_data();
    void reasonKeys();
    void recordUpdatesOnHand();
    void recordCount();
    void movementFields();
    void movementsNewestFirst();
    void deviceSeqGapFreeAcrossReopen();
    void ledgerIsAppendOnly();
    void rejects_data();
    void rejects();
    void callerRollbackLeavesNothing();
    void archivedVariantStillTakesMovements();

private:
    std::unique_ptr<Shop> m_shop;
    qint64 m_variant = 0;
    qint64 m_other = 0;
};

void TestStockLedger::init()
{
    m_shop = std::make_unique<Shop>();
    QVERIFY(m_shop->temp.isValid());
    ProductFields p;
    p.name = QStringLiteral("Confiture");
    VariantFields v;
    v.label = QStringLiteral("Fraise");
    v.priceCents = 590;
    auto created = m_shop->catalogue.createProduct(p, v);
    QVERIFY(created.ok());
    m_variant = created->variantId;
    v.label = QStringLiteral("Abricot");
    auto other = m_shop->catalogue.addVariant(created->productId, v);
    QVERIFY(other.ok());
    m_other = *other;
}

void TestStockLedger::cleanup()
{
    m_shop.reset();
}

void TestStockLedger::reasonKeys_data()
{
    QTest::addColumn<MovementReason>("reason");
    QTest::addColumn<QString>("key");
    QTest::newRow("sale") << MovementReason::Sale << QStringLiteral("sale");
    QTest::newRow("return") << MovementReason::Return << QStringLiteral("return");
    QTest::newRow("receipt") << MovementReason::Receipt << QStringLiteral("receipt");
    QTest::newRow("adjustment") << MovementReason::Adjustment << QStringLiteral("adjustment");
    QTest::newRow("count") << MovementReason::Count << QStringLiteral("count");
    QTest::newRow("online_reserve") << MovementReason::OnlineReserve << QStringLiteral("online_reserve");
    QTest::newRow("online_commit") << MovementReason::OnlineCommit << QStringLiteral("online_commit");
    QTest::newRow("online_release") << MovementReason::OnlineRelease << QStringLiteral("online_release");
}

void TestStockLedger::reasonKeys()
{
    QFETCH(MovementReason, reason);
    QFETCH(QString, key);
    QCOMPARE(reasonKey(reason), key);
    QCOMPARE(reasonFromKey(key), std::optional<MovementReason>(reason));
    QCOMPARE(reasonFromKey(reasonKey(reason)), std::optional<MovementReason>(reason));
    QCOMPARE(reasonFromKey(key.toUpper()), std::nullopt); // stored keys are exact
    QCOMPARE(reasonFromKey(QStringLiteral("theft")), std::nullopt);
    QCOMPARE(reasonFromKey(QString()), std::nullopt);
    // The schema accepts exactly these keys.
    const QString check
        = scalar(m_shop->db(), QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'stock_movements'"))
              .toString();
    QVERIFY(check.contains(QLatin1Char('\'') + key + QLatin1Char('\'')));
}

void TestStockLedger::recordUpdatesOnHand()
{
    StockLedger &ledger = m_shop->ledger;
    const Database &db = m_shop->db();
    QCOMPARE(ledger.onHand(m_variant).value(), 0);
    QVERIFY(ledger.record(m_variant, 12, MovementReason::Receipt).ok());
    QVERIFY(ledger.record(m_variant, -1, MovementReason::Sale).ok());
    QVERIFY(ledger.record(m_variant, -2, MovementReason::Sale).ok());
    QVERIFY(ledger.record(m_variant, 1, MovementReason::Return, QStringLiteral("wrong size")).ok());
    QVERIFY(ledger.record(m_variant, -3, MovementReason::Adjustment, QStringLiteral("broken jar")).ok());
    QCOMPARE(ledger.onHand(m_variant).value(), 7);
    QCOMPARE(cachedOnHand(db, m_variant), 7);
    QCOMPARE(replayedOnHand(db, m_variant), 7);
    QCOMPARE(ledger.onHand(m_other).value(), 0); // the other variant is untouched

    // Selling more than is on hand is allowed: the goods have left the shop.
    QVERIFY(ledger.record(m_variant, -10, MovementReason::Sale).ok());
    QCOMPARE(ledger.onHand(m_variant).value(), -3);
    QCOMPARE(replayedOnHand(db, m_variant), -3);

    QVERIFY(ledger.record(m_other, 4, MovementReason::OnlineRelease).ok());
    QCOMPARE(ledger.onHand(m_other).value(), 4);
    QCOMPARE(m_shop->catalogue.variant(m_other)->onHand, 4);
    QCOMPARE(movementCount(db), 7);

    QVERIFY(m_shop->temp.reopen());
    QCOMPARE(cachedOnHand(m_shop->db(), m_variant), -3);
    QCOMPARE(cachedOnHand(m_shop->db(), m_other), 4);
}

void TestStockLedger::recordCount()
{
    StockLedger &ledger = m_shop->ledger;
    const Database &db = m_shop->db();
    QVERIFY(ledger.record(m_variant, 10, MovementReason::Receipt).ok());

    auto counted = ledger.recordCount(m_variant, 8, QStringLiteral("inventory"));
    QVERIFY(counted.ok());
    QCOMPARE(counted->reason, MovementReason::Count);
    QCOMPARE(counted->delta, -2);
    QCOMPARE(counted->countedQuantity, std::optional<qint64>(8));
    QCOMPARE(ledger.onHand(m_variant).value(), 8);
    QCOMPARE(cachedOnHand(db, m_variant), 8);

    // A count confirming the stock is still recorded, with delta 0.
    auto confirmed = ledger.recordCount(m_variant, 8);
    QVERIFY(confirmed.ok());
    QCOMPARE(confirmed->delta, 0);
    QCOMPARE(ledger.onHand(m_variant).value(), 8);
    QCOMPARE(movementCount(db), 3);

    // From negative stock (oversold) up to the counted quantity.
    QVERIFY(ledger.record(m_variant, -11, MovementReason::Sale).ok());
    auto up = ledger.recordCount(m_variant, 5);
    QVERIFY(up.ok());
    QCOMPARE(up->delta, 8);
    QCOMPARE(cachedOnHand(db, m_variant), 5);

    auto zero = ledger.recordCount(m_variant, 0);
    QVERIFY(zero.ok());
    QCOMPARE(zero->delta, -5);
    QCOMPARE(cachedOnHand(db, m_variant), 0);
    QCOMPARE(replayedOnHand(db, m_variant), 0);

    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'count' "
                                   "AND counted_quantity IS NOT NULL"))
                 .toInt(),
             4);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason <> 'count' "
                                   "AND counted_quantity IS NULL"))
                 .toInt(),
             2);
}

void TestStockLedger::movementFields()
{
    Shop &shop = *m_shop;
    shop.clock.advance(1234);
    auto recorded = shop.ledger.record(m_variant, 5, MovementReason::Receipt, QStringLiteral("delivery 42"));
    QVERIFY(recorded.ok());
    const StockMovement &m = *recorded;
    QCOMPARE(m.variantId, m_variant);
    QCOMPARE(m.delta, 5);
    QCOMPARE(m.reason, MovementReason::Receipt);
    QCOMPARE(m.note, QStringLiteral("delivery 42"));
    QCOMPARE(m.deviceId, shop.db().deviceId());
    QCOMPARE(m.deviceSeq, 1);
    QCOMPARE(m.origin, QStringLiteral("local"));
    QCOMPARE(m.occurredAt, shop.clock.now());
    QCOMPARE(m.countedQuantity, std::nullopt);
    QCOMPARE(m.id.size(), 36);
    QCOMPARE(m.id.at(14), QLatin1Char('7'));

    const Database &db = shop.db();
    const QVariantList bind = {m.id};
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT occurred_at FROM stock_movements WHERE id = ?"), bind).toString(),
        QStringLiteral("2026-11-27T09:00:01.234Z"));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT device_id FROM stock_movements WHERE id = ?"), bind).toString(),
        db.deviceId());
    QCOMPARE(scalar(db, QStringLiteral("SELECT origin FROM stock_movements WHERE id = ?"), bind).toString(),
             QStringLiteral("local"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT reason FROM stock_movements WHERE id = ?"), bind).toString(),
             QStringLiteral("receipt"));

    // Read back through movements(): the same values.
    auto list = shop.ledger.movements(m_variant);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    const StockMovement &r = list->first();
    QCOMPARE(r.id, m.id);
    QCOMPARE(r.delta, m.delta);
    QCOMPARE(r.reason, m.reason);
    QCOMPARE(r.note, m.note);
    QCOMPARE(r.occurredAt, m.occurredAt);
    QCOMPARE(r.occurredAt.timeSpec(), Qt::UTC);
    QCOMPARE(r.deviceId, m.deviceId);
    QCOMPARE(r.deviceSeq, m.deviceSeq);
    QCOMPARE(r.origin, m.origin);

    // A movement without a note stores an empty note.
    auto plain = shop.ledger.record(m_variant, -1, MovementReason::Sale);
    QVERIFY(plain.ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT note FROM stock_movements WHERE id = ?"), {plain->id}),
             QVariant(QString()));
}

void TestStockLedger::movementsNewestFirst()
{
    Shop &shop = *m_shop;
    QStringList ids;
    for (int i = 1; i <= 6; ++i) {
        auto m = shop.ledger.record(m_variant, i, MovementReason::Receipt);
        QVERIFY(m.ok());
        ids.prepend(m->id);
        if (i % 2 == 0)
            shop.clock.advance(1000); // pairs share a millisecond: device_seq breaks the tie
    }
    QVERIFY(shop.ledger.record(m_other, 1, MovementReason::Receipt).ok());
    auto list = shop.ledger.movements(m_variant);
    QVERIFY(list.ok());
    QStringList listed;
    for (const StockMovement &m : std::as_const(*list))
        listed << m.id;
    QCOMPARE(listed, ids);
    QCOMPARE(list->first().delta, 6);
    QCOMPARE(list->last().delta, 1);

    auto limited = shop.ledger.movements(m_variant, 2);
    QVERIFY(limited.ok());
    QCOMPARE(limited->size(), 2);
    QCOMPARE(limited->at(0).id, ids.at(0));
    QCOMPARE(limited->at(1).id, ids.at(1));
    QVERIFY(shop.ledger.movements(9999).value().isEmpty());
}

void TestStockLedger::deviceSeqGapFreeAcrossReopen()
{
    Shop &shop = *m_shop;
    const QString device = shop.db().deviceId();
    QCOMPARE(shop.ledger.record(m_variant, 1, MovementReason::Receipt)->deviceSeq, 1);
    QCOMPARE(shop.ledger.record(m_other, 1, MovementReason::Receipt)->deviceSeq, 2);
    QCOMPARE(shop.ledger.recordCount(m_variant, 3)->deviceSeq, 3);
    // A refused movement takes no number.
    QVERIFY(!shop.ledger.record(m_variant, 0, MovementReason::Sale).ok());
    QVERIFY(!shop.ledger.record(9999, 1, MovementReason::Sale).ok());

    // Movements from another device (pulled from the server) do not disturb our sequence.
    QVERIFY(shop.db().exec(
        QStringLiteral("INSERT INTO stock_movements (id, variant_id, delta, reason, occurred_at, "
                       "device_id, device_seq, origin) VALUES ('other-1', ?, -1, 'sale', "
                       "'2026-11-27T09:00:00.000Z', 'other-device', 57, 'server')"),
        {m_variant}));

    QVERIFY(shop.temp.reopen());
    QCOMPARE(shop.db().deviceId(), device);
    StockLedger reopened(shop.db(), shop.clock, shop.uuids);
    for (int expected = 4; expected <= 8; ++expected) {
        auto m = reopened.record(m_variant, -1, MovementReason::Sale);
        QVERIFY(m.ok());
        QCOMPARE(m->deviceSeq, expected);
    }
    const Database &db = shop.db();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stock_movements WHERE device_id = ?"), {device})
                 .toInt(),
             8);
    QCOMPARE(scalar(db, QStringLiteral("SELECT min(device_seq) FROM stock_movements WHERE device_id = ?"),
                    {device})
                 .toInt(),
             1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT max(device_seq) FROM stock_movements WHERE device_id = ?"),
                    {device})
                 .toInt(),
             8);
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT count(DISTINCT device_seq) FROM stock_movements WHERE device_id = ?"),
               {device})
            .toInt(),
        8);
    QCOMPARE(cachedOnHand(db, m_variant), 3 - 1 - 5);
}

void TestStockLedger::ledgerIsAppendOnly()
{
    Shop &shop = *m_shop;
    auto m = shop.ledger.record(m_variant, 5, MovementReason::Receipt);
    QVERIFY(m.ok());
    Database &db = shop.db();

    const Status update
        = db.exec(QStringLiteral("UPDATE stock_movements SET delta = 500 WHERE id = ?"), {m->id});
    QVERIFY(!update.ok());
    QVERIFY(update.error().detail.contains(QLatin1String("append-only")));
    const Status updateNote = db.exec(QStringLiteral("UPDATE stock_movements SET note = 'x'"));
    QVERIFY(!updateNote.ok());
    const Status remove = db.exec(QStringLiteral("DELETE FROM stock_movements WHERE id = ?"), {m->id});
    QVERIFY(!remove.ok());
    QVERIFY(remove.error().detail.contains(QLatin1String("append-only")));
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM stock_movements")).ok());

    QCOMPARE(movementCount(db), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT delta FROM stock_movements WHERE id = ?"), {m->id}).toInt(),
             5);
    QCOMPARE(cachedOnHand(db, m_variant), 5);
}

void TestStockLedger::rejects_data()
{
    QTest::addColumn<QString>("call"); // record, count
    QTest::addColumn<bool>("knownVariant");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<MovementReason>("reason");
    QTest::addColumn<ErrorCode>("code");

    const QString record = QStringLiteral("record");
    const QString count = QStringLiteral("count");
    QTest::newRow("zero delta") << record << true << qint64(0) << MovementReason::Sale
                                << ErrorCode::ZeroDelta;
    QTest::newRow("zero delta adjustment")
        << record << true << qint64(0) << MovementReason::Adjustment << ErrorCode::ZeroDelta;
    QTest::newRow("count through record")
        << record << true << qint64(3) << MovementReason::Count << ErrorCode::InvalidReason;
    QTest::newRow("unknown variant") << record << false << qint64(1) << MovementReason::Receipt
                                     << ErrorCode::NotFound;
    QTest::newRow("negative count") << count << true << qint64(-1) << MovementReason::Count
                                    << ErrorCode::InvalidQuantity;
    QTest::newRow("count unknown variant")
        << count << false << qint64(2) << MovementReason::Count << ErrorCode::NotFound;
}

void TestStockLedger::rejects()
{
    QFETCH(QString, call);
    QFETCH(bool, knownVariant);
    QFETCH(qint64, quantity);
    QFETCH(MovementReason, reason);
    QFETCH(ErrorCode, code);
    Shop &shop = *m_shop;
    QVERIFY(shop.ledger.record(m_variant, 4, MovementReason::Receipt).ok());
    const qint64 variant = knownVariant ? m_variant : 9999;
    const qint64 before = movementCount(shop.db());

    const auto result = call == QLatin1String("record") ? shop.ledger.record(variant, quantity, reason)
                                                        : shop.ledger.recordCount(variant, quantity);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QCOMPARE(movementCount(shop.db()), before);
    QCOMPARE(cachedOnHand(shop.db(), m_variant), 4);
    QCOMPARE(shop.db().transactionDepth(), 0);
    // The next movement still gets the next number.
    QCOMPARE(shop.ledger.record(m_variant, 1, MovementReason::Receipt)->deviceSeq, 2);
}

void TestStockLedger::callerRollbackLeavesNothing()
{
    Shop &shop = *m_shop;
    Database &db = shop.db();
    QVERIFY(shop.ledger.record(m_variant, 10, MovementReason::Receipt).ok());
    {
        // A sale of two lines: the first movement is written, the second is refused, the
        // caller rolls its whole transaction back.
        Transaction sale(db);
        QVERIFY(sale.status());
        QVERIFY(shop.ledger.record(m_variant, -2, MovementReason::Sale).ok());
        QCOMPARE(cachedOnHand(db, m_variant), 8);
        const auto refused = shop.ledger.record(9999, -1, MovementReason::Sale);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::NotFound);
        QCOMPARE(db.transactionDepth(), 1);
    }
    QCOMPARE(db.transactionDepth(), 0);
    QCOMPARE(movementCount(db), 1);
    QCOMPARE(cachedOnHand(db, m_variant), 10);

    // Also when the failure is in the database itself (a trigger refusing the insert).
    QVERIFY(db.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_other BEFORE INSERT ON stock_movements "
                                   "WHEN NEW.variant_id = ")
                    + QString::number(m_other)
                    + QStringLiteral(" BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    {
        Transaction sale(db);
        QVERIFY(shop.ledger.recordCount(m_variant, 3).ok());
        const auto failed = shop.ledger.record(m_other, -1, MovementReason::Sale);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::DatabaseQueryFailed);
        QCOMPARE(db.transactionDepth(), 1);
    }
    QCOMPARE(movementCount(db), 1);
    QCOMPARE(cachedOnHand(db, m_variant), 10);
    QCOMPARE(cachedOnHand(db, m_other), 0);
    QVERIFY(shop.temp.reopen());
    QCOMPARE(movementCount(shop.db()), 1);
    // The numbers the rolled-back movements took are given again: no gap.
    StockLedger reopened(shop.db(), shop.clock, shop.uuids);
    QCOMPARE(reopened.record(m_variant, 1, MovementReason::Receipt)->deviceSeq, 2);
}

void TestStockLedger::archivedVariantStillTakesMovements()
{
    Shop &shop = *m_shop;
    QVERIFY(shop.ledger.record(m_variant, -1, MovementReason::Sale).ok());
    auto v = shop.catalogue.variant(m_variant);
    QVERIFY(v.ok());
    QVERIFY(shop.catalogue.setProductArchived(v->productId, true));
    const auto returned = shop.ledger.record(m_variant, 1, MovementReason::Return, QStringLiteral("return"));
    QVERIFY2(returned.ok(), qPrintable(returned.ok() ? QString() : errorText(returned.error())));
    QCOMPARE(shop.ledger.onHand(m_variant).value(), 0);
    QCOMPARE(shop.ledger.onHand(9999).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestStockLedger)
#include "tst_stockledger.moc"
