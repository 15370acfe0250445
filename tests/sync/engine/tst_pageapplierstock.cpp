// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PageApplier and stock (docs/marketplace-api.md §7.4, §10): the local on-hand is the server's
// on-hand plus this till's movements not yet acknowledged; a stock state that comes before its
// product is kept until the product arrives; the acknowledgement deletes only acknowledged rows.
#include "pageapplierfixture.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::pagetest;

class TestPageApplierStock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onHandIsServerPlusUnacknowledgedMovements_data();
    void onHandIsServerPlusUnacknowledgedMovements();
    void stockBeforeItsProductIsKeptUntilItArrives();
    void acknowledgementDeletesOnlyAcknowledgedRows();
};

void TestPageApplierStock::onHandIsServerPlusUnacknowledgedMovements_data()
{
    // Movements as (delta, counted or -1 for a plain delta, acknowledged).
    QTest::addColumn<QList<QList<qint64>>>("movements");
    QTest::addColumn<qint64>("serverOnHand");
    QTest::addColumn<qint64>("expected");
    using M = QList<QList<qint64>>;
    QTest::newRow("nothing pending") << M {} << qint64(10) << qint64(10);
    QTest::newRow("acknowledged sale not counted") << M {{-1, -1, 1}} << qint64(9) << qint64(9);
    QTest::newRow("pending deltas add")
        << M {{-1, -1, 1}, {-2, -1, 0}, {5, -1, 0}} << qint64(9) << qint64(12);
    QTest::newRow("pending count resets, later deltas add")
        << M {{-1, -1, 0}, {4, 14, 0}, {-2, -1, 0}} << qint64(10) << qint64(12);
    QTest::newRow("negative on-hand") << M {{-3, -1, 0}} << qint64(1) << qint64(-2);
}

void TestPageApplierStock::onHandIsServerPlusUnacknowledgedMovements()
{
    QFETCH(QList<QList<qint64>>, movements);
    QFETCH(qint64, serverOnHand);
    QFETCH(qint64, expected);
    SyncShop s;
    QVERIFY(s.enrol());
    QVERIFY(s.applier
                .applyChanges(0,
                              page({change(1,
                                           product(uuid(100), 1, QStringLiteral("Carnet"),
                                                   {variant(uuid(101), QStringLiteral("Noir"),
                                                            QStringLiteral("CLF-N"), 1290)}))},
                                   1))
                .ok());
    qint64 acknowledged = 0;
    for (const QList<qint64> &m : movements) {
        const qint64 seq = m.at(1) >= 0
            ? s.queueCount(uuid(101), m.at(1), m.at(0))
            : s.queueMovement(uuid(101), m.at(0), m.at(2) ? QStringLiteral("applied") : QString());
        QVERIFY(seq > 0);
        if (m.at(2))
            acknowledged = seq;
    }
    // Another variant's pending movement changes nothing here.
    QVERIFY(s.queueMovement(uuid(201), -7) > 0);
    const auto applied
        = s.applier.applyChanges(1, page({stockChange(2, uuid(101), serverOnHand, 2, 1)}, 2, acknowledged));
    QVERIFY(applied.ok());
    QVERIFY(applied->changed.stock);
    QCOMPARE(s.scalar(QStringLiteral("SELECT quantity FROM stock_on_hand")), expected);
    QCOMPARE(s.scalar(QStringLiteral("SELECT on_hand FROM stock_server_state")), serverOnHand);
    QCOMPARE(s.scalar(QStringLiteral("SELECT available FROM stock_server_state")), serverOnHand - 3);
    QCOMPARE(s.scalar(QStringLiteral("SELECT cursor FROM stock_server_state")), qint64(2));
}

void TestPageApplierStock::stockBeforeItsProductIsKeptUntilItArrives()
{
    SyncShop s;
    QVERIFY(s.enrol());
    // The product changed after its stock: it comes at a higher cursor, in the next page.
    const auto first = s.applier.applyChanges(0, page({stockChange(2, uuid(101), 12)}, 2, 0, true));
    QVERIFY(first.ok());
    QCOMPARE(first->applied, 0);
    QCOMPARE(first->skipped, 1);
    QCOMPARE(s.count(QStringLiteral("stock_server_state")), qint64(0));
    QCOMPARE(s.scalar(QStringLiteral("SELECT cursor FROM sync_entity_cursors WHERE id = ?"), {uuid(101)}),
             qint64(2));
    const auto second = s.applier.applyChanges(
        2,
        page({change(8,
                     product(uuid(100), 2, QStringLiteral("Carnet"),
                             {variant(uuid(101), QStringLiteral("Noir"), QStringLiteral("CLF-N"), 1290)}))},
             8));
    QVERIFY(second.ok());
    QVERIFY(second->changed.stock);
    QCOMPARE(s.scalar(QStringLiteral("SELECT on_hand FROM stock_server_state")), qint64(12));
    QCOMPARE(s.scalar(QStringLiteral("SELECT quantity FROM stock_on_hand")), qint64(12));
    QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'sync_unplaced_stock/%'")),
             qint64(0));

    // Within one page the product is applied first whatever the cursors.
    const auto third = s.applier.applyChanges(
        8,
        page({stockChange(9, uuid(201), 4),
              change(10,
                     product(uuid(200), 1, QStringLiteral("Crayon"),
                             {variant(uuid(201), QStringLiteral("HB"), QStringLiteral("CR-HB"), 150)}))},
             10));
    QVERIFY(third.ok());
    QCOMPARE(third->applied, 2);
    QCOMPARE(s.scalar(QStringLiteral(
                          "SELECT s.quantity FROM stock_on_hand s JOIN variants v ON v.id = s.variant_id "
                          "WHERE v.uuid = ?"),
                      {uuid(201)}),
             qint64(4));
}

void TestPageApplierStock::acknowledgementDeletesOnlyAcknowledgedRows()
{
    SyncShop s;
    QVERIFY(s.enrol());
    const qint64 applied = s.queueMovement(uuid(101), -1, QStringLiteral("applied"));
    const qint64 rejected = s.queueMovement(uuid(102), -1, QStringLiteral("rejected"));
    const qint64 lost = s.queueMovement(uuid(103), -1); // its push answer was lost
    const qint64 later = s.queueMovement(uuid(104), -1, QStringLiteral("applied"));
    QVERIFY(applied > 0 && rejected > applied && lost > rejected && later > lost);
    const auto outcome = s.applier.applyChanges(0, page({}, 0, lost));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->parked, 1);
    QVERIFY(outcome->changed.exceptions);
    QList<qint64> left;
    auto q = s.db().query(QStringLiteral("SELECT seq FROM sync_outbox ORDER BY seq"));
    while (q.ok() && q.value().next())
        left << q.value().value(0).toLongLong();
    QCOMPARE(left, (QList<qint64> {lost, later}));
    QCOMPARE(s.scalar(QStringLiteral("SELECT seq FROM sync_exceptions")), rejected);
    QCOMPARE(s.text(QStringLiteral("SELECT code FROM sync_exceptions")), QStringLiteral("variant_unknown"));
}

QTEST_GUILESS_MAIN(TestPageApplierStock)
#include "tst_pageapplierstock.moc"
