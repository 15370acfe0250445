// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PageApplier on product states and snapshot pages (docs/marketplace-api.md §8, §9, §11, §18):
// products and variants upserted by uuid with the search index kept in step, tombstones, fields
// this till has not yet had acknowledged kept, unique reference/barcode clashes resolved in the
// server's favour, and the paged snapshot (first, continuing, last page, resume, restart).
#include "pageapplierfixture.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::pagetest;

namespace {

const QString Sha = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

ProductState carnet(qint64 version, const QString &name, const QString &category, qint64 price,
                    const QStringList &barcodes, bool archived = false)
{
    ProductState p
        = product(uuid(100), version, name,
                  {variant(uuid(101), QStringLiteral("Noir"), QStringLiteral("CLF-N"), price, barcodes, 1),
                   variant(uuid(102), QStringLiteral("Rouge"), QStringLiteral("CLF-R"), 1290)},
                  category, archived);
    p.fields.insert(QStringLiteral("photos"), QJsonArray {Sha});
    return p;
}

qint64 searchCount(SyncShop &s, const QString &match)
{
    return s.scalar(QStringLiteral("SELECT count(*) FROM catalogue_search WHERE catalogue_search MATCH ?"),
                    {match});
}

// The search index holds, for every variant and nothing else, the document the catalogue's own
// triggers write (resources/sql/0009_search_deferral.sql: a page indexes once, at its end), FTS5's
// integrity check passes, and no page left the index turned off.
bool searchIndexIsExact(SyncShop &s)
{
    const QString expected = s.text(QStringLiteral(
        "SELECT group_concat(d, '|') FROM (SELECT v.id || ':' || p.name || ':' || p.brand || ':' || "
        "coalesce(c.name, '') || ':' || v.label || ':' || v.reference || coalesce((SELECT ' ' || "
        "group_concat(code, ' ') FROM barcodes WHERE variant_id = v.id), '') AS d FROM variants v "
        "JOIN products p ON p.id = v.product_id LEFT JOIN categories c ON c.id = p.category_id "
        "ORDER BY v.id)"));
    const QString held = s.text(QStringLiteral(
        "SELECT group_concat(d, '|') FROM (SELECT rowid || ':' || name || ':' || brand || ':' || category "
        "|| ':' || label || ':' || codes AS d FROM catalogue_search ORDER BY rowid)"));
    if (expected != held) {
        qWarning() << "search index" << held << "expected" << expected;
        return false;
    }
    return s.db()
               .exec(QStringLiteral(
                   "INSERT INTO catalogue_search (catalogue_search) VALUES ('integrity-check')"))
               .ok()
        && s.scalar(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'search_deferred'")) == 0;
}

} // namespace

class TestPageApplierProducts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productIsCreatedWithItsVariants();
    void productIsUpdated();
    void archivedProductIsATombstone();
    void unacknowledgedLocalFieldsAreKept();
    void referenceAndBarcodeClashesFollowTheServer();
    void snapshotFirstContinuingAndLastPage();
    void snapshotReplacesWhateverWasHeld();
    void snapshotResumesOrRestarts();
    void snapshotMayPutTheCursorBelowTheOldOne();
    void snapshotOfAnotherShopIsRefused();
    void aFullSnapshotPage();
};

