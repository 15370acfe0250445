// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/barcode.h"
#include "models/catalogue/instorebarcodes.h"
#include "models/catalogue/netquantity.h"
#include "shopfixture.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::test;

Q_DECLARE_METATYPE(comptoir::NetUnit)
Q_DECLARE_METATYPE(comptoir::UnitPriceBasis)

// Issue 14: a variant's net quantity and the unit price a shelf label shows; in-store EAN-13s.
class TestNetQuantity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void unitPrice_data();
    void unitPrice();
    void unitKeysRoundTrip();
    void storedOnTheVariant();
    void refusedWhenInvalid_data();
    void refusedWhenInvalid();
    void inStoreBarcodesAreValidAndUnique();
    void inStoreBarcodeSkipsTakenCodes();

private:
    std::unique_ptr<Shop> m_shop;
};

void TestNetQuantity::init()
{
    m_shop = std::make_unique<Shop>();
    QVERIFY(m_shop->temp.isValid());
}

void TestNetQuantity::cleanup()
{
    m_shop.reset();
}

void TestNetQuantity::unitPrice_data()
{
    QTest::addColumn<qint64>("priceCents");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<NetUnit>("unit");
    QTest::addColumn<qint64>("expectedCents");
    QTest::addColumn<UnitPriceBasis>("basis");

    QTest::newRow("250 g at 3,10 €") << qint64(310) << qint64(250) << NetUnit::Gram << qint64(1240)
                                     << UnitPriceBasis::PerKilogram;
    QTest::newRow("1 kg at 24,90 €") << qint64(2490) << qint64(1000) << NetUnit::Kilogram << qint64(2490)
                                     << UnitPriceBasis::PerKilogram;
    QTest::newRow("75 cl at 8,50 €") << qint64(850) << qint64(750) << NetUnit::Millilitre << qint64(1133)
                                     << UnitPriceBasis::PerLitre;
    QTest::newRow("1,5 l at 0,99 €") << qint64(99) << qint64(1500) << NetUnit::Litre << qint64(66)
                                     << UnitPriceBasis::PerLitre;
    // 1,99 € / 0,3 kg = 6,6333… → 6,63; 2,00 € / 0,3 kg = 6,6666… → 6,67 (half up).
    QTest::newRow("rounds down") << qint64(199) << qint64(300) << NetUnit::Gram << qint64(663)
                                 << UnitPriceBasis::PerKilogram;
    QTest::newRow("rounds up") << qint64(200) << qint64(300) << NetUnit::Gram << qint64(667)
                               << UnitPriceBasis::PerKilogram;
    QTest::newRow("half rounds up") << qint64(1) << qint64(2) << NetUnit::Piece << qint64(1)
                                    << UnitPriceBasis::PerPiece;
    QTest::newRow("6 eggs at 2,40 €")
        << qint64(240) << qint64(6) << NetUnit::Piece << qint64(40) << UnitPriceBasis::PerPiece;
    QTest::newRow("free item") << qint64(0) << qint64(500) << NetUnit::Gram << qint64(0)
                               << UnitPriceBasis::PerKilogram;
    QTest::newRow("highest price, 1 g") << qint64(1'000'000'000) << qint64(1) << NetUnit::Gram
                                        << qint64(1'000'000'000'000) << UnitPriceBasis::PerKilogram;
}

void TestNetQuantity::unitPrice()
{
    QFETCH(qint64, priceCents);
    QFETCH(qint64, amount);
    QFETCH(NetUnit, unit);
    QFETCH(qint64, expectedCents);
    QFETCH(UnitPriceBasis, basis);
    const auto price = NetQuantities::unitPrice(priceCents, NetQuantity {amount, unit});
    QVERIFY(price.has_value());
    QCOMPARE(price->cents, expectedCents);
    QCOMPARE(price->basis, basis);
}

void TestNetQuantity::unitKeysRoundTrip()
{
    for (NetUnit unit : {NetUnit::None, NetUnit::Piece, NetUnit::Gram, NetUnit::Kilogram, NetUnit::Millilitre,
                         NetUnit::Litre})
        QCOMPARE(NetQuantities::unitFromKey(NetQuantities::unitKey(unit)), std::optional<NetUnit>(unit));
    QVERIFY(!NetQuantities::unitFromKey(QStringLiteral("lb")).has_value());
    QVERIFY(!NetQuantities::unitPrice(100, NetQuantity {}).has_value());
    QVERIFY(!NetQuantities::unitPrice(100, NetQuantity {0, NetUnit::Gram}).has_value());
}

void TestNetQuantity::storedOnTheVariant()
{
    Shop &shop = *m_shop;
    VariantFields v = grams250();
    v.netQuantity = NetQuantity {250, NetUnit::Gram};
    auto created = shop.catalogue.createProduct(spices(), v);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : errorText(created.error())));
    auto read = shop.catalogue.variant(created->variantId);
    QVERIFY(read.ok());
    QCOMPARE(read->fields.netQuantity, (NetQuantity {250, NetUnit::Gram}));

    v.netQuantity = NetQuantity {1500, NetUnit::Litre};
    QVERIFY(shop.catalogue.updateVariant(created->variantId, v).ok());
    QCOMPARE(shop.catalogue.variant(created->variantId)->fields.netQuantity,
             (NetQuantity {1500, NetUnit::Litre}));

    // Not set again: none, and the database holds the defaults.
    v.netQuantity = NetQuantity {};
    QVERIFY(shop.catalogue.updateVariant(created->variantId, v).ok());
    QCOMPARE(shop.catalogue.variant(created->variantId)->fields.netQuantity, NetQuantity {});
    QCOMPARE(scalar(shop.db(),
                    QStringLiteral("SELECT net_amount || '/' || net_unit FROM variants WHERE id = ?"),
                    {created->variantId})
                 .toString(),
             QStringLiteral("0/"));
}

