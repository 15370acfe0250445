// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shopfixture.h"

#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::test;

// The search side of the catalogue: the sort key, look-up by code, and the FTS5 index kept in
// step by the schema's triggers.
class TestCatalogueSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sortKey_data();
    void sortKey();
    void findVariantByCode();
    void searchFindsVariants();
    void searchFollowsRenamesAndBarcodes();

private:
    std::unique_ptr<Shop> m_shop;
    qint64 m_category = 0;
    CreatedProduct m_existing; // "Crayon" with barcode 3017620422003 and reference REF-1
};

void TestCatalogueSearch::init()
{
    m_shop = std::make_unique<Shop>();
    QVERIFY(m_shop->temp.isValid());
    QVERIFY(seedCatalogue(*m_shop, m_category, m_existing));
}

void TestCatalogueSearch::cleanup()
{
    m_shop.reset();
}

void TestCatalogueSearch::sortKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("key");

    QTest::newRow("brief example") << QStringLiteral("Épices Rouges") << QStringLiteral("250 g")
                                   << QStringLiteral("epices rouges 250 g");
    QTest::newRow("no label") << QStringLiteral("  Café  ") << QString() << QStringLiteral("cafe");
    QTest::newRow("spaces inside") << QStringLiteral("CRÈME   brûlée") << QStringLiteral(" 6  x\t100 g ")
                                   << QStringLiteral("creme brulee 6 x 100 g");
    QTest::newRow("cedilla and diaeresis")
        << QStringLiteral("Ça") << QStringLiteral("Noël") << QStringLiteral("ca noel");
    QTest::newRow("tilde") << QStringLiteral("Piñata") << QStringLiteral("XL") << QStringLiteral("pinata xl");
    QTest::newRow("all accents") << QStringLiteral("ÀÉÎÕÜ") << QString() << QStringLiteral("aeiou");
    QTest::newRow("decomposed input")
        << QStringLiteral("E\u0301pices") << QString() << QStringLiteral("epices");
    QTest::newRow("ligature kept") << QStringLiteral("Œuf") << QString() << QStringLiteral("œuf");
    QTest::newRow("colour label") << QStringLiteral("Tee-shirt") << QStringLiteral("Rouge / M")
                                  << QStringLiteral("tee-shirt rouge / m");
}

void TestCatalogueSearch::sortKey()
{
    QFETCH(QString, name);
    QFETCH(QString, label);
    QFETCH(QString, key);
    QCOMPARE(Catalogue::sortKey(name, label), key);
}
void TestCatalogueSearch::findVariantByCode()
{
    Catalogue &cat = m_shop->catalogue;
    auto created = cat.createProduct(spices(), grams250());
    QVERIFY(created.ok());
    // A variant whose reference looks like another variant's barcode: the barcode wins.
    VariantFields tricky;
    tricky.reference = QStringLiteral("96385074");
    auto trickyId = cat.addVariant(created->productId, tricky);
    QVERIFY(trickyId.ok());
    VariantFields owner;
    owner.barcodes = {QStringLiteral("96385074")};
    auto ownerId = cat.addVariant(created->productId, owner);
    QVERIFY(ownerId.ok());

    QCOMPARE(cat.findVariantByCode(QStringLiteral("4006381333931")).value(),
             std::optional<qint64>(created->variantId));
    QCOMPARE(cat.findVariantByCode(QStringLiteral(" 4006381333931\n")).value(),
             std::optional<qint64>(created->variantId));
    QCOMPARE(cat.findVariantByCode(QStringLiteral("EPI-250")).value(),
             std::optional<qint64>(created->variantId));
    QCOMPARE(cat.findVariantByCode(QStringLiteral("epi-250")).value(),
             std::optional<qint64>(created->variantId));
    QCOMPARE(cat.findVariantByCode(QStringLiteral("96385074")).value(), std::optional<qint64>(*ownerId));
    QCOMPARE(cat.findVariantByCode(QStringLiteral("REF-1")).value(),
             std::optional<qint64>(m_existing.variantId));

    const auto absent = cat.findVariantByCode(QStringLiteral("0000000000000"));
    QVERIFY(absent.ok());
    QCOMPARE(absent.value(), std::nullopt);
    QVERIFY(cat.findVariantByCode(QStringLiteral("EPI")).ok());
    QCOMPARE(cat.findVariantByCode(QStringLiteral("EPI")).value(), std::nullopt); // exact, not a prefix
    QCOMPARE(cat.findVariantByCode(QStringLiteral("  ")).value(), std::nullopt);
}

