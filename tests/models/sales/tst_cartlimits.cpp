// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The cart at and past the money bounds (models/moneylimits.h): a quantity set, scanned again and
// again or added at once; a free price, a price override; a variant priced past the bound in the
// catalogue. Past a bound the cart answers QuantityTooLarge or AmountTooLarge and nothing changes.
#include "fixtures.h"
#include "models/money.h"
#include "models/moneylimits.h"
#include "models/sales/cartmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <limits>
#include <memory>

using namespace comptoir;

Q_DECLARE_METATYPE(comptoir::ErrorCode)

class TestCartLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void setQuantity_data();
    void setQuantity();
    void addVariantQuantity_data();
    void addVariantQuantity();
    void scanningOnceMoreThanTheBound();
    void freePrice_data();
    void freePrice();
    void priceOverride_data();
    void priceOverride();
    void catalogueRefusesAPricePastTheBound_data();
    void catalogueRefusesAPricePastTheBound();

private:
    qint64 addProduct(qint64 price);

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<CartModel> m_cart;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_jam = 0;
};

void TestCartLimits::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

qint64 TestCartLimits::addProduct(qint64 price)
{
    ProductFields p;
    p.name = QStringLiteral("Confiture");
    p.vatRateBp = 550;
    VariantFields v;
    v.priceCents = price;
    auto created = m_shop->catalogue.createProduct(p, v);
    return created ? created->variantId : 0;
}

void TestCartLimits::init()
{
    m_shop = std::make_unique<TestShop>();
    m_cart = std::make_unique<CartModel>(m_shop->catalogue);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_cart.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_jam = addProduct(589);
    QVERIFY(m_jam > 0);
}

void TestCartLimits::cleanup()
{
    m_tester.reset();
    m_cart.reset();
    m_shop.reset();
}

void TestCartLimits::setQuantity_data()
{
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("one") << qint64(1) << ErrorCode::None;
    QTest::newRow("at bound") << MoneyLimits::MaxQuantity << ErrorCode::None;
    QTest::newRow("past bound") << MoneyLimits::MaxQuantity + 1 << ErrorCode::QuantityTooLarge;
    QTest::newRow("barcode typed as a quantity") << qint64(3760123456789) << ErrorCode::QuantityTooLarge;
    QTest::newRow("qint64 max") << std::numeric_limits<qint64>::max() << ErrorCode::QuantityTooLarge;
}

void TestCartLimits::setQuantity()
{
    QFETCH(qint64, quantity);
    QFETCH(ErrorCode, code);
    QVERIFY(m_cart->addVariant(m_jam).ok());
    const Status status = m_cart->setQuantity(0, quantity);
    QCOMPARE(status.error().code, code);
    if (code == ErrorCode::None) {
        QCOMPARE(m_cart->totalCents(), quantity * 589);
        return;
    }
    QCOMPARE(status.error().subject, QLocale().toString(MoneyLimits::MaxQuantity));
    QCOMPARE(m_cart->lines().first().quantity, qint64(1)); // nothing changed
    QCOMPARE(m_cart->totalCents(), qint64(589));
}

void TestCartLimits::addVariantQuantity_data()
{
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("more");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("at bound at once") << MoneyLimits::MaxQuantity << qint64(0) << ErrorCode::None;
    QTest::newRow("past bound at once")
        << MoneyLimits::MaxQuantity + 1 << qint64(0) << ErrorCode::QuantityTooLarge;
    QTest::newRow("to the bound in two") << qint64(9000) << qint64(999) << ErrorCode::None;
    QTest::newRow("past the bound in two") << qint64(9000) << qint64(1000) << ErrorCode::QuantityTooLarge;
    QTest::newRow("qint64 max after one")
        << qint64(1) << std::numeric_limits<qint64>::max() << ErrorCode::QuantityTooLarge;
}

void TestCartLimits::addVariantQuantity()
{
    QFETCH(qint64, first);
    QFETCH(qint64, more);
    QFETCH(ErrorCode, code);
    auto added = m_cart->addVariant(m_jam, first);
    if (more == 0) {
        QCOMPARE(added.ok() ? ErrorCode::None : added.error().code, code);
        QCOMPARE(m_cart->rowCount(), added.ok() ? 1 : 0);
        return;
    }
    QVERIFY(added.ok());
    auto again = m_cart->addVariant(m_jam, more);
    QCOMPARE(again.ok() ? ErrorCode::None : again.error().code, code);
    QCOMPARE(m_cart->rowCount(), 1);
    QCOMPARE(m_cart->lines().first().quantity, again.ok() ? first + more : first);
}

