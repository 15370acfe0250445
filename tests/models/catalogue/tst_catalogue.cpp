// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shopfixture.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::test;

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void categories();
    void categoryRejects();

    void createProduct();
    void createRejects_data();
    void createRejects();
    void updateProduct();
    void updateProductRejects_data();
    void updateProductRejects();
    void callerRollbackDropsWrites();

    void referenceGeneration();
    void archive();

private:
    std::unique_ptr<Shop> m_shop;
    qint64 m_category = 0;
    CreatedProduct m_existing; // "Crayon" with barcode 3017620422003 and reference REF-1
};

void TestCatalogue::init()
{
    m_shop = std::make_unique<Shop>();
    QVERIFY(m_shop->temp.isValid());
    QVERIFY(seedCatalogue(*m_shop, m_category, m_existing));
}

void TestCatalogue::cleanup()
{
    m_shop.reset();
}

void TestCatalogue::categories()
{
    Catalogue &cat = m_shop->catalogue;
    auto boissons = cat.addCategory(QStringLiteral("  Boissons "));
    QVERIFY(boissons.ok());
    auto list = cat.categories();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, QStringLiteral("Boissons")); // trimmed, sorted by name
    QCOMPARE(list->at(0).id, *boissons);
    QCOMPARE(list->at(1).name, QStringLiteral("Épicerie"));

    QVERIFY(cat.renameCategory(*boissons, QStringLiteral("Vins")));
    QVERIFY(cat.renameCategory(*boissons, QStringLiteral("VINS"))); // its own name, other case
    QCOMPARE(scalar(m_shop->db(), QStringLiteral("SELECT name FROM categories WHERE id = ?"), {*boissons})
                 .toString(),
             QStringLiteral("VINS"));
}

void TestCatalogue::categoryRejects()
{
    Catalogue &cat = m_shop->catalogue;
    auto vins = cat.addCategory(QStringLiteral("Vins"));
    QVERIFY(vins.ok());
    const QStringList before = snapshot(m_shop->db());

    auto empty = cat.addCategory(QStringLiteral("   "));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, ErrorCode::EmptyName);
    auto dupAscii = cat.addCategory(QStringLiteral("vins"));
    QVERIFY(!dupAscii.ok());
    QCOMPARE(dupAscii.error().code, ErrorCode::DuplicateCategory);
    auto dupAccent = cat.addCategory(QStringLiteral(" ÉPICERIE "));
    QVERIFY(!dupAccent.ok());
    QCOMPARE(dupAccent.error().code, ErrorCode::DuplicateCategory);
    auto dupLowerAccent = cat.addCategory(QStringLiteral("épicerie"));
    QVERIFY(!dupLowerAccent.ok());
    QCOMPARE(dupLowerAccent.error().code, ErrorCode::DuplicateCategory);

    QCOMPARE(cat.renameCategory(*vins, QStringLiteral("épicerie")).error().code,
             ErrorCode::DuplicateCategory);
    QCOMPARE(cat.renameCategory(*vins, QString()).error().code, ErrorCode::EmptyName);
    QCOMPARE(cat.renameCategory(9999, QStringLiteral("Autre")).error().code, ErrorCode::NotFound);
    QCOMPARE(snapshot(m_shop->db()), before);
    QCOMPARE(
        scalar(m_shop->db(), QStringLiteral("SELECT name FROM categories WHERE id = ?"), {*vins}).toString(),
        QStringLiteral("Vins"));
}

