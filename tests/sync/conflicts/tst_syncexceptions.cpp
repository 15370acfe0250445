// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncExceptions: retry queues the same mutation again (new seq) and discard is a manager's
// journalled decision, each in one transaction, read back from a real SQLite file.
#include "fixtures.h"
#include "models/staff/operators.h"
#include "models/storage/database.h"
#include "sync/conflicts/syncexceptions.h"
#include "syncrows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace comptoir;
using namespace comptoir::syncrows;

namespace {

const QString MovementPayload = QStringLiteral(
    "{\"movement_id\":\"019363b0-0001-7000-8000-0000000000a1\",\"variant_id\":\"01936001-0000-7000-8000-"
    "000000000101\",\"delta\":-1,\"reason\":\"sale\",\"occurred_at\":\"2026-11-27T08:04:05.123Z\"}");

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestSyncExceptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsOpenOnesWithWhatTheyAreAbout();
    void retryQueuesTheSameMutationAgain();
    void retryTakesTheProductsCurrentVersion();
    void retryOfAClosedExceptionChangesNothing();
    void discardIsJournalled();
    void discardRefusedWithoutAManager();

private:
    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<Operators> m_operators;
    std::unique_ptr<SyncExceptions> m_exceptions;
    OperatorInfo m_manager;
    OperatorInfo m_cashier;
};

void TestSyncExceptions::init()
{
    m_shop = std::make_unique<TestShop>();
    QVERIFY(m_shop->temp.isValid());
    m_operators = std::make_unique<Operators>(m_shop->db(), m_shop->clock, m_shop->events, 64);
    auto manager = m_operators->add(QStringLiteral("Inès"), OperatorRole::Manager, QStringLiteral("4321"));
    auto cashier = m_operators->add(QStringLiteral("Lucas"), OperatorRole::Cashier, QStringLiteral("1234"));
    QVERIFY(manager && cashier);
    m_manager = *m_operators->find(*manager);
    m_cashier = *m_operators->find(*cashier);
    m_exceptions
        = std::make_unique<SyncExceptions>(m_shop->db(), m_shop->clock, m_shop->events, *m_operators);
}

void TestSyncExceptions::cleanup()
{
    m_exceptions.reset();
    m_operators.reset();
    m_shop.reset();
}

void TestSyncExceptions::listsOpenOnesWithWhatTheyAreAbout()
{
    Database &db = m_shop->db();
    const qint64 orderId = insertOrder(db, QStringLiteral("order-1"), 41, QStringLiteral("cancelled"));
    QVERIFY(orderId > 0);
    QVERIFY(insertException(db, QStringLiteral("m-1"), 3, QStringLiteral("order_transition"),
                            QStringLiteral("order-1"),
                            QStringLiteral("{\"order_id\":\"order-1\",\"to\":\"collected\"}"),
                            QStringLiteral("illegal_transition"))
            > 0);
    const qint64 closed
        = insertException(db, QStringLiteral("m-2"), 4, QStringLiteral("stock_movement"),
                          QStringLiteral("mv-2"), MovementPayload, QStringLiteral("variant_unknown"));
    QVERIFY(db.exec(QStringLiteral("UPDATE sync_exceptions SET state = 'discarded' WHERE id = ?"), {closed}));

    auto list = m_exceptions->openExceptions();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().code, QStringLiteral("illegal_transition"));
    QCOMPARE(list->first().orderNumber, qint64(41));
    QCOMPARE(list->first().seq, qint64(3));
    QCOMPARE(list->first().parkedAt, QDateTime(QDate(2026, 11, 27), QTime(8, 45), Qt::UTC));
    QCOMPARE(*m_exceptions->openCount(), qint64(1));
}

void TestSyncExceptions::retryQueuesTheSameMutationAgain()
{
    Database &db = m_shop->db();
    const qint64 id = insertException(db, QStringLiteral("m-1"), 7, QStringLiteral("stock_movement"),
                                      QStringLiteral("019363b0-0001-7000-8000-0000000000a1"), MovementPayload,
                                      QStringLiteral("variant_unknown"));
    QVERIFY(id > 0);
    m_shop->clock.advance(60 * 1000);

    auto seq = m_exceptions->retry(id, m_cashier);
    QVERIFY(seq);
    QCOMPARE(outboxCount(db), qint64(1));
    auto q = db.query(
        QStringLiteral("SELECT kind, entity_id, payload, created_at, seq, mutation_id, result_status "
                       "FROM sync_outbox"));
    QVERIFY(q && q.value().next());
    QCOMPARE(q.value().value(0).toString(), QStringLiteral("stock_movement"));
    QCOMPARE(q.value().value(1).toString(), QStringLiteral("019363b0-0001-7000-8000-0000000000a1"));
    QCOMPARE(json(q.value().value(2).toString()), json(MovementPayload));
    QCOMPARE(q.value().value(3).toString(), QStringLiteral("2026-11-27T09:01:00.000Z"));
    QCOMPARE(q.value().value(4).toLongLong(), *seq);
    QVERIFY(q.value().value(5).isNull()); // the engine gives it a new mutation id when it pushes it
    QVERIFY(q.value().value(6).isNull());

    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM sync_exceptions WHERE id = ?"), {id}).toString(),
             QStringLiteral("retried"));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT resolved_by FROM sync_exceptions WHERE id = ?"), {id}).toString(),
        QStringLiteral("Lucas"));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT resolved_at FROM sync_exceptions WHERE id = ?"), {id}).toString(),
        QStringLiteral("2026-11-27T09:01:00.000Z"));
    QCOMPARE(*m_exceptions->openCount(), qint64(0));
}

