// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "models/money.h"
#include "models/sales/cartmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace comptoir;

Q_DECLARE_METATYPE(comptoir::ErrorCode)

// The cart: lines added by variant (incremented when already there), free-price lines,
// quantities, removal, every total recomputed by the ticket calculator.
class TestCartModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addVariantAppendsALine();
    void addingTheSameVariantIncrements();
    void freePriceLine();
    void freePriceLineRejectsBadInput_data();
    void freePriceLineRejectsBadInput();
    void setQuantityRecomputes();
    void setQuantityRejectsZero();
    void removeLine();
    void unknownVariantIsRefused();
    void draftRoundTrip();
    void clearEmptiesTheCart();

private:
    qint64 addProduct(const QString &name, const QString &label, qint64 price, int vat);

    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<CartModel> m_cart;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_jam = 0;
    qint64 m_mug = 0;
};

void TestCartModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

qint64 TestCartModel::addProduct(const QString &name, const QString &label, qint64 price, int vat)
{
    ProductFields p;
    p.name = name;
    p.vatRateBp = vat;
    VariantFields v;
    v.label = label;
    v.priceCents = price;
    auto created = m_shop->catalogue.createProduct(p, v);
    return created ? created->variantId : 0;
}

void TestCartModel::init()
{
    m_shop = std::make_unique<TestShop>();
    m_cart = std::make_unique<CartModel>(m_shop->catalogue);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_cart.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_jam = addProduct(QStringLiteral("Confiture"), QStringLiteral("250 g"), 589, 550);
    m_mug = addProduct(QStringLiteral("Mug"), QString(), 1290, 2000);
    QVERIFY(m_jam > 0);
    QVERIFY(m_mug > 0);
}

void TestCartModel::cleanup()
{
    m_tester.reset();
    m_cart.reset();
    m_shop.reset();
}

