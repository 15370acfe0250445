// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/ticketcalculator.h"

#include <QStringList>
#include <QTest>

using namespace comptoir;

namespace {

// "2x450@550-10%" = 2 items at 4.50 € with 5.5 % VAT and a 10 % line discount; "-100" after the
// rate is a 1.00 € discount. Lines are separated by ';'. Negative quantities make a refund.
QList<TicketLine> parseLines(const QString &spec)
{
    QList<TicketLine> lines;
    if (spec.isEmpty())
        return lines;
    const QStringList parts = spec.split(QLatin1Char(';'));
    for (QString part : parts) {
        TicketLine line;
        const qsizetype dash = part.indexOf(QLatin1Char('-'), part.indexOf(QLatin1Char('@')));
        if (dash > 0) {
            const QString discount = part.mid(dash + 1);
            part.truncate(dash);
            if (discount.endsWith(QLatin1Char('%')))
                line.discountPercentBp = discount.chopped(1).toInt() * 100;
            else
                line.discountCents = discount.toLongLong();
        }
        line.quantity = part.section(QLatin1Char('x'), 0, 0).toLongLong();
        line.unitPriceCents = part.section(QLatin1Char('x'), 1).section(QLatin1Char('@'), 0, 0).toLongLong();
        line.vatRateBp = part.section(QLatin1Char('@'), 1).toInt();
        line.label = QStringLiteral("Article");
        lines.append(line);
    }
    return lines;
}

Discount parseDiscount(const QString &spec)
{
    if (spec.isEmpty())
        return {};
    if (spec.endsWith(QLatin1Char('%')))
        return Discount::percent(spec.chopped(1).toInt() * 100);
    return Discount::amount(spec.toLongLong());
}

// "cash:500;card:300"
QList<Payment> parsePayments(const QString &spec)
{
    QList<Payment> payments;
    if (spec.isEmpty())
        return payments;
    const QStringList parts = spec.split(QLatin1Char(';'));
    for (const QString &part : parts) {
        Payment p;
        p.method = paymentMethodFromKey(part.section(QLatin1Char(':'), 0, 0)).value();
        p.amountCents = part.section(QLatin1Char(':'), 1).toLongLong();
        payments.append(p);
    }
    return payments;
}

QString lineTotals(const QList<TicketLine> &lines)
{
    QStringList totals;
    for (const TicketLine &line : lines)
        totals << QString::number(line.totalCents);
    return totals.join(QLatin1Char(','));
}

QString vatText(const QList<VatAmount> &vat)
{
    QStringList parts;
    for (const VatAmount &v : vat)
        parts << QStringLiteral("%1:%2/%3").arg(v.vatRateBp).arg(v.baseCents).arg(v.vatCents);
    return parts.join(QLatin1Char(';'));
}

} // namespace

Q_DECLARE_METATYPE(comptoir::ErrorCode)

class TestTicketCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void divideRounded_data();
    void divideRounded();
    void compute_data();
    void compute();
    void computeErrors_data();
    void computeErrors();
    void discountSharesAddUp();
    void settle_data();
    void settle();
    void remainingAndAcceptPayment();
};

void TestTicketCalculator::divideRounded_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("exact") << qint64(100) << qint64(10) << qint64(10);
    QTest::newRow("below half") << qint64(14) << qint64(10) << qint64(1);
    QTest::newRow("half up") << qint64(15) << qint64(10) << qint64(2);
    QTest::newRow("above half") << qint64(16) << qint64(10) << qint64(2);
    QTest::newRow("negative half mirrors") << qint64(-15) << qint64(10) << qint64(-2);
    QTest::newRow("negative below half") << qint64(-14) << qint64(10) << qint64(-1);
    QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(0);
}

void TestTicketCalculator::divideRounded()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(TicketCalculator::divideRounded(numerator, denominator), expected);
}

