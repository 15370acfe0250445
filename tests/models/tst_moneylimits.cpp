// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The till's money bounds (models/moneylimits.h) at and past each bound: what Money::parse takes
// from a field (typed or scanned), the checks of a unit price, a quantity and an amount, and the
// overflow-checked sums and products, down to qint64's own edges.
#include "models/money.h"
#include "models/moneylimits.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace comptoir;

Q_DECLARE_METATYPE(comptoir::ErrorCode)

namespace {

constexpr qint64 Max64 = std::numeric_limits<qint64>::max();
constexpr qint64 Min64 = std::numeric_limits<qint64>::min();

} // namespace

class TestMoneyLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void boundsAreOrdered();
    void parse_data();
    void parse();
    void tooLargeNamesTheBound();
    void unitPrice_data();
    void unitPrice();
    void quantity_data();
    void quantity();
    void checkedArithmetic_data();
    void checkedArithmetic();
    void boundedArithmetic_data();
    void boundedArithmetic();
};

void TestMoneyLimits::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestMoneyLimits::boundsAreOrdered()
{
    QCOMPARE(MoneyLimits::MaxUnitPriceCents, qint64(99'999'999));
    QCOMPARE(MoneyLimits::MaxQuantity, qint64(9'999));
    QCOMPARE(MoneyLimits::MaxLineCents, qint64(999'999'999));
    QCOMPARE(MoneyLimits::MaxTicketCents, qint64(999'999'999));
    QCOMPARE(MoneyLimits::MaxPaymentCents, qint64(999'999'999));
    // The largest products the calculator forms from in-bound values fit with room to spare.
    QVERIFY(MoneyLimits::checkedMultiply(MoneyLimits::MaxTicketCents, 10000).has_value());
    QVERIFY(
        MoneyLimits::checkedMultiply(MoneyLimits::MaxTicketCents, MoneyLimits::MaxTicketCents).has_value());
    QVERIFY(
        MoneyLimits::checkedMultiply(MoneyLimits::MaxUnitPriceCents, MoneyLimits::MaxQuantity).has_value());
}

void TestMoneyLimits::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<qint64>("maxCents");
    QTest::addColumn<ErrorCode>("code"); // None: accepted
    QTest::addColumn<qint64>("cents");

    const qint64 price = MoneyLimits::MaxUnitPriceCents;
    const qint64 amount = MoneyLimits::MaxAmountCents;
    const ErrorCode ok = ErrorCode::None;
    const ErrorCode tooLarge = ErrorCode::AmountTooLarge;
    QTest::newRow("price at bound") << QStringLiteral("999999,99") << false << price << ok << price;
    QTest::newRow("price at bound grouped")
        << QStringLiteral("999 999,99 €") << false << price << ok << price;
    QTest::newRow("price one cent past")
        << QStringLiteral("1000000") << false << price << tooLarge << qint64(0);
    QTest::newRow("price 13-digit barcode")
        << QStringLiteral("3760123456789") << false << price << tooLarge << qint64(0);
    QTest::newRow("price 15 digits") << QStringLiteral("999999999999999") << false << price << tooLarge
                                     << qint64(0);
    QTest::newRow("amount at bound") << QStringLiteral("9 999 999,99") << false << amount << ok << amount;
    QTest::newRow("amount one cent past")
        << QStringLiteral("10000000,00") << false << amount << tooLarge << qint64(0);
    QTest::newRow("amount barcode") << QStringLiteral("3760123456789") << false << amount << tooLarge
                                    << qint64(0);
    QTest::newRow("negative at bound") << QStringLiteral("-9999999,99") << true << amount << ok << -amount;
    QTest::newRow("negative past") << QStringLiteral("-10000000") << true << amount << tooLarge << qint64(0);
    // More than 15 digits stays malformed, as before the bounds (tests/models/tst_money.cpp).
    QTest::newRow("20 digits") << QStringLiteral("12345678901234567890") << false << amount
                               << ErrorCode::InvalidQuantity << qint64(0);
    QTest::newRow("zero") << QStringLiteral("0") << false << price << ok << qint64(0);
}

void TestMoneyLimits::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, allowNegative);
    QFETCH(qint64, maxCents);
    QFETCH(ErrorCode, code);
    QFETCH(qint64, cents);
    const QLocale french(QLocale::French, QLocale::France);
    const auto parsed = Money::parse(text, french, allowNegative, maxCents);
    if (code == ErrorCode::None) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().subject));
        QCOMPARE(*parsed, cents);
        return;
    }
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    if (code == ErrorCode::AmountTooLarge)
        QCOMPARE(parsed.error().subject, Money::format(maxCents));
}

void TestMoneyLimits::tooLargeNamesTheBound()
{
    // The subject is the bound as the shopkeeper reads it: "9 999 999,99 €", "9 999".
    const Error amount = MoneyLimits::amountTooLarge(MoneyLimits::MaxTicketCents);
    QCOMPARE(amount.code, ErrorCode::AmountTooLarge);
    QCOMPARE(amount.subject, Money::format(999'999'999));
    QVERIFY(amount.subject.startsWith(QStringLiteral("9")));
    QVERIFY(amount.subject.endsWith(QStringLiteral("999,99\u00a0€")));
    const Error quantity = MoneyLimits::quantityTooLarge();
    QCOMPARE(quantity.code, ErrorCode::QuantityTooLarge);
    QCOMPARE(quantity.subject, QLocale().toString(9999));
}

