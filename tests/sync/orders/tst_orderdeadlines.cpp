// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Deadlines of online orders (issue 16, item 2): the service levels as stored by the sync engine,
// each order's due time for its current step counted in opening hours and its level (ok, amber,
// red, missed); what a person here has seen (acknowledged_at) and the deadline alert rung once per
// step (deadline_alerted), on a real database.
#include "fakeclock.h"
#include "models/storage/database.h"
#include "sync/orders/onlineorders.h"
#include "sync/orders/orderacknowledgements.h"
#include "sync/orders/orderdeadlines.h"
#include "sync/orders/servicelevels.h"
#include "syncrows.h"
#include "tempdatabase.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::syncrows;

namespace {

const QDateTime Placed(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);

OnlineOrder order(OrderStatus status)
{
    OnlineOrder o;
    o.uuid = QStringLiteral("7a1b2c3d-0000-4000-8000-0000000000f1");
    o.number = 118;
    o.status = status;
    o.placedAt = Placed;
    o.updatedAt = Placed;
    return o;
}

} // namespace

class TestOrderDeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceLevelsStored();
    void placedLevels_data();
    void placedLevels();
    void acceptedCountsFromItsStep();
    void noDeadline();
    void countedInOpeningHours();
    void acknowledgements();
};

void TestOrderDeadlines::serviceLevelsStored()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    auto defaults = readServiceLevels(temp.db());
    QVERIFY(defaults);
    QCOMPARE(defaults.value(), ServiceLevels {});
    QVERIFY(!defaults->fromMarketplace);

    QVERIFY(temp.db().setMeta(
        QLatin1String(ServiceLevels::MetaKey),
        QStringLiteral(R"({"accept_within_min":15,"ready_within_min":60,"warn_before_min":5})")));
    auto stored = readServiceLevels(temp.db());
    QVERIFY(stored);
    QCOMPARE(stored->acceptWithinMinutes, 15);
    QCOMPARE(stored->readyWithinMinutes, 60);
    QCOMPARE(stored->warnBeforeMinutes, 5);
    QVERIFY(stored->fromMarketplace);

    // Out of the protocol's bounds, or not JSON: the defaults.
    for (const QString &bad :
         {QStringLiteral(R"({"accept_within_min":0,"ready_within_min":60,"warn_before_min":5})"),
          QStringLiteral(R"({"accept_within_min":15,"ready_within_min":60})"),
          QStringLiteral(R"({"accept_within_min":1.5,"ready_within_min":60,"warn_before_min":5})"),
          QStringLiteral("not json")}) {
        QVERIFY(temp.db().setMeta(QLatin1String(ServiceLevels::MetaKey), bad));
        QCOMPARE(readServiceLevels(temp.db()).value(), ServiceLevels {});
    }
}

void TestOrderDeadlines::placedLevels_data()
{
    QTest::addColumn<int>("minutesLater");
    QTest::addColumn<int>("level");
    QTest::addColumn<qint64>("secondsLeft");
    // Accept within 30 minutes, warn 5 before: amber at a quarter left (7 min 30), red at 5.
    QTest::newRow("just placed") << 0 << int(DeadlineLevel::Ok) << qint64(1800);
    QTest::newRow("half way") << 15 << int(DeadlineLevel::Ok) << qint64(900);
    QTest::newRow("a quarter left") << 23 << int(DeadlineLevel::Amber) << qint64(420);
    QTest::newRow("warn before") << 25 << int(DeadlineLevel::Red) << qint64(300);
    QTest::newRow("one minute left") << 29 << int(DeadlineLevel::Red) << qint64(60);
    QTest::newRow("due now") << 30 << int(DeadlineLevel::Missed) << qint64(0);
    QTest::newRow("late") << 45 << int(DeadlineLevel::Missed) << qint64(-900);
}

void TestOrderDeadlines::placedLevels()
{
    QFETCH(int, minutesLater);
    QFETCH(int, level);
    QFETCH(qint64, secondsLeft);
    ServiceLevels levels;
    levels.acceptWithinMinutes = 30;
    levels.warnBeforeMinutes = 5;
    const OrderDeadlines deadlines(levels, OpeningHours {});
    const OrderDeadline d
        = deadlines.deadlineOf(order(OrderStatus::Placed), Placed.addSecs(60 * minutesLater));
    QCOMPARE(d.due, Placed.addSecs(30 * 60));
    QCOMPARE(int(d.level), level);
    QCOMPARE(d.secondsLeft, secondsLeft);
}

