// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket calculator at and past the money bounds (models/moneylimits.h): quantities, unit
// prices, lines, tickets, payments and cash tendered; a 13-digit barcode typed as a price times
// 25 times a VAT rate is an error, never a wrapped amount; divideRounded and the VAT per rate at
// qint64's edges. Under the sanitizer build (UBSan, no recovery) any overflow would fail here.
#include "models/money.h"
#include "models/moneylimits.h"
#include "models/sales/ticketcalculator.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace comptoir;

Q_DECLARE_METATYPE(comptoir::ErrorCode)

namespace {

constexpr qint64 Max64 = std::numeric_limits<qint64>::max();
constexpr qint64 Min64 = std::numeric_limits<qint64>::min();

TicketLine line(qint64 quantity, qint64 unitPriceCents, int vatRateBp = 2000)
{
    TicketLine l;
    l.label = QStringLiteral("Article");
    l.quantity = quantity;
    l.unitPriceCents = unitPriceCents;
    l.vatRateBp = vatRateBp;
    return l;
}

// n lines of quantity × price.
QList<TicketLine> lines(int n, qint64 quantity, qint64 unitPriceCents)
{
    QList<TicketLine> result;
    for (int i = 0; i < n; ++i)
        result.append(line(quantity, unitPriceCents));
    return result;
}

Payment pay(PaymentMethod method, qint64 cents)
{
    return Payment {method, cents, {}};
}

} // namespace

class TestCalculatorLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void compute_data();
    void compute();
    void ticketDiscountAtTheBound();
    void divideRoundedAtTheEdges_data();
    void divideRoundedAtTheEdges();
    void vatPastTheBound();
    void settle_data();
    void settle();
    void acceptPayment_data();
    void acceptPayment();
    void remainingNeverWraps();
};

void TestCalculatorLimits::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestCalculatorLimits::compute_data()
{
    QTest::addColumn<QList<TicketLine>>("ticket");
    QTest::addColumn<ErrorCode>("code"); // None: computed
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("bound"); // the bound an AmountTooLarge names

    const qint64 price = MoneyLimits::MaxUnitPriceCents;
    const qint64 quantity = MoneyLimits::MaxQuantity;
    const qint64 ticket = MoneyLimits::MaxTicketCents;
    const ErrorCode ok = ErrorCode::None;
    const ErrorCode amount = ErrorCode::AmountTooLarge;
    // 27 × 37 037 037 = 999 999 999 cents: a line exactly at MaxLineCents.
    const qint64 atLine = 37'037'037;

    QTest::newRow("quantity at bound") << lines(1, quantity, 100) << ok << quantity * 100 << qint64(0);
    QTest::newRow("quantity past bound")
        << lines(1, quantity + 1, 100) << ErrorCode::QuantityTooLarge << qint64(0) << qint64(0);
    QTest::newRow("refund quantity at bound")
        << lines(1, -quantity, 100) << ok << -quantity * 100 << qint64(0);
    QTest::newRow("refund quantity past bound")
        << lines(1, -quantity - 1, 100) << ErrorCode::QuantityTooLarge << qint64(0) << qint64(0);
    QTest::newRow("quantity qint64 max")
        << lines(1, Max64, 1) << ErrorCode::QuantityTooLarge << qint64(0) << qint64(0);
    QTest::newRow("quantity qint64 min")
        << lines(1, Min64, 1) << ErrorCode::QuantityTooLarge << qint64(0) << qint64(0);
    QTest::newRow("unit price at bound") << lines(1, 1, price) << ok << price << qint64(0);
    QTest::newRow("unit price past bound") << lines(1, 1, price + 1) << amount << qint64(0) << price;
    QTest::newRow("unit price qint64 max") << lines(1, 1, Max64) << amount << qint64(0) << price;
    // A 13-digit barcode scanned into the price (read as euros), 25 of them, at 20 %: refused at
    // the unit price, long before the product could pass qint64.
    QTest::newRow("barcode price × 25 at 20 %")
        << lines(1, 25, qint64(376012345678900)) << amount << qint64(0) << price;
    QTest::newRow("barcode cents × 25 at 20 %")
        << lines(1, 25, qint64(3760123456789)) << amount << qint64(0) << price;
    QTest::newRow("line at bound") << lines(1, 27, atLine) << ok << MoneyLimits::MaxLineCents << qint64(0);
    QTest::newRow("line past bound") << lines(1, 28, atLine) << amount << qint64(0)
                                     << MoneyLimits::MaxLineCents;
    QTest::newRow("both maxima on one line")
        << lines(1, quantity, price) << amount << qint64(0) << MoneyLimits::MaxLineCents;
    QTest::newRow("ticket at bound") << (lines(1, 13, atLine) + lines(1, 14, atLine)) << ok << ticket
                                     << qint64(0);
    QTest::newRow("ticket one cent past")
        << (lines(1, 27, atLine) + lines(1, 1, 1)) << amount << qint64(0) << ticket;
    QTest::newRow("two lines at the line bound") << lines(2, 27, atLine) << amount << qint64(0) << ticket;
    QTest::newRow("ten lines of the largest price") << lines(10, 1, price) << ok << 10 * price << qint64(0);
    QTest::newRow("eleven lines of the largest price")
        << lines(11, 1, price) << amount << qint64(0) << ticket;
}

