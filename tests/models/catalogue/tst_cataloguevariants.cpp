// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shopfixture.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::test;

// Variants of an existing product: adding, updating (the barcode set is replaced), bad input,
// and a write that fails halfway.
class TestCatalogueVariants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addAndUpdateVariant();
    void variantRejects_data();
    void variantRejects();
    void failureMidwayRollsBack();

private:
    std::unique_ptr<Shop> m_shop;
    qint64 m_category = 0;
    CreatedProduct m_existing; // "Crayon" with barcode 3017620422003 and reference REF-1
};

void TestCatalogueVariants::init()
{
    m_shop = std::make_unique<Shop>();
    QVERIFY(m_shop->temp.isValid());
    QVERIFY(seedCatalogue(*m_shop, m_category, m_existing));
}

void TestCatalogueVariants::cleanup()
{
    m_shop.reset();
}

void TestCatalogueVariants::addAndUpdateVariant()
{
    Shop &shop = *m_shop;
    auto created = shop.catalogue.createProduct(spices(), grams250());
    QVERIFY(created.ok());
    VariantFields v = grams250();
    v.barcodes = {QStringLiteral("96385074"), QStringLiteral("036000291452")};
    v.reference = QStringLiteral("EPI-500");
    v.label = QStringLiteral("500 g");
    auto added = shop.catalogue.addVariant(created->productId, v);
    QVERIFY(added.ok());
    QCOMPARE(shop.catalogue.variantsOf(created->productId)->size(), 2);

    // Keep one barcode, drop one, add one; the reference changes case only; the label changes.
    shop.clock.advance(2000);
    v.barcodes = {QStringLiteral("036000291452"), QStringLiteral("40123455")};
    v.reference = QStringLiteral("epi-500");
    v.label = QStringLiteral("Grand pot");
    v.priceCents = 800;
    v.costCents.reset();
    v.lowStockThreshold = 0;
    QVERIFY(shop.catalogue.updateVariant(*added, v));
    auto read = shop.catalogue.variant(*added);
    QVERIFY(read.ok());
    QCOMPARE(read->fields.barcodes,
             QStringList({QStringLiteral("036000291452"), QStringLiteral("40123455")}));
    QCOMPARE(read->fields.reference, QStringLiteral("epi-500"));
    QCOMPARE(read->fields.label, QStringLiteral("Grand pot"));
    QCOMPARE(read->fields.priceCents, 800);
    QCOMPARE(read->fields.costCents, std::nullopt);
    QCOMPARE(read->fields.lowStockThreshold, 0);
    QCOMPARE(
        scalar(shop.db(), QStringLiteral("SELECT sort_key FROM variants WHERE id = ?"), {*added}).toString(),
        QStringLiteral("epices rouges grand pot"));
    QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT updated_at FROM variants WHERE id = ?"), {*added})
                 .toString(),
             QStringLiteral("2026-11-27T09:00:02.000Z"));
    QCOMPARE(
        scalar(shop.db(), QStringLiteral("SELECT count(*) FROM barcodes WHERE code = '96385074'")).toInt(),
        0);

    // The dropped barcode is free again for another variant.
    VariantFields other;
    other.barcodes = {QStringLiteral("96385074")};
    QVERIFY(shop.catalogue.addVariant(created->productId, other).ok());

    // An empty reference on update keeps the one the variant has.
    v.reference.clear();
    QVERIFY(shop.catalogue.updateVariant(*added, v));
    QCOMPARE(shop.catalogue.variant(*added)->fields.reference, QStringLiteral("epi-500"));
}

