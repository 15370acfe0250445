// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox rows the catalogue queues (models/outbox.h): a created product with every field, an
// edit with only the changed fields and its base_version, variants added, edited and archived,
// a product's tombstone, a category rename; a refused edit queues nothing.
#include "tillfixture.h"

#include "fixtures.h"
#include "models/catalogue/catalogue.h"
#include "models/fiscal/signer.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "outboxrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace comptoir;
using namespace comptoir::tilltest;
using namespace comptoir::outboxtest;

class TestOutboxCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createdProductQueuesEveryField();
    void productEditQueuesOnlyChangedFields();
    void variantAddEditAndArchive();
    void productArchive();
    void categoryRename();
    void refusedEditQueuesNothing();
};

void TestOutboxCatalogue::createdProductQueuesEveryField()
{
    TestShop shop;
    auto category = shop.catalogue.addCategory(QStringLiteral("Papeterie"));
    QVERIFY(category.ok());
    QCOMPARE(lastSeq(shop.db()), qint64(0)); // a category alone is not a mutation
    ProductFields p;
    p.name = QStringLiteral("  Carnet de croquis A5 ");
    p.brand = QStringLiteral("Clairefontaine");
    p.categoryId = *category;
    p.vatRateBp = 2000;
    p.description = QStringLiteral("Papier 160 g");
    VariantFields v;
    v.label = QStringLiteral("Noir");
    v.reference = QStringLiteral("CLF-A5-N");
    v.priceCents = 1290;
    v.costCents = 600; // not the marketplace's business
    v.barcodes = {QStringLiteral("4006381333931"), QStringLiteral("3760000000017")};
    auto created = shop.catalogue.createProduct(p, v);
    QVERIFY(created.ok());

    const QList<OutboxRow> rows = rowsAfter(shop.db(), 0);
    QCOMPARE(rows.size(), 1);
    const QString productUuid = uuidOf(shop.db(), QStringLiteral("products"), created->productId);
    QCOMPARE(rows.at(0).kind, QStringLiteral("product_upsert"));
    QCOMPARE(rows.at(0).entityId, productUuid);
    QCOMPARE(rows.at(0).createdAt, nowText(shop.clock));
    const QJsonObject variantFields
        = object({{QStringLiteral("label"), QStringLiteral("Noir")},
                  {QStringLiteral("reference"), QStringLiteral("CLF-A5-N")},
                  {QStringLiteral("price_cents"), 1290},
                  {QStringLiteral("barcodes"),
                   QJsonArray {QStringLiteral("3760000000017"), QStringLiteral("4006381333931")}},
                  {QStringLiteral("safety_stock"), 0}});
    const QJsonObject expected
        = object({{QStringLiteral("product_id"), productUuid},
                  {QStringLiteral("base_version"), 0},
                  {QStringLiteral("fields"),
                   object({{QStringLiteral("name"), QStringLiteral("Carnet de croquis A5")},
                           {QStringLiteral("brand"), QStringLiteral("Clairefontaine")},
                           {QStringLiteral("category"), QStringLiteral("Papeterie")},
                           {QStringLiteral("description"), QStringLiteral("Papier 160 g")},
                           {QStringLiteral("online_title"), QString()},
                           {QStringLiteral("online_description"), QString()},
                           {QStringLiteral("visible_online"), false},
                           {QStringLiteral("vat_rate_bp"), 2000}})},
                  {QStringLiteral("variants"),
                   QJsonArray {object({{QStringLiteral("variant_id"),
                                        uuidOf(shop.db(), QStringLiteral("variants"), created->variantId)},
                                       {QStringLiteral("fields"), variantFields}})}}});
    QCOMPARE(rows.at(0).payload, expected);

    // A made-up reference and no category: still every field.
    ProductFields bare;
    bare.name = QStringLiteral("Gomme");
    bare.vatRateBp = 550;
    auto second = shop.catalogue.createProduct(bare, VariantFields {});
    QVERIFY(second.ok());
    const QJsonObject payload = rowsAfter(shop.db(), 1).at(0).payload;
    QCOMPARE(payload.value(QStringLiteral("fields")).toObject().value(QStringLiteral("category")).toString(),
             QString());
    const QJsonObject fields = payload.value(QStringLiteral("variants"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("fields"))
                                   .toObject();
    QCOMPARE(fields.value(QStringLiteral("reference")).toString(), QStringLiteral("C000001"));
    QCOMPARE(fields.value(QStringLiteral("label")).toString(), QString());
    QCOMPARE(fields.value(QStringLiteral("barcodes")).toArray(), QJsonArray());
}

void TestOutboxCatalogue::productEditQueuesOnlyChangedFields()
{
    TestShop shop;
    auto category = shop.catalogue.addCategory(QStringLiteral("Épicerie"));
    QVERIFY(category.ok());
    ProductFields p;
    p.name = QStringLiteral("Confiture");
    p.vatRateBp = 550;
    auto created = shop.catalogue.createProduct(p, VariantFields {});
    QVERIFY(created.ok());
    // The marketplace has since acknowledged version 6.
    QVERIFY(shop.db().exec(QStringLiteral("UPDATE products SET server_version = 6")).ok());
    const QString productUuid = uuidOf(shop.db(), QStringLiteral("products"), created->productId);
    qint64 before = lastSeq(shop.db());

    // No-op edit (same values, the name re-typed with spaces): nothing queued.
    ProductFields same = p;
    same.name = QStringLiteral(" Confiture ");
    QVERIFY(shop.catalogue.updateProduct(created->productId, same).ok());
    QCOMPARE(rowsAfter(shop.db(), before).size(), 0);

    ProductFields edited = p;
    edited.name = QStringLiteral("Confiture d'abricots");
    edited.vatRateBp = 2000;
    edited.categoryId = *category;
    shop.clock.advance(60000);
    QVERIFY(shop.catalogue.updateProduct(created->productId, edited).ok());
    QList<OutboxRow> rows = rowsAfter(shop.db(), before);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).kind, QStringLiteral("product_upsert"));
    QCOMPARE(rows.at(0).createdAt, nowText(shop.clock));
    QCOMPARE(rows.at(0).payload,
             object({{QStringLiteral("product_id"), productUuid},
                     {QStringLiteral("base_version"), 6},
                     {QStringLiteral("fields"),
                      object({{QStringLiteral("name"), QStringLiteral("Confiture d'abricots")},
                              {QStringLiteral("vat_rate_bp"), 2000},
                              {QStringLiteral("category"), QStringLiteral("Épicerie")}})}}));

    // One field: only that one.
    before = lastSeq(shop.db());
    edited.description = QStringLiteral("Abricots du Val de Loire");
    QVERIFY(shop.catalogue.updateProduct(created->productId, edited).ok());
    rows = rowsAfter(shop.db(), before);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("fields")).toObject(),
             object({{QStringLiteral("description"), QStringLiteral("Abricots du Val de Loire")}}));
    QVERIFY(!rows.at(0).payload.contains(QStringLiteral("variants")));
}