void TestTicketCalculator::compute_data()
{
    QTest::addColumn<QString>("lines");
    QTest::addColumn<QString>("ticketDiscount");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<QString>("lineTotals");
    QTest::addColumn<QString>("vat");
    QTest::newRow("one line 20%") << QStringLiteral("1x1000@2000") << QStringLiteral("") << qint64(1000)
                                  << qint64(0) << QStringLiteral("1000") << QStringLiteral("2000:833/167");
    QTest::newRow("mixed rates") << QStringLiteral("2x450@550;1x1290@2000;3x99@1000;1x500@210")
                                 << QStringLiteral("") << qint64(2987) << qint64(0)
                                 << QStringLiteral("900,1290,297,500")
                                 << QStringLiteral("2000:1075/215;1000:270/27;550:853/47;210:490/10");
    QTest::newRow("20% half up 3c") << QStringLiteral("1x3@2000") << QStringLiteral("") << qint64(3)
                                    << qint64(0) << QStringLiteral("3") << QStringLiteral("2000:2/1");
    QTest::newRow("20% half up 9c") << QStringLiteral("1x9@2000") << QStringLiteral("") << qint64(9)
                                    << qint64(0) << QStringLiteral("9") << QStringLiteral("2000:7/2");
    QTest::newRow("5.5% one cent") << QStringLiteral("1x1@550") << QStringLiteral("") << qint64(1)
                                   << qint64(0) << QStringLiteral("1") << QStringLiteral("550:1/0");
    QTest::newRow("5.5% 19c") << QStringLiteral("1x19@550") << QStringLiteral("") << qint64(19) << qint64(0)
                              << QStringLiteral("19") << QStringLiteral("550:18/1");
    QTest::newRow("5.5% summed per rate")
        << QStringLiteral("1x29@550;1x29@550;1x29@550") << QStringLiteral("") << qint64(87) << qint64(0)
        << QStringLiteral("29,29,29") << QStringLiteral("550:82/5");
    QTest::newRow("5.5% shop basket")
        << QStringLiteral("3x189@550;2x245@550;1x1299@2000") << QStringLiteral("") << qint64(2356)
        << qint64(0) << QStringLiteral("567,490,1299") << QStringLiteral("2000:1082/217;550:1002/55");
    QTest::newRow("2.1% press") << QStringLiteral("1x230@210;2x150@210") << QStringLiteral("") << qint64(530)
                                << qint64(0) << QStringLiteral("230,300") << QStringLiteral("210:519/11");
    QTest::newRow("line percent half up")
        << QStringLiteral("1x45@2000-10%") << QStringLiteral("") << qint64(40) << qint64(0)
        << QStringLiteral("40") << QStringLiteral("2000:33/7");
    QTest::newRow("line amount") << QStringLiteral("2x450@550-100") << QStringLiteral("") << qint64(800)
                                 << qint64(0) << QStringLiteral("800") << QStringLiteral("550:758/42");
    QTest::newRow("line 100%") << QStringLiteral("1x990@1000-100%") << QStringLiteral("") << qint64(0)
                               << qint64(0) << QStringLiteral("0") << QStringLiteral("1000:0/0");
    QTest::newRow("line percent 15% of 1010")
        << QStringLiteral("1x1010@2000-15%") << QStringLiteral("") << qint64(858) << qint64(0)
        << QStringLiteral("858") << QStringLiteral("2000:715/143");
    QTest::newRow("ticket 10% spread")
        << QStringLiteral("1x1000@2000;1x550@550;1x333@1000") << QStringLiteral("10%") << qint64(1695)
        << qint64(188) << QStringLiteral("900,495,300")
        << QStringLiteral("2000:750/150;1000:273/27;550:469/26");
    QTest::newRow("ticket amount tie")
        << QStringLiteral("1x100@2000;1x100@2000;1x100@2000") << QStringLiteral("100") << qint64(200)
        << qint64(100) << QStringLiteral("66,67,67") << QStringLiteral("2000:167/33");
    QTest::newRow("ticket amount 5.5% and 20%")
        << QStringLiteral("2x189@550;1x1250@2000") << QStringLiteral("150") << qint64(1478) << qint64(150)
        << QStringLiteral("343,1135") << QStringLiteral("2000:946/189;550:325/18");
    QTest::newRow("line and ticket discounts")
        << QStringLiteral("2x450@550-10%;1x1290@2000-200;1x99@1000") << QStringLiteral("5%") << qint64(1899)
        << qint64(100) << QStringLiteral("770,1035,94")
        << QStringLiteral("2000:862/173;1000:85/9;550:730/40");
    QTest::newRow("ticket 100%") << QStringLiteral("1x500@2000;1x300@550") << QStringLiteral("100%")
                                 << qint64(0) << qint64(800) << QStringLiteral("0,0")
                                 << QStringLiteral("2000:0/0;550:0/0");
    QTest::newRow("refund one line") << QStringLiteral("-1x1000@2000") << QStringLiteral("") << qint64(-1000)
                                     << qint64(0) << QStringLiteral("-1000")
                                     << QStringLiteral("2000:-833/-167");
    QTest::newRow("refund mixed half up")
        << QStringLiteral("-2x450@550;-1x3@2000") << QStringLiteral("") << qint64(-903) << qint64(0)
        << QStringLiteral("-900,-3") << QStringLiteral("2000:-2/-1;550:-853/-47");
    QTest::newRow("refund ticket 10%")
        << QStringLiteral("-1x1000@2000;-1x550@550;-1x333@1000") << QStringLiteral("10%") << qint64(-1695)
        << qint64(-188) << QStringLiteral("-900,-495,-300")
        << QStringLiteral("2000:-750/-150;1000:-273/-27;550:-469/-26");
    QTest::newRow("refund line discount")
        << QStringLiteral("-1x45@2000-10%") << QStringLiteral("") << qint64(-40) << qint64(0)
        << QStringLiteral("-40") << QStringLiteral("2000:-33/-7");
}