void TestCatalogueVariants::variantRejects_data()
{
    QTest::addColumn<QString>("operation"); // add, update
    QTest::addColumn<QString>("spoil");
    QTest::addColumn<ErrorCode>("code");

    for (const QString &op : {QStringLiteral("add"), QStringLiteral("update")}) {
        const QByteArray tag = op.toLatin1();
        QTest::addRow("%s negative price", tag.constData())
            << op << QStringLiteral("price=-100") << ErrorCode::NegativePrice;
        QTest::addRow("%s negative cost", tag.constData())
            << op << QStringLiteral("cost=-1") << ErrorCode::NegativePrice;
        QTest::addRow("%s invalid barcode", tag.constData())
            << op << QStringLiteral("barcodes=036000291453") << ErrorCode::InvalidBarcode;
        QTest::addRow("%s dup barcode input", tag.constData())
            << op << QStringLiteral("barcodes=40123455,40123455") << ErrorCode::DuplicateBarcode;
        QTest::addRow("%s barcode of another", tag.constData())
            << op << QStringLiteral("barcodes=3017620422003") << ErrorCode::DuplicateBarcode;
        QTest::addRow("%s reference of another", tag.constData())
            << op << QStringLiteral("reference=Ref-1") << ErrorCode::DuplicateReference;
        QTest::addRow("%s threshold", tag.constData())
            << op << QStringLiteral("threshold=-3") << ErrorCode::InvalidQuantity;
    }
    QTest::newRow("add to unknown product")
        << QStringLiteral("add") << QStringLiteral("id=9999") << ErrorCode::NotFound;
    QTest::newRow("update unknown variant")
        << QStringLiteral("update") << QStringLiteral("id=9999") << ErrorCode::NotFound;
}

void TestCatalogueVariants::variantRejects()
{
    QFETCH(QString, operation);
    QFETCH(QString, spoil);
    QFETCH(ErrorCode, code);
    auto created = m_shop->catalogue.createProduct(spices(), grams250());
    QVERIFY(created.ok());
    ProductFields unused;
    VariantFields v = grams250();
    v.reference.clear();
    v.barcodes = {QStringLiteral("4006381333931")}; // its own barcode: fine on update
    qint64 id = operation == QLatin1String("add") ? created->productId : created->variantId;
    if (spoil.startsWith(QLatin1String("id=")))
        id = spoil.mid(3).toLongLong();
    else
        test::spoil(spoil, unused, v);
    if (operation == QLatin1String("add") && !spoil.startsWith(QLatin1String("barcodes")))
        v.barcodes.clear(); // 4006381333931 belongs to the first variant
    m_shop->clock.advance(1000);
    const QStringList before = snapshot(m_shop->db());
    const QVariant variantsBefore = scalar(
        m_shop->db(),
        QStringLiteral(
            "SELECT group_concat(id || label || reference || price_cents || updated_at) FROM variants"));

    const Error error = operation == QLatin1String("add") ? m_shop->catalogue.addVariant(id, v).error()
                                                          : m_shop->catalogue.updateVariant(id, v).error();
    QCOMPARE(error.code, code);
    QCOMPARE(snapshot(m_shop->db()), before);
    QCOMPARE(
        scalar(
            m_shop->db(),
            QStringLiteral(
                "SELECT group_concat(id || label || reference || price_cents || updated_at) FROM variants")),
        variantsBefore);
}

void TestCatalogueVariants::failureMidwayRollsBack()
{
    // A barcode insert that fails after the product and variant rows were written.
    Database &db = m_shop->db();
    QVERIFY(db.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_barcode BEFORE INSERT ON barcodes "
                                   "WHEN NEW.code = '96385074' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    const QStringList before = snapshot(db);
    VariantFields v = grams250();
    v.reference.clear();
    v.barcodes = {QStringLiteral("4006381333931"), QStringLiteral("96385074")};
    auto created = m_shop->catalogue.createProduct(spices(m_category), v);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, ErrorCode::DatabaseQueryFailed);
    QCOMPARE(snapshot(db), before);
    QCOMPARE(db.transactionDepth(), 0);

    auto added = m_shop->catalogue.addVariant(m_existing.productId, v);
    QVERIFY(!added.ok());
    QCOMPARE(snapshot(db), before);

    VariantFields update;
    update.reference = QStringLiteral("REF-1");
    update.barcodes = {QStringLiteral("96385074")}; // delete 3017620422003, then fail on the insert
    QVERIFY(!m_shop->catalogue.updateVariant(m_existing.variantId, update));
    QCOMPARE(snapshot(db), before);
    QCOMPARE(m_shop->catalogue.variant(m_existing.variantId)->fields.barcodes,
             QStringList({QStringLiteral("3017620422003")}));
    QCOMPARE(search(db, QStringLiteral("\"3017620422003\"")), QList<qint64>({m_existing.variantId}));
}

QTEST_GUILESS_MAIN(TestCatalogueVariants)
#include "tst_cataloguevariants.moc"