void TestOutboxCatalogue::variantAddEditAndArchive()
{
    TestShop shop;
    ProductFields p;
    p.name = QStringLiteral("T-shirt");
    p.vatRateBp = 2000;
    VariantFields small;
    small.label = QStringLiteral("S");
    small.reference = QStringLiteral("TS-S");
    small.priceCents = 1900;
    auto created = shop.catalogue.createProduct(p, small);
    QVERIFY(created.ok());
    QVERIFY(shop.db().exec(QStringLiteral("UPDATE products SET server_version = 3")).ok());
    const QString productUuid = uuidOf(shop.db(), QStringLiteral("products"), created->productId);
    qint64 before = lastSeq(shop.db());

    // Adding a variant: all its fields, under variants[], no product fields.
    VariantFields medium;
    medium.label = QStringLiteral("M");
    medium.reference = QStringLiteral("TS-M");
    medium.priceCents = 2100;
    medium.barcodes = {QStringLiteral("4006381333931")};
    auto added = shop.catalogue.addVariant(created->productId, medium);
    QVERIFY(added.ok());
    const QString mediumUuid = uuidOf(shop.db(), QStringLiteral("variants"), *added);
    QList<OutboxRow> rows = rowsAfter(shop.db(), before);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(
        rows.at(0).payload,
        object({{QStringLiteral("product_id"), productUuid},
                {QStringLiteral("base_version"), 3},
                {QStringLiteral("variants"),
                 QJsonArray {object(
                     {{QStringLiteral("variant_id"), mediumUuid},
                      {QStringLiteral("fields"),
                       object({{QStringLiteral("label"), QStringLiteral("M")},
                               {QStringLiteral("reference"), QStringLiteral("TS-M")},
                               {QStringLiteral("price_cents"), 2100},
                               {QStringLiteral("barcodes"), QJsonArray {QStringLiteral("4006381333931")}},
                               {QStringLiteral("safety_stock"), 0}})}})}}}));

    // Editing it: only the price and the barcodes changed (cost and threshold are local).
    before = lastSeq(shop.db());
    VariantFields edited = medium;
    edited.priceCents = 2300;
    edited.costCents = 800;
    edited.lowStockThreshold = 2;
    edited.barcodes = {QStringLiteral("3760000000017"), QStringLiteral("4006381333931")};
    QVERIFY(shop.catalogue.updateVariant(*added, edited).ok());
    rows = rowsAfter(shop.db(), before);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(
        rows.at(0).payload.value(QStringLiteral("variants")).toArray(),
        QJsonArray {object(
            {{QStringLiteral("variant_id"), mediumUuid},
             {QStringLiteral("fields"),
              object({{QStringLiteral("price_cents"), 2300},
                      {QStringLiteral("barcodes"),
                       QJsonArray {QStringLiteral("3760000000017"), QStringLiteral("4006381333931")}}})}})});
    QVERIFY(!rows.at(0).payload.contains(QStringLiteral("fields")));

    // Local-only changes (cost, threshold) and a no-op edit queue nothing.
    before = lastSeq(shop.db());
    edited.costCents = 850;
    edited.lowStockThreshold = 4;
    QVERIFY(shop.catalogue.updateVariant(*added, edited).ok());
    QVERIFY(shop.catalogue.updateVariant(*added, edited).ok());
    QCOMPARE(rowsAfter(shop.db(), before).size(), 0);

    // Archiving a variant: its archived field; again: nothing; back: archived false.
    QVERIFY(shop.catalogue.setVariantArchived(*added, true).ok());
    QVERIFY(shop.catalogue.setVariantArchived(*added, true).ok());
    QVERIFY(shop.catalogue.setVariantArchived(*added, false).ok());
    rows = rowsAfter(shop.db(), before);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("variants")).toArray(),
             QJsonArray {object({{QStringLiteral("variant_id"), mediumUuid},
                                 {QStringLiteral("fields"), object({{QStringLiteral("archived"), true}})}})});
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("base_version")).toInteger(), qint64(3));
    QCOMPARE(rows.at(1)
                 .payload.value(QStringLiteral("variants"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("fields"))
                 .toObject(),
             object({{QStringLiteral("archived"), false}}));
}