void TestCalculatorLimits::compute()
{
    QFETCH(QList<TicketLine>, ticket);
    QFETCH(ErrorCode, code);
    QFETCH(qint64, total);
    QFETCH(qint64, bound);
    const auto totals = TicketCalculator::compute(ticket);
    if (code == ErrorCode::None) {
        QVERIFY2(totals.ok(), qPrintable(totals.ok() ? QString() : totals.error().subject));
        QCOMPARE(totals->totalCents, total);
        qint64 base = 0;
        qint64 vat = 0;
        for (const VatAmount &v : totals->vat) {
            base += v.baseCents;
            vat += v.vatCents;
        }
        QCOMPARE(base + vat, total);
        return;
    }
    QVERIFY(!totals.ok());
    QCOMPARE(totals.error().code, code);
    if (code == ErrorCode::AmountTooLarge)
        QCOMPARE(totals.error().subject, Money::format(bound));
    if (code == ErrorCode::QuantityTooLarge)
        QCOMPARE(totals.error().subject, QLocale().toString(MoneyLimits::MaxQuantity));
}

void TestCalculatorLimits::ticketDiscountAtTheBound()
{
    // A ticket at the bound, a percentage and an amount discount spread over its lines: the
    // products (ticket × 10 000, discount × line) fit and the shares add up exactly.
    const QList<TicketLine> ticket = lines(1, 13, 37'037'037) + lines(1, 14, 37'037'037);
    const auto tenPercent = TicketCalculator::compute(ticket, Discount::percent(1000));
    QVERIFY(tenPercent.ok());
    QCOMPARE(tenPercent->discountCents, qint64(100'000'000)); // round(999 999 999 × 10 %)
    QCOMPARE(tenPercent->totalCents, MoneyLimits::MaxTicketCents - 100'000'000);
    const auto almostAll
        = TicketCalculator::compute(ticket, Discount::amount(MoneyLimits::MaxTicketCents - 1));
    QVERIFY(almostAll.ok());
    QCOMPARE(almostAll->totalCents, qint64(1));
    const auto gift = TicketCalculator::compute(ticket, Discount::percent(10000));
    QVERIFY(gift.ok());
    QCOMPARE(gift->totalCents, qint64(0));
    // An amount discount past the ticket (and past any bound) is refused, not wrapped.
    const auto tooMuch = TicketCalculator::compute(ticket, Discount::amount(Max64));
    QVERIFY(!tooMuch.ok());
    QCOMPARE(tooMuch.error().code, ErrorCode::DiscountTooLarge);
    TicketLine discounted = line(1, 100);
    discounted.discountCents = Max64;
    const auto lineTooMuch = TicketCalculator::compute({discounted});
    QVERIFY(!lineTooMuch.ok());
    QCOMPARE(lineTooMuch.error().code, ErrorCode::DiscountTooLarge);
}