void TestTicketCalculator::compute()
{
    QFETCH(QString, lines);
    QFETCH(QString, ticketDiscount);
    QFETCH(qint64, total);
    QFETCH(qint64, discount);
    QFETCH(QString, lineTotals);
    QFETCH(QString, vat);
    auto totals = TicketCalculator::compute(parseLines(lines), parseDiscount(ticketDiscount));
    QVERIFY2(totals.ok(), qPrintable(totals.ok() ? QString() : totals.error().detail));
    QCOMPARE(totals->totalCents, total);
    QCOMPARE(totals->discountCents, discount);
    QCOMPARE(::lineTotals(totals->lines), lineTotals);
    QCOMPARE(vatText(totals->vat), vat);
    // Every line: total = quantity × price − line discount − its share of the ticket discount.
    qint64 sum = 0;
    qint64 shares = 0;
    for (const TicketLine &line : totals->lines) {
        QCOMPARE(line.totalCents,
                 line.quantity * line.unitPriceCents - line.discountCents - line.ticketDiscountCents);
        sum += line.totalCents;
        shares += line.ticketDiscountCents;
    }
    QCOMPARE(sum, total);
    QCOMPARE(shares, discount);
    qint64 vatSum = 0;
    for (const VatAmount &v : totals->vat)
        vatSum += v.baseCents + v.vatCents;
    QCOMPARE(vatSum, total);
}

void TestTicketCalculator::computeErrors_data()
{
    QTest::addColumn<QString>("lines");
    QTest::addColumn<QString>("ticketDiscount");
    QTest::addColumn<ErrorCode>("error");
    QTest::newRow("empty") << QString() << QString() << ErrorCode::EmptyTicket;
    QTest::newRow("zero quantity") << QStringLiteral("0x100@2000") << QString() << ErrorCode::InvalidQuantity;
    QTest::newRow("sale and refund mixed")
        << QStringLiteral("1x100@2000;-1x100@2000") << QString() << ErrorCode::InvalidQuantity;
    QTest::newRow("unknown rate") << QStringLiteral("1x100@700") << QString() << ErrorCode::UnknownVatRate;
    QTest::newRow("negative price") << QStringLiteral("1x-100@2000") << QString() << ErrorCode::NegativePrice;
    QTest::newRow("line amount too large")
        << QStringLiteral("1x100@2000-101") << QString() << ErrorCode::DiscountTooLarge;
    QTest::newRow("line percent over 100")
        << QStringLiteral("1x100@2000-101%") << QString() << ErrorCode::DiscountTooLarge;
    QTest::newRow("ticket amount too large")
        << QStringLiteral("1x100@2000-10;1x50@550") << QStringLiteral("141") << ErrorCode::DiscountTooLarge;
    QTest::newRow("ticket percent over 100")
        << QStringLiteral("1x100@2000") << QStringLiteral("150%") << ErrorCode::DiscountTooLarge;
    QTest::newRow("refund amount too large")
        << QStringLiteral("-1x100@2000") << QStringLiteral("101") << ErrorCode::DiscountTooLarge;
}

