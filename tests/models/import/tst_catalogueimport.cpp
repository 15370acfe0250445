// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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

namespace {

// Every column under the export's own header, in this order.
const QList<ImportColumn> Columns {ImportColumn::Name,    ImportColumn::Size,      ImportColumn::Colour,
                                   ImportColumn::Barcode, ImportColumn::Reference, ImportColumn::Price,
                                   ImportColumn::Vat,     ImportColumn::Category,  ImportColumn::Brand,
                                   ImportColumn::Stock,   ImportColumn::Cost,      ImportColumn::NetQuantity};

QString ean(int n)
{
    return Barcode::complete(QStringLiteral("376000%1").arg(n, 6, 10, QLatin1Char('0')));
}

// A row of the sheet: name, size, colour, barcode, reference, price, vat, category, brand, stock,
// cost, net quantity.
QStringList row(const QString &name, const QString &size, const QString &barcode, const QString &reference,
                const QString &price, const QString &vat = QStringLiteral("20"),
                const QString &stock = QStringLiteral("5"))
{
    return {name,
            size,
            QStringLiteral("Rouge"),
            barcode,
            reference,
            price,
            vat,
            QStringLiteral("Vêtements"),
            QStringLiteral("Coton & Co"),
            stock,
            QStringLiteral("4,10"),
            QString()};
}

Sheet sheetOf(const QList<QStringList> &rows)
{
    Sheet sheet;
    QStringList headers;
    for (const ImportColumn column : Columns)
        headers << ImportColumns::exportHeader(column);
    sheet.rows << headers << rows;
    return sheet;
}

// A small catalogue: a tee-shirt in three sizes (one line gives "12,50 €", one "12.5", one
// "1 234,50"), spices whose VAT is written 5,5 %, a candle whose VAT is 0,2.
Sheet catalogueSheet()
{
    return sheetOf({
        row(QStringLiteral("Tee-shirt"), QStringLiteral("S"), ean(1), QStringLiteral("TS-S"),
            QStringLiteral("12,50 €")),
        row(QStringLiteral("Tee-shirt"), QStringLiteral("M"), ean(2), QStringLiteral("TS-M"),
            QStringLiteral("12.5")),
        row(QStringLiteral("Tee-shirt"), QStringLiteral("XXL"), ean(3) + QStringLiteral(" ") + ean(4),
            QStringLiteral("TS-XXL"), QStringLiteral("1 234,50")),
        {QStringLiteral("Épices douces"), QString(), QString(), ean(5), QStringLiteral("EP-1"),
         QStringLiteral("3,20"), QStringLiteral("5,5 %"), QStringLiteral("Épicerie"), QString(),
         QStringLiteral("12"), QString(), QStringLiteral("250 g")},
        {QStringLiteral("Bougie"), QString(), QString(), QString(), QStringLiteral("BG-1"),
         QStringLiteral("9"), QStringLiteral("0,2"), QString(), QString(), QStringLiteral("0"), QString(),
         QStringLiteral("75 cl")},
    });
}

ColumnMapping mappingOf(const Sheet &sheet)
{
    return CatalogueImport::guessMapping(sheet);
}

template<typename T> QString why(const Result<T> &result)
{
    return result.ok() ? QString() : errorText(result.error());
}

int count(Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

} // namespace

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
    void badInput_data();
    void badInput();
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

void TestCatalogueImport::badInput_data()
{
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<int>("row"); // the file's row number (headers are row 1)
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("subject");

    const QString price = QStringLiteral("12,50");
    auto one = [&](QStringList r) {
        return QList<QStringList> {r};
    };
    QStringList good
        = row(QStringLiteral("Tee-shirt"), QStringLiteral("M"), ean(2), QStringLiteral("TS-M"), price);
    auto with = [&](int column, const QString &value) {
        QStringList r = good;
        r[column] = value;
        return r;
    };
    QTest::newRow("empty name") << one(with(0, QStringLiteral("  "))) << 2 << QStringLiteral("Désignation")
                                << int(ErrorCode::EmptyName) << QString();
    QTest::newRow("bad check digit") << one(with(3, QStringLiteral("3017620422004"))) << 2
                                     << QStringLiteral("Code-barres") << int(ErrorCode::InvalidBarcode)
                                     << QStringLiteral("3017620422004");
    QTest::newRow("duplicate barcode in the file")
        << QList<QStringList> {good, with(4, QStringLiteral("TS-L"))} << 3 << QStringLiteral("Code-barres")
        << int(ErrorCode::DuplicateBarcode) << ean(2);
    QTest::newRow("duplicate reference in the file")
        << QList<QStringList> {good, with(3, ean(9))} << 3 << QStringLiteral("Référence")
        << int(ErrorCode::DuplicateReference) << QStringLiteral("TS-M");
    // REF-1 is the Crayon; 3017620422003 its barcode, given here to the Stylo's reference.
    QTest::newRow("duplicate barcode against the catalogue")
        << one(with(3, ean(8) + QStringLiteral(";3017620422003"))) << 2 << QStringLiteral("Code-barres")
        << int(ErrorCode::DuplicateBarcode) << QStringLiteral("3017620422003");
    QTest::newRow("negative price") << one(with(5, QStringLiteral("-3,00"))) << 2
                                    << QStringLiteral("Prix TTC") << int(ErrorCode::NegativePrice)
                                    << QStringLiteral("-3,00");
    QTest::newRow("absurd price") << one(with(5, QStringLiteral("1 000 000,00 €"))) << 2
                                  << QStringLiteral("Prix TTC") << int(ErrorCode::AmountTooLarge)
                                  << QStringLiteral("*");
    QTest::newRow("unreadable price")
        << one(with(5, QStringLiteral("douze"))) << 2 << QStringLiteral("Prix TTC")
        << int(ErrorCode::ImportValueUnreadable) << QStringLiteral("douze");
    QTest::newRow("no price for a new item") << one(with(5, QString())) << 2 << QStringLiteral("Prix TTC")
                                             << int(ErrorCode::ImportValueUnreadable) << QString();
    QTest::newRow("negative cost") << one(with(10, QStringLiteral("-1"))) << 2
                                   << QStringLiteral("Prix d'achat HT") << int(ErrorCode::NegativePrice)
                                   << QStringLiteral("-1");
    QTest::newRow("unknown VAT 7") << one(with(6, QStringLiteral("7"))) << 2 << QStringLiteral("TVA")
                                   << int(ErrorCode::UnknownVatRate) << QStringLiteral("7");
    QTest::newRow("unknown VAT 19,6 %")
        << one(with(6, QStringLiteral("19,6 %"))) << 2 << QStringLiteral("TVA")
        << int(ErrorCode::UnknownVatRate) << QStringLiteral("19,6 %");
    QTest::newRow("unreadable VAT") << one(with(6, QStringLiteral("normale"))) << 2 << QStringLiteral("TVA")
                                    << int(ErrorCode::ImportValueUnreadable) << QStringLiteral("normale");
    QTest::newRow("unreadable stock")
        << one(with(9, QStringLiteral("beaucoup"))) << 2 << QStringLiteral("Stock")
        << int(ErrorCode::ImportValueUnreadable) << QStringLiteral("beaucoup");
    QTest::newRow("negative stock") << one(with(9, QStringLiteral("-2"))) << 2 << QStringLiteral("Stock")
                                    << int(ErrorCode::InvalidQuantity) << QStringLiteral("-2");
    QTest::newRow("fractional stock") << one(with(9, QStringLiteral("2,5"))) << 2 << QStringLiteral("Stock")
                                      << int(ErrorCode::InvalidQuantity) << QStringLiteral("2,5");
    QTest::newRow("absurd stock") << one(with(9, QStringLiteral("99999999999"))) << 2
                                  << QStringLiteral("Stock") << int(ErrorCode::QuantityTooLarge)
                                  << QStringLiteral("*");
    QTest::newRow("net quantity") << one(with(11, QStringLiteral("3 boîtes"))) << 2
                                  << QStringLiteral("Contenance") << int(ErrorCode::InvalidNetQuantity)
                                  << QStringLiteral("3 boîtes");
    QTest::newRow("rows of one product disagree")
        << QList<QStringList> {good,
                               row(QStringLiteral("Tee-shirt"), QStringLiteral("L"), ean(9),
                                   QStringLiteral("TS-L"), price, QStringLiteral("5,5"))}
        << 3 << QStringLiteral("TVA") << int(ErrorCode::ImportVariantsDisagree) << QStringLiteral("TVA");
    QTest::newRow("mojibake é") << one(with(0, QStringLiteral("CafÃ© moulu"))) << 2
                                << QStringLiteral("Désignation") << int(ErrorCode::SpreadsheetEncodingWrong)
                                << QStringLiteral("CafÃ© moulu");
    QTest::newRow("mojibake è") << one(with(7, QStringLiteral("BibliothÃ¨que"))) << 2
                                << QStringLiteral("Rayon") << int(ErrorCode::SpreadsheetEncodingWrong)
                                << QStringLiteral("BibliothÃ¨que");
    QTest::newRow("mojibake à") << one(with(0, QStringLiteral("Pâte Ã  tartiner"))) << 2
                                << QStringLiteral("Désignation") << int(ErrorCode::SpreadsheetEncodingWrong)
                                << QStringLiteral("Pâte Ã  tartiner");
}

void TestCatalogueImport::badInput()
{
    QFETCH(QList<QStringList>, rows);
    QFETCH(int, row);
    QFETCH(QString, column);
    QFETCH(int, code);
    QFETCH(QString, subject);

    // A second product, "Stylo" (REF-2), for the barcode taken by another variant.
    ProductFields stylo;
    stylo.name = QStringLiteral("Stylo");
    VariantFields ref2;
    ref2.reference = QStringLiteral("REF-2");
    ref2.priceCents = 150;
    QVERIFY(m_shop->catalogue.createProduct(stylo, ref2).ok());
    for (QStringList &r : rows) {
        if (r.at(3).endsWith(QStringLiteral(";3017620422003")))
            r[4] = QStringLiteral("REF-2");
    }
    Database &db = m_shop->db();
    const QStringList before = snapshot(db);
    const int outbox = count(db, QStringLiteral("sync_outbox"));

    auto summary = run(sheetOf(rows));
    QVERIFY2(summary.ok(), qPrintable(why(summary)));
    QVERIFY(!summary->written);
    QVERIFY(!summary->problems.isEmpty());
    const ImportProblem &p = summary->problems.constFirst();
    QCOMPARE(p.row, row);
    QCOMPARE(p.column, column);
    QCOMPARE(int(p.error.code), code);
    if (subject != QLatin1String("*")) // "*": the bound, formatted in the test's locale
        QCOMPARE(p.error.subject, subject);
    QCOMPARE(snapshot(db), before); // nothing written
    QCOMPARE(count(db, QStringLiteral("sync_outbox")), outbox);
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