void TestMoneyLimits::unitPrice_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("zero") << qint64(0) << ErrorCode::None;
    QTest::newRow("at bound") << MoneyLimits::MaxUnitPriceCents << ErrorCode::None;
    QTest::newRow("past bound") << MoneyLimits::MaxUnitPriceCents + 1 << ErrorCode::AmountTooLarge;
    QTest::newRow("barcode as cents") << qint64(3760123456789) << ErrorCode::AmountTooLarge;
    QTest::newRow("qint64 max") << Max64 << ErrorCode::AmountTooLarge;
    QTest::newRow("negative") << qint64(-1) << ErrorCode::NegativePrice;
    QTest::newRow("qint64 min") << Min64 << ErrorCode::NegativePrice;
}

void TestMoneyLimits::unitPrice()
{
    QFETCH(qint64, cents);
    QFETCH(ErrorCode, code);
    const Status status = MoneyLimits::checkUnitPrice(cents);
    QCOMPARE(status.error().code, code);
}

void TestMoneyLimits::quantity_data()
{
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("one") << qint64(1) << ErrorCode::None;
    QTest::newRow("at bound") << MoneyLimits::MaxQuantity << ErrorCode::None;
    QTest::newRow("refund at bound") << -MoneyLimits::MaxQuantity << ErrorCode::None;
    QTest::newRow("past bound") << MoneyLimits::MaxQuantity + 1 << ErrorCode::QuantityTooLarge;
    QTest::newRow("refund past bound") << -MoneyLimits::MaxQuantity - 1 << ErrorCode::QuantityTooLarge;
    QTest::newRow("qint64 max") << Max64 << ErrorCode::QuantityTooLarge;
    QTest::newRow("qint64 min") << Min64 << ErrorCode::QuantityTooLarge;
}

void TestMoneyLimits::quantity()
{
    QFETCH(qint64, quantity);
    QFETCH(ErrorCode, code);
    QCOMPARE(MoneyLimits::checkQuantity(quantity).error().code, code);
}

void TestMoneyLimits::checkedArithmetic_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("sumFits");
    QTest::addColumn<bool>("productFits");
    QTest::newRow("small") << qint64(12) << qint64(34) << true << true;
    QTest::newRow("max and zero") << Max64 << qint64(0) << true << true;
    QTest::newRow("max + 1") << Max64 << qint64(1) << false << true;
    QTest::newRow("min + -1") << Min64 << qint64(-1) << false << false;
    QTest::newRow("min × -1") << Min64 << qint64(-1) << false << false;
    // A 13-digit barcode read as euros (cents × 100), times 25 items, times a 20 % VAT rate.
    QTest::newRow("barcode euros × 25 × 2000")
        << qint64(376012345678900) * 25 << qint64(2000) << true << false;
    QTest::newRow("3037000499 squared") << qint64(3037000499) << qint64(3037000499) << true << true;
    QTest::newRow("3037000500 squared") << qint64(3037000500) << qint64(3037000500) << true << false;
}

void TestMoneyLimits::checkedArithmetic()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, sumFits);
    QFETCH(bool, productFits);
    const auto sum = MoneyLimits::checkedAdd(a, b);
    QCOMPARE(sum.has_value(), sumFits);
    if (sumFits)
        QCOMPARE(*sum, a + b);
    const auto product = MoneyLimits::checkedMultiply(a, b);
    QCOMPARE(product.has_value(), productFits);
    if (productFits)
        QCOMPARE(*product, a * b);
}

void TestMoneyLimits::boundedArithmetic_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("sumOk");
    QTest::addColumn<bool>("productOk");
    const qint64 max = MoneyLimits::MaxTicketCents;
    QTest::newRow("at bound") << max - 1 << qint64(1) << true << true;
    QTest::newRow("sum past bound") << max << qint64(1) << false << true;
    QTest::newRow("negative at bound") << -max + 1 << qint64(-1) << true << true;
    QTest::newRow("negative past bound") << -max << qint64(-1) << false << true;
    QTest::newRow("product at bound") << qint64(27) << qint64(37'037'037) << true << true;
    QTest::newRow("product past bound") << qint64(28) << qint64(37'037'037) << true << false;
    QTest::newRow("overflowing") << Max64 << Max64 << false << false;
}

void TestMoneyLimits::boundedArithmetic()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, sumOk);
    QFETCH(bool, productOk);
    const qint64 max = MoneyLimits::MaxTicketCents;
    const auto sum = MoneyLimits::add(a, b, max);
    QCOMPARE(sum.ok(), sumOk);
    if (!sumOk) {
        QCOMPARE(sum.error().code, ErrorCode::AmountTooLarge);
        QCOMPARE(sum.error().subject, Money::format(max));
    }
    const auto product = MoneyLimits::multiply(a, b, max);
    QCOMPARE(product.ok(), productOk);
    if (productOk)
        QCOMPARE(*product, a * b);
    else
        QCOMPARE(product.error().code, ErrorCode::AmountTooLarge);
}

QTEST_GUILESS_MAIN(TestMoneyLimits)
#include "tst_moneylimits.moc"
