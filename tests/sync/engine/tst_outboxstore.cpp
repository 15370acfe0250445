// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// OutboxStore (sync/outboxstore.h) on a real SQLite file: batches, mutation ids, results,
// acknowledgement (docs/marketplace-api.md §6, §7.4 step 4, §15.2).
#include "fixtures.h"
#include "models/storage/database.h"
#include "sync/engine/outboxstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace comptoir;

namespace {

void queueRows(TestShop &shop, int count)
{
    for (int i = 0; i < count; ++i) {
        QJsonObject payload;
        payload.insert(QStringLiteral("movement_id"), shop.uuids.next());
        payload.insert(QStringLiteral("variant_id"), QStringLiteral("01936001-0000-7000-8000-000000000101"));
        payload.insert(QStringLiteral("delta"), -1 - i);
        payload.insert(QStringLiteral("reason"), QStringLiteral("sale"));
        payload.insert(QStringLiteral("occurred_at"), QStringLiteral("2026-11-27T09:00:00.000Z"));
        const Status s = shop.db().exec(
            QStringLiteral(
                "INSERT INTO sync_outbox (kind, entity_id, payload, created_at) VALUES (?, ?, ?, ?)"),
            {QStringLiteral("stock_movement"), payload.value(QStringLiteral("movement_id")).toString(),
             QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
             QStringLiteral("2026-11-27T09:00:0%1.250Z").arg(i % 10)});
        QVERIFY(s.ok());
    }
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &bindings = {})
{
    auto q = db.query(sql, bindings);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

MutationResult result(const Mutation &m, MutationStatus status,
                      std::optional<MutationStatus> original = std::nullopt, const QString &code = {})
{
    MutationResult r;
    r.id = m.id;
    r.seq = m.seq;
    r.status = status;
    r.originalStatus = original;
    r.code = code;
    if (!code.isEmpty()) {
        r.message = QStringLiteral("Refused.");
        r.field = QStringLiteral("payload.variant_id");
    }
    return r;
}

} // namespace

class TestOutboxStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchIsOrderedContiguousAndLimited()
    {
        TestShop shop;
        OutboxStore store(shop.db(), shop.clock, shop.uuids);
        queueRows(shop, 5);
        auto batch = store.nextBatch(3);
        QVERIFY(batch.ok());
        QCOMPARE(batch->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(batch->at(i).seq, qint64(i + 1));
            QCOMPARE(batch->at(i).kind, QStringLiteral("stock_movement"));
            QCOMPARE(batch->at(i).payload.value(QStringLiteral("delta")).toInt(), -1 - i);
            QVERIFY(!batch->at(i).id.isEmpty());
            QCOMPARE(batch->at(i).occurredAt.timeSpec(), Qt::UTC);
        }
        QCOMPARE(batch->at(1).occurredAt, QDateTime(QDate(2026, 11, 27), QTime(9, 0, 1, 250), Qt::UTC));
        // The first two get a result: the next batch starts at 3 and stops before a gap.
        PushResult pr;
        pr.results
            = {result(batch->at(0), MutationStatus::Applied), result(batch->at(1), MutationStatus::Applied)};
        QVERIFY(store.recordResults(pr).ok());
        // Seq 4 gets a result (answer of a later push arrived): 3, then 5 is not contiguous.
        QVERIFY(shop.db()
                    .exec(QStringLiteral("UPDATE sync_outbox SET result_status = 'applied' WHERE seq = 4"))
                    .ok());
        auto next = store.nextBatch(10);
        QVERIFY(next.ok());
        QCOMPARE(next->size(), 1);
        QCOMPARE(next->at(0).seq, qint64(3));
        QVERIFY(store.nextBatch(0)->isEmpty());
    }

