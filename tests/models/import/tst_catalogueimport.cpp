// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsheets.h"
#include "models/catalogue/barcode.h"
#include "models/catalogue/instorebarcodes.h"
#include "models/import/catalogueimport.h"
#include "models/import/importmappings.h"
#include "models/spreadsheet/spreadsheetreader.h"
#include "shopfixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::test;

class TestCatalogueImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void guessesTheMapping();
    void importsACatalogue();
    void reimportChangesNothing();
    void changedPriceAndNameUpdate();
    void countAndReceiptModes();
    void checkWritesNothing();
    void skipInvalidWritesTheGoodRows();
    void inStoreBarcodes();
    void cancelWritesNothing();
    void savedMappings();

private:
    Result<ImportSummary> run(const Sheet &sheet, const ImportOptions &options = {})
    {
        CatalogueImport import(m_shop->db(), m_shop->clock, m_shop->uuids, m_shop->events);
        return import.run(sheet, mappingOf(sheet), options);
    }

    std::unique_ptr<Shop> m_shop;
    qint64 m_category = 0;
    CreatedProduct m_existing; // "Crayon" 3017620422003 REF-1
};

void TestCatalogueImport::init()
{
    m_shop = std::make_unique<Shop>();
    QVERIFY(m_shop->temp.isValid());
    QVERIFY(seedCatalogue(*m_shop, m_category, m_existing));
}

void TestCatalogueImport::cleanup()
{
    m_shop.reset();
}

void TestCatalogueImport::guessesTheMapping()
{
    Sheet sheet;
    sheet.rows << QStringList {} << QStringList {QStringLiteral("Réf."),     QStringLiteral("Libellé"),
                                                 QStringLiteral("PRIX TTC"), QStringLiteral("EAN13"),
                                                 QStringLiteral("Taux TVA"), QStringLiteral("Qté"),
                                                 QStringLiteral("Remarque")};
    const ColumnMapping mapping = CatalogueImport::guessMapping(sheet);
    QCOMPARE(mapping.headerRow, 1);
    QCOMPARE(mapping.columns.value(ImportColumn::Reference, -1), 0);
    QCOMPARE(mapping.columns.value(ImportColumn::Name, -1), 1);
    QCOMPARE(mapping.columns.value(ImportColumn::Price, -1), 2);
    QCOMPARE(mapping.columns.value(ImportColumn::Barcode, -1), 3);
    QCOMPARE(mapping.columns.value(ImportColumn::Vat, -1), 4);
    QCOMPARE(mapping.columns.value(ImportColumn::Stock, -1), 5);
    QCOMPARE(mapping.columns.size(), 6);
}

