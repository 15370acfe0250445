// The outbox rows the models queue (models/outbox.h): every local change the marketplace must know
// is queued in the same transaction as the change, with sync_outbox.kind = the API mutation kind
// and payload = exactly the API payload (docs/marketplace-api.md §6.4). The last test pushes them
// through the reference marketplace's own push processing (tests/marketplace), in process.
#include "../till/tillfixture.h"

#include "catalogue.h"
#include "database.h"
#include "fixtures.h"
#include "marketplace.h"
#include "marketstore.h"
#include "salejournal.h"
#include "signer.h"
#include "stockledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using namespace comptoir::tilltest;

namespace {

struct OutboxRow
{
    qint64 seq = 0;
    QString kind;
    QString entityId;
    QJsonObject payload;
    QString createdAt;
};

// The rows queued after seq `after`, in seq order.
QList<OutboxRow> rowsAfter(const Database &db, qint64 after)
{
    QList<OutboxRow> rows;
    auto q = db.query(QStringLiteral("SELECT seq, kind, entity_id, payload, created_at FROM sync_outbox "
                                     "WHERE seq > ? ORDER BY seq"),
                      {after});
    while (q && q.value().next()) {
        OutboxRow row;
        row.seq = q.value().value(0).toLongLong();
        row.kind = q.value().value(1).toString();
        row.entityId = q.value().value(2).toString();
        row.payload = QJsonDocument::fromJson(q.value().value(3).toString().toUtf8()).object();
        row.createdAt = q.value().value(4).toString();
        rows.append(row);
    }
    return rows;
}

qint64 lastSeq(const Database &db)
{
    return scalar(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_outbox")).toLongLong();
}

QString uuidOf(const Database &db, const QString &table, qint64 id)
{
    return scalar(db, QStringLiteral("SELECT uuid FROM ") + table + QStringLiteral(" WHERE id = ?"), {id})
        .toString();
}

QString nowText(const Clock &clock)
{
    return clock.now().toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject object(std::initializer_list<QPair<QString, QJsonValue>> members)
{
    QJsonObject json;
    for (const auto &member : members)
        json.insert(member.first, member.second);
    return json;
}

class FailingSigner final : public Signer
{
public:
    QByteArray publicKey() const override { return QByteArray(32, 'k'); }
    Result<QByteArray> sign(const QByteArray &) const override
    {
        return makeError(ErrorCode::CryptoFailed, {}, QStringLiteral("test"));
    }
};

} // namespace

class TestOutboxQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saleQueuesMovementsAndSummary();
    void failedSaleQueuesNothing();
    void refundQueuesReturns();
    void ledgerPayloads_data();
    void ledgerPayloads();
    void countCarriesCountedQuantityAndCursor();
    void onlineMovementsAreNotQueued();
    void createdProductQueuesEveryField();
    void productEditQueuesOnlyChangedFields();
    void variantAddEditAndArchive();
    void productArchive();
    void categoryRename();
    void refusedEditQueuesNothing();
    void referenceMarketplaceAcceptsThem();
};

void TestOutboxQueue::saleQueuesMovementsAndSummary()
{
    TillShop t;
    QVERIFY(t.setUp());
    const Database &db = t.shop.db();
    const qint64 before = lastSeq(db);
    t.shop.clock.advance(1500);

    auto sale = t.journal.commitSale(t.threeLines());
    QVERIFY(sale.ok());
    const QList<OutboxRow> rows = rowsAfter(db, before);
    // One movement per line with a variant (the free-price line has none), then the summary.
    QCOMPARE(rows.size(), 3);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).seq, before + 1 + i); // gap-free
        QCOMPARE(rows.at(i).createdAt, nowText(t.shop.clock));
    }
    const qint64 variants[] = {t.jam, t.mug};
    const qint64 quantities[] = {2, 1};
    for (int i = 0; i < 2; ++i) {
        const OutboxRow &row = rows.at(i);
        QCOMPARE(row.kind, QStringLiteral("stock_movement"));
        auto m = db.query(QStringLiteral("SELECT id, occurred_at FROM stock_movements WHERE variant_id = ? "
                                         "AND reason = 'sale'"),
                          {variants[i]});
        QVERIFY(m && m.value().next());
        QCOMPARE(row.entityId, m.value().value(0).toString());
        QCOMPARE(row.payload,
                 object({{QStringLiteral("movement_id"), m.value().value(0).toString()},
                         {QStringLiteral("variant_id"), uuidOf(db, QStringLiteral("variants"), variants[i])},
                         {QStringLiteral("delta"), -quantities[i]},
                         {QStringLiteral("reason"), QStringLiteral("sale")},
                         {QStringLiteral("occurred_at"), m.value().value(1).toString()}}));
    }
    const OutboxRow &summary = rows.at(2);
    QCOMPARE(summary.kind, QStringLiteral("ticket_summary"));
    QCOMPARE(summary.entityId, sale->uuid);
    QCOMPARE(summary.payload,
             object({{QStringLiteral("ticket_id"), sale->uuid},
                     {QStringLiteral("register_id"), db.deviceId()},
                     {QStringLiteral("number"), 1},
                     {QStringLiteral("total_cents"), 2818},
                     {QStringLiteral("occurred_at"), nowText(t.shop.clock)}}));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'ticket'")).toLongLong(),
        qint64(0));
}