void TestCatalogue::createProduct()
{
    Shop &shop = *m_shop;
    shop.clock.advance(1500);
    VariantFields v = grams250();
    v.barcodes = {QStringLiteral(" 4006381333931 "), QStringLiteral("96385074")};
    auto created = shop.catalogue.createProduct(spices(m_category), v);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : errorText(created.error())));
    QVERIFY(created->productId > 0);
    QVERIFY(created->variantId > 0);

    auto product = shop.catalogue.product(created->productId);
    QVERIFY(product.ok());
    QCOMPARE(product->fields.name, QStringLiteral("Épices Rouges"));
    QCOMPARE(product->fields.brand, QStringLiteral("Ducros"));
    QCOMPARE(product->fields.categoryId, std::optional<qint64>(m_category));
    QCOMPARE(product->fields.vatRateBp, 550);
    QCOMPARE(product->fields.description, QStringLiteral("Mélange"));
    QVERIFY(!product->archived);
    static const QRegularExpression v7(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY(v7.match(product->uuid).hasMatch());

    auto variant = shop.catalogue.variant(created->variantId);
    QVERIFY(variant.ok());
    QCOMPARE(variant->productId, created->productId);
    QCOMPARE(variant->fields.label, QStringLiteral("250 g"));
    QCOMPARE(variant->fields.reference, QStringLiteral("EPI-250"));
    QCOMPARE(variant->fields.barcodes,
             QStringList({QStringLiteral("4006381333931"), QStringLiteral("96385074")}));
    QCOMPARE(variant->fields.priceCents, 450);
    QCOMPARE(variant->fields.costCents, std::optional<qint64>(210));
    QCOMPARE(variant->fields.lowStockThreshold, 3);
    QCOMPARE(variant->onHand, 0);
    QVERIFY(v7.match(variant->uuid).hasMatch());
    QVERIFY(variant->uuid != product->uuid);

    const Database &db = shop.db();
    const QString expectedTime = QStringLiteral("2026-11-27T09:00:01.500Z");
    QCOMPARE(scalar(db, QStringLiteral("SELECT created_at FROM products WHERE id = ?"), {created->productId})
                 .toString(),
             expectedTime);
    QCOMPARE(scalar(db, QStringLiteral("SELECT updated_at FROM variants WHERE id = ?"), {created->variantId})
                 .toString(),
             expectedTime);
    QCOMPARE(scalar(db, QStringLiteral("SELECT sort_key FROM variants WHERE id = ?"), {created->variantId})
                 .toString(),
             QStringLiteral("epices rouges 250 g"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT quantity FROM stock_on_hand WHERE variant_id = ?"),
                    {created->variantId}),
             QVariant(0));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM barcodes WHERE variant_id = ?"), {created->variantId})
            .toInt(),
        2);

    auto variants = shop.catalogue.variantsOf(created->productId);
    QVERIFY(variants.ok());
    QCOMPARE(variants->size(), 1);
    QCOMPARE(variants->first().id, created->variantId);

    // No cost and no category are stored as NULL.
    VariantFields plain;
    plain.priceCents = 0;
    ProductFields bare;
    bare.name = QStringLiteral("Sac");
    auto sac = shop.catalogue.createProduct(bare, plain);
    QVERIFY(sac.ok());
    QVERIFY(scalar(db, QStringLiteral("SELECT cost_cents FROM variants WHERE id = ?"), {sac->variantId})
                .isNull());
    QVERIFY(scalar(db, QStringLiteral("SELECT category_id FROM products WHERE id = ?"), {sac->productId})
                .isNull());
    QCOMPARE(shop.catalogue.variant(sac->variantId)->fields.costCents, std::nullopt);
    QCOMPARE(shop.catalogue.product(sac->productId)->fields.categoryId, std::nullopt);

    QCOMPARE(shop.catalogue.product(9999).error().code, ErrorCode::NotFound);
    QCOMPARE(shop.catalogue.variant(9999).error().code, ErrorCode::NotFound);
    QCOMPARE(shop.catalogue.variantsOf(9999).error().code, ErrorCode::NotFound);
}

// Each row: which field to spoil, the code expected and the subject expected ("*" = any).
void TestCatalogue::createRejects_data()
{
    QTest::addColumn<QString>("spoil");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("subject");

    QTest::newRow("empty name") << QStringLiteral("name=") << ErrorCode::EmptyName << QStringLiteral("*");
    QTest::newRow("blank name") << QStringLiteral("name=   ") << ErrorCode::EmptyName << QStringLiteral("*");
    QTest::newRow("negative price") << QStringLiteral("price=-1") << ErrorCode::NegativePrice
                                    << QStringLiteral("*");
    QTest::newRow("negative cost") << QStringLiteral("cost=-5") << ErrorCode::NegativePrice
                                   << QStringLiteral("*");
    QTest::newRow("vat 19,6") << QStringLiteral("vat=1960") << ErrorCode::UnknownVatRate
                              << QStringLiteral("*");
    QTest::newRow("vat 0") << QStringLiteral("vat=0") << ErrorCode::UnknownVatRate << QStringLiteral("*");
    QTest::newRow("bad check digit") << QStringLiteral("barcodes=4006381333932") << ErrorCode::InvalidBarcode
                                     << QStringLiteral("4006381333932");
    QTest::newRow("letters") << QStringLiteral("barcodes=96385074,ABCDEFGH") << ErrorCode::InvalidBarcode
                             << QStringLiteral("ABCDEFGH");
    QTest::newRow("short") << QStringLiteral("barcodes=12345") << ErrorCode::InvalidBarcode
                           << QStringLiteral("12345");
    QTest::newRow("dup in input") << QStringLiteral("barcodes=96385074, 96385074 ")
                                  << ErrorCode::DuplicateBarcode << QStringLiteral("96385074");
    QTest::newRow("dup elsewhere") << QStringLiteral("barcodes=96385074,3017620422003")
                                   << ErrorCode::DuplicateBarcode << QStringLiteral("3017620422003");
    QTest::newRow("dup reference") << QStringLiteral("reference=ref-1") << ErrorCode::DuplicateReference
                                   << QStringLiteral("ref-1");
    QTest::newRow("dup reference spaced")
        << QStringLiteral("reference= REF-1 ") << ErrorCode::DuplicateReference << QStringLiteral("REF-1");
    QTest::newRow("unknown category")
        << QStringLiteral("category=9999") << ErrorCode::UnknownCategory << QStringLiteral("9999");
    QTest::newRow("negative threshold")
        << QStringLiteral("threshold=-1") << ErrorCode::InvalidQuantity << QStringLiteral("*");
}