void TestCatalogueImport::importsACatalogue()
{
    Database &db = m_shop->db();
    const int outboxBefore = count(db, QStringLiteral("sync_outbox"));
    auto summary = run(catalogueSheet());
    QVERIFY2(summary.ok(), qPrintable(why(summary)));
    QVERIFY(summary->written);
    QVERIFY(summary->problems.isEmpty());
    QCOMPARE(summary->rows, 5);
    QCOMPARE(summary->productsCreated, 3);
    QCOMPARE(summary->variantsCreated, 5);
    QCOMPARE(summary->stockMovements, 4); // every row but the candle's 0

    Catalogue &cat = m_shop->catalogue;
    auto found = cat.findVariantByCode(ean(3));
    QVERIFY(found.ok() && found->has_value());
    auto xxl = cat.variant(**found);
    QVERIFY(xxl.ok());
    QCOMPARE(xxl->fields.label, QStringLiteral("XXL / Rouge"));
    QCOMPARE(xxl->fields.priceCents, 123450);
    QCOMPARE(xxl->fields.costCents, std::optional<qint64>(410));
    QCOMPARE(xxl->fields.barcodes.size(), 2);
    QCOMPARE(xxl->onHand, 5);
    auto tee = cat.product(xxl->productId);
    QVERIFY(tee.ok());
    QCOMPARE(tee->fields.name, QStringLiteral("Tee-shirt"));
    QCOMPARE(tee->fields.brand, QStringLiteral("Coton & Co"));
    QCOMPARE(tee->fields.vatRateBp, 2000);
    auto sizes = cat.variantsOf(xxl->productId);
    QVERIFY(sizes.ok());
    QCOMPARE(sizes->size(), 3); // one product, three variants
    QCOMPARE(sizes->at(0).fields.priceCents, 1250);
    QCOMPARE(sizes->at(1).fields.priceCents, 1250);

    auto spices = cat.findVariantByCode(QStringLiteral("EP-1"));
    QVERIFY(spices.ok() && spices->has_value());
    auto spice = cat.variant(**spices);
    QCOMPARE(spice->fields.netQuantity, (NetQuantity {250, NetUnit::Gram}));
    QCOMPARE(cat.product(spice->productId)->fields.vatRateBp, 550);
    auto candle = cat.variant(**cat.findVariantByCode(QStringLiteral("BG-1")));
    QCOMPARE(candle->fields.netQuantity, (NetQuantity {750, NetUnit::Millilitre}));
    QCOMPARE(cat.product(candle->productId)->fields.vatRateBp, 2000);
    QCOMPARE(candle->onHand, 0);

    // Categories made once; the search index knows every new variant.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM categories WHERE name = 'Vêtements'")).toInt(),
             1);
    QCOMPARE(search(db, QStringLiteral("bougie")).size(), 1);
    QCOMPARE(search(db, QStringLiteral("tee")).size(), 3);
    QCOMPARE(search(db, QStringLiteral("vetements")).size(), 3);
    QCOMPARE(search(db, QStringLiteral("\"") + ean(4) + QStringLiteral("\"")), QList<qint64> {**found});
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'search_deferred'")).toInt(),
             0);
    // Queued for the marketplace as createProduct queues: one product_upsert per product and per
    // added variant, one stock movement per count.
    QVERIFY(count(db, QStringLiteral("sync_outbox")) > outboxBefore + 3);
}

void TestCatalogueImport::reimportChangesNothing()
{
    QVERIFY(run(catalogueSheet()).ok());
    Database &db = m_shop->db();
    const QStringList before = snapshot(db);
    const int outbox = count(db, QStringLiteral("sync_outbox"));
    const int movements = count(db, QStringLiteral("stock_movements"));
    const int events = count(db, QStringLiteral("events"));
    auto again = run(catalogueSheet());
    QVERIFY(again.ok());
    QVERIFY(again->written);
    QCOMPARE(again->productsCreated, 0);
    QCOMPARE(again->variantsCreated, 0);
    QCOMPARE(again->variantsUpdated, 0);
    QCOMPARE(again->variantsUnchanged, 5);
    QCOMPARE(again->stockMovements, 0);
    QCOMPARE(snapshot(db), before);
    QCOMPARE(count(db, QStringLiteral("sync_outbox")), outbox);
    QCOMPARE(count(db, QStringLiteral("stock_movements")), movements);
    QCOMPARE(count(db, QStringLiteral("events")), events);
}

void TestCatalogueImport::changedPriceAndNameUpdate()
{
    QVERIFY(run(catalogueSheet()).ok());
    Database &db = m_shop->db();
    const int outbox = count(db, QStringLiteral("sync_outbox"));
    Sheet changed = catalogueSheet();
    for (int r = 1; r <= 3; ++r)
        changed.rows[r][0] = QStringLiteral("Tee-shirt bio"); // renamed, matched by barcode
    changed.rows[2][5] = QStringLiteral("14,00");
    changed.rows[4][6] = QStringLiteral("5,5"); // the spices' VAT unchanged, written otherwise
    changed.rows[5][3] = QString(); // the candle: matched by its reference
    changed.rows[5][0] = QStringLiteral("Bougie parfumée");
    auto summary = run(changed);
    QVERIFY2(summary.ok(), qPrintable(why(summary)));
    QVERIFY(summary->problems.isEmpty());
    QCOMPARE(summary->productsCreated, 0);
    QCOMPARE(summary->variantsCreated, 0);
    QCOMPARE(summary->variantsUpdated, 4); // three tee-shirts (renamed) and the candle
    QCOMPARE(summary->variantsUnchanged, 1);
    Catalogue &cat = m_shop->catalogue;
    auto m = cat.variant(**cat.findVariantByCode(ean(2)));
    QCOMPARE(m->fields.priceCents, 1400);
    QCOMPARE(cat.product(m->productId)->fields.name, QStringLiteral("Tee-shirt bio"));
    QCOMPARE(search(db, QStringLiteral("bio")).size(), 3);
    QCOMPARE(search(db, QStringLiteral("parfumee")).size(), 1);
    // The marketplace learns the renames and the price (the same mutations as a typed edit).
    QVERIFY(count(db, QStringLiteral("sync_outbox")) >= outbox + 3);
}

