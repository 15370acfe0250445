// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// OrderLineRefusals (issue 16): a line refused alone, marked here and queued for the marketplace
// in one transaction; what cannot be refused changes nothing and queues nothing.
#include "fixtures.h"
#include "models/storage/database.h"
#include "sync/orders/orderlinerefusals.h"
#include "syncrows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace comptoir;
using namespace comptoir::syncrows;

namespace {

const QString OrderUuid = QStringLiteral("7a1b2c3d-0000-4000-8000-0000000000f1");

} // namespace

class TestOrderLineRefusals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_shop = std::make_unique<TestShop>(); }
    void cleanup() { m_shop.reset(); }
    void refusalIsMarkedAndQueued();
    void whatCannotBeRefused_data();
    void whatCannotBeRefused();
    void unknownOrderOrLineAndLongReason();

private:
    qint64 insertTwoLineOrder(const QString &status, const QVariant &pending = {});

    std::unique_ptr<TestShop> m_shop;
};

qint64 TestOrderLineRefusals::insertTwoLineOrder(const QString &status, const QVariant &pending)
{
    Database &db = m_shop->db();
    const qint64 id = insertOrder(db, OrderUuid, 31, status, QStringLiteral("Claire Martin"), 2000, pending);
    if (id <= 0 || !insertOrderLine(db, id, 1, QStringLiteral("v-1"), {}, 1, 1000)
        || !insertOrderLine(db, id, 2, QStringLiteral("v-2"), {}, 1, 1000))
        return 0;
    return id;
}

void TestOrderLineRefusals::refusalIsMarkedAndQueued()
{
    Database &db = m_shop->db();
    QVERIFY(insertTwoLineOrder(QStringLiteral("accepted")) > 0);
    m_shop->clock.advance(3000);
    OrderLineRefusals refusals(db, m_shop->clock);
    QVERIFY(refusals.refuseLine(OrderUuid, 2, QStringLiteral("  Plus de taille M, désolé "),
                                QStringLiteral("Caisse 1 · Marie")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT refused FROM online_order_lines WHERE line_no = 2")).toInt(),
             1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT refusal_reason FROM online_order_lines WHERE line_no = 2"))
                 .toString(),
             QStringLiteral("Plus de taille M, désolé"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT refused FROM online_order_lines WHERE line_no = 1")).toInt(),
             0);
    QCOMPARE(outboxCount(db), qint64(1));
    auto q = db.query(QStringLiteral("SELECT kind, entity_id, payload FROM sync_outbox"));
    QVERIFY(q && q.value().next());
    QCOMPARE(q.value().value(0).toString(), QStringLiteral("order_line_refusal"));
    QCOMPARE(q.value().value(1).toString(), OrderUuid);
    const QJsonObject expected {{QStringLiteral("order_id"), OrderUuid},
                                {QStringLiteral("line_no"), 2},
                                {QStringLiteral("reason"), QStringLiteral("Plus de taille M, désolé")},
                                {QStringLiteral("by"), QStringLiteral("Caisse 1 · Marie")}};
    QCOMPARE(QJsonDocument::fromJson(q.value().value(2).toString().toUtf8()).object(), expected);

    // Again: already refused. An empty reason and no `by` are allowed on another line.
    const Status again = refusals.refuseLine(OrderUuid, 2, QStringLiteral("x"), {});
    QCOMPARE(again.error().code, ErrorCode::OrderLineNotRefusable);
    QCOMPARE(again.error().subject, QStringLiteral("2"));
    QCOMPARE(outboxCount(db), qint64(1));
    QVERIFY(refusals.refuseLine(OrderUuid, 1, {}, {}));
    auto last = db.query(QStringLiteral("SELECT payload FROM sync_outbox ORDER BY seq DESC LIMIT 1"));
    QVERIFY(last && last.value().next());
    const QJsonObject second = QJsonDocument::fromJson(last.value().value(0).toString().toUtf8()).object();
    QCOMPARE(second.value(QStringLiteral("reason")).toString(), QString());
    QVERIFY(!second.contains(QStringLiteral("by")));
}

void TestOrderLineRefusals::whatCannotBeRefused_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("pending");
    QTest::addColumn<bool>("refusable");
    QTest::newRow("placed") << QStringLiteral("placed") << QString() << true;
    QTest::newRow("ready") << QStringLiteral("ready") << QString() << true;
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << QString() << false;
    QTest::newRow("collected") << QStringLiteral("collected") << QString() << false;
    QTest::newRow("rejected") << QStringLiteral("rejected") << QString() << false;
    QTest::newRow("rejection queued here")
        << QStringLiteral("accepted") << QStringLiteral("rejected") << false;
}

void TestOrderLineRefusals::whatCannotBeRefused()
{
    QFETCH(QString, status);
    QFETCH(QString, pending);
    QFETCH(bool, refusable);
    Database &db = m_shop->db();
    QVERIFY(insertTwoLineOrder(status, pending.isEmpty() ? QVariant() : QVariant(pending)) > 0);
    OrderLineRefusals refusals(db, m_shop->clock);
    const Status s = refusals.refuseLine(OrderUuid, 1, QStringLiteral("Rupture"), QStringLiteral("Caisse 1"));
    QCOMPARE(bool(s), refusable);
    if (refusable)
        return;
    QCOMPARE(s.error().code, ErrorCode::OrderLineNotRefusable);
    QCOMPARE(outboxCount(db), qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(refused) FROM online_order_lines")).toInt(), 0);
}

void TestOrderLineRefusals::unknownOrderOrLineAndLongReason()
{
    Database &db = m_shop->db();
    QVERIFY(insertTwoLineOrder(QStringLiteral("accepted")) > 0);
    OrderLineRefusals refusals(db, m_shop->clock);
    QCOMPARE(refusals.refuseLine(QStringLiteral("nope"), 1, {}, {}).error().code, ErrorCode::NotFound);
    const Status noLine = refusals.refuseLine(OrderUuid, 3, {}, {});
    QCOMPARE(noLine.error().code, ErrorCode::NotFound);
    QCOMPARE(noLine.error().subject, QStringLiteral("3"));
    const Status tooLong = refusals.refuseLine(
        OrderUuid, 1, QString(OrderLineRefusals::MaxReasonLength + 1, QLatin1Char('x')), {});
    QCOMPARE(tooLong.error().code, ErrorCode::ReasonTooLong);
    QCOMPARE(outboxCount(db), qint64(0));
    QVERIFY(refusals.refuseLine(OrderUuid, 1, QString(OrderLineRefusals::MaxReasonLength, QLatin1Char('x')),
                                QString(150, QLatin1Char('b'))));
    auto q = db.query(QStringLiteral("SELECT payload FROM sync_outbox"));
    QVERIFY(q && q.value().next());
    const QJsonObject payload = QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("by")).toString().size(), OrderLineRefusals::MaxByLength);
}

QTEST_GUILESS_MAIN(TestOrderLineRefusals)
#include "tst_orderlinerefusals.moc"