void TestOutboxQueue::failedSaleQueuesNothing()
{
    // Signing fails last, after the movements were recorded and queued: all of it rolls back.
    TillShop t;
    QVERIFY(t.setUp());
    FailingSigner failing;
    FiscalChain brokenChain(t.shop.db(), failing, t.shop.clock);
    SaleJournal journal(t.shop.db(), t.shop.clock, t.shop.uuids, t.shop.ledger, brokenChain);
    const qint64 before = lastSeq(t.shop.db());
    const qint64 rowsBefore = count(t.shop.db(), QStringLiteral("sync_outbox"));

    auto sale = journal.commitSale(t.threeLines());
    QVERIFY(!sale.ok());
    QCOMPARE(sale.error().code, ErrorCode::CryptoFailed);
    QCOMPARE(count(t.shop.db(), QStringLiteral("sync_outbox")), rowsBefore);
    QCOMPARE(scalar(t.shop.db(), QStringLiteral("SELECT last_queued_seq FROM sync_state")).toLongLong(),
             before);

    // An unknown variant is refused before anything is queued.
    SaleDraft draft = t.threeLines();
    draft.lines[1].variantId = 99999;
    QVERIFY(!t.journal.commitSale(draft).ok());
    QCOMPARE(count(t.shop.db(), QStringLiteral("sync_outbox")), rowsBefore);

    // The next good sale continues the numbering with no hole.
    QVERIFY(t.journal.commitSale(t.threeLines()).ok());
    QCOMPARE(rowsAfter(t.shop.db(), before).constFirst().seq, before + 1);
}

void TestOutboxQueue::refundQueuesReturns()
{
    TillShop t;
    QVERIFY(t.setUp());
    auto sale = t.journal.commitSale(t.threeLines());
    QVERIFY(sale.ok());
    const qint64 before = lastSeq(t.shop.db());
    RefundDraft refund;
    refund.originalTicketId = sale->id;
    refund.operatorId = t.operatorId;
    refund.lines = {RefundLine {sale->lines.at(0).id, 1}};
    refund.payments = {pay(PaymentMethod::Cash, 0)};
    auto refunded = t.journal.commitRefund(refund);
    QVERIFY2(refunded.ok(), refunded.ok() ? "" : qPrintable(refunded.error().detail));

    const QList<OutboxRow> rows = rowsAfter(t.shop.db(), before);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).kind, QStringLiteral("stock_movement"));
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("reason")).toString(), QStringLiteral("return"));
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("delta")).toInteger(), qint64(1));
    QCOMPARE(rows.at(1).kind, QStringLiteral("ticket_summary"));
    QCOMPARE(rows.at(1).payload.value(QStringLiteral("number")).toInteger(), qint64(2));
    QCOMPARE(rows.at(1).payload.value(QStringLiteral("total_cents")).toInteger(), refunded->totalCents);
    QVERIFY(refunded->totalCents < 0);
}

void TestOutboxQueue::ledgerPayloads_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<QString>("key");
    QTest::newRow("receipt") << int(MovementReason::Receipt) << qint64(12) << QStringLiteral("receipt");
    QTest::newRow("adjustment") << int(MovementReason::Adjustment) << qint64(-3)
                                << QStringLiteral("adjustment");
    QTest::newRow("sale") << int(MovementReason::Sale) << qint64(-1) << QStringLiteral("sale");
    QTest::newRow("return") << int(MovementReason::Return) << qint64(1) << QStringLiteral("return");
}