void TestSyncExceptions::retryTakesTheProductsCurrentVersion()
{
    Database &db = m_shop->db();
    QVERIFY(m_shop->populate(1));
    const QString product = scalar(db, QStringLiteral("SELECT uuid FROM products LIMIT 1")).toString();
    QVERIFY(db.exec(QStringLiteral("UPDATE products SET server_version = 9 WHERE uuid = ?"), {product}));
    QJsonObject payload;
    payload.insert(QStringLiteral("product_id"), product);
    payload.insert(QStringLiteral("base_version"), 3);
    payload.insert(QStringLiteral("fields"),
                   QJsonObject {{QStringLiteral("brand"), QStringLiteral("Clairefontaine")}});
    const qint64 id
        = insertException(db, QStringLiteral("m-1"), 2, QStringLiteral("product_upsert"), product,
                          QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                          QStringLiteral("barcode_in_use"));
    QVERIFY(m_exceptions->retry(id, std::nullopt));
    const QJsonObject queued
        = json(scalar(db,
                      QStringLiteral(
                          "SELECT payload FROM sync_outbox WHERE entity_id = ? ORDER BY seq DESC LIMIT 1"),
                      {product})
                   .toString());
    QCOMPARE(queued.value(QStringLiteral("base_version")).toInteger(), qint64(9));
    QCOMPARE(queued.value(QStringLiteral("fields")).toObject(),
             payload.value(QStringLiteral("fields")).toObject());
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT resolved_by FROM sync_exceptions WHERE id = ?"), {id}).toString(),
        QString());
}

void TestSyncExceptions::retryOfAClosedExceptionChangesNothing()
{
    Database &db = m_shop->db();
    const qint64 id
        = insertException(db, QStringLiteral("m-1"), 7, QStringLiteral("stock_movement"),
                          QStringLiteral("mv"), MovementPayload, QStringLiteral("variant_unknown"));
    QVERIFY(m_exceptions->retry(id, m_cashier));
    auto again = m_exceptions->retry(id, m_cashier);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
    QCOMPARE(outboxCount(db), qint64(1));
    auto discarded = m_exceptions->discard(id, m_manager);
    QCOMPARE(discarded.error().code, ErrorCode::NotFound);
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM sync_exceptions WHERE id = ?"), {id}).toString(),
             QStringLiteral("retried"));
    QCOMPARE(m_exceptions->retry(4242, m_cashier).error().code, ErrorCode::NotFound);
}

void TestSyncExceptions::discardIsJournalled()
{
    Database &db = m_shop->db();
    const qint64 id = insertException(db, QStringLiteral("019363b0-0001-7000-8000-000000000050"), 7,
                                      QStringLiteral("order_transition"), QStringLiteral("order-1"),
                                      QStringLiteral("{\"order_id\":\"order-1\",\"to\":\"collected\"}"),
                                      QStringLiteral("illegal_transition"));
    const qint64 eventsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM events")).toLongLong();
    QVERIFY(m_exceptions->discard(id, m_manager));

    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM sync_exceptions WHERE id = ?"), {id}).toString(),
             QStringLiteral("discarded"));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT resolved_by FROM sync_exceptions WHERE id = ?"), {id}).toString(),
        QStringLiteral("Inès"));
    QCOMPARE(outboxCount(db), qint64(0)); // nothing is sent
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM events")).toLongLong(), eventsBefore + 1);
    auto recent = m_shop->events.recent(1);
    QVERIFY(recent && recent->size() == 1);
    const Event &event = recent->first();
    QCOMPARE(event.kind, EventKind::SyncError);
    QCOMPARE(event.operatorId, std::optional<qint64>(m_manager.id));
    const QJsonObject expected {
        {QStringLiteral("action"), QStringLiteral("discard")},
        {QStringLiteral("mutation_id"), QStringLiteral("019363b0-0001-7000-8000-000000000050")},
        {QStringLiteral("kind"), QStringLiteral("order_transition")},
        {QStringLiteral("code"), QStringLiteral("illegal_transition")}};
    QCOMPARE(event.detail, expected); // exactly these: no payload, no customer
    // The event is chained like every other record.
    QCOMPARE(scalar(db,
                    QStringLiteral(
                        "SELECT count(*) FROM fiscal_chain WHERE record_id = ? AND record_type = 'event'"),
                    {event.id})
                 .toLongLong(),
             qint64(1));
}

void TestSyncExceptions::discardRefusedWithoutAManager()
{
    Database &db = m_shop->db();
    const qint64 id
        = insertException(db, QStringLiteral("m-1"), 7, QStringLiteral("stock_movement"),
                          QStringLiteral("mv"), MovementPayload, QStringLiteral("variant_unknown"));
    const qint64 eventsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM events")).toLongLong();

    auto byCashier = m_exceptions->discard(id, m_cashier);
    QCOMPARE(byCashier.error().code, ErrorCode::NotAManager);
    // A cashier passed off as a manager is still a cashier in the operators table.
    OperatorInfo forged = m_cashier;
    forged.role = OperatorRole::Manager;
    QCOMPARE(m_exceptions->discard(id, forged).error().code, ErrorCode::NotAManager);
    OperatorInfo nobody;
    nobody.id = 999;
    nobody.role = OperatorRole::Manager;
    QCOMPARE(m_exceptions->discard(id, nobody).error().code, ErrorCode::NotAManager);

    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM sync_exceptions WHERE id = ?"), {id}).toString(),
             QStringLiteral("open"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM events")).toLongLong(), eventsBefore);
}

QTEST_GUILESS_MAIN(TestSyncExceptions)
#include "tst_syncexceptions.moc"
