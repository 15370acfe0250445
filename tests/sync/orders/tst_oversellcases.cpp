// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// OversellCases (issue 16, item 5): the open cases with what caused them and the orders waiting
// for the variant (whom to call), and their handling (contacted, restock by a count, line
// refused), each queued as an oversell_handling mutation in its own transaction.
#include "fixtures.h"
#include "models/stock/stockledger.h"
#include "sync/orders/oversellcases.h"
#include "syncrows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace comptoir;
using namespace comptoir::syncrows;

namespace {

const QString CaseUuid = QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");

QJsonObject lastPayload(const Database &db, const QString &kind)
{
    return QJsonDocument::fromJson(
               scalar(db, QStringLiteral("SELECT payload FROM sync_outbox WHERE kind = ? ORDER BY id DESC"),
                      {kind})
                   .toString()
                   .toUtf8())
        .object();
}

qint64 countOf(const Database &db, const QString &sql)
{
    return scalar(db, sql).toLongLong();
}

} // namespace

class TestOversellCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_shop.reset(); }
    void listsOpenCasesWithCauseAndOrders();
    void contactedIsQueued();
    void restockCountsAndIsQueued();
    void lineRefusedIsQueued();
    void refusals();

private:
    std::unique_ptr<TestShop> m_shop;
    qint64 m_variant = 0;
    QString m_variantUuid;
};

void TestOversellCases::init()
{
    m_shop = std::make_unique<TestShop>();
    Database &db = m_shop->db();
    QVERIFY(m_shop->populate(2));
    m_variant = scalar(db, QStringLiteral("SELECT min(id) FROM variants")).toLongLong();
    m_variantUuid
        = scalar(db, QStringLiteral("SELECT uuid FROM variants WHERE id = ?"), {m_variant}).toString();
    // An in-store sale took the last unit a customer had ordered: the marketplace opened a case.
    QVERIFY(db.exec(QStringLiteral("INSERT INTO oversell_cases (uuid, variant_uuid, product_uuid, available, "
                                   "opened_at, cause, cause_at) VALUES (?, ?, 'p', -1, "
                                   "'2026-11-27T15:12:03.004Z', 'sale', '2026-11-27T15:12:02.000Z')"),
                    {CaseUuid, m_variantUuid}));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO oversell_cases (uuid, variant_uuid, product_uuid, available, "
                                   "opened_at, resolved, resolved_at) VALUES ('old', ?, 'p', 0, "
                                   "'2026-11-20T10:00:00.000Z', 1, '2026-11-20T11:00:00.000Z')"),
                    {m_variantUuid}));
    const qint64 waiting = insertOrder(db, QStringLiteral("order-1"), 118, QStringLiteral("accepted"),
                                       QStringLiteral("Élodie Roux"));
    QVERIFY(insertOrderLine(db, waiting, 1, m_variantUuid, m_variant, 1, 990));
    const qint64 done = insertOrder(db, QStringLiteral("order-2"), 90, QStringLiteral("collected"));
    QVERIFY(insertOrderLine(db, done, 1, m_variantUuid, m_variant, 1, 990));
}

void TestOversellCases::listsOpenCasesWithCauseAndOrders()
{
    OversellCases cases(m_shop->db(), m_shop->clock, m_shop->ledger);
    auto open = cases.openCases();
    QVERIFY(open);
    QCOMPARE(open->size(), 1);
    const OpenOversellCase &c = open->first();
    QCOMPARE(c.uuid, CaseUuid);
    QCOMPARE(c.variantId.value_or(0), m_variant);
    QVERIFY(!c.productName.isEmpty());
    QCOMPARE(c.available, qint64(-1));
    QCOMPARE(c.cause, QStringLiteral("sale"));
    QCOMPARE(c.causeAt, QDateTime(QDate(2026, 11, 27), QTime(15, 12, 2), Qt::UTC));
    QVERIFY(c.handlingAction.isEmpty());
    QCOMPARE(c.orders.size(), 1); // the collected order no longer waits
    QCOMPARE(c.orders.first().number, qint64(118));
    QCOMPARE(c.orders.first().customerName, QStringLiteral("Élodie Roux"));
    QCOMPARE(c.orders.first().customerPhone, QStringLiteral("06 12 34 56 78"));
    QCOMPARE(c.orders.first().status, OrderStatus::Accepted);
}