void TestCatalogueSearch::searchFindsVariants()
{
    Shop &shop = *m_shop;
    const Database &db = shop.db();
    auto created = shop.catalogue.createProduct(spices(m_category), grams250());
    QVERIFY(created.ok());
    VariantFields kilo;
    kilo.label = QStringLiteral("1 kg");
    kilo.barcodes = {QStringLiteral("96385074")};
    auto second = shop.catalogue.addVariant(created->productId, kilo);
    QVERIFY(second.ok());
    const QList<qint64> both = {created->variantId, *second};
    const QList<qint64> first = {created->variantId};

    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM catalogue_search")),
             scalar(db, QStringLiteral("SELECT count(*) FROM variants")));
    QCOMPARE(search(db, QStringLiteral("epi*")), both); // name prefix, without accent
    QCOMPARE(search(db, QStringLiteral("Épic*")), both); // with the accent
    QCOMPARE(search(db, QStringLiteral("epices rouges")), both); // whole words
    QCOMPARE(search(db, QStringLiteral("ducros")), both); // brand
    QCOMPARE(search(db, QStringLiteral("brand:ducros")), both);
    QCOMPARE(search(db, QStringLiteral("category:epicerie")), both);
    QCOMPARE(search(db, QStringLiteral("\"4006381333931\"")), first); // barcode
    QCOMPARE(search(db, QStringLiteral("\"96385074\"")), QList<qint64>({*second}));
    QCOMPARE(search(db, QStringLiteral("\"EPI-250\"")), first); // reference
    QCOMPARE(search(db, QStringLiteral("C000001")), QList<qint64>({*second})); // generated reference
    QCOMPARE(search(db, QStringLiteral("kg")), QList<qint64>({*second})); // label
    QCOMPARE(search(db, QStringLiteral("crayon")), QList<qint64>({m_existing.variantId}));
    QVERIFY(search(db, QStringLiteral("poivre")).isEmpty());
}

void TestCatalogueSearch::searchFollowsRenamesAndBarcodes()
{
    Shop &shop = *m_shop;
    const Database &db = shop.db();
    auto created = shop.catalogue.createProduct(spices(m_category), grams250());
    QVERIFY(created.ok());
    const QList<qint64> found = {created->variantId};

    // Product rename.
    ProductFields renamed = spices(m_category);
    renamed.name = QStringLiteral("Poivre Noir");
    QVERIFY(shop.catalogue.updateProduct(created->productId, renamed));
    QCOMPARE(search(db, QStringLiteral("poiv*")), found);
    // "epic*" still matches the category "Épicerie"; the name column no longer does.
    QVERIFY(!search(db, QStringLiteral("name:epic*")).contains(created->variantId));
    QCOMPARE(search(db, QStringLiteral("\"4006381333931\"")), found); // codes kept through the rewrite
    QCOMPARE(search(db, QStringLiteral("\"EPI-250\"")), found);

    // Category rename.
    QVERIFY(shop.catalogue.renameCategory(m_category, QStringLiteral("Condiments")));
    QCOMPARE(search(db, QStringLiteral("category:condiments")), found);
    QVERIFY(search(db, QStringLiteral("category:epicerie")).isEmpty());

    // Barcode change.
    VariantFields v = grams250();
    v.barcodes = {QStringLiteral("036000291452")};
    QVERIFY(shop.catalogue.updateVariant(created->variantId, v));
    QCOMPARE(search(db, QStringLiteral("\"036000291452\"")), found);
    QVERIFY(search(db, QStringLiteral("\"4006381333931\"")).isEmpty());

    // Reference and label change.
    v.reference = QStringLiteral("PN-1");
    v.label = QStringLiteral("Moulin");
    QVERIFY(shop.catalogue.updateVariant(created->variantId, v));
    QCOMPARE(search(db, QStringLiteral("\"PN-1\"")), found);
    QVERIFY(search(db, QStringLiteral("\"EPI-250\"")).isEmpty());
    QCOMPARE(search(db, QStringLiteral("moulin")), found);
    QCOMPARE(search(db, QStringLiteral("\"036000291452\"")), found);

    // Everything still right after a restart (the index is on disk, not in memory).
    QVERIFY(shop.temp.reopen());
    QCOMPARE(search(shop.db(), QStringLiteral("poivre moulin")), found);
    QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM catalogue_search")),
             scalar(shop.db(), QStringLiteral("SELECT count(*) FROM variants")));
}

QTEST_GUILESS_MAIN(TestCatalogueSearch)
#include "tst_cataloguesearch.moc"