void TestCatalogueImport::countAndReceiptModes()
{
    QVERIFY(run(catalogueSheet()).ok());
    Catalogue &cat = m_shop->catalogue;
    const qint64 s = **cat.findVariantByCode(ean(1));
    QVERIFY(m_shop->ledger.record(s, -2, MovementReason::Sale).ok()); // 3 left
    auto counted = run(catalogueSheet()); // count: the file says 5 on the shelf
    QVERIFY(counted.ok());
    QCOMPARE(counted->stockMovements, 1);
    QCOMPARE(*m_shop->ledger.onHand(s), 5);
    ImportOptions receipt;
    receipt.stockMode = ImportStockMode::Receipt;
    auto received = run(catalogueSheet(), receipt);
    QVERIFY(received.ok());
    QCOMPARE(received->stockMovements, 4); // every row with a quantity > 0
    QCOMPARE(*m_shop->ledger.onHand(s), 10);
    ImportOptions ignore;
    ignore.stockMode = ImportStockMode::Ignore;
    auto ignored = run(catalogueSheet(), ignore);
    QVERIFY(ignored.ok());
    QCOMPARE(ignored->stockMovements, 0);
    QCOMPARE(*m_shop->ledger.onHand(s), 10);
}

void TestCatalogueImport::checkWritesNothing()
{
    Database &db = m_shop->db();
    const QStringList before = snapshot(db);
    CatalogueImport import(db, m_shop->clock, m_shop->uuids, m_shop->events);
    const Sheet sheet = catalogueSheet();
    int lastDone = -1;
    int lastTotal = -1;
    auto summary = import.check(sheet, mappingOf(sheet), {}, [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
    });
    QVERIFY(summary.ok());
    QVERIFY(!summary->written);
    QCOMPARE(summary->productsCreated, 3);
    QCOMPARE(summary->variantsCreated, 5);
    QCOMPARE(summary->stockMovements, 4);
    QCOMPARE(lastDone, lastTotal);
    QCOMPARE(snapshot(db), before);
}

void TestCatalogueImport::skipInvalidWritesTheGoodRows()
{
    Sheet sheet = catalogueSheet();
    sheet.rows[2][6] = QStringLiteral("7"); // the M tee-shirt: unknown VAT
    sheet.rows[4][0] = QString(); // the spices: no name
    QTemporaryDir dir;
    ImportOptions options;
    options.skipInvalid = true;
    options.rejectedRowsPath = dir.filePath(QStringLiteral("refusees.csv"));
    options.describeProblem = [](const ImportProblem &p) {
        return QStringLiteral("colonne %1 : code %2").arg(p.column).arg(int(p.error.code));
    };
    auto summary = run(sheet, options);
    QVERIFY2(summary.ok(), qPrintable(why(summary)));
    QVERIFY(summary->written);
    QCOMPARE(summary->rowsRejected, 2);
    QCOMPARE(summary->variantsCreated, 3);
    QCOMPARE(summary->rejectedRowsFile, options.rejectedRowsPath);
    QVERIFY(!m_shop->catalogue.findVariantByCode(ean(2))->has_value());
    QVERIFY(m_shop->catalogue.findVariantByCode(ean(3))->has_value());

    // The rejected rows, with the file's headers and why, import again once fixed.
    auto rejected = readSpreadsheet(options.rejectedRowsPath);
    QVERIFY(rejected.ok());
    QCOMPARE(rejected->rows.size(), 3);
    QCOMPARE(rejected->rows.at(0).mid(0, Columns.size()), sheet.rows.at(0));
    QCOMPARE(rejected->rows.at(1).last(),
             QStringLiteral("colonne TVA : code %1").arg(int(ErrorCode::UnknownVatRate)));
    QCOMPARE(rejected->rows.at(2).at(3), ean(5));
    Sheet fixed = *rejected;
    fixed.rows[1][6] = QStringLiteral("20");
    fixed.rows[2][0] = QStringLiteral("Épices douces");
    auto again = run(fixed);
    QVERIFY2(again.ok(), qPrintable(why(again)));
    QVERIFY(again->problems.isEmpty());
    QCOMPARE(again->variantsCreated, 2);
    auto tee = m_shop->catalogue.variant(**m_shop->catalogue.findVariantByCode(ean(2)));
    QCOMPARE(m_shop->catalogue.variantsOf(tee->productId)->size(), 3); // joined its product
}