void TestOversellCases::contactedIsQueued()
{
    OversellCases cases(m_shop->db(), m_shop->clock, m_shop->ledger);
    QVERIFY(cases.markContacted(CaseUuid, QStringLiteral("  Rappelle demain  "),
                                QStringLiteral("Caisse 1 · Marie")));
    const QJsonObject payload = lastPayload(m_shop->db(), QStringLiteral("oversell_handling"));
    QCOMPARE(payload.value(QStringLiteral("case_id")).toString(), CaseUuid);
    QCOMPARE(payload.value(QStringLiteral("action")).toString(), QStringLiteral("contacted"));
    QCOMPARE(payload.value(QStringLiteral("note")).toString(), QStringLiteral("Rappelle demain"));
    QCOMPARE(payload.value(QStringLiteral("by")).toString(), QStringLiteral("Caisse 1 · Marie"));
    QCOMPARE(scalar(m_shop->db(),
                    QStringLiteral("SELECT entity_id FROM sync_outbox WHERE kind = 'oversell_handling'"))
                 .toString(),
             CaseUuid);
}

void TestOversellCases::restockCountsAndIsQueued()
{
    OversellCases cases(m_shop->db(), m_shop->clock, m_shop->ledger);
    QVERIFY(cases.restock(CaseUuid, 3, QStringLiteral("Carton retrouvé"), QStringLiteral("Marie")));
    QCOMPARE(m_shop->ledger.onHand(m_variant).value(), qint64(3));
    const QJsonObject count = lastPayload(m_shop->db(), QStringLiteral("stock_movement"));
    QCOMPARE(count.value(QStringLiteral("reason")).toString(), QStringLiteral("count"));
    QCOMPARE(count.value(QStringLiteral("counted_quantity")).toInteger(), qint64(3));
    QCOMPARE(lastPayload(m_shop->db(), QStringLiteral("oversell_handling"))
                 .value(QStringLiteral("action"))
                 .toString(),
             QStringLiteral("restock"));
}

void TestOversellCases::lineRefusedIsQueued()
{
    OversellCases cases(m_shop->db(), m_shop->clock, m_shop->ledger);
    QVERIFY(cases.recordLineRefused(CaseUuid, {}, {}));
    const QJsonObject payload = lastPayload(m_shop->db(), QStringLiteral("oversell_handling"));
    QCOMPARE(payload.value(QStringLiteral("action")).toString(), QStringLiteral("line_refused"));
    QVERIFY(!payload.contains(QStringLiteral("note")));
    QVERIFY(!payload.contains(QStringLiteral("by")));
}

void TestOversellCases::refusals()
{
    Database &db = m_shop->db();
    OversellCases cases(db, m_shop->clock, m_shop->ledger);
    const qint64 before = outboxCount(db);
    QCOMPARE(cases.markContacted(QStringLiteral("old"), {}, {}).error().code,
             ErrorCode::NotFound); // resolved
    QCOMPARE(cases.markContacted(QStringLiteral("nope"), {}, {}).error().code, ErrorCode::NotFound);
    QCOMPARE(cases.markContacted(CaseUuid, QString(501, QLatin1Char('x')), {}).error().code,
             ErrorCode::ReasonTooLong);
    QCOMPARE(cases.restock(CaseUuid, -1, {}, {}).error().code, ErrorCode::InvalidQuantity);
    QCOMPARE(outboxCount(db), before);
    // A case whose variant is not known here cannot be counted; nothing is written.
    QVERIFY(db.exec(QStringLiteral("UPDATE oversell_cases SET variant_uuid = 'unknown' WHERE uuid = ?"),
                    {CaseUuid}));
    QCOMPARE(cases.restock(CaseUuid, 2, {}, {}).error().code, ErrorCode::NotFound);
    QCOMPARE(outboxCount(db), before);
    QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'count'")),
             qint64(0));
}

QTEST_GUILESS_MAIN(TestOversellCases)
#include "tst_oversellcases.moc"