void TestCalculatorLimits::divideRoundedAtTheEdges_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("max / 1") << Max64 << qint64(1) << Max64;
    QTest::newRow("min / 1") << Min64 << qint64(1) << Min64;
    QTest::newRow("max / 2 rounds up") << Max64 << qint64(2) << qint64(4611686018427387904);
    QTest::newRow("min / 2") << Min64 << qint64(2) << qint64(-4611686018427387904);
    QTest::newRow("-max / 2 rounds away") << -Max64 << qint64(2) << qint64(-4611686018427387904);
    QTest::newRow("max / max") << Max64 << Max64 << qint64(1);
    QTest::newRow("half of max / max") << Max64 / 2 << Max64 << qint64(0);
    QTest::newRow("half of max + 1 / max") << Max64 / 2 + 1 << Max64 << qint64(1);
    QTest::newRow("min / max") << Min64 << Max64 << qint64(-1);
    QTest::newRow("ticket bound × 20 % VAT")
        << MoneyLimits::MaxTicketCents * 2000 << qint64(12000) << qint64(166'666'667);
    QTest::newRow("half rounds up") << qint64(3) << qint64(2) << qint64(2);
    QTest::newRow("negative half rounds away") << qint64(-3) << qint64(2) << qint64(-2);
}

void TestCalculatorLimits::divideRoundedAtTheEdges()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(TicketCalculator::divideRounded(numerator, denominator), expected);
}

void TestCalculatorLimits::vatPastTheBound()
{
    // Lines whose totals sum past the bound (not what compute() leaves): an error, not a wrap.
    QList<TicketLine> huge = lines(2, 1, 1);
    huge[0].totalCents = Max64;
    huge[1].totalCents = Max64;
    const auto checked = TicketCalculator::checkedVatBreakdown(huge);
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().code, ErrorCode::AmountTooLarge);
    QVERIFY(TicketCalculator::vatBreakdown(huge).isEmpty());
    // At the bound: base + VAT is the total exactly.
    QList<TicketLine> atBound = lines(1, 1, 1);
    atBound[0].totalCents = MoneyLimits::MaxTicketCents;
    const auto vat = TicketCalculator::checkedVatBreakdown(atBound);
    QVERIFY(vat.ok());
    QCOMPARE(vat->size(), 1);
    QCOMPARE(vat->first().vatCents, qint64(166'666'667));
    QCOMPARE(vat->first().baseCents + vat->first().vatCents, MoneyLimits::MaxTicketCents);
}

