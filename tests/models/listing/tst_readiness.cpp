// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// models/listing/readiness.h and the Catalogue's filter "not ready to list"
// (CatalogueModel::Filter::notReadyToList): each gap (photo, description, category, price, stock)
// found, a product with none of them ready, archived variants ignored, and the model's rows
// following the same rule (checked by QAbstractItemModelTester).
#include "fixtures.h"
#include "models/catalogue/cataloguemodel.h"
#include "models/listing/listing.h"
#include "models/listing/readiness.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "tillfixture.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

using namespace comptoir;
using namespace comptoir::tilltest;

namespace {

const QString Sha = QString(64, QLatin1Char('a'));

CreatedProduct addProduct(TestShop &shop, const QString &name, qint64 priceCents, qint64 stock)
{
    ProductFields p;
    p.name = name;
    VariantFields v;
    v.priceCents = priceCents;
    auto created = shop.catalogue.createProduct(p, v);
    if (!created)
        return {};
    if (stock > 0
        && !shop.ledger.record(created->variantId, stock, MovementReason::Receipt,
                               QStringLiteral("livraison")))
        return {};
    return *created;
}

// Everything but what `missing` names.
bool complete(TestShop &shop, qint64 productId, int missing)
{
    if (!shop.db()
             .exec(QStringLiteral("INSERT OR IGNORE INTO marketplace_categories (id, name, path) "
                                  "VALUES ('maison', 'Maison', 'Maison')"))
             .ok())
        return false;
    OnlineFields fields;
    fields.visibleOnline = true;
    if (!(missing & ListingGaps::Description))
        fields.onlineDescription = QStringLiteral("Une description.");
    if (!(missing & ListingGaps::Category))
        fields.marketplaceCategory = QStringLiteral("maison");
    if (!Listing(shop.db(), shop.clock).setOnline(productId, fields))
        return false;
    if (!(missing & ListingGaps::Photo))
        return shop.db()
            .exec(QStringLiteral("UPDATE products SET photos = ? WHERE id = ?"),
                  {QString(QStringLiteral("[\"") + Sha + QStringLiteral("\"]")), productId})
            .ok();
    return true;
}

QSet<qint64> productsShown(CatalogueModel &model)
{
    while (model.canFetchMore())
        model.fetchMore();
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(CatalogueModel::ProductIdRole).toLongLong());
    return ids;
}

} // namespace

class TestReadiness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachGapFound();
    void archivedVariantsIgnored();
    void filterShowsOnlyProductsNotReady();
};

void TestReadiness::eachGapFound()
{
    TestShop shop;
    const CreatedProduct ready = addProduct(shop, QStringLiteral("Prêt"), 1000, 3);
    QVERIFY(complete(shop, ready.productId, 0));
    const CreatedProduct noPhoto = addProduct(shop, QStringLiteral("Sans photo"), 1000, 3);
    QVERIFY(complete(shop, noPhoto.productId, ListingGaps::Photo));
    const CreatedProduct noText = addProduct(shop, QStringLiteral("Sans texte"), 1000, 3);
    QVERIFY(complete(shop, noText.productId, ListingGaps::Description));
    const CreatedProduct noCategory = addProduct(shop, QStringLiteral("Sans catégorie"), 1000, 3);
    QVERIFY(complete(shop, noCategory.productId, ListingGaps::Category));
    const CreatedProduct noPrice = addProduct(shop, QStringLiteral("Sans prix"), 0, 3);
    QVERIFY(complete(shop, noPrice.productId, 0));
    const CreatedProduct noStock = addProduct(shop, QStringLiteral("Sans stock"), 1000, 0);
    QVERIFY(complete(shop, noStock.productId, 0));
    const CreatedProduct nothing = addProduct(shop, QStringLiteral("Rien"), 0, 0);

    Readiness readiness(shop.db());
    QCOMPARE(*readiness.gaps(ready.productId), int(ListingGaps::None));
    QCOMPARE(*readiness.gaps(noPhoto.productId), int(ListingGaps::Photo));
    QCOMPARE(*readiness.gaps(noText.productId), int(ListingGaps::Description));
    QCOMPARE(*readiness.gaps(noCategory.productId), int(ListingGaps::Category));
    QCOMPARE(*readiness.gaps(noPrice.productId), int(ListingGaps::Price));
    QCOMPARE(*readiness.gaps(noStock.productId), int(ListingGaps::Stock));
    QCOMPARE(*readiness.gaps(nothing.productId), ListingGaps::All);
    QCOMPARE(readiness.gaps(nothing.productId + 100).error().code, ErrorCode::NotFound);
    QCOMPARE(Readiness::each(ListingGaps::All).size(), 5);
    QCOMPARE(Readiness::each(ListingGaps::Photo | ListingGaps::Stock),
             (QList<ListingGaps::Gap> {ListingGaps::Photo, ListingGaps::Stock}));

    auto many = readiness.gaps({ready.productId, noPrice.productId, nothing.productId + 100});
    QVERIFY(many.ok());
    QCOMPARE(many->size(), 2);
    QCOMPARE(many->value(noPrice.productId), int(ListingGaps::Price));
    QCOMPARE(*readiness.notReadyCount(), qint64(6));

    // Selling out makes a ready product not ready (stock), receiving makes it ready again.
    QVERIFY(
        shop.ledger.record(ready.variantId, -3, MovementReason::Adjustment, QStringLiteral("casse")).ok());
    QCOMPARE(*readiness.gaps(ready.productId), int(ListingGaps::Stock));
}