void TestCatalogueImport::inStoreBarcodes()
{
    ImportOptions options;
    options.giveInStoreBarcodes = true;
    auto summary = run(catalogueSheet(), options);
    QVERIFY(summary.ok());
    QCOMPARE(summary->inStoreBarcodesGiven, 1); // the candle
    auto candle = m_shop->catalogue.variant(**m_shop->catalogue.findVariantByCode(QStringLiteral("BG-1")));
    QCOMPARE(summary->inStoreBarcodeVariants, QList<qint64> {candle->id}); // its label is to print
    QCOMPARE(candle->fields.barcodes.size(), 1);
    QVERIFY(InStoreBarcodes::isInStore(candle->fields.barcodes.constFirst()));
    QCOMPARE(Barcode::classify(candle->fields.barcodes.constFirst()), Barcode::Kind::Ean13);
}

void TestCatalogueImport::cancelWritesNothing()
{
    Database &db = m_shop->db();
    const QStringList before = snapshot(db);
    std::atomic_bool cancel {true};
    CatalogueImport import(db, m_shop->clock, m_shop->uuids, m_shop->events);
    const Sheet sheet = catalogueSheet();
    auto summary = import.run(sheet, mappingOf(sheet), {}, {}, &cancel);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().code, ErrorCode::ImportCancelled);
    QCOMPARE(snapshot(db), before);
}

void TestCatalogueImport::savedMappings()
{
    ImportMappings mappings(m_shop->db());
    Sheet sheet;
    sheet.rows << QStringList {QStringLiteral("Code"), QStringLiteral("Article"), QStringLiteral("PV TTC")};
    ColumnMapping mapping;
    mapping.columns.insert(ImportColumn::Reference, 0);
    mapping.columns.insert(ImportColumn::Name, 1);
    mapping.columns.insert(ImportColumn::Price, 2);
    QVERIFY(mappings.save(QStringLiteral("Ancienne caisse"), sheet, mapping));
    QCOMPARE(*mappings.names(), QStringList {QStringLiteral("Ancienne caisse")});
    // Next month's export: the columns moved, the headers did not change.
    Sheet moved;
    moved.rows << QStringList {QStringLiteral("PV TTC"), QStringLiteral("Stock"), QStringLiteral("Article"),
                               QStringLiteral("code")};
    auto loaded = mappings.load(QStringLiteral("Ancienne caisse"), moved);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->columns.value(ImportColumn::Price), 0);
    QCOMPARE(loaded->columns.value(ImportColumn::Name), 2);
    QCOMPARE(loaded->columns.value(ImportColumn::Reference), 3);
    QCOMPARE(loaded->columns.size(), 3);
    Sheet missing;
    missing.rows << QStringList {QStringLiteral("Article"), QStringLiteral("Prix")};
    QCOMPARE(mappings.load(QStringLiteral("Ancienne caisse"), missing).error().code,
             ErrorCode::ImportColumnMissing);
    QCOMPARE(mappings.load(QStringLiteral("Autre"), moved).error().code, ErrorCode::ImportMappingUnknown);

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("mapping.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ImportMappings::toJson(sheet, mapping));
    file.close();
    auto fromFile = ImportMappings::loadFile(file.fileName(), moved);
    QVERIFY(fromFile.ok());
    QCOMPARE(*fromFile, *loaded);
    QVERIFY(mappings.remove(QStringLiteral("Ancienne caisse")));
    QVERIFY(mappings.names()->isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogueImport)
#include "tst_catalogueimport.moc"
