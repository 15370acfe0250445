// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// models/listing/listing.h: a product's online part and its variants' safety stock written with
// their product_upsert (only the changed fields, in the same transaction); refusals write nothing;
// the bulk actions (one transaction, one mutation per product changed); the shop's setting "new
// products are listed online" applied when a product is created.
#include "fixtures.h"
#include "models/catalogue/catalogue.h"
#include "models/listing/listing.h"
#include "models/storage/database.h"
#include "outboxrows.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace comptoir;
using namespace comptoir::tilltest;
using namespace comptoir::outboxtest;

namespace {

void addTaxonomy(Database &db)
{
    const QList<QStringList> nodes {
        {QStringLiteral("papeterie"), QString(), QStringLiteral("Papeterie"), QStringLiteral("Papeterie")},
        {QStringLiteral("papeterie/carnets"), QStringLiteral("papeterie"), QStringLiteral("Carnets"),
         QStringLiteral("Papeterie > Carnets")},
        {QStringLiteral("epicerie-fine"), QString(), QStringLiteral("Épicerie fine"),
         QStringLiteral("Épicerie fine")},
    };
    for (const QStringList &node : nodes) {
        const Status s
            = db.exec(QStringLiteral("INSERT INTO marketplace_categories (id, parent_id, name, path) "
                                     "VALUES (?, nullif(?, ''), ?, ?)"),
                      {node.at(0), node.at(1), node.at(2), node.at(3)});
        QVERIFY(s.ok());
    }
}

CreatedProduct addProduct(TestShop &shop, const QString &name, const QString &reference)
{
    ProductFields p;
    p.name = name;
    VariantFields v;
    v.reference = reference;
    v.priceCents = 1290;
    auto created = shop.catalogue.createProduct(p, v);
    return created ? *created : CreatedProduct {};
}

} // namespace

class TestListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeQueuesOnlyTheChangedFields();
    void safetyStockGoesWithTheProductsMutation();
    void noChangeQueuesNothing();
    void refusalsWriteNothing();
    void archivedProductChangesLocallyOnly();
    void bulkListUnlistAndCategory();
    void bulkRefusalWritesNothing();
    void newProductsVisibleOnlineSetting();
};

void TestListing::writeQueuesOnlyTheChangedFields()
{
    TestShop shop;
    addTaxonomy(shop.db());
    const CreatedProduct created = addProduct(shop, QStringLiteral("Carnet A5"), QStringLiteral("C1"));
    QVERIFY(created.productId > 0);
    const qint64 seq = lastSeq(shop.db());
    Listing listing(shop.db(), shop.clock);

    OnlineFields fields;
    fields.onlineTitle = QStringLiteral("  Carnet de croquis A5 ");
    fields.onlineDescription = QStringLiteral("Papier 160 g.\n\nCousu main à Orléans.\n");
    fields.visibleOnline = true;
    fields.marketplaceCategory = QStringLiteral("papeterie/carnets");
    QVERIFY(listing.setOnline(created.productId, fields).ok());

    auto read = listing.online(created.productId);
    QVERIFY(read.ok());
    QCOMPARE(read->onlineTitle, QStringLiteral("Carnet de croquis A5"));
    QCOMPARE(read->onlineDescription, QStringLiteral("Papier 160 g.\n\nCousu main à Orléans."));
    QVERIFY(read->visibleOnline);
    QCOMPARE(read->marketplaceCategory, QStringLiteral("papeterie/carnets"));

    QList<OutboxRow> rows = rowsAfter(shop.db(), seq);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).kind, QStringLiteral("product_upsert"));
    const QString uuid = uuidOf(shop.db(), QStringLiteral("products"), created.productId);
    QCOMPARE(rows.at(0).entityId, uuid);
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("product_id")).toString(), uuid);
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("base_version")).toInt(), 0);
    QJsonObject expected;
    expected.insert(QStringLiteral("online_title"), QStringLiteral("Carnet de croquis A5"));
    expected.insert(QStringLiteral("online_description"),
                    QStringLiteral("Papier 160 g.\n\nCousu main à Orléans."));
    expected.insert(QStringLiteral("visible_online"), true);
    expected.insert(QStringLiteral("marketplace_category"), QStringLiteral("papeterie/carnets"));
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("fields")).toObject(), expected);
    QVERIFY(!rows.at(0).payload.contains(QStringLiteral("variants")));

    // Once the marketplace knows the product (server_version 3), an edit carries only what changed.
    QVERIFY(
        shop.db()
            .exec(QStringLiteral("UPDATE products SET server_version = 3 WHERE id = ?"), {created.productId})
            .ok());
    fields.visibleOnline = false;
    QVERIFY(listing.setOnline(created.productId, fields).ok());
    rows = rowsAfter(shop.db(), seq);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).payload.value(QStringLiteral("base_version")).toInt(), 3);
    QJsonObject onlyVisible;
    onlyVisible.insert(QStringLiteral("visible_online"), false);
    QCOMPARE(rows.at(1).payload.value(QStringLiteral("fields")).toObject(), onlyVisible);
}