void TestOutboxQueue::ledgerPayloads()
{
    QFETCH(int, reason);
    QFETCH(qint64, delta);
    QFETCH(QString, key);
    TillShop t;
    QVERIFY(t.setUp());
    const qint64 before = lastSeq(t.shop.db());
    auto movement
        = t.shop.ledger.record(t.mug, delta, MovementReason(reason), QStringLiteral("a private note"));
    QVERIFY(movement.ok());
    const QList<OutboxRow> rows = rowsAfter(t.shop.db(), before);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).kind, QStringLiteral("stock_movement"));
    QCOMPARE(rows.at(0).entityId, movement->id);
    QCOMPARE(rows.at(0).createdAt, nowText(t.shop.clock));
    QCOMPARE(rows.at(0).payload,
             object({{QStringLiteral("movement_id"), movement->id},
                     {QStringLiteral("variant_id"), uuidOf(t.shop.db(), QStringLiteral("variants"), t.mug)},
                     {QStringLiteral("delta"), delta},
                     {QStringLiteral("reason"), key},
                     {QStringLiteral("occurred_at"), nowText(t.shop.clock)}}));

    // A refused movement queues nothing.
    QVERIFY(!t.shop.ledger.record(t.mug, 0, MovementReason(reason)).ok());
    QVERIFY(!t.shop.ledger.record(424242, delta, MovementReason(reason)).ok());
    QCOMPARE(rowsAfter(t.shop.db(), before).size(), 1);
}

void TestOutboxQueue::countCarriesCountedQuantityAndCursor()
{
    TillShop t;
    QVERIFY(t.setUp()); // the mug: 5 on hand
    const qint64 before = lastSeq(t.shop.db());
    auto first = t.shop.ledger.recordCount(t.mug, 14);
    QVERIFY(first.ok());
    // Never synced: base_cursor 0.
    QCOMPARE(rowsAfter(t.shop.db(), before).at(0).payload,
             object({{QStringLiteral("movement_id"), first->id},
                     {QStringLiteral("variant_id"), uuidOf(t.shop.db(), QStringLiteral("variants"), t.mug)},
                     {QStringLiteral("delta"), 9},
                     {QStringLiteral("reason"), QStringLiteral("count")},
                     {QStringLiteral("counted_quantity"), 14},
                     {QStringLiteral("base_cursor"), 0},
                     {QStringLiteral("occurred_at"), nowText(t.shop.clock)}}));

    // The feed cursor applied when counting.
    QVERIFY(t.shop.db().exec(QStringLiteral("UPDATE sync_state SET cursor = 90377 WHERE id = 1")).ok());
    auto second = t.shop.ledger.recordCount(t.mug, 0);
    QVERIFY(second.ok());
    const QJsonObject payload = rowsAfter(t.shop.db(), before).at(1).payload;
    QCOMPARE(payload.value(QStringLiteral("counted_quantity")).toInteger(), qint64(0));
    QCOMPARE(payload.value(QStringLiteral("base_cursor")).toInteger(), qint64(90377));
    QCOMPARE(payload.value(QStringLiteral("delta")).toInteger(), qint64(-14));
}

void TestOutboxQueue::onlineMovementsAreNotQueued()
{
    TillShop t;
    QVERIFY(t.setUp());
    const qint64 before = lastSeq(t.shop.db());
    QVERIFY(t.shop.ledger.record(t.mug, 2, MovementReason::OnlineReserve).ok());
    QVERIFY(t.shop.ledger.record(t.mug, -1, MovementReason::OnlineCommit).ok());
    QVERIFY(t.shop.ledger.record(t.mug, 1, MovementReason::OnlineRelease).ok());
    QCOMPARE(rowsAfter(t.shop.db(), before).size(), 0);
    QCOMPARE(scalar(t.shop.db(),
                    QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason LIKE "
                                   "'online_%'"))
                 .toLongLong(),
             qint64(3));
}

void TestOutboxQueue::createdProductQueuesEveryField()
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

void TestOutboxQueue::productEditQueuesOnlyChangedFields()
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

void TestOutboxQueue::variantAddEditAndArchive()
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

void TestOutboxQueue::productArchive()
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