void TestCalculatorLimits::settle_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<Payment>>("payments");
    QTest::addColumn<qint64>("tendered");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<qint64>("change");

    const qint64 max = MoneyLimits::MaxPaymentCents;
    const ErrorCode ok = ErrorCode::None;
    const ErrorCode tooLarge = ErrorCode::AmountTooLarge;
    QTest::newRow("card at bound") << max << QList<Payment> {pay(PaymentMethod::Card, max)} << qint64(0) << ok
                                   << qint64(0);
    QTest::newRow("cash at bound, exact")
        << max << QList<Payment> {pay(PaymentMethod::Cash, max)} << qint64(0) << ok << qint64(0);
    QTest::newRow("tendered at bound")
        << qint64(1000) << QList<Payment> {pay(PaymentMethod::Cash, 1000)} << max << ok << max - 1000;
    QTest::newRow("tendered past bound") << qint64(1000) << QList<Payment> {pay(PaymentMethod::Cash, 1000)}
                                         << max + 1 << tooLarge << qint64(0);
    QTest::newRow("tendered qint64 max")
        << qint64(1000) << QList<Payment> {pay(PaymentMethod::Cash, 1000)} << Max64 << tooLarge << qint64(0);
    QTest::newRow("total past bound") << max + 1 << QList<Payment> {pay(PaymentMethod::Card, max + 1)}
                                      << qint64(0) << tooLarge << qint64(0);
    QTest::newRow("total qint64 min")
        << Min64 << QList<Payment> {pay(PaymentMethod::Card, Min64)} << qint64(0) << tooLarge << qint64(0);
    QTest::newRow("payment past bound")
        << max << QList<Payment> {pay(PaymentMethod::Cash, max + 1)} << qint64(0) << tooLarge << qint64(0);
    QTest::newRow("payments wrapping round")
        << qint64(1000) << QList<Payment> {pay(PaymentMethod::Cash, Max64), pay(PaymentMethod::Cash, Max64)}
        << qint64(0) << tooLarge << qint64(0);
    QTest::newRow("refund at bound") << -max << QList<Payment> {pay(PaymentMethod::Voucher, -max)}
                                     << qint64(0) << ok << qint64(0);
    QTest::newRow("refund past bound") << -max - 1 << QList<Payment> {pay(PaymentMethod::Voucher, -max - 1)}
                                       << qint64(0) << tooLarge << qint64(0);
}

void TestCalculatorLimits::settle()
{
    QFETCH(qint64, total);
    QFETCH(QList<Payment>, payments);
    QFETCH(qint64, tendered);
    QFETCH(ErrorCode, code);
    QFETCH(qint64, change);
    const auto settled = TicketCalculator::settle(total, payments, tendered);
    if (code == ErrorCode::None) {
        QVERIFY2(settled.ok(), qPrintable(settled.ok() ? QString() : settled.error().subject));
        QCOMPARE(settled->changeCents, change);
        return;
    }
    QVERIFY(!settled.ok());
    QCOMPARE(settled.error().code, code);
}

void TestCalculatorLimits::acceptPayment_data()
{
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<ErrorCode>("code");
    const qint64 max = MoneyLimits::MaxPaymentCents;
    QTest::newRow("at bound") << max << max << ErrorCode::None;
    QTest::newRow("past bound") << Max64 << max + 1 << ErrorCode::AmountTooLarge;
    QTest::newRow("barcode typed as a payment")
        << qint64(1250) << qint64(376012345678900) << ErrorCode::AmountTooLarge;
    QTest::newRow("refund past bound") << Min64 << -max - 1 << ErrorCode::AmountTooLarge;
    QTest::newRow("saturated remainder") << Min64 << qint64(-100) << ErrorCode::None;
}

void TestCalculatorLimits::acceptPayment()
{
    QFETCH(qint64, remaining);
    QFETCH(qint64, amount);
    QFETCH(ErrorCode, code);
    // Cash, so that an excess is change rather than an Overpayment.
    const Status status = TicketCalculator::acceptPayment(remaining, pay(PaymentMethod::Cash, amount));
    QCOMPARE(status.error().code, code);
    const Status card = TicketCalculator::acceptPayment(remaining, pay(PaymentMethod::Card, amount));
    QCOMPARE(card.error().code, code);
}

void TestCalculatorLimits::remainingNeverWraps()
{
    QCOMPARE(TicketCalculator::remaining(MoneyLimits::MaxTicketCents,
                                         {pay(PaymentMethod::Card, MoneyLimits::MaxPaymentCents)}),
             qint64(0));
    QCOMPARE(TicketCalculator::remaining(Min64, {pay(PaymentMethod::Cash, 1)}), Min64);
    QCOMPARE(TicketCalculator::remaining(Max64, {pay(PaymentMethod::Cash, -1)}), Max64);
    QCOMPARE(TicketCalculator::remaining(0, {pay(PaymentMethod::Cash, Min64)}), Max64);
}

QTEST_GUILESS_MAIN(TestCalculatorLimits)
#include "tst_calculatorlimits.moc"
