// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PageApplier on issue 16's members (docs/marketplace-api.md §3.1, §9): an order's payment, steps
// and refused lines; a line refused here stays refused until the marketplace answered the refusal;
// the shop's service levels into meta; an oversell case's cause and handling. Real SQLite.
#include "pageapplierfixture.h"

#include "sync/orders/onlineorders.h"
#include "sync/orders/servicelevels.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::pagetest;

namespace {

Change withHandling(Change change, const QString &payment, const QList<OrderStep> &steps)
{
    auto &order = std::get<OrderState>(change.data);
    order.payment = payment;
    order.steps = steps;
    return change;
}

OrderLine refusedLine(qint64 lineNo, const QString &variantId, const QString &reason)
{
    OrderLine line {lineNo, variantId, 1, 300};
    line.refused = true;
    line.refusalReason = reason;
    return line;
}

Change settingsChange(qint64 cursor, int accept, int ready, int warn)
{
    ShopSettingsState s;
    s.version = cursor;
    s.acceptWithinMinutes = accept;
    s.readyWithinMinutes = ready;
    s.warnBeforeMinutes = warn;
    return Change {cursor, ChangeKind::ShopSettings, QStringLiteral("shop_settings"), s};
}

} // namespace

class TestPageApplierOrders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paymentStepsAndRefusedLinesAreStored()
    {
        SyncShop s;
        QVERIFY(s.enrol());
        const QDateTime placed(QDate(2026, 11, 27), QTime(15, 10), Qt::UTC);
        const QList<OrderStep> steps
            = {{OrderStatus::Placed, placed, QString()},
               {OrderStatus::Accepted, placed.addSecs(240), QStringLiteral("Caisse 1 · Marie")}};
        QVERIFY(
            s.applier
                .applyChanges(
                    0,
                    page({withHandling(orderChange(1, uuid(500), OrderStatus::Accepted,
                                                   {{1, uuid(101), 2, 1290},
                                                    refusedLine(2, uuid(102), QStringLiteral("Rupture"))}),
                                       QStringLiteral("at_collection"), steps)},
                         1))
                .ok());
        OnlineOrders orders(s.db(), s.shop.clock);
        auto order = orders.find(uuid(500));
        QVERIFY(order.ok());
        QCOMPARE(order->payment, OrderPayment::AtCollection);
        QVERIFY(!order->lines.at(0).refused);
        QVERIFY(order->lines.at(1).refused);
        QCOMPARE(order->lines.at(1).refusalReason, QStringLiteral("Rupture"));
        QCOMPARE(order->steps.size(), 2);
        QCOMPARE(order->steps.at(1).status, OrderStatus::Accepted);
        QCOMPARE(order->steps.at(1).at, placed.addSecs(240));
        QCOMPARE(order->steps.at(1).by, QStringLiteral("Caisse 1 · Marie"));
        QCOMPARE(order->steps.at(0).by, QString());
        // The next state replaces the steps whole; an order of v1 without the members is online.
        QVERIFY(
            s.applier
                .applyChanges(
                    1, page({orderChange(2, uuid(500), OrderStatus::Accepted, {{1, uuid(101), 2, 1290}})}, 2))
                .ok());
        order = orders.find(uuid(500));
        QCOMPARE(order->payment, OrderPayment::Online);
        QVERIFY(order->steps.isEmpty());
        QCOMPARE(order->lines.size(), 1);
    }

    void pendingRefusalStaysUntilAnswered()
    {
        SyncShop s;
        QVERIFY(s.enrol());
        const QList<OrderLine> lines = {{1, uuid(101), 1, 1290}, {2, uuid(102), 1, 300}};
        QVERIFY(s.applier.applyChanges(0, page({orderChange(1, uuid(500), OrderStatus::Accepted, lines)}, 1))
                    .ok());
        // Refused here: marked and queued (unacknowledged).
        QVERIFY(
            s.db()
                .exec(QStringLiteral("UPDATE online_order_lines SET refused = 1, refusal_reason = 'Abîmé' "
                                     "WHERE line_no = 2"))
                .ok());
        const qint64 seq = s.queue(QStringLiteral("order_line_refusal"),
                                   {{QStringLiteral("order_id"), uuid(500)},
                                    {QStringLiteral("line_no"), 2},
                                    {QStringLiteral("reason"), QStringLiteral("Abîmé")}});
        QVERIFY(seq > 0);
        const auto refused = [&] {
            return s.text(QStringLiteral("SELECT refused || ':' || refusal_reason FROM online_order_lines "
                                         "WHERE line_no = 2"));
        };
        // A state from before the refusal reached the marketplace: the line stays refused here.
        QVERIFY(s.applier.applyChanges(1, page({orderChange(2, uuid(500), OrderStatus::Accepted, lines)}, 2))
                    .ok());
        QCOMPARE(refused(), QStringLiteral("1:Abîmé"));
        // Answered: the server's state settles it (here it says refused, with its reason).
        QVERIFY(
            s.db()
                .exec(QStringLiteral("UPDATE sync_outbox SET mutation_id = 'm', result_status = 'applied'"))
                .ok());
        QVERIFY(s.applier
                    .applyChanges(
                        2,
                        page({orderChange(3, uuid(500), OrderStatus::Accepted,
                                          {lines.at(0), refusedLine(2, uuid(102), QStringLiteral("Abîmé"))})},
                             3, seq))
                    .ok());
        QCOMPARE(refused(), QStringLiteral("1:Abîmé"));
        QCOMPARE(s.count(QStringLiteral("sync_outbox")), qint64(0));
        // Another refusal the marketplace answered without refusing the line (the order ended
        // first): once answered, the server's state wins.
        QVERIFY(
            s.db().exec(QStringLiteral("UPDATE online_order_lines SET refused = 1 WHERE line_no = 1")).ok());
        const qint64 second = s.queue(QStringLiteral("order_line_refusal"),
                                      {{QStringLiteral("order_id"), uuid(500)},
                                       {QStringLiteral("line_no"), 1},
                                       {QStringLiteral("reason"), QString()}});
        QVERIFY(s.applier
                    .applyChanges(
                        3,
                        page({orderChange(4, uuid(500), OrderStatus::Cancelled,
                                          {lines.at(0), refusedLine(2, uuid(102), QStringLiteral("Abîmé"))})},
                             4, second - 1))
                    .ok());
        QCOMPARE(s.text(QStringLiteral("SELECT refused FROM online_order_lines WHERE line_no = 1")),
                 QStringLiteral("0")); // final: a pending refusal no longer holds
    }

    void serviceLevelsGoToMeta()
    {
        SyncShop s;
        QVERIFY(s.enrol());
        auto applied = s.applier.applyChanges(0, page({settingsChange(1, 30, 120, 10)}, 1));
        QVERIFY(applied.ok());
        QVERIFY(applied->changed.serviceLevels);
        QCOMPARE(
            *s.db().meta(QLatin1String(ServiceLevels::MetaKey)),
            QStringLiteral("{\"accept_within_min\":30,\"ready_within_min\":120,\"warn_before_min\":10}"));
        // The same levels again (a replay, a new version of equal values): nothing changed.
        applied = s.applier.applyChanges(1, page({settingsChange(2, 30, 120, 10)}, 2));
        QVERIFY(applied.ok());
        QVERIFY(!applied->changed.serviceLevels);
        applied = s.applier.applyChanges(2, page({settingsChange(3, 45, 240, 0)}, 3));
        QVERIFY(applied->changed.serviceLevels);
        QCOMPARE(*s.db().meta(QLatin1String(ServiceLevels::MetaKey)),
                 QStringLiteral("{\"accept_within_min\":45,\"ready_within_min\":240,\"warn_before_min\":0}"));
    }

    void oversellCauseAndHandlingAreStored()
    {
        SyncShop s;
        QVERIFY(s.enrol());
        Change opened = caseChange(1, uuid(600), uuid(101), -1, false);
        auto &c = std::get<OversellCase>(opened.data);
        c.cause = QStringLiteral("sale");
        c.causeAt = c.openedAt;
        c.handling = OversellHandling {QStringLiteral("contacted"), QStringLiteral("Rappel"),
                                       c.openedAt.addSecs(300), QStringLiteral("Caisse 1 · Marie")};
        QVERIFY(s.applier.applyChanges(0, page({opened}, 1)).ok());
        QCOMPARE(s.text(QStringLiteral(
                     "SELECT cause || '|' || cause_at || '|' || handling_action || '|' || "
                     "handling_note || '|' || handled_at || '|' || handled_by FROM oversell_cases")),
                 QStringLiteral("sale|2026-11-27T15:12:00.000Z|contacted|Rappel|2026-11-27T15:17:00.000Z|"
                                "Caisse 1 · Marie"));
        // A case of v1 without the members: unknown cause, not handled.
        QVERIFY(s.applier.applyChanges(1, page({caseChange(2, uuid(600), uuid(101), -2, false)}, 2)).ok());
        QCOMPARE(
            s.text(QStringLiteral("SELECT cause || '|' || coalesce(cause_at, '-') || '|' || handling_action "
                                  "|| '|' || coalesce(handled_at, '-') FROM oversell_cases")),
            QStringLiteral("|-||-"));
    }
};

QTEST_GUILESS_MAIN(TestPageApplierOrders)
#include "tst_pageapplierorders.moc"