void TestOutboxQueue::categoryRename()
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

void TestOutboxQueue::refusedEditQueuesNothing()
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

// Every kind of row the models queue goes through the reference marketplace's push processing
// unchanged (seq, kind, payload as stored) and is applied, not rejected.
void TestOutboxQueue::referenceMarketplaceAcceptsThem()
{
    using namespace comptoir::market;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const std::unique_ptr<MarketStore> store
        = MarketStore::open(dir.filePath(QStringLiteral("m.db")), &error);
    QVERIFY2(store, qPrintable(error));
    Marketplace marketplace(*store);
    const Reply shop = marketplace.createShop(QStringLiteral("Épicerie du Martroi"));
    QVERIFY(shop.ok());
    const QString shopId = shop.body.value(QStringLiteral("shop_id")).toString();
    const Reply code = marketplace.createCode(shopId);
    QVERIFY(code.ok());

    TillShop t;
    QVERIFY(t.setUp()); // two products created, stock received
    const Reply enrolled
        = marketplace.enroll(object({{QStringLiteral("code"), code.body.value(QStringLiteral("code"))},
                                     {QStringLiteral("device_id"), t.shop.db().deviceId()},
                                     {QStringLiteral("device_name"), QStringLiteral("Caisse 1")}}));
    QVERIFY2(enrolled.ok(), QJsonDocument(enrolled.body).toJson().constData());

    auto category = t.shop.catalogue.addCategory(QStringLiteral("Confiserie"));
    QVERIFY(category.ok());
    ProductFields jam;
    jam.name = QStringLiteral("Confiture d'abricots");
    jam.vatRateBp = 550;
    jam.categoryId = *category;
    QVERIFY(t.shop.catalogue.updateProduct(t.shop.catalogue.variant(t.jam)->productId, jam).ok());
    VariantFields extra;
    extra.label = QStringLiteral("Grand");
    extra.priceCents = 990;
    extra.barcodes = {QStringLiteral("3760000000017")};
    auto added = t.shop.catalogue.addVariant(t.shop.catalogue.variant(t.jam)->productId, extra);
    QVERIFY(added.ok());
    QVERIFY(t.shop.catalogue.setVariantArchived(*added, true).ok());
    QVERIFY(t.journal.commitSale(t.threeLines()).ok());
    QVERIFY(t.shop.ledger.record(t.mug, -1, MovementReason::Adjustment).ok());
    QVERIFY(t.shop.ledger.recordCount(t.mug, 7).ok());
    QVERIFY(t.shop.catalogue.setProductArchived(t.shop.catalogue.variant(t.mug)->productId, true).ok());

    const QList<OutboxRow> rows = rowsAfter(t.shop.db(), 0);
    QJsonArray mutations;
    QStringList kinds;
    for (const OutboxRow &row : rows) {
        mutations.append(object({{QStringLiteral("id"), t.shop.uuids.next()},
                                 {QStringLiteral("seq"), row.seq},
                                 {QStringLiteral("kind"), row.kind},
                                 {QStringLiteral("occurred_at"), row.createdAt},
                                 {QStringLiteral("payload"), row.payload}}));
        if (!kinds.contains(row.kind))
            kinds << row.kind;
    }
    kinds.sort();
    QCOMPARE(kinds,
             QStringList({QStringLiteral("product_archive"), QStringLiteral("product_upsert"),
                          QStringLiteral("stock_movement"), QStringLiteral("ticket_summary")}));
    const Reply pushed = marketplace.push(DeviceIdentity {t.shop.db().deviceId(), shopId},
                                          object({{QStringLiteral("shop_id"), shopId},
                                                  {QStringLiteral("device_id"), t.shop.db().deviceId()},
                                                  {QStringLiteral("mutations"), mutations}}));
    QVERIFY2(pushed.ok(), QJsonDocument(pushed.body).toJson().constData());
    const QJsonArray results = pushed.body.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), rows.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        QVERIFY2(result.value(QStringLiteral("status")).toString() == QLatin1String("applied"),
                 qPrintable(rows.at(i).kind + QLatin1Char(' ')
                            + QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))));
    }
    QCOMPARE(pushed.body.value(QStringLiteral("last_applied_seq")).toInteger(), rows.constLast().seq);
}

QTEST_GUILESS_MAIN(TestOutboxQueue)
#include "tst_outboxqueue.moc"