void TestTicketCalculator::computeErrors()
{
    QFETCH(QString, lines);
    QFETCH(QString, ticketDiscount);
    QFETCH(ErrorCode, error);
    auto totals = TicketCalculator::compute(parseLines(lines), parseDiscount(ticketDiscount));
    QVERIFY(!totals.ok());
    QCOMPARE(totals.error().code, error);
}

void TestTicketCalculator::discountSharesAddUp()
{
    // Awkward weights and every amount from 0 to the base: the shares always add up exactly.
    const QList<TicketLine> lines = parseLines(QStringLiteral("1x333@2000;2x177@550;1x1@1000;7x13@210"));
    qint64 base = 0;
    for (const TicketLine &line : lines)
        base += line.quantity * line.unitPriceCents;
    for (qint64 amount = 0; amount <= base; amount += 7) {
        auto totals = TicketCalculator::compute(lines, Discount::amount(amount));
        QVERIFY(totals.ok());
        qint64 shares = 0;
        for (const TicketLine &line : totals->lines) {
            QVERIFY(line.ticketDiscountCents >= 0);
            QVERIFY(line.totalCents >= 0);
            shares += line.ticketDiscountCents;
        }
        QCOMPARE(shares, amount);
        QCOMPARE(totals->totalCents, base - amount);
    }
}

void TestTicketCalculator::settle_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("payments");
    QTest::addColumn<qint64>("tendered");
    QTest::addColumn<ErrorCode>("error");
    QTest::addColumn<qint64>("expectedTendered");
    QTest::addColumn<qint64>("change");
    QTest::newRow("cash with change") << qint64(1000) << QStringLiteral("cash:1000") << qint64(2000)
                                      << ErrorCode::None << qint64(2000) << qint64(1000);
    QTest::newRow("exact cash") << qint64(1000) << QStringLiteral("cash:1000") << qint64(0) << ErrorCode::None
                                << qint64(1000) << qint64(0);
    QTest::newRow("card") << qint64(1000) << QStringLiteral("card:1000") << qint64(0) << ErrorCode::None
                          << qint64(0) << qint64(0);
    QTest::newRow("card then cash with change")
        << qint64(1000) << QStringLiteral("card:600;cash:400") << qint64(500) << ErrorCode::None
        << qint64(500) << qint64(100);
    QTest::newRow("cheque voucher card")
        << qint64(2500) << QStringLiteral("voucher:1000;cheque:1000;card:500") << qint64(0) << ErrorCode::None
        << qint64(0) << qint64(0);
    QTest::newRow("card overpays") << qint64(1000) << QStringLiteral("card:1200") << qint64(0)
                                   << ErrorCode::Overpayment << qint64(0) << qint64(0);
    QTest::newRow("cheque overpays what remains")
        << qint64(1000) << QStringLiteral("card:600;cheque:500") << qint64(0) << ErrorCode::Overpayment
        << qint64(0) << qint64(0);
    QTest::newRow("cash above due goes in tendered")
        << qint64(1000) << QStringLiteral("cash:1200") << qint64(0) << ErrorCode::Overpayment << qint64(0)
        << qint64(0);
    QTest::newRow("not fully paid") << qint64(1000) << QStringLiteral("card:600") << qint64(0)
                                    << ErrorCode::NotFullyPaid << qint64(0) << qint64(0);
    QTest::newRow("no payment") << qint64(1000) << QString() << qint64(0) << ErrorCode::NotFullyPaid
                                << qint64(0) << qint64(0);
    QTest::newRow("tendered short") << qint64(1000) << QStringLiteral("cash:1000") << qint64(900)
                                    << ErrorCode::NotFullyPaid << qint64(0) << qint64(0);
    QTest::newRow("tendered without cash") << qint64(1000) << QStringLiteral("card:1000") << qint64(500)
                                           << ErrorCode::InvalidQuantity << qint64(0) << qint64(0);
    QTest::newRow("negative payment on a sale") << qint64(1000) << QStringLiteral("cash:-100") << qint64(0)
                                                << ErrorCode::InvalidQuantity << qint64(0) << qint64(0);
    QTest::newRow("free ticket") << qint64(0) << QString() << qint64(0) << ErrorCode::None << qint64(0)
                                 << qint64(0);
    QTest::newRow("refund cash") << qint64(-1000) << QStringLiteral("cash:-1000") << qint64(0)
                                 << ErrorCode::None << qint64(0) << qint64(0);
    QTest::newRow("refund voucher and card") << qint64(-1000) << QStringLiteral("voucher:-400;card:-600")
                                             << qint64(0) << ErrorCode::None << qint64(0) << qint64(0);
    QTest::newRow("refund card overpays") << qint64(-1000) << QStringLiteral("card:-1200") << qint64(0)
                                          << ErrorCode::Overpayment << qint64(0) << qint64(0);
    QTest::newRow("refund short") << qint64(-1000) << QStringLiteral("cash:-900") << qint64(0)
                                  << ErrorCode::NotFullyPaid << qint64(0) << qint64(0);
    QTest::newRow("refund with tendered") << qint64(-1000) << QStringLiteral("cash:-1000") << qint64(500)
                                          << ErrorCode::InvalidQuantity << qint64(0) << qint64(0);
}