void TestOutboxCatalogue::productArchive()
{
    TestShop shop;
    ProductFields p;
    p.name = QStringLiteral("Bougie");
    p.vatRateBp = 2000;
    auto created = shop.catalogue.createProduct(p, VariantFields {});
    QVERIFY(created.ok());
    QVERIFY(shop.db().exec(QStringLiteral("UPDATE products SET server_version = 8")).ok());
    const qint64 before = lastSeq(shop.db());

    QVERIFY(shop.catalogue.setProductArchived(created->productId, true).ok());
    QList<OutboxRow> rows = rowsAfter(shop.db(), before);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).kind, QStringLiteral("product_archive"));
    QCOMPARE(rows.at(0).payload,
             object({{QStringLiteral("product_id"),
                      uuidOf(shop.db(), QStringLiteral("products"), created->productId)},
                     {QStringLiteral("base_version"), 8}}));

    // Archived again: nothing. Edits of a tombstone stay local (the marketplace refuses them).
    // Un-archiving does not exist in API v1: local only.
    QVERIFY(shop.catalogue.setProductArchived(created->productId, true).ok());
    p.name = QStringLiteral("Bougie parfumée");
    QVERIFY(shop.catalogue.updateProduct(created->productId, p).ok());
    QVERIFY(shop.catalogue.setVariantArchived(created->variantId, false).ok());
    QVERIFY(shop.catalogue.setProductArchived(created->productId, false).ok());
    QCOMPARE(rowsAfter(shop.db(), before).size(), 1);
}

void TestOutboxCatalogue::categoryRename()
{
    TestShop shop;
    auto category = shop.catalogue.addCategory(QStringLiteral("epicerie"));
    QVERIFY(category.ok());
    ProductFields p;
    p.name = QStringLiteral("Miel");
    p.vatRateBp = 550;
    p.categoryId = *category;
    auto first = shop.catalogue.createProduct(p, VariantFields {});
    p.name = QStringLiteral("Thé");
    auto second = shop.catalogue.createProduct(p, VariantFields {});
    p.categoryId.reset();
    p.name = QStringLiteral("Savon");
    auto other = shop.catalogue.createProduct(p, VariantFields {});
    QVERIFY(first.ok() && second.ok() && other.ok());
    const qint64 before = lastSeq(shop.db());

    QVERIFY(shop.catalogue.renameCategory(*category, QStringLiteral("epicerie")).ok()); // no-op
    QCOMPARE(rowsAfter(shop.db(), before).size(), 0);
    QVERIFY(shop.catalogue.renameCategory(*category, QStringLiteral("Épicerie fine")).ok());
    const QList<OutboxRow> rows = rowsAfter(shop.db(), before);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).entityId, uuidOf(shop.db(), QStringLiteral("products"), first->productId));
    QCOMPARE(rows.at(1).entityId, uuidOf(shop.db(), QStringLiteral("products"), second->productId));
    for (const OutboxRow &row : rows)
        QCOMPARE(row.payload.value(QStringLiteral("fields")).toObject(),
                 object({{QStringLiteral("category"), QStringLiteral("Épicerie fine")}}));
}

void TestOutboxCatalogue::refusedEditQueuesNothing()
{
    TestShop shop;
    ProductFields p;
    p.name = QStringLiteral("Stylo");
    p.vatRateBp = 2000;
    VariantFields v;
    v.barcodes = {QStringLiteral("4006381333931")};
    auto first = shop.catalogue.createProduct(p, v);
    QVERIFY(first.ok());
    auto second = shop.catalogue.createProduct(p, VariantFields {});
    QVERIFY(second.ok());
    const qint64 before = lastSeq(shop.db());
    QVERIFY(!shop.catalogue.updateVariant(second->variantId, v).ok()); // the barcode is taken
    QVERIFY(!shop.catalogue.createProduct(p, v).ok());
    ProductFields nameless = p;
    nameless.name.clear();
    QVERIFY(!shop.catalogue.updateProduct(first->productId, nameless).ok());
    QCOMPARE(rowsAfter(shop.db(), before).size(), 0);
}

QTEST_GUILESS_MAIN(TestOutboxCatalogue)
#include "tst_outboxcatalogue.moc"