void TestPageApplierProducts::productIsCreatedWithItsVariants()
{
    SyncShop s;
    QVERIFY(s.enrol());
    const auto applied = s.applier.applyChanges(
        0,
        page({change(1,
                     carnet(1, QStringLiteral("Carnet de croquis"), QStringLiteral("Papeterie"), 1290,
                            {QStringLiteral("3329680123456")}))},
             1));
    QVERIFY(applied.ok());
    QVERIFY(applied->changed.products);
    auto q = s.db().query(
        QStringLiteral(
            "SELECT p.name, p.brand, c.name, p.vat_rate_bp, p.online_title, p.visible_online, p.archived, "
            "p.server_version, p.marketplace_category, p.moderation_status, p.photos, p.created_at "
            "FROM products p LEFT JOIN categories c ON c.id = p.category_id WHERE p.uuid = ?"),
        {uuid(100)});
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toString(), QStringLiteral("Carnet de croquis"));
    QCOMPARE(q.value().value(1).toString(), QStringLiteral("Clairefontaine"));
    QCOMPARE(q.value().value(2).toString(), QStringLiteral("Papeterie"));
    QCOMPARE(q.value().value(3).toInt(), 2000);
    QCOMPARE(q.value().value(4).toString(), QStringLiteral("Carnet de croquis"));
    QCOMPARE(q.value().value(5).toInt(), 1);
    QCOMPARE(q.value().value(6).toInt(), 0);
    QCOMPARE(q.value().value(7).toLongLong(), qint64(1));
    QCOMPARE(q.value().value(8).toString(), QStringLiteral("papeterie/carnets"));
    QCOMPARE(q.value().value(9).toString(), QStringLiteral("approved"));
    QCOMPARE(q.value().value(10).toString(), QStringLiteral("[\"") + Sha + QStringLiteral("\"]"));
    QCOMPARE(q.value().value(11).toString(), QStringLiteral("2026-11-27T09:00:00.000Z"));
    q.value().finish();

    QCOMPARE(s.count(QStringLiteral("variants")), qint64(2));
    QCOMPARE(
        s.text(QStringLiteral("SELECT label || '|' || reference || '|' || price_cents || '|' || safety_stock "
                              "|| '|' || sort_key FROM variants WHERE uuid = ?"),
               {uuid(101)}),
        QStringLiteral("Noir|CLF-N|1290|1|")
            + Catalogue::sortKey(QStringLiteral("Carnet de croquis"), QStringLiteral("Noir")));
    QCOMPARE(s.text(QStringLiteral("SELECT b.code FROM barcodes b JOIN variants v ON v.id = b.variant_id "
                                   "WHERE v.uuid = ?"),
                    {uuid(101)}),
             QStringLiteral("3329680123456"));
    QCOMPARE(s.count(QStringLiteral("stock_on_hand")), qint64(2));
    // The search index follows (triggers): name, category, barcode.
    QCOMPARE(searchCount(s, QStringLiteral("croquis")), qint64(2));
    QCOMPARE(searchCount(s, QStringLiteral("papeterie")), qint64(2));
    QCOMPARE(searchCount(s, QStringLiteral("\"3329680123456\"")), qint64(1));
    QVERIFY(searchIndexIsExact(s));
    // What the catalogue reads back.
    auto found = s.shop.catalogue.findVariantByCode(QStringLiteral("3329680123456"));
    QVERIFY(found.ok() && found->has_value());
}

void TestPageApplierProducts::productIsUpdated()
{
    SyncShop s;
    QVERIFY(s.enrol());
    QVERIFY(s.applier
                .applyChanges(0,
                              page({change(1,
                                           carnet(1, QStringLiteral("Carnet"), QStringLiteral("Papeterie"),
                                                  1290, {QStringLiteral("3329680123456")}))},
                                   1))
                .ok());
    s.shop.clock.advance(3600 * 1000);
    // Same category in another case: the same row. New price, other barcode, new name.
    QVERIFY(s.applier
                .applyChanges(1,
                              page({change(2,
                                           carnet(2, QStringLiteral("Cahier"), QStringLiteral("papeterie"),
                                                  1450, {QStringLiteral("2000000000015")}))},
                                   2))
                .ok());
    QCOMPARE(s.count(QStringLiteral("categories")), qint64(1));
    QCOMPARE(
        s.text(QStringLiteral("SELECT name || '|' || server_version || '|' || updated_at FROM products")),
        QStringLiteral("Cahier|2|2026-11-27T10:00:00.000Z"));
    QCOMPARE(s.text(QStringLiteral("SELECT price_cents || '|' || sort_key FROM variants WHERE uuid = ?"),
                    {uuid(101)}),
             QStringLiteral("1450|cahier noir"));
    QCOMPARE(s.text(QStringLiteral("SELECT sort_key FROM variants WHERE uuid = ?"), {uuid(102)}),
             QStringLiteral("cahier rouge"));
    QCOMPARE(s.text(QStringLiteral("SELECT group_concat(code) FROM barcodes")),
             QStringLiteral("2000000000015"));
    QCOMPARE(searchCount(s, QStringLiteral("carnet")), qint64(0));
    QCOMPARE(searchCount(s, QStringLiteral("cahier")), qint64(2));
    QCOMPARE(searchCount(s, QStringLiteral("\"3329680123456\"")), qint64(0));
    QCOMPARE(searchCount(s, QStringLiteral("\"2000000000015\"")), qint64(1));
    QVERIFY(searchIndexIsExact(s));
    // An empty category is none.
    QVERIFY(
        s.applier
            .applyChanges(2, page({change(3, carnet(3, QStringLiteral("Cahier"), QString(), 1450, {}))}, 3))
            .ok());
    QCOMPARE(s.scalar(QStringLiteral("SELECT category_id IS NULL FROM products")), qint64(1));
    QCOMPARE(s.count(QStringLiteral("barcodes")), qint64(0));
    QVERIFY(searchIndexIsExact(s));
}