void TestListing::safetyStockGoesWithTheProductsMutation()
{
    TestShop shop;
    const CreatedProduct created = addProduct(shop, QStringLiteral("Vin rouge"), QStringLiteral("V1"));
    VariantFields magnum;
    magnum.label = QStringLiteral("150 cl");
    magnum.reference = QStringLiteral("V2");
    magnum.priceCents = 3000;
    auto second = shop.catalogue.addVariant(created.productId, magnum);
    QVERIFY(second.ok());
    const qint64 seq = lastSeq(shop.db());
    Listing listing(shop.db(), shop.clock);

    OnlineFields fields;
    fields.onlineDescription = QStringLiteral("Un rouge de Loire.");
    QHash<qint64, qint64> safety {{created.variantId, 2}, {*second, 0}};
    QVERIFY(listing.write(created.productId, fields, safety).ok());

    const QList<OutboxRow> rows = rowsAfter(shop.db(), seq);
    QCOMPARE(rows.size(), 1); // the product's fields and the variant's safety stock together
    QJsonObject onlyDescription;
    onlyDescription.insert(QStringLiteral("online_description"), QStringLiteral("Un rouge de Loire."));
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("fields")).toObject(), onlyDescription);
    const QJsonArray variants = rows.at(0).payload.value(QStringLiteral("variants")).toArray();
    QCOMPARE(variants.size(), 1); // the magnum's safety stock did not change
    QCOMPARE(variants.at(0).toObject().value(QStringLiteral("variant_id")).toString(),
             uuidOf(shop.db(), QStringLiteral("variants"), created.variantId));
    QJsonObject safetyField;
    safetyField.insert(QStringLiteral("safety_stock"), 2);
    QCOMPARE(variants.at(0).toObject().value(QStringLiteral("fields")).toObject(), safetyField);
    QCOMPARE(scalar(shop.db(), QStringLiteral("SELECT safety_stock FROM variants WHERE id = ?"),
                    {created.variantId})
                 .toInt(),
             2);
    auto stocks = listing.safetyStocks(created.productId);
    QVERIFY(stocks.ok());
    QCOMPARE(stocks->value(created.variantId), qint64(2));

    // Safety stock alone: a product_upsert with only the variant.
    QVERIFY(listing.setSafetyStocks(created.productId, {{*second, 1}}).ok());
    const QList<OutboxRow> more = rowsAfter(shop.db(), rows.at(0).seq);
    QCOMPARE(more.size(), 1);
    QVERIFY(!more.at(0).payload.contains(QStringLiteral("fields")));
    QCOMPARE(more.at(0).payload.value(QStringLiteral("variants")).toArray().size(), 1);
}

void TestListing::noChangeQueuesNothing()
{
    TestShop shop;
    const CreatedProduct created = addProduct(shop, QStringLiteral("Savon"), QStringLiteral("S1"));
    const qint64 seq = lastSeq(shop.db());
    Listing listing(shop.db(), shop.clock);
    auto current = listing.online(created.productId);
    QVERIFY(current.ok());
    QVERIFY(listing.write(created.productId, *current, {{created.variantId, 0}}).ok());
    QCOMPARE(lastSeq(shop.db()), seq);
}