void TestReadiness::archivedVariantsIgnored()
{
    TestShop shop;
    const CreatedProduct product = addProduct(shop, QStringLiteral("Thé"), 800, 2);
    QVERIFY(complete(shop, product.productId, 0));
    VariantFields free;
    free.label = QStringLiteral("Échantillon");
    free.priceCents = 0;
    auto sample = shop.catalogue.addVariant(product.productId, free);
    QVERIFY(sample.ok());
    Readiness readiness(shop.db());
    QCOMPARE(*readiness.gaps(product.productId), int(ListingGaps::Price)); // a variant at 0 €
    QVERIFY(shop.catalogue.setVariantArchived(*sample, true).ok());
    QCOMPARE(*readiness.gaps(product.productId), int(ListingGaps::None));
    // Only the archived variant holds stock: none on sale.
    QVERIFY(
        shop.ledger.record(product.variantId, -2, MovementReason::Adjustment, QStringLiteral("casse")).ok());
    QCOMPARE(*readiness.gaps(product.productId), int(ListingGaps::Stock));
}

void TestReadiness::filterShowsOnlyProductsNotReady()
{
    TestShop shop;
    const CreatedProduct ready = addProduct(shop, QStringLiteral("Bougie prête"), 1500, 4);
    QVERIFY(complete(shop, ready.productId, 0));
    VariantFields big;
    big.label = QStringLiteral("Grande");
    big.priceCents = 2500;
    QVERIFY(shop.catalogue.addVariant(ready.productId, big).ok());
    const CreatedProduct noPhoto = addProduct(shop, QStringLiteral("Bougie sans photo"), 1500, 4);
    QVERIFY(complete(shop, noPhoto.productId, ListingGaps::Photo));
    const CreatedProduct bare = addProduct(shop, QStringLiteral("Bougie nue"), 1500, 0);
    const CreatedProduct archived = addProduct(shop, QStringLiteral("Bougie archivée"), 0, 0);
    QVERIFY(shop.catalogue.setProductArchived(archived.productId, true).ok());

    CatalogueModel model(shop.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CatalogueModel::Filter filter;
    model.setFilter(filter);
    QCOMPARE(productsShown(model).size(), 3);

    filter.notReadyToList = true;
    model.setFilter(filter);
    QCOMPARE(productsShown(model), (QSet<qint64> {noPhoto.productId, bare.productId}));
    QCOMPARE(model.rowCount(), 2);

    // With search text too (the full-text path).
    filter.text = QStringLiteral("bougie");
    model.setFilter(filter);
    QCOMPARE(productsShown(model), (QSet<qint64> {noPhoto.productId, bare.productId}));
    filter.text = QStringLiteral("photo");
    model.setFilter(filter);
    QCOMPARE(productsShown(model), (QSet<qint64> {noPhoto.productId}));

    // A gap filled: the product leaves the filter at the next refresh.
    filter.text.clear();
    model.setFilter(filter);
    QVERIFY(shop.db()
                .exec(QStringLiteral("UPDATE products SET photos = '[\"' || ? || '\"]' WHERE id = ?"),
                      {Sha, noPhoto.productId})
                .ok());
    model.refresh();
    QCOMPARE(productsShown(model), (QSet<qint64> {bare.productId}));
}

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