void TestNetQuantity::refusedWhenInvalid_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<NetUnit>("unit");
    QTest::newRow("zero grams") << qint64(0) << NetUnit::Gram;
    QTest::newRow("negative") << qint64(-250) << NetUnit::Gram;
    QTest::newRow("an amount without a unit") << qint64(250) << NetUnit::None;
    QTest::newRow("over a tonne") << qint64(1'000'001) << NetUnit::Kilogram;
}

void TestNetQuantity::refusedWhenInvalid()
{
    QFETCH(qint64, amount);
    QFETCH(NetUnit, unit);
    Shop &shop = *m_shop;
    VariantFields v = grams250();
    v.netQuantity = NetQuantity {amount, unit};
    const QStringList before = snapshot(shop.db());
    auto created = shop.catalogue.createProduct(spices(), v);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, ErrorCode::InvalidNetQuantity);
    QCOMPARE(snapshot(shop.db()), before);
}

void TestNetQuantity::inStoreBarcodesAreValidAndUnique()
{
    Shop &shop = *m_shop;
    InStoreBarcodes codes(shop.db());
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        auto code = codes.next();
        QVERIFY(code.ok());
        QCOMPARE(code->size(), 13);
        QVERIFY(code->startsWith(QLatin1String("20")));
        QCOMPARE(Barcode::classify(*code), Barcode::Kind::Ean13);
        QVERIFY(InStoreBarcodes::isInStore(*code));
        QVERIFY(!seen.contains(*code));
        seen.insert(*code);
    }
    QCOMPARE(seen.size(), 50);
    QVERIFY(seen.contains(QStringLiteral("2000000000015")));
    // A code of the range stored on a variant scans like any barcode.
    VariantFields v = grams250();
    v.barcodes = {*codes.next()};
    auto created = shop.catalogue.createProduct(spices(), v);
    QVERIFY(created.ok());
    auto found = shop.catalogue.findVariantByCode(v.barcodes.first());
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE(**found, created->variantId);
    QVERIFY(!InStoreBarcodes::isInStore(u"4006381333931"));
    QVERIFY(!InStoreBarcodes::isInStore(u"2000000000016")); // wrong check digit
}

void TestNetQuantity::inStoreBarcodeSkipsTakenCodes()
{
    Shop &shop = *m_shop;
    // The first two codes of the range are already on a variant (typed by hand, or from a file).
    VariantFields v = grams250();
    v.barcodes = {QStringLiteral("2000000000015"), QStringLiteral("2000000000022")};
    QVERIFY(shop.catalogue.createProduct(spices(), v).ok());
    InStoreBarcodes codes(shop.db());
    QCOMPARE(*codes.next(), QStringLiteral("2000000000039"));
    // The counter is kept: a new object goes on from there.
    InStoreBarcodes again(shop.db());
    QCOMPARE(*again.next(), QStringLiteral("2000000000046"));
}

QTEST_GUILESS_MAIN(TestNetQuantity)
#include "tst_netquantity.moc"
