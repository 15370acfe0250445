// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync state schema (resources/sql/0007_sync_state.sql): gap-free outbox seqs that are never
// reused, a cursor that only moves forward.
#include "models/storage/database.h"
#include "tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace comptoir;

namespace {

Status queue(Database &db, const QString &entity)
{
    return db.exec(QStringLiteral("INSERT INTO sync_outbox (kind, entity_id, payload, created_at) "
                                  "VALUES ('stock_movement', ?, '{}', '2026-11-27T10:00:00.000Z')"),
                   {entity});
}

QList<qint64> seqs(Database &db)
{
    QList<qint64> list;
    auto q = db.query(QStringLiteral("SELECT seq FROM sync_outbox ORDER BY id"));
    while (q && q.value().next())
        list << q.value().value(0).toLongLong();
    return list;
}

qint64 scalar(Database &db, const QString &sql)
{
    auto q = db.query(sql);
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

} // namespace

class TestSyncState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outboxRowsAreNumberedFromOne();
    void seqsAreNeverReusedAfterDeletion();
    void aRolledBackRowLeavesNoGap();
    void seqCannotBeChosenNorChanged();
    void cursorOnlyMovesForward();
    void freshStateNeedsASnapshot();
};

void TestSyncState::outboxRowsAreNumberedFromOne()
{
    TempDatabase temp;
    for (int i = 0; i < 3; ++i)
        QVERIFY(queue(temp.db(), QStringLiteral("m%1").arg(i)).ok());
    QCOMPARE(seqs(temp.db()), (QList<qint64> {1, 2, 3}));
    QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT last_queued_seq FROM sync_state")), qint64(3));
}

void TestSyncState::seqsAreNeverReusedAfterDeletion()
{
    TempDatabase temp;
    QVERIFY(queue(temp.db(), QStringLiteral("a")).ok());
    QVERIFY(queue(temp.db(), QStringLiteral("b")).ok());
    // Acknowledged: the outbox is emptied; SQLite would now give out id 1 again.
    QVERIFY(temp.db().exec(QStringLiteral("DELETE FROM sync_outbox")).ok());
    QVERIFY(queue(temp.db(), QStringLiteral("c")).ok());
    QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT id FROM sync_outbox")), qint64(1));
    QCOMPARE(seqs(temp.db()), (QList<qint64> {3}));
    QVERIFY(temp.reopen());
    QVERIFY(queue(temp.db(), QStringLiteral("d")).ok());
    QCOMPARE(seqs(temp.db()), (QList<qint64> {3, 4}));
}

void TestSyncState::aRolledBackRowLeavesNoGap()
{
    TempDatabase temp;
    QVERIFY(queue(temp.db(), QStringLiteral("a")).ok());
    {
        Transaction transaction(temp.db());
        QVERIFY(queue(temp.db(), QStringLiteral("lost")).ok());
    } // rolled back
    QVERIFY(queue(temp.db(), QStringLiteral("b")).ok());
    QCOMPARE(seqs(temp.db()), (QList<qint64> {1, 2}));
}

void TestSyncState::seqCannotBeChosenNorChanged()
{
    TempDatabase temp;
    QVERIFY(!temp.db()
                 .exec(QStringLiteral("INSERT INTO sync_outbox (kind, entity_id, payload, created_at, seq) "
                                      "VALUES ('stock_movement', 'x', '{}', '2026-11-27T10:00:00.000Z', 99)"))
                 .ok());
    QVERIFY(queue(temp.db(), QStringLiteral("a")).ok());
    QVERIFY(!temp.db().exec(QStringLiteral("UPDATE sync_outbox SET seq = 7")).ok());
    QVERIFY(!temp.db().exec(QStringLiteral("UPDATE sync_state SET last_queued_seq = 0")).ok());
    QVERIFY(!temp.db().exec(QStringLiteral("DELETE FROM sync_state")).ok());
    QCOMPARE(seqs(temp.db()), (QList<qint64> {1}));
}

void TestSyncState::cursorOnlyMovesForward()
{
    TempDatabase temp;
    Database &db = temp.db();
    QVERIFY(
        db.exec(QStringLiteral("UPDATE sync_state SET epoch = 3, cursor = 640, needs_snapshot = 0")).ok());
    QVERIFY(db.exec(QStringLiteral("UPDATE sync_state SET cursor = 700")).ok());
    QVERIFY(!db.exec(QStringLiteral("UPDATE sync_state SET cursor = 650")).ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT cursor FROM sync_state")), qint64(700));
    // A new epoch (resnapshot) starts again.
    QVERIFY(db.exec(QStringLiteral("UPDATE sync_state SET epoch = 4, cursor = 0, needs_snapshot = 1")).ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT cursor FROM sync_state")), qint64(0));
}

void TestSyncState::freshStateNeedsASnapshot()
{
    TempDatabase temp;
    QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT count(*) FROM sync_state")), qint64(1));
    QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT needs_snapshot FROM sync_state")), qint64(1));
    QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT cursor FROM sync_state")), qint64(0));
    QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT last_applied_seq FROM sync_state")), qint64(0));
    QCOMPARE(scalar(temp.db(), QStringLiteral("SELECT epoch IS NULL FROM sync_state")), qint64(1));
}

QTEST_GUILESS_MAIN(TestSyncState)
#include "tst_syncstate.moc"