void TestCartLimits::scanningOnceMoreThanTheBound()
{
    QVERIFY(m_cart->addVariant(m_jam, MoneyLimits::MaxQuantity).ok());
    QSignalSpy totals(m_cart.get(), &CartModel::totalsChanged);
    auto scanned = m_cart->addVariant(m_jam); // one more scan
    QVERIFY(!scanned.ok());
    QCOMPARE(scanned.error().code, ErrorCode::QuantityTooLarge);
    QCOMPARE(m_cart->lines().first().quantity, MoneyLimits::MaxQuantity);
    QCOMPARE(totals.count(), 0);
}

void TestCartLimits::freePrice_data()
{
    QTest::addColumn<qint64>("price");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("at bound") << MoneyLimits::MaxUnitPriceCents << ErrorCode::None;
    QTest::newRow("past bound") << MoneyLimits::MaxUnitPriceCents + 1 << ErrorCode::AmountTooLarge;
    QTest::newRow("13-digit barcode as euros") << qint64(376012345678900) << ErrorCode::AmountTooLarge;
    QTest::newRow("qint64 max") << std::numeric_limits<qint64>::max() << ErrorCode::AmountTooLarge;
}

void TestCartLimits::freePrice()
{
    QFETCH(qint64, price);
    QFETCH(ErrorCode, code);
    auto row = m_cart->addFreePriceLine(QStringLiteral("Divers"), price, 2000);
    QCOMPARE(row.ok() ? ErrorCode::None : row.error().code, code);
    if (code == ErrorCode::None) {
        QCOMPARE(m_cart->totalCents(), price);
        return;
    }
    QCOMPARE(row.error().subject, Money::format(MoneyLimits::MaxUnitPriceCents));
    QVERIFY(m_cart->isEmpty());
}

void TestCartLimits::priceOverride_data()
{
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<qint64>("bound");
    QTest::newRow("at bound") << qint64(1) << MoneyLimits::MaxUnitPriceCents << ErrorCode::None << qint64(0);
    QTest::newRow("past bound") << qint64(1) << MoneyLimits::MaxUnitPriceCents + 1
                                << ErrorCode::AmountTooLarge << MoneyLimits::MaxUnitPriceCents;
    // 25 jars at a barcode's price: refused at the unit price.
    QTest::newRow("barcode × 25") << qint64(25) << qint64(3760123456789) << ErrorCode::AmountTooLarge
                                  << MoneyLimits::MaxUnitPriceCents;
    // In-bound price and quantity, but the line passes its bound.
    QTest::newRow("line past bound") << MoneyLimits::MaxQuantity << MoneyLimits::MaxUnitPriceCents
                                     << ErrorCode::AmountTooLarge << MoneyLimits::MaxLineCents;
}

void TestCartLimits::priceOverride()
{
    QFETCH(qint64, quantity);
    QFETCH(qint64, price);
    QFETCH(ErrorCode, code);
    QFETCH(qint64, bound);
    QVERIFY(m_cart->addVariant(m_jam, quantity).ok());
    const Status status = m_cart->setUnitPrice(0, price);
    QCOMPARE(status.error().code, code);
    if (code == ErrorCode::None) {
        QCOMPARE(m_cart->totalCents(), quantity * price);
        return;
    }
    QCOMPARE(status.error().subject, Money::format(bound));
    QCOMPARE(m_cart->lines().first().unitPriceCents, qint64(589));
    QCOMPARE(m_cart->totalCents(), quantity * 589);
}

void TestCartLimits::catalogueRefusesAPricePastTheBound_data()
{
    QTest::addColumn<qint64>("price");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("at bound") << MoneyLimits::MaxUnitPriceCents << true;
    QTest::newRow("past bound") << MoneyLimits::MaxUnitPriceCents + 1 << false;
}

void TestCartLimits::catalogueRefusesAPricePastTheBound()
{
    QFETCH(qint64, price);
    QFETCH(bool, accepted);
    ProductFields p;
    p.name = QStringLiteral("Piano");
    p.vatRateBp = 2000;
    VariantFields v;
    v.priceCents = price;
    auto created = m_shop->catalogue.createProduct(p, v);
    QCOMPARE(created.ok(), accepted);
    if (!accepted)
        QCOMPARE(created.error().code, ErrorCode::AmountTooLarge);
    VariantFields withCost;
    withCost.priceCents = 100;
    withCost.costCents = price;
    p.name = QStringLiteral("Piano d'occasion");
    auto costed = m_shop->catalogue.createProduct(p, withCost);
    QCOMPARE(costed.ok(), accepted);
}

QTEST_GUILESS_MAIN(TestCartLimits)
#include "tst_cartlimits.moc"