void TestListing::refusalsWriteNothing()
{
    TestShop shop;
    addTaxonomy(shop.db());
    const CreatedProduct created = addProduct(shop, QStringLiteral("Savon"), QStringLiteral("S1"));
    const qint64 seq = lastSeq(shop.db());
    Listing listing(shop.db(), shop.clock);

    OnlineFields fields;
    fields.visibleOnline = true;
    fields.marketplaceCategory = QStringLiteral("beaute/savons"); // not in the taxonomy
    Status s = listing.setOnline(created.productId, fields);
    QCOMPARE(s.error().code, ErrorCode::MarketplaceCategoryUnknown);
    QCOMPARE(s.error().subject, QStringLiteral("beaute/savons"));

    fields.marketplaceCategory.clear();
    fields.onlineDescription = QString(Listing::MaxDescriptionLength + 1, QLatin1Char('a'));
    s = listing.setOnline(created.productId, fields);
    QCOMPARE(s.error().code, ErrorCode::OnlineTextTooLong);
    QCOMPARE(s.error().subject, QStringLiteral("online_description"));

    fields.onlineDescription = QString(Listing::MaxDescriptionLength, QLatin1Char('a')); // at the limit
    fields.onlineTitle = QString(Listing::MaxTitleLength + 1, QLatin1Char('t'));
    s = listing.setOnline(created.productId, fields);
    QCOMPARE(s.error().code, ErrorCode::OnlineTextTooLong);
    QCOMPARE(s.error().subject, QStringLiteral("online_title"));

    fields.onlineTitle.clear();
    s = listing.write(created.productId, fields, {{created.variantId, -1}});
    QCOMPARE(s.error().code, ErrorCode::InvalidQuantity);
    s = listing.write(created.productId, fields, {{created.variantId + 1000, 1}});
    QCOMPARE(s.error().code, ErrorCode::NotFound);
    s = listing.setOnline(created.productId + 1000, fields);
    QCOMPARE(s.error().code, ErrorCode::NotFound);

    QCOMPARE(lastSeq(shop.db()), seq);
    auto read = listing.online(created.productId);
    QVERIFY(read.ok());
    QCOMPARE(*read, OnlineFields {}); // the product unchanged
    // At the limit, with the description's full length: written.
    QVERIFY(listing.setOnline(created.productId, fields).ok());
    QCOMPARE(lastSeq(shop.db()), seq + 1);
}

void TestListing::archivedProductChangesLocallyOnly()
{
    TestShop shop;
    const CreatedProduct created = addProduct(shop, QStringLiteral("Savon"), QStringLiteral("S1"));
    QVERIFY(shop.catalogue.setProductArchived(created.productId, true).ok());
    const qint64 seq = lastSeq(shop.db());
    Listing listing(shop.db(), shop.clock);
    OnlineFields fields;
    fields.onlineDescription = QStringLiteral("Au lait d'ânesse.");
    QVERIFY(listing.setOnline(created.productId, fields).ok());
    QCOMPARE(lastSeq(shop.db()), seq);
    QCOMPARE(listing.online(created.productId)->onlineDescription, fields.onlineDescription);
}