void TestCartModel::addVariantAppendsALine()
{
    QSignalSpy totals(m_cart.get(), &CartModel::totalsChanged);
    auto row = m_cart->addVariant(m_jam);
    QVERIFY(row.ok());
    QCOMPARE(*row, 0);
    QCOMPARE(m_cart->rowCount(), 1);
    QCOMPARE(m_cart->columnCount(), int(CartModel::ColumnCount));
    QCOMPARE(m_cart->index(0, CartModel::LabelColumn).data().toString(), QStringLiteral("Confiture 250 g"));
    QCOMPARE(m_cart->index(0, CartModel::QuantityColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(m_cart->index(0, CartModel::UnitPriceColumn).data().toString(), Money::format(589));
    QCOMPARE(m_cart->index(0, CartModel::AmountColumn).data().toString(), Money::format(589));
    QCOMPARE(m_cart->index(0, 0).data(CartModel::VariantIdRole).toLongLong(), m_jam);
    QCOMPARE(m_cart->totalCents(), 589);
    QCOMPARE(m_cart->lines().first().vatRateBp, 550);
    QVERIFY(totals.count() >= 1);

    QVERIFY(m_cart->addVariant(m_mug).ok());
    QCOMPARE(m_cart->rowCount(), 2);
    QCOMPARE(m_cart->index(1, CartModel::LabelColumn).data().toString(), QStringLiteral("Mug"));
    QCOMPARE(m_cart->totalCents(), 589 + 1290);
    QCOMPARE(m_cart->totals().vat.size(), 2);
}

void TestCartModel::addingTheSameVariantIncrements()
{
    QVERIFY(m_cart->addVariant(m_jam).ok());
    QVERIFY(m_cart->addVariant(m_mug).ok());
    auto row = m_cart->addVariant(m_jam);
    QVERIFY(row.ok());
    QCOMPARE(*row, 0);
    QCOMPARE(m_cart->rowCount(), 2);
    QCOMPARE(m_cart->index(0, 0).data(CartModel::QuantityRole).toLongLong(), 2);
    QCOMPARE(m_cart->index(0, CartModel::AmountColumn).data(CartModel::AmountCentsRole).toLongLong(), 1178);
    QCOMPARE(m_cart->totalCents(), 1178 + 1290);
    QCOMPARE(m_cart->rowOfVariant(m_mug), 1);
}

void TestCartModel::freePriceLine()
{
    auto row = m_cart->addFreePriceLine(QStringLiteral("  Carte postale "), 350, 1000);
    QVERIFY(row.ok());
    QCOMPARE(m_cart->rowCount(), 1);
    QCOMPARE(m_cart->index(0, 0).data().toString(), QStringLiteral("Carte postale"));
    QVERIFY(!m_cart->index(0, 0).data(CartModel::VariantIdRole).isValid());
    QCOMPARE(m_cart->totalCents(), 350);
    QCOMPARE(m_cart->lines().first().vatRateBp, 1000);
    // A second free-price line is its own line.
    QVERIFY(m_cart->addFreePriceLine(QStringLiteral("Carte postale"), 350, 1000).ok());
    QCOMPARE(m_cart->rowCount(), 2);
    QCOMPARE(m_cart->totalCents(), 700);
}

void TestCartModel::freePriceLineRejectsBadInput_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<int>("vat");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("empty label") << QStringLiteral("  ") << qint64(100) << 2000 << ErrorCode::EmptyName;
    QTest::newRow("negative price") << QStringLiteral("X") << qint64(-1) << 2000 << ErrorCode::NegativePrice;
    QTest::newRow("unknown rate") << QStringLiteral("X") << qint64(100) << 1900 << ErrorCode::UnknownVatRate;
}

void TestCartModel::freePriceLineRejectsBadInput()
{
    QFETCH(QString, label);
    QFETCH(qint64, price);
    QFETCH(int, vat);
    QFETCH(ErrorCode, expected);
    auto row = m_cart->addFreePriceLine(label, price, vat);
    QVERIFY(!row.ok());
    QCOMPARE(row.error().code, expected);
    QCOMPARE(m_cart->rowCount(), 0);
    QCOMPARE(m_cart->totalCents(), 0);
}

void TestCartModel::setQuantityRecomputes()
{
    QVERIFY(m_cart->addVariant(m_mug).ok());
    QSignalSpy changed(m_cart.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_cart->setQuantity(0, 3).ok());
    QCOMPARE(m_cart->totalCents(), 3870);
    QCOMPARE(m_cart->index(0, CartModel::QuantityColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(m_cart->index(0, CartModel::AmountColumn).data().toString(), Money::format(3870));
    QVERIFY(changed.count() >= 1);
}

void TestCartModel::setQuantityRejectsZero()
{
    QVERIFY(m_cart->addVariant(m_mug).ok());
    auto status = m_cart->setQuantity(0, 0);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::InvalidQuantity);
    QCOMPARE(m_cart->totalCents(), 1290);
    QVERIFY(!m_cart->setQuantity(5, 2).ok());
}

void TestCartModel::removeLine()
{
    QVERIFY(m_cart->addVariant(m_jam).ok());
    QVERIFY(m_cart->addVariant(m_mug).ok());
    QVERIFY(m_cart->removeLine(0).ok());
    QCOMPARE(m_cart->rowCount(), 1);
    QCOMPARE(m_cart->index(0, 0).data(CartModel::VariantIdRole).toLongLong(), m_mug);
    QCOMPARE(m_cart->totalCents(), 1290);
    QVERIFY(m_cart->removeLine(0).ok());
    QVERIFY(m_cart->isEmpty());
    QCOMPARE(m_cart->totalCents(), 0);
    QVERIFY(!m_cart->removeLine(0).ok());
}

void TestCartModel::unknownVariantIsRefused()
{
    auto row = m_cart->addVariant(987654);
    QVERIFY(!row.ok());
    QCOMPARE(row.error().code, ErrorCode::NotFound);
    QCOMPARE(m_cart->rowCount(), 0);
}

void TestCartModel::draftRoundTrip()
{
    QVERIFY(m_cart->addVariant(m_jam).ok());
    QVERIFY(m_cart->addVariant(m_jam).ok());
    QVERIFY(m_cart->addFreePriceLine(QStringLiteral("Sac"), 20, 2000).ok());
    const SaleDraft draft = m_cart->draft(7);
    QCOMPARE(draft.operatorId, 7);
    QCOMPARE(draft.lines.size(), 2);
    QCOMPARE(draft.lines.at(0).quantity, 2);

    CartModel other(m_shop->catalogue);
    QAbstractItemModelTester tester(&other, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(other.setDraft(draft).ok());
    QCOMPARE(other.rowCount(), 2);
    QCOMPARE(other.totalCents(), m_cart->totalCents());
    QCOMPARE(other.draft(7), draft);
}

void TestCartModel::clearEmptiesTheCart()
{
    QVERIFY(m_cart->addVariant(m_jam).ok());
    QSignalSpy totals(m_cart.get(), &CartModel::totalsChanged);
    m_cart->clear();
    QCOMPARE(m_cart->rowCount(), 0);
    QCOMPARE(m_cart->totalCents(), 0);
    QCOMPARE(totals.count(), 1);
}

QTEST_GUILESS_MAIN(TestCartModel)
#include "tst_cartmodel.moc"