void TestTicketCalculator::settle()
{
    QFETCH(qint64, total);
    QFETCH(QString, payments);
    QFETCH(qint64, tendered);
    QFETCH(ErrorCode, error);
    QFETCH(qint64, expectedTendered);
    QFETCH(qint64, change);
    auto settlement = TicketCalculator::settle(total, parsePayments(payments), tendered);
    if (error != ErrorCode::None) {
        QVERIFY(!settlement.ok());
        QCOMPARE(settlement.error().code, error);
        return;
    }
    QVERIFY(settlement.ok());
    QCOMPARE(settlement->tenderedCents, expectedTendered);
    QCOMPARE(settlement->changeCents, change);
    QCOMPARE(TicketCalculator::remaining(total, settlement->payments), qint64(0));
}

void TestTicketCalculator::remainingAndAcceptPayment()
{
    const QList<Payment> paid = parsePayments(QStringLiteral("card:600"));
    QCOMPARE(TicketCalculator::remaining(1000, paid), qint64(400));
    QCOMPARE(TicketCalculator::remaining(-1000, parsePayments(QStringLiteral("voucher:-300"))), qint64(-700));
    QVERIFY(TicketCalculator::acceptPayment(400, Payment {PaymentMethod::Cash, 500, {}}).ok());
    QCOMPARE(TicketCalculator::acceptPayment(400, Payment {PaymentMethod::Card, 500, {}}).error().code,
             ErrorCode::Overpayment);
    QVERIFY(TicketCalculator::acceptPayment(400, Payment {PaymentMethod::Cheque, 400, {}}).ok());
    QCOMPARE(TicketCalculator::acceptPayment(0, Payment {PaymentMethod::Cash, 100, {}}).error().code,
             ErrorCode::Overpayment);
    QCOMPARE(TicketCalculator::cashChange(1730, 2000).value(), qint64(270));
    QCOMPARE(TicketCalculator::cashChange(1730, 1700).error().code, ErrorCode::NotFullyPaid);
}

QTEST_GUILESS_MAIN(TestTicketCalculator)
#include "tst_ticketcalculator.moc"