void TestCatalogue::createRejects()
{
    QFETCH(QString, spoil);
    QFETCH(ErrorCode, code);
    QFETCH(QString, subject);
    ProductFields p = spices(m_category);
    VariantFields v = grams250();
    v.reference.clear(); // would be generated: the counter must not move either
    test::spoil(spoil, p, v);
    const QStringList before = snapshot(m_shop->db());

    auto created = m_shop->catalogue.createProduct(p, v);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, code);
    if (subject != QLatin1String("*"))
        QCOMPARE(created.error().subject, subject);
    if (QTest::currentDataTag() == QByteArray("dup elsewhere"))
        QCOMPARE(created.error().detail, QStringLiteral("Crayon")); // names the other product
    QCOMPARE(snapshot(m_shop->db()), before);
}

void TestCatalogue::updateProduct()
{
    Shop &shop = *m_shop;
    auto created = shop.catalogue.createProduct(spices(), grams250());
    QVERIFY(created.ok());
    VariantFields kilo = grams250();
    kilo.label = QStringLiteral("1 kg");
    kilo.reference = QStringLiteral("EPI-1000");
    kilo.barcodes = {QStringLiteral("96385074")};
    auto second = shop.catalogue.addVariant(created->productId, kilo);
    QVERIFY(second.ok());

    shop.clock.advance(60000);
    ProductFields renamed = spices(m_category);
    renamed.name = QStringLiteral("  Poivre Noir ");
    renamed.brand = QStringLiteral("Albert Ménès");
    renamed.vatRateBp = 2000;
    QVERIFY(shop.catalogue.updateProduct(created->productId, renamed));

    auto product = shop.catalogue.product(created->productId);
    QVERIFY(product.ok());
    QCOMPARE(product->fields.name, QStringLiteral("Poivre Noir"));
    QCOMPARE(product->fields.brand, QStringLiteral("Albert Ménès"));
    QCOMPARE(product->fields.vatRateBp, 2000);
    QCOMPARE(product->fields.categoryId, std::optional<qint64>(m_category));
    const Database &db = shop.db();
    QCOMPARE(scalar(db, QStringLiteral("SELECT updated_at FROM products WHERE id = ?"), {created->productId})
                 .toString(),
             QStringLiteral("2026-11-27T09:01:00.000Z"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT created_at FROM products WHERE id = ?"), {created->productId})
                 .toString(),
             QStringLiteral("2026-11-27T09:00:00.000Z"));
    // Every variant's sort key follows the new name.
    QCOMPARE(scalar(db, QStringLiteral("SELECT sort_key FROM variants WHERE id = ?"), {created->variantId})
                 .toString(),
             QStringLiteral("poivre noir 250 g"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT sort_key FROM variants WHERE id = ?"), {*second}).toString(),
             QStringLiteral("poivre noir 1 kg"));

    // Removing the category.
    renamed.categoryId.reset();
    QVERIFY(shop.catalogue.updateProduct(created->productId, renamed));
    QCOMPARE(shop.catalogue.product(created->productId)->fields.categoryId, std::nullopt);
}

void TestCatalogue::updateProductRejects_data()
{
    QTest::addColumn<QString>("spoil");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("empty name") << QStringLiteral("name= ") << ErrorCode::EmptyName;
    QTest::newRow("vat") << QStringLiteral("vat=1900") << ErrorCode::UnknownVatRate;
    QTest::newRow("unknown category") << QStringLiteral("category=4242") << ErrorCode::UnknownCategory;
    QTest::newRow("unknown product") << QStringLiteral("id=9999") << ErrorCode::NotFound;
}

void TestCatalogue::updateProductRejects()
{
    QFETCH(QString, spoil);
    QFETCH(ErrorCode, code);
    ProductFields p = spices(m_category);
    VariantFields unused;
    qint64 id = m_existing.productId;
    if (spoil.startsWith(QLatin1String("id=")))
        id = spoil.mid(3).toLongLong();
    else
        test::spoil(spoil, p, unused);
    m_shop->clock.advance(1000);
    const QStringList before = snapshot(m_shop->db());
    const QVariant updatedBefore
        = scalar(m_shop->db(), QStringLiteral("SELECT group_concat(name || updated_at) FROM products"));

    const Status s = m_shop->catalogue.updateProduct(id, p);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, code);
    QCOMPARE(snapshot(m_shop->db()), before);
    QCOMPARE(scalar(m_shop->db(), QStringLiteral("SELECT group_concat(name || updated_at) FROM products")),
             updatedBefore);
}

void TestCatalogue::callerRollbackDropsWrites()
{
    Database &db = m_shop->db();
    const QStringList before = snapshot(db);
    {
        Transaction outer(db);
        QVERIFY(outer.status());
        VariantFields v = grams250();
        v.reference.clear();
        auto created = m_shop->catalogue.createProduct(spices(m_category), v);
        QVERIFY(created.ok());
        QCOMPARE(db.transactionDepth(), 1);
        QVERIFY(m_shop->catalogue.addCategory(QStringLiteral("Thés")).ok());
        QVERIFY(snapshot(db) != before);
    } // the caller gives up
    QCOMPARE(snapshot(db), before);
    QVERIFY(m_shop->temp.reopen());
    QCOMPARE(snapshot(m_shop->db()), before);
}

void TestCatalogue::referenceGeneration()
{
    Shop &shop = *m_shop;
    Catalogue &cat = shop.catalogue;
    VariantFields v;
    v.reference = QStringLiteral("   "); // blank counts as empty
    auto first = cat.createProduct(spices(), v);
    QVERIFY(first.ok());
    QCOMPARE(cat.variant(first->variantId)->fields.reference, QStringLiteral("C000001"));
    QCOMPARE(shop.db().meta(QStringLiteral("next_reference")).value(), QStringLiteral("2"));

    v.reference.clear();
    auto second = cat.addVariant(first->productId, v);
    QVERIFY(second.ok());
    QCOMPARE(cat.variant(*second)->fields.reference, QStringLiteral("C000002"));

    // Someone typed the next two references by hand (one in lower case): they are skipped.
    v.reference = QStringLiteral("C000003");
    QVERIFY(cat.addVariant(first->productId, v).ok());
    v.reference = QStringLiteral("c000004");
    QVERIFY(cat.addVariant(first->productId, v).ok());
    v.reference.clear();
    auto fifth = cat.addVariant(first->productId, v);
    QVERIFY(fifth.ok());
    QCOMPARE(cat.variant(*fifth)->fields.reference, QStringLiteral("C000005"));
    QCOMPARE(shop.db().meta(QStringLiteral("next_reference")).value(), QStringLiteral("6"));

    // The counter survives a restart.
    QVERIFY(shop.temp.reopen());
    Catalogue reopened(shop.db(), shop.clock, shop.uuids, shop.events);
    auto sixth = reopened.addVariant(first->productId, v);
    QVERIFY(sixth.ok());
    QCOMPARE(reopened.variant(*sixth)->fields.reference, QStringLiteral("C000006"));
}

void TestCatalogue::archive()
{
    Shop &shop = *m_shop;
    Catalogue &cat = shop.catalogue;
    auto created = cat.createProduct(spices(), grams250());
    QVERIFY(created.ok());
    VariantFields kilo;
    kilo.reference = QStringLiteral("EPI-1000");
    auto second = cat.addVariant(created->productId, kilo);
    QVERIFY(second.ok());

    QVERIFY(cat.setProductArchived(created->productId, true));
    QVERIFY(cat.product(created->productId)->archived);
    QVERIFY(cat.variant(created->variantId)->archived);
    QVERIFY(cat.variant(*second)->archived);
    QVERIFY(!cat.variant(m_existing.variantId)->archived); // other products untouched
    // Still found by code: a return of an archived item must work.
    QCOMPARE(cat.findVariantByCode(QStringLiteral("4006381333931")).value(),
             std::optional<qint64>(created->variantId));
    QCOMPARE(cat.findVariantByCode(QStringLiteral("epi-1000")).value(), std::optional<qint64>(*second));

    QVERIFY(cat.setProductArchived(created->productId, false));
    QVERIFY(!cat.product(created->productId)->archived);
    QVERIFY(!cat.variant(created->variantId)->archived);
    QVERIFY(!cat.variant(*second)->archived);

    QVERIFY(cat.setVariantArchived(*second, true));
    QVERIFY(cat.variant(*second)->archived);
    QVERIFY(!cat.variant(created->variantId)->archived);
    QVERIFY(!cat.product(created->productId)->archived);
    QVERIFY(cat.setVariantArchived(*second, false));
    QVERIFY(!cat.variant(*second)->archived);

    const QStringList before = snapshot(shop.db());
    QCOMPARE(cat.setProductArchived(9999, true).error().code, ErrorCode::NotFound);
    QCOMPARE(cat.setVariantArchived(9999, true).error().code, ErrorCode::NotFound);
    QCOMPARE(snapshot(shop.db()), before);
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
