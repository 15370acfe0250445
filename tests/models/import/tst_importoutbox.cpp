// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import writes new products, variants and stock movements directly (models/import/
// importwriter.h): two shops, one importing, one writing the same plan one row at a time through
// Catalogue and StockLedger (search index by its triggers), must end with the same outbox (kinds,
// payloads, order), stock movements, catalogue rows and search documents, generated ids aside.
#include "importsheets.h"
#include "models/catalogue/instorebarcodes.h"
#include "models/import/catalogueimport.h"
#include "models/import/importplan.h"
#include "shopfixture.h"

#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::test;

Q_DECLARE_METATYPE(comptoir::ImportStockMode)

namespace {

// The old path: each change through Catalogue and StockLedger, each in its own savepoint.
Status writeOneByOne(Shop &shop, const ImportPlan &plan, const ImportOptions &options)
{
    Catalogue &catalogue = shop.catalogue;
    InStoreBarcodes inStore(shop.db());
    QHash<QString, qint64> newCategories;
    const QString note = QCoreApplication::translate("ImportWriter", "Catalogue import");
    for (const PlannedProduct &planned : plan.products) {
        ProductFields fields = planned.fields;
        if (!planned.newCategory.isEmpty()) {
            const QString key = planned.newCategory.simplified().toCaseFolded();
            if (!newCategories.contains(key)) {
                auto added = catalogue.addCategory(planned.newCategory);
                if (!added)
                    return added.error();
                newCategories.insert(key, *added);
            }
            fields.categoryId = newCategories.value(key);
        }
        qint64 productId = planned.productId;
        if (productId != 0 && (planned.changed || !planned.newCategory.isEmpty())) {
            if (Status s = catalogue.updateProduct(productId, fields); !s)
                return s;
        }
        for (const PlannedVariant &v : planned.variants) {
            qint64 variantId = v.variantId;
            if (variantId == 0) {
                VariantFields variant = v.fields;
                if (v.giveInStoreBarcode && options.giveInStoreBarcodes) {
                    auto code = inStore.next();
                    if (!code)
                        return code.error();
                    variant.barcodes = {*code};
                }
                auto added = catalogue.addVariantOrCreateProduct(productId, fields, variant);
                if (!added)
                    return added.error();
                variantId = *added;
            } else if (v.changed) {
                if (Status s = catalogue.updateVariant(variantId, v.fields); !s)
                    return s;
            }
            if (v.countTo) {
                if (auto c = shop.ledger.recordCount(variantId, *v.countTo, note); !c)
                    return c.error();
            }
            if (v.received > 0) {
                if (auto r = shop.ledger.record(variantId, v.received, MovementReason::Receipt, note); !r)
                    return r.error();
            }
        }
    }
    return {};
}

QStringList rows(const Database &db, const QString &sql)
{
    QStringList result;
    auto q = db.query(sql);
    if (!q)
        return {QStringLiteral("error: ") + errorText(q.error())};
    const int columns = q.value().record().count();
    while (q.value().next()) {
        QStringList cells;
        for (int i = 0; i < columns; ++i)
            cells << q.value().value(i).toString();
        result << cells.join(QLatin1Char('|'));
    }
    return result;
}

// Every generated id (product, variant and movement UUIDs) replaced by what names it in both shops.
QString named(const Database &db, QString text)
{
    const QStringList names
        = rows(db,
               QStringLiteral("SELECT uuid, 'product:' || name FROM products "
                              "UNION ALL SELECT uuid, 'variant:' || reference FROM variants "
                              "UNION ALL SELECT id, 'movement:' || device_seq FROM stock_movements"));
    for (const QString &pair : names)
        text.replace(pair.section(QLatin1Char('|'), 0, 0), pair.section(QLatin1Char('|'), 1));
    return text;
}

// What the two shops must agree on.
QStringList state(const Database &db)
{
    QStringList result;
    for (const QString &outbox : rows(db,
                                      QStringLiteral("SELECT kind, entity_id, payload, created_at "
                                                     "FROM sync_outbox ORDER BY seq")))
        result << QStringLiteral("outbox ") + named(db, outbox);
    for (const QString &movement :
         rows(db,
              QStringLiteral("SELECT m.id, v.reference, m.delta, m.counted_quantity, m.reason, m.note, "
                             "m.occurred_at, m.device_seq, m.origin FROM stock_movements m "
                             "JOIN variants v ON v.id = m.variant_id ORDER BY m.device_seq")))
        result << QStringLiteral("movement ") + named(db, movement);
    result << QStringLiteral("products ")
            + rows(db,
                   QStringLiteral("SELECT p.name, p.brand, coalesce(c.name, ''), p.vat_rate_bp, "
                                  "p.description, p.visible_online, p.archived, p.server_version, "
                                  "p.created_at, p.updated_at FROM products p LEFT JOIN categories c "
                                  "ON c.id = p.category_id ORDER BY p.name"))
                  .join(QLatin1Char('\n'));
    result << QStringLiteral("variants ")
            + rows(db,
                   QStringLiteral("SELECT p.name, v.label, v.reference, v.price_cents, v.cost_cents, "
                                  "v.low_stock_threshold, v.net_amount, v.net_unit, v.sort_key, "
                                  "v.safety_stock, v.archived, v.created_at, v.updated_at, "
                                  "(SELECT group_concat(code, ' ') FROM (SELECT code FROM barcodes "
                                  "WHERE variant_id = v.id ORDER BY code)), s.quantity "
                                  "FROM variants v JOIN products p ON p.id = v.product_id "
                                  "JOIN stock_on_hand s ON s.variant_id = v.id ORDER BY v.reference"))
                  .join(QLatin1Char('\n'));
    result << QStringLiteral("search ")
            + rows(db,
                   QStringLiteral("SELECT v.reference, s.name, s.brand, s.category, s.label, s.codes "
                                  "FROM catalogue_search s JOIN variants v ON v.id = s.rowid "
                                  "ORDER BY v.reference"))
                  .join(QLatin1Char('\n'));
    result << QStringLiteral("search rows ")
            + rows(db, QStringLiteral("SELECT count(*) FROM catalogue_search")).join(QString());
    result << QStringLiteral("meta ")
            + rows(db,
                   QStringLiteral("SELECT key, value FROM meta WHERE key IN "
                                  "('next_reference', 'search_deferred') "
                                  "ORDER BY key"))
                  .join(QLatin1Char(' '));
    return result;
}

// The catalogue sheet, then again with a new size of the tee-shirt, a price changed, a stock
// changed, a row without a barcode nor a reference.
Sheet secondSheet()
{
    Sheet sheet = catalogueSheet();
    sheet.rows[2][5] = QStringLiteral("13,00"); // Tee-shirt M's price
    sheet.rows[1][9] = QStringLiteral("7"); // Tee-shirt S's stock
    sheet.rows << row(QStringLiteral("Tee-shirt"), QStringLiteral("L"), ean(6), QStringLiteral("TS-L"),
                      QStringLiteral("12,50"), QStringLiteral("20"), QStringLiteral("3"));
    sheet.rows << row(QStringLiteral("Chaussettes"), QString(), QString(), QString(), QStringLiteral("4"),
                      QStringLiteral("20"), QStringLiteral("2"));
    return sheet;
}

} // namespace

class TestImportOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsOneByOne_data();
    void sameAsOneByOne();
};

void TestImportOutbox::sameAsOneByOne_data()
{
    QTest::addColumn<ImportStockMode>("mode");
    QTest::addColumn<bool>("inStore");
    QTest::newRow("count") << ImportStockMode::Count << false;
    QTest::newRow("receipt, in-store barcodes") << ImportStockMode::Receipt << true;
}

void TestImportOutbox::sameAsOneByOne()
{
    QFETCH(ImportStockMode, mode);
    QFETCH(bool, inStore);
    Shop imported;
    Shop typed;
    qint64 category = 0;
    CreatedProduct existing;
    QVERIFY(seedCatalogue(imported, category, existing));
    QVERIFY(seedCatalogue(typed, category, existing));
    // A sync cursor, sent with each count.
    for (Shop *shop : {&imported, &typed})
        QVERIFY(shop->db().exec(QStringLiteral("UPDATE sync_state SET cursor = 42 WHERE id = 1")).ok());
    ImportOptions options;
    options.stockMode = mode;
    options.giveInStoreBarcodes = inStore;

    for (const Sheet &sheet : {catalogueSheet(), secondSheet()}) {
        imported.clock.advance(60'000);
        typed.clock.advance(60'000);
        CatalogueImport import(imported.db(), imported.clock, imported.uuids, imported.events);
        const ColumnMapping mapping = mappingOf(sheet);
        auto summary = import.run(sheet, mapping, options);
        QVERIFY2(summary.ok(), qPrintable(why(summary)));
        QVERIFY(summary->problems.isEmpty());

        ImportPlanner planner(typed.db(), sheet, mapping, options); // keeps references
        auto plan = planner.plan({}, nullptr);
        QVERIFY2(plan.ok(), qPrintable(why(plan)));
        Transaction tx(typed.db());
        QVERIFY(tx.status().ok());
        const Status written = writeOneByOne(typed, *plan, options);
        QVERIFY2(written.ok(), qPrintable(errorText(written.error())));
        QVERIFY(tx.commit().ok());
    }

    const QStringList want = state(typed.db());
    const QStringList got = state(imported.db());
    QVERIFY(want.size() > 20); // outbox entries and movements were written
    QCOMPARE(got.size(), want.size());
    for (int i = 0; i < want.size(); ++i)
        QCOMPARE(got.at(i), want.at(i));
}

QTEST_GUILESS_MAIN(TestImportOutbox)
#include "tst_importoutbox.moc"