void TestOrderDeadlines::acceptedCountsFromItsStep()
{
    const OrderDeadlines deadlines(ServiceLevels {}, OpeningHours {}); // ready within 120 min
    OnlineOrder accepted = order(OrderStatus::Accepted);
    accepted.updatedAt = Placed.addSecs(50 * 60); // a later change (a refused line…)
    // No step published yet: from updated_at.
    QCOMPARE(deadlines.deadlineOf(accepted, Placed).due, Placed.addSecs((50 + 120) * 60));
    accepted.steps = {{OrderStatus::Placed, Placed, {}},
                      {OrderStatus::Accepted, Placed.addSecs(10 * 60), QStringLiteral("Caisse 1 · Marie")}};
    const OrderDeadline d = deadlines.deadlineOf(accepted, Placed.addSecs(60 * 60));
    QCOMPARE(d.due, Placed.addSecs(130 * 60));
    QCOMPARE(d.secondsLeft, 70 * 60);
    QCOMPARE(d.level, DeadlineLevel::Ok);

    // Accepted here, the marketplace not told yet: the ready deadline already counts.
    OnlineOrder pending = order(OrderStatus::Placed);
    pending.pendingStatus = OrderStatus::Accepted;
    pending.updatedAt = Placed.addSecs(5 * 60);
    QCOMPARE(deadlines.deadlineOf(pending, Placed).due, Placed.addSecs(125 * 60));
}

void TestOrderDeadlines::noDeadline()
{
    const OrderDeadlines deadlines(ServiceLevels {}, OpeningHours {});
    for (const OrderStatus status :
         {OrderStatus::Ready, OrderStatus::Collected, OrderStatus::Rejected, OrderStatus::Cancelled}) {
        const OrderDeadline d = deadlines.deadlineOf(order(status), Placed.addDays(3));
        QCOMPARE(d.level, DeadlineLevel::None);
        QVERIFY(!d.due.isValid());
    }
}

void TestOrderDeadlines::countedInOpeningHours()
{
    OpeningHours hours;
    const QTimeZone utc = QTimeZone::utc();
    hours.zone = utc;
    for (std::size_t d = 0; d < 7; ++d)
        hours.days.at(d) = {{QTime(9, 0), QTime(12, 0)}, {QTime(14, 0), QTime(18, 0)}};
    const OrderDeadlines deadlines(ServiceLevels {}, hours);
    OnlineOrder late = order(OrderStatus::Placed);
    late.placedAt = QDateTime(QDate(2026, 11, 27), QTime(11, 50), Qt::UTC);
    const OrderDeadline d = deadlines.deadlineOf(late, QDateTime(QDate(2026, 11, 27), QTime(13, 0), Qt::UTC));
    QCOMPARE(d.due, QDateTime(QDate(2026, 11, 27), QTime(14, 20), Qt::UTC));
    QCOMPARE(d.secondsLeft, 20 * 60); // the lunch break does not count
    QCOMPARE(d.level, DeadlineLevel::Ok);
}

void TestOrderDeadlines::acknowledgements()
{
    TempDatabase temp;
    QVERIFY(temp.isValid());
    Database &db = temp.db();
    FakeClock clock;
    const QString a = QStringLiteral("7a1b2c3d-0000-4000-8000-0000000000a1");
    const QString b = QStringLiteral("7a1b2c3d-0000-4000-8000-0000000000a2");
    const QString c = QStringLiteral("7a1b2c3d-0000-4000-8000-0000000000a3");
    QVERIFY(insertOrder(db, a, 1, QStringLiteral("placed")) > 0);
    QVERIFY(insertOrder(db, b, 2, QStringLiteral("placed"), QStringLiteral("Paul"), 990,
                        QStringLiteral("accepted"))
            > 0);
    QVERIFY(insertOrder(db, c, 3, QStringLiteral("accepted")) > 0);
    OrderAcknowledgements acks(db, clock);
    QCOMPARE(acks.unacknowledged().value(), QStringList {a}); // b is accepted here already
    QCOMPARE(acks.acknowledge({a, c}).value(), 2);
    QCOMPARE(acks.unacknowledged().value(), QStringList {});
    QCOMPARE(scalar(db, QStringLiteral("SELECT acknowledged_at FROM online_orders WHERE uuid = ?"), {a})
                 .toString(),
             clock.now().toString(Qt::ISODateWithMs));
    clock.advance(60'000);
    QCOMPARE(acks.acknowledge({a}).value(), 0); // the first look is kept
    QCOMPARE(acks.acknowledge({}).value(), 0);

    QCOMPARE(acks.markDeadlineAlerted(a, QStringLiteral("placed")).value(), true);
    QCOMPARE(acks.markDeadlineAlerted(a, QStringLiteral("placed")).value(), false);
    QCOMPARE(acks.markDeadlineAlerted(a, QStringLiteral("accepted")).value(), true); // the next step
    QCOMPARE(acks.markDeadlineAlerted(QStringLiteral("unknown"), QStringLiteral("placed")).value(), false);
}

QTEST_GUILESS_MAIN(TestOrderDeadlines)
#include "tst_orderdeadlines.moc"