    void mutationIdsAreStable()
    {
        TestShop shop;
        OutboxStore store(shop.db(), shop.clock, shop.uuids);
        queueRows(shop, 3);
        auto first = store.nextBatch(2);
        QVERIFY(first.ok());
        // Stored before returning: the row has the id.
        QCOMPARE(scalar(shop.db(),
                        QStringLiteral("SELECT count(*) FROM sync_outbox WHERE mutation_id IS NOT NULL")),
                 qint64(2));
        QVERIFY(shop.temp.reopen());
        OutboxStore reopened(shop.db(), shop.clock, shop.uuids);
        auto second = reopened.nextBatch(3);
        QVERIFY(second.ok());
        QCOMPARE(second->size(), 3);
        QCOMPARE(second->at(0).id, first->at(0).id);
        QCOMPARE(second->at(1).id, first->at(1).id);
        QVERIFY(second->at(2).id != first->at(1).id);
        QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT count(DISTINCT mutation_id) FROM sync_outbox")),
                 qint64(3));
    }

    void acknowledgeDeletesAndParksOnlyAcknowledgedRowsWithResults()
    {
        TestShop shop;
        OutboxStore store(shop.db(), shop.clock, shop.uuids);
        queueRows(shop, 6);
        auto batch = store.nextBatch(6);
        QVERIFY(batch.ok());
        PushResult pr;
        pr.results = {
            result(batch->at(0), MutationStatus::Applied), // deleted
            result(batch->at(1), MutationStatus::Rejected, std::nullopt,
                   QStringLiteral("variant_unknown")), // parked
            result(batch->at(2), MutationStatus::Duplicate, MutationStatus::Applied), // deleted
            result(batch->at(3), MutationStatus::Duplicate, MutationStatus::Rejected,
                   QStringLiteral("movement_conflict")), // parked
            // seq 5: no result (answer lost) → kept
            result(batch->at(5), MutationStatus::Applied), // beyond the acknowledgement → kept
        };
        QVERIFY(store.recordResults(pr).ok());
        QCOMPARE(store.pendingCount().value(), qint64(6)); // recording deletes nothing
        shop.clock.advance(60000);
        auto parked = store.acknowledge(5);
        QVERIFY(parked.ok());
        QCOMPARE(parked.value(), 2);

        auto q = shop.db().query(QStringLiteral("SELECT seq, result_status FROM sync_outbox ORDER BY seq"));
        QVERIFY(q.ok());
        QVERIFY(q.value().next());
        QCOMPARE(q.value().value(0).toLongLong(), qint64(5));
        QVERIFY(q.value().value(1).isNull());
        QVERIFY(q.value().next());
        QCOMPARE(q.value().value(0).toLongLong(), qint64(6));
        QVERIFY(!q.value().next());

        auto e = shop.db().query(
            QStringLiteral("SELECT mutation_id, seq, kind, code, message, field, parked_at, state, "
                           "payload FROM sync_exceptions ORDER BY seq"));
        QVERIFY(e.ok());
        QVERIFY(e.value().next());
        QCOMPARE(e.value().value(0).toString(), batch->at(1).id);
        QCOMPARE(e.value().value(1).toLongLong(), qint64(2));
        QCOMPARE(e.value().value(2).toString(), QStringLiteral("stock_movement"));
        QCOMPARE(e.value().value(3).toString(), QStringLiteral("variant_unknown"));
        QCOMPARE(e.value().value(4).toString(), QStringLiteral("Refused."));
        QCOMPARE(e.value().value(5).toString(), QStringLiteral("payload.variant_id"));
        QCOMPARE(e.value().value(6).toString(), shop.clock.now().toString(Qt::ISODateWithMs));
        QCOMPARE(e.value().value(7).toString(), QStringLiteral("open"));
        QCOMPARE(QJsonDocument::fromJson(e.value().value(8).toString().toUtf8()).object(),
                 batch->at(1).payload);
        QVERIFY(e.value().next());
        QCOMPARE(e.value().value(1).toLongLong(), qint64(4));
        QCOMPARE(e.value().value(3).toString(), QStringLiteral("movement_conflict"));
        QVERIFY(!e.value().next());
        QCOMPARE(store.openExceptionCount().value(), qint64(2));
        QCOMPARE(store.pendingCount().value(), qint64(2));

        // The lost answer's row is pushed again with the same id, alone.
        auto again = store.nextBatch(10);
        QVERIFY(again.ok());
        QCOMPARE(again->size(), 1);
        QCOMPARE(again->at(0).seq, qint64(5));
        QCOMPARE(again->at(0).id, batch->at(4).id);

        // Acknowledging again is harmless.
        QCOMPARE(store.acknowledge(5).value(), 0);
        QCOMPARE(store.openExceptionCount().value(), qint64(2));
    }

    void acknowledgeRollsBackWithItsTransaction()
    {
        TestShop shop;
        OutboxStore store(shop.db(), shop.clock, shop.uuids);
        queueRows(shop, 2);
        auto batch = store.nextBatch(2);
        PushResult pr;
        pr.results
            = {result(batch->at(0), MutationStatus::Applied),
               result(batch->at(1), MutationStatus::Rejected, std::nullopt, QStringLiteral("invalid_field"))};
        QVERIFY(store.recordResults(pr).ok());
        {
            Transaction page(shop.db());
            QVERIFY(page.status().ok());
            QCOMPARE(store.acknowledge(2).value(), 1);
            // destroyed without commit: the page failed
        }
        QCOMPARE(store.pendingCount().value(), qint64(2));
        QCOMPARE(store.openExceptionCount().value(), qint64(0));
    }

    void resultWithUnknownIdChangesNothing()
    {
        TestShop shop;
        OutboxStore store(shop.db(), shop.clock, shop.uuids);
        queueRows(shop, 1);
        auto batch = store.nextBatch(1);
        Mutation other = batch->at(0);
        other.id = shop.uuids.next();
        PushResult pr;
        pr.results = {result(other, MutationStatus::Applied)};
        QVERIFY(store.recordResults(pr).ok());
        QCOMPARE(
            scalar(shop.db(), QStringLiteral("SELECT count(*) FROM sync_outbox WHERE result_status IS NULL")),
            qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outboxstore.moc"
