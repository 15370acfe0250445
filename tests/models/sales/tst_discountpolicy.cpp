// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/discountpolicy.h"

#include <QTest>

using namespace comptoir;

namespace {

TicketLine line(qint64 quantity, qint64 price, qint64 amountDiscount = 0)
{
    TicketLine l;
    l.variantId = 1;
    l.label = QStringLiteral("Article");
    l.quantity = quantity;
    l.unitPriceCents = price;
    l.vatRateBp = 2000;
    l.discountCents = amountDiscount;
    return l;
}

} // namespace

Q_DECLARE_METATYPE(comptoir::ErrorCode)
Q_DECLARE_METATYPE(comptoir::TicketLine)

// The till's discount rules without a window: the threshold above which a manager is needed, the
// amount discounts that weigh more with fewer items, and whether a discount can be computed.
class TestDiscountPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exceedsThreshold_data();
    void exceedsThreshold();
    void fewerItemsNeedManager_data();
    void fewerItemsNeedManager();
    void ticketDiscountBase();
    void checkLineDiscount_data();
    void checkLineDiscount();
    void checkTicketDiscount();
};

void TestDiscountPolicy::exceedsThreshold_data()
{
    QTest::addColumn<int>("thresholdBp");
    QTest::addColumn<int>("percentBp");
    QTest::addColumn<qint64>("amountCents");
    QTest::addColumn<qint64>("baseCents");
    QTest::addColumn<bool>("exceeds");
    QTest::newRow("none") << 1000 << 0 << qint64(0) << qint64(1000) << false;
    QTest::newRow("none, threshold 0") << 0 << 0 << qint64(0) << qint64(1000) << false;
    QTest::newRow("10 % at 10 %") << 1000 << 1000 << qint64(0) << qint64(1000) << false;
    QTest::newRow("10.01 % at 10 %") << 1000 << 1001 << qint64(0) << qint64(1000) << true;
    QTest::newRow("1 € of 10 € at 10 %") << 1000 << 0 << qint64(100) << qint64(1000) << false;
    QTest::newRow("1.01 € of 10 € at 10 %") << 1000 << 0 << qint64(101) << qint64(1000) << true;
    QTest::newRow("an amount on nothing") << 1000 << 0 << qint64(1) << qint64(0) << true;
    QTest::newRow("1 % at 0 (settings unreadable)") << 0 << 100 << qint64(0) << qint64(1000) << true;
}

void TestDiscountPolicy::exceedsThreshold()
{
    QFETCH(int, thresholdBp);
    QFETCH(int, percentBp);
    QFETCH(qint64, amountCents);
    QFETCH(qint64, baseCents);
    QFETCH(bool, exceeds);
    const DiscountPolicy policy(thresholdBp);
    QCOMPARE(policy.thresholdBp(), thresholdBp);
    QCOMPARE(policy.exceedsThreshold(Discount {percentBp, amountCents}, baseCents), exceeds);
}

void TestDiscountPolicy::fewerItemsNeedManager_data()
{
    QTest::addColumn<QList<TicketLine>>("candidate");
    QTest::addColumn<int>("ticketPercentBp");
    QTest::addColumn<qint64>("ticketAmountCents");
    QTest::addColumn<bool>("needsManager");
    // Threshold 10 %. A 2 € discount on 2 × 10 € is 10 %; on one item it would be 20 %.
    QTest::newRow("line amount within") << QList<TicketLine> {line(2, 1000, 200)} << 0 << qint64(0) << false;
    QTest::newRow("line amount above") << QList<TicketLine> {line(1, 1000, 200)} << 0 << qint64(0) << true;
    QTest::newRow("no discount") << QList<TicketLine> {line(1, 1000)} << 0 << qint64(0) << false;
    QTest::newRow("ticket amount within") << QList<TicketLine> {line(2, 1000)} << 0 << qint64(200) << false;
    QTest::newRow("ticket amount above") << QList<TicketLine> {line(1, 1000)} << 0 << qint64(200) << true;
    QTest::newRow("ticket percentage") << QList<TicketLine> {line(1, 1000)} << 5000 << qint64(0) << false;
    QTest::newRow("no line left") << QList<TicketLine> {} << 0 << qint64(200) << false;
}

void TestDiscountPolicy::fewerItemsNeedManager()
{
    QFETCH(QList<TicketLine>, candidate);
    QFETCH(int, ticketPercentBp);
    QFETCH(qint64, ticketAmountCents);
    QFETCH(bool, needsManager);
    const DiscountPolicy policy(1000);
    QCOMPARE(policy.fewerItemsNeedManager(candidate, Discount {ticketPercentBp, ticketAmountCents}),
             needsManager);
}

void TestDiscountPolicy::ticketDiscountBase()
{
    TicketLine a = line(1, 1000);
    a.totalCents = 900;
    a.ticketDiscountCents = 100;
    TicketLine b = line(2, 500);
    b.totalCents = 950;
    b.ticketDiscountCents = 50;
    QCOMPARE(DiscountPolicy::ticketDiscountBase({a, b}), qint64(2000));
    QCOMPARE(DiscountPolicy::ticketDiscountBase({}), qint64(0));
}

void TestDiscountPolicy::checkLineDiscount_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("percentBp");
    QTest::addColumn<qint64>("amountCents");
    QTest::addColumn<ErrorCode>("error");
    QTest::newRow("10 %") << 0 << 1000 << qint64(0) << ErrorCode::None;
    QTest::newRow("5 € on 10 €") << 1 << 0 << qint64(500) << ErrorCode::None;
    QTest::newRow("more than the line") << 1 << 0 << qint64(1001) << ErrorCode::DiscountTooLarge;
    QTest::newRow("above 100 %") << 0 << 10001 << qint64(0) << ErrorCode::DiscountTooLarge;
    QTest::newRow("no such row") << 2 << 1000 << qint64(0) << ErrorCode::NotFound;
    QTest::newRow("negative row") << -1 << 1000 << qint64(0) << ErrorCode::NotFound;
}

void TestDiscountPolicy::checkLineDiscount()
{
    QFETCH(int, row);
    QFETCH(int, percentBp);
    QFETCH(qint64, amountCents);
    QFETCH(ErrorCode, error);
    const QList<TicketLine> lines {line(2, 1000), line(1, 1000)};
    const Status status
        = DiscountPolicy::checkLineDiscount(lines, {}, row, Discount {percentBp, amountCents});
    QCOMPARE(status.error().code, error);
}

void TestDiscountPolicy::checkTicketDiscount()
{
    const QList<TicketLine> lines {line(2, 1000)};
    QVERIFY(DiscountPolicy::checkTicketDiscount(lines, Discount::amount(2000)).ok());
    QCOMPARE(DiscountPolicy::checkTicketDiscount(lines, Discount::amount(2001)).error().code,
             ErrorCode::DiscountTooLarge);
    QCOMPARE(DiscountPolicy::checkTicketDiscount({}, Discount::percent(1000)).error().code,
             ErrorCode::EmptyTicket);
}

QTEST_GUILESS_MAIN(TestDiscountPolicy)
#include "tst_discountpolicy.moc"