void TestListing::bulkListUnlistAndCategory()
{
    TestShop shop;
    addTaxonomy(shop.db());
    const CreatedProduct a = addProduct(shop, QStringLiteral("Carnet A"), QStringLiteral("A"));
    const CreatedProduct b = addProduct(shop, QStringLiteral("Carnet B"), QStringLiteral("B"));
    const CreatedProduct c = addProduct(shop, QStringLiteral("Carnet C"), QStringLiteral("C"));
    Listing listing(shop.db(), shop.clock);
    OnlineFields visible;
    visible.visibleOnline = true;
    QVERIFY(listing.setOnline(b.productId, visible).ok()); // already listed
    qint64 seq = lastSeq(shop.db());

    auto listed = listing.setVisible({a.productId, b.productId, c.productId}, true);
    QVERIFY(listed.ok());
    QCOMPARE(*listed, 2); // b was listed already
    QList<OutboxRow> rows = rowsAfter(shop.db(), seq);
    QCOMPARE(rows.size(), 2);
    QJsonObject visibleField;
    visibleField.insert(QStringLiteral("visible_online"), true);
    for (const OutboxRow &row : std::as_const(rows))
        QCOMPARE(row.payload.value(QStringLiteral("fields")).toObject(), visibleField);
    QCOMPARE(rows.at(0).entityId, uuidOf(shop.db(), QStringLiteral("products"), a.productId));
    QCOMPARE(rows.at(1).entityId, uuidOf(shop.db(), QStringLiteral("products"), c.productId));

    seq = lastSeq(shop.db());
    auto categorised = listing.setCategory({a.productId, c.productId}, QStringLiteral("papeterie/carnets"));
    QVERIFY(categorised.ok());
    QCOMPARE(*categorised, 2);
    rows = rowsAfter(shop.db(), seq);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("fields")).toObject().keys(),
             QStringList {QStringLiteral("marketplace_category")});

    seq = lastSeq(shop.db());
    auto unlisted = listing.setVisible({a.productId, b.productId}, false);
    QVERIFY(unlisted.ok());
    QCOMPARE(*unlisted, 2);
    QCOMPARE(rowsAfter(shop.db(), seq).size(), 2);
    QCOMPARE(
        scalar(shop.db(), QStringLiteral("SELECT count(*) FROM products WHERE visible_online = 1")).toInt(),
        1);
}

void TestListing::bulkRefusalWritesNothing()
{
    TestShop shop;
    addTaxonomy(shop.db());
    const CreatedProduct a = addProduct(shop, QStringLiteral("Carnet A"), QStringLiteral("A"));
    const qint64 seq = lastSeq(shop.db());
    Listing listing(shop.db(), shop.clock);
    // A product that does not exist in the selection: nothing of the selection is written.
    auto listed = listing.setVisible({a.productId, a.productId + 1000}, true);
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, ErrorCode::NotFound);
    QCOMPARE(lastSeq(shop.db()), seq);
    QVERIFY(!listing.online(a.productId)->visibleOnline);
    auto categorised = listing.setCategory({a.productId}, QStringLiteral("nulle/part"));
    QCOMPARE(categorised.error().code, ErrorCode::MarketplaceCategoryUnknown);
    QCOMPARE(lastSeq(shop.db()), seq);
}

void TestListing::newProductsVisibleOnlineSetting()
{
    TestShop shop;
    bool setting = true;
    shop.catalogue.setNewProductsVisibleOnline([&setting] { return setting; });
    const qint64 seq = lastSeq(shop.db());
    const CreatedProduct listed = addProduct(shop, QStringLiteral("Listé"), QStringLiteral("L1"));
    Listing listing(shop.db(), shop.clock);
    QVERIFY(listing.online(listed.productId)->visibleOnline);
    const QList<OutboxRow> rows = rowsAfter(shop.db(), seq);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(
        rows.at(0).payload.value(QStringLiteral("fields")).toObject().value(QStringLiteral("visible_online")),
        QJsonValue(true));

    setting = false;
    const CreatedProduct unlisted = addProduct(shop, QStringLiteral("Pas listé"), QStringLiteral("L2"));
    QVERIFY(!listing.online(unlisted.productId)->visibleOnline);

    // addVariantOrCreateProduct (the generators' way) follows the same setting.
    setting = true;
    qint64 productId = 0;
    ProductFields p;
    p.name = QStringLiteral("Créé variante par variante");
    VariantFields v;
    v.reference = QStringLiteral("L3");
    QVERIFY(shop.catalogue.addVariantOrCreateProduct(productId, p, v).ok());
    QVERIFY(listing.online(productId)->visibleOnline);

    // Without the setting wired (a Catalogue on its own), new products stay offline.
    TestShop plain;
    const CreatedProduct offline = addProduct(plain, QStringLiteral("Hors ligne"), QStringLiteral("O1"));
    QVERIFY(!Listing(plain.db(), plain.clock).online(offline.productId)->visibleOnline);
}

QTEST_GUILESS_MAIN(TestListing)
#include "tst_listing.moc"