void TestPageApplierProducts::archivedProductIsATombstone()
{
    SyncShop s;
    QVERIFY(s.enrol());
    QVERIFY(s.applier
                .applyChanges(0,
                              page({change(1, carnet(1, QStringLiteral("Carnet"), {}, 1290, {})),
                                    stockChange(2, uuid(101), 5)},
                                   2))
                .ok());
    QVERIFY(
        s.applier
            .applyChanges(2, page({change(3, carnet(2, QStringLiteral("Carnet"), {}, 1290, {}, true))}, 3))
            .ok());
    QCOMPARE(s.scalar(QStringLiteral("SELECT archived FROM products")), qint64(1));
    QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM variants WHERE archived = 1")), qint64(2));
    QCOMPARE(s.scalar(QStringLiteral("SELECT on_hand FROM stock_server_state")), qint64(5));
}

void TestPageApplierProducts::unacknowledgedLocalFieldsAreKept()
{
    SyncShop s;
    QVERIFY(s.enrol());
    QVERIFY(s.applier.applyChanges(0, page({change(1, carnet(1, QStringLiteral("Carnet"), {}, 1290, {}))}, 1))
                .ok());
    // This till's edits, queued and not yet acknowledged.
    QVERIFY(s.db().exec(QStringLiteral("UPDATE products SET name = 'Local name'")).ok());
    QVERIFY(s.db()
                .exec(QStringLiteral("UPDATE variants SET price_cents = 999 WHERE uuid = ?"), {uuid(101)})
                .ok());
    const QJsonObject patch {
        {QStringLiteral("product_id"), uuid(100)},
        {QStringLiteral("base_version"), 1},
        {QStringLiteral("fields"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Local name")}}},
        {QStringLiteral("variants"),
         QJsonArray {
             QJsonObject {{QStringLiteral("variant_id"), uuid(101)},
                          {QStringLiteral("fields"), QJsonObject {{QStringLiteral("price_cents"), 999}}}}}}};
    const qint64 seq = s.queue(QStringLiteral("product_upsert"), patch);
    QVERIFY(seq > 0);

    // An online edit arrives before the patch was acknowledged: other fields apply, ours stay.
    ProductState online = carnet(2, QStringLiteral("Server name"), {}, 1500, {});
    online.fields.insert(QStringLiteral("brand"), QStringLiteral("Other brand"));
    online.variants[0].fields.insert(QStringLiteral("label"), QStringLiteral("Bleu"));
    QVERIFY(s.applier.applyChanges(1, page({change(2, online)}, 2, seq - 1)).ok());
    QCOMPARE(s.text(QStringLiteral("SELECT name || '|' || brand || '|' || server_version FROM products")),
             QStringLiteral("Local name|Other brand|2"));
    QCOMPARE(s.text(QStringLiteral("SELECT label || '|' || price_cents FROM variants WHERE uuid = ?"),
                    {uuid(101)}),
             QStringLiteral("Bleu|999"));
    QCOMPARE(s.scalar(QStringLiteral("SELECT price_cents FROM variants WHERE uuid = ?"), {uuid(102)}),
             qint64(1290));

    // Acknowledged: the state that follows settles them.
    QVERIFY(s.db()
                .exec(QStringLiteral("UPDATE sync_outbox SET result_status = 'applied', mutation_id = 'm' "
                                     "WHERE seq = ?"),
                      {seq})
                .ok());
    ProductState settled = carnet(3, QStringLiteral("Server name"), {}, 1500, {});
    QVERIFY(s.applier.applyChanges(2, page({change(3, settled)}, 3, seq)).ok());
    QCOMPARE(s.text(QStringLiteral("SELECT name FROM products")), QStringLiteral("Server name"));
    QCOMPARE(s.scalar(QStringLiteral("SELECT price_cents FROM variants WHERE uuid = ?"), {uuid(101)}),
             qint64(1500));
    QCOMPARE(s.count(QStringLiteral("sync_outbox")), qint64(0));

    // A pending archive keeps the tombstone; pending photos keep the local list.
    QVERIFY(s.db().exec(QStringLiteral("UPDATE products SET archived = 1, photos = '[]'")).ok());
    QVERIFY(s.queue(QStringLiteral("product_archive"), {{QStringLiteral("product_id"), uuid(100)}}) > 0);
    QVERIFY(s.queue(QStringLiteral("photo_link"),
                    {{QStringLiteral("product_id"), uuid(100)}, {QStringLiteral("photos"), QJsonArray {}}})
            > 0);
    QVERIFY(s.applier
                .applyChanges(
                    3, page({change(4, carnet(4, QStringLiteral("Server name"), {}, 1500, {}))}, 4, seq))
                .ok());
    QCOMPARE(s.text(QStringLiteral("SELECT archived || '|' || photos FROM products")),
             QStringLiteral("1|[]"));
}

void TestPageApplierProducts::referenceAndBarcodeClashesFollowTheServer()
{
    SyncShop s;
    QVERIFY(s.enrol());
    // A local product (say, created here while the same codes were given to another online).
    ProductFields fields;
    fields.name = QStringLiteral("Local");
    VariantFields first;
    first.reference = QStringLiteral("CLF-N");
    first.barcodes = {QStringLiteral("3329680123456")};
    first.priceCents = 100;
    auto local = s.shop.catalogue.createProduct(fields, first);
    QVERIFY2(local.ok(), why(local).constData());

    const auto applied = s.applier.applyChanges(
        0,
        page({change(1,
                     product(uuid(100), 1, QStringLiteral("Carnet"),
                             {variant(uuid(101), QStringLiteral("Noir"), QStringLiteral("clf-n"), 1290,
                                      {QStringLiteral("3329680123456")})}))},
             1));
    QVERIFY2(applied.ok(), why(applied).constData());
    QCOMPARE(s.text(QStringLiteral("SELECT reference FROM variants WHERE uuid = ?"), {uuid(101)}),
             QStringLiteral("clf-n"));
    QCOMPARE(s.text(QStringLiteral("SELECT reference FROM variants WHERE id = ?"), {local->variantId}),
             QStringLiteral("CLF-N~1"));
    QCOMPARE(
        s.scalar(QStringLiteral("SELECT count(*) FROM barcodes WHERE variant_id = ?"), {local->variantId}),
        qint64(0));
    auto owner = s.shop.catalogue.findVariantByCode(QStringLiteral("3329680123456"));
    QVERIFY(owner.ok() && owner->has_value());
    QCOMPARE(s.text(QStringLiteral("SELECT uuid FROM variants WHERE id = ?"), {owner->value()}), uuid(101));
    // The local variant's document lost the code and the reference with it (not in the page).
    QCOMPARE(s.text(QStringLiteral("SELECT codes FROM catalogue_search WHERE rowid = ?"), {local->variantId}),
             QStringLiteral("CLF-N~1"));
    QVERIFY(searchIndexIsExact(s));

    // Two variants of one product swap their references and barcodes.
    const auto swapped = s.applier.applyChanges(
        1,
        page({change(2,
                     product(uuid(100), 2, QStringLiteral("Carnet"),
                             {variant(uuid(101), QStringLiteral("Noir"), QStringLiteral("CLF-R"), 1290,
                                      {QStringLiteral("2000000000015")}),
                              variant(uuid(102), QStringLiteral("Rouge"), QStringLiteral("clf-n"), 1290,
                                      {QStringLiteral("3329680123456")})})),
              change(3,
                     product(uuid(100), 3, QStringLiteral("Carnet"),
                             {variant(uuid(101), QStringLiteral("Noir"), QStringLiteral("clf-n"), 1290,
                                      {QStringLiteral("3329680123456")}),
                              variant(uuid(102), QStringLiteral("Rouge"), QStringLiteral("CLF-R"), 1290,
                                      {QStringLiteral("2000000000015")})}))},
             3));
    QVERIFY(swapped.ok());
    QCOMPARE(swapped->applied, 2);
    QCOMPARE(s.text(QStringLiteral("SELECT reference FROM variants WHERE uuid = ?"), {uuid(101)}),
             QStringLiteral("clf-n"));
    QCOMPARE(s.text(QStringLiteral("SELECT v.uuid FROM barcodes b JOIN variants v ON v.id = b.variant_id "
                                   "WHERE b.code = '2000000000015'")),
             uuid(102));
    QCOMPARE(s.text(QStringLiteral("SELECT reference FROM variants WHERE uuid = ?"), {uuid(102)}),
             QStringLiteral("CLF-R"));
    QVERIFY(searchIndexIsExact(s));

    // A reference taken alone (no barcode with it): the local variant's document follows as well.
    VariantFields other;
    other.reference = QStringLiteral("CLF-X");
    other.priceCents = 100;
    fields.name = QStringLiteral("Autre");
    auto second = s.shop.catalogue.createProduct(fields, other);
    QVERIFY2(second.ok(), why(second).constData());
    const auto taken = s.applier.applyChanges(
        3,
        page({change(4,
                     product(uuid(200), 1, QStringLiteral("Bloc"),
                             {variant(uuid(201), QStringLiteral("Vert"), QStringLiteral("clf-x"), 990)}))},
             4));
    QVERIFY2(taken.ok(), why(taken).constData());
    QCOMPARE(
        s.text(QStringLiteral("SELECT codes FROM catalogue_search WHERE rowid = ?"), {second->variantId}),
        QStringLiteral("CLF-X~1"));
    QVERIFY(searchIndexIsExact(s));
}

void TestPageApplierProducts::snapshotFirstContinuingAndLastPage()
{
    SyncShop s;
    QVERIFY(s.enrol(0, true));
    const qint64 acked = s.queueMovement(uuid(101), -1, QStringLiteral("applied"));
    const qint64 pending = s.queueMovement(uuid(101), -2);
    // First page: items may be newer than the fixed cursor (changed while paging).
    auto first = s.applier.applySnapshot(
        snapshotPage({change(50, carnet(6, QStringLiteral("Carnet"), QStringLiteral("Papeterie"), 1290, {}))},
                     40, true, acked));
    QVERIFY(first.ok());
    QCOMPARE(first->applied, 1);
    QCOMPARE(s.text(QStringLiteral(
                 "SELECT snapshot_id || '|' || snapshot_cursor || '|' || snapshot_next_page || '|' "
                 "|| needs_snapshot || '|' || cursor FROM sync_state")),
             QString::number(Epoch) + QStringLiteral("|40|token-after-1|1|0"));
    QCOMPARE(s.count(QStringLiteral("sync_outbox")), qint64(1)); // acknowledged row deleted
    auto second = s.applier.applySnapshot(snapshotPage({stockChange(30, uuid(101), 10)}, 40, true, acked));
    QVERIFY(second.ok());
    QCOMPARE(
        s.scalar(QStringLiteral("SELECT quantity FROM stock_on_hand s JOIN variants v ON v.id = s.variant_id "
                                "WHERE v.uuid = ?"),
                 {uuid(101)}),
        qint64(8)); // 10 on the server, our pending sale of 2
    auto last = s.applier.applySnapshot(snapshotPage(
        {orderChange(35, uuid(500), OrderStatus::Placed, {{1, uuid(101), 1, 1290}})}, 40, false, acked));
    QVERIFY(last.ok());
    QCOMPARE(s.text(QStringLiteral(
                 "SELECT epoch || '|' || cursor || '|' || needs_snapshot || '|' || consistent_seq "
                 "|| '|' || coalesce(snapshot_id, '-') || coalesce(snapshot_cursor, '-') "
                 "|| coalesce(snapshot_next_page, '-') FROM sync_state")),
             QString::number(Epoch) + QStringLiteral("|40|0|") + QString::number(acked)
                 + QStringLiteral("|---"));
    QCOMPARE(s.count(QStringLiteral("sync_entity_cursors")), qint64(3));
    QCOMPARE(s.scalar(QStringLiteral("SELECT seq FROM sync_outbox")), pending);
    // The feed follows from the snapshot's cursor; the product newer than it is not applied again.
    auto feed = s.applier.applyChanges(
        40,
        page({change(50, carnet(6, QStringLiteral("Carnet"), QStringLiteral("Papeterie"), 1290, {}))}, 50));
    QVERIFY(feed.ok());
    QCOMPARE(feed->skipped, 1);
    QCOMPARE(s.cursor(), qint64(50));
}

void TestPageApplierProducts::snapshotReplacesWhateverWasHeld()
{
    SyncShop s;
    QVERIFY(s.enrol(500));
    QVERIFY(
        s.applier
            .applyChanges(500, page({change(501, carnet(9, QStringLiteral("Old epoch"), {}, 1290, {}))}, 501))
            .ok());
    QVERIFY(
        s.db().exec(QStringLiteral("UPDATE sync_state SET needs_snapshot = 1, epoch = ?"), {Epoch + 1}).ok());
    // The new epoch's cursors are lower: the snapshot applies regardless of what was held.
    auto applied = s.applier.applySnapshot(snapshotPage(
        {change(5, carnet(2, QStringLiteral("New epoch"), {}, 1290, {}))}, 7, false, 0, Epoch + 1));
    QVERIFY(applied.ok());
    QCOMPARE(s.text(QStringLiteral("SELECT name FROM products")), QStringLiteral("New epoch"));
    QCOMPARE(s.scalar(QStringLiteral("SELECT cursor FROM sync_entity_cursors WHERE kind = 'product'")),
             qint64(5));
    QCOMPARE(s.text(QStringLiteral("SELECT epoch || '|' || cursor FROM sync_state")),
             QString::number(Epoch + 1) + QStringLiteral("|7"));
}

void TestPageApplierProducts::snapshotResumesOrRestarts()
{
    SyncShop s;
    QVERIFY(s.enrol(0, true));
    QVERIFY(s.applier
                .applySnapshot(
                    snapshotPage({change(3, carnet(1, QStringLiteral("Carnet"), {}, 1290, {}))}, 40, true))
                .ok());
    {
        // After a restart (new objects on the same database) the next page continues the snapshot.
        OutboxStore outbox(s.db(), s.shop.clock, s.shop.uuids);
        PageApplier restarted(s.db(), s.shop.clock, outbox);
        QVERIFY(restarted.applySnapshot(snapshotPage({stockChange(4, uuid(101), 3)}, 40, true)).ok());
    }
    QCOMPARE(s.count(QStringLiteral("sync_entity_cursors")), qint64(2));
    QCOMPARE(s.scalar(QStringLiteral("SELECT snapshot_cursor FROM sync_state")), qint64(40));
    // A snapshot started again (another fixed cursor): the earlier pages' cursors are forgotten.
    QVERIFY(s.applier.applySnapshot(snapshotPage({conflictChange(41, uuid(700), 1, 2)}, 45, true)).ok());
    QCOMPARE(s.count(QStringLiteral("sync_entity_cursors")), qint64(1));
    QCOMPARE(s.scalar(QStringLiteral("SELECT snapshot_cursor FROM sync_state")), qint64(45));
    QCOMPARE(s.text(QStringLiteral("SELECT name FROM products")), QStringLiteral("Carnet")); // data kept
    QVERIFY(s.applier.applySnapshot(snapshotPage({}, 45, false)).ok());
    QCOMPARE(s.text(QStringLiteral("SELECT cursor || '|' || needs_snapshot FROM sync_state")),
             QStringLiteral("45|0"));
}

void TestPageApplierProducts::snapshotMayPutTheCursorBelowTheOldOne()
{
    // A server restored without an epoch bump (410 cursor_ahead): same epoch, lower head.
    SyncShop s;
    QVERIFY(s.enrol(90, true));
    QVERIFY(s.applier.applySnapshot(snapshotPage({}, 40, false)).ok());
    QCOMPARE(s.cursor(), qint64(40));
    QCOMPARE(s.scalar(QStringLiteral("SELECT needs_snapshot FROM sync_state")), qint64(0));
}

void TestPageApplierProducts::snapshotOfAnotherShopIsRefused()
{
    SyncShop s;
    QVERIFY(s.enrol(0, true));
    SnapshotPage p = snapshotPage({change(3, carnet(1, QStringLiteral("Carnet"), {}, 1290, {}))}, 40, false);
    p.shopId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    auto refused = s.applier.applySnapshot(p);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::MarketplaceWrongShop);
    QCOMPARE(s.count(QStringLiteral("products")), qint64(0));
    QCOMPARE(s.scalar(QStringLiteral("SELECT needs_snapshot FROM sync_state")), qint64(1));
    QCOMPARE(s.scalar(QStringLiteral("SELECT snapshot_cursor IS NULL FROM sync_state")), qint64(1));
}

void TestPageApplierProducts::aFullSnapshotPage()
{
    // A page as large as the engine asks for (products then stock, as the server orders them).
    SyncShop s;
    QVERIFY(s.enrol(0, true));
    constexpr int Products = 500;
    QList<Change> items;
    for (int i = 0; i < Products; ++i) {
        const int id = 1000 + 3 * i;
        items << change(
            i + 1,
            product(uuid(id), 1, QStringLiteral("Produit %1").arg(i),
                    {variant(uuid(id + 1), QStringLiteral("A"), QStringLiteral("R%1A").arg(i), 100,
                             {QStringLiteral("B%1A").arg(i)}),
                     variant(uuid(id + 2), QStringLiteral("B"), QStringLiteral("R%1B").arg(i), 100)},
                    QStringLiteral("Rayon %1").arg(i % 7)));
    }
    for (int i = 0; i < Products; ++i) {
        const int id = 1000 + 3 * i;
        items << stockChange(Products + 2 * i + 1, uuid(id + 1), i)
              << stockChange(Products + 2 * i + 2, uuid(id + 2), 1);
    }
    auto applied = s.applier.applySnapshot(snapshotPage(items, 3 * Products, false));
    QVERIFY(applied.ok());
    QCOMPARE(applied->applied, 3 * Products);
    QCOMPARE(s.count(QStringLiteral("variants")), qint64(2 * Products));
    QCOMPARE(s.count(QStringLiteral("categories")), qint64(7));
    QCOMPARE(s.scalar(QStringLiteral("SELECT sum(quantity) FROM stock_on_hand")),
             qint64(Products * (Products - 1) / 2 + Products));
    QCOMPARE(searchCount(s, QStringLiteral("rayon")), qint64(2 * Products));
    QVERIFY(searchIndexIsExact(s));
}

QTEST_GUILESS_MAIN(TestPageApplierProducts)
#include "tst_pageapplierproducts.moc"
