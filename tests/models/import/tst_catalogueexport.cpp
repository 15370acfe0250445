// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The export of the catalogue, stock and valuation (issue 14): its columns (the import's names),
// its values, archived variants left out, and the files it writes read back.
#include "models/import/catalogueexport.h"
#include "models/import/importcolumns.h"
#include "models/spreadsheet/spreadsheetreader.h"
#include "models/spreadsheet/spreadsheetwriter.h"
#include "shopfixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::test;

namespace {

QString text(const SheetValue &value)
{
    switch (value.kind) {
    case SheetValue::Kind::Text:
        return value.text;
    case SheetValue::Kind::Integer:
        return QString::number(value.number);
    case SheetValue::Kind::Cents:
        return QStringLiteral("%1c").arg(value.number);
    }
    return {};
}

QStringList texts(const QList<SheetValue> &row)
{
    QStringList out;
    for (const SheetValue &value : row)
        out.append(text(value));
    return out;
}

QStringList headers(const QList<ImportColumn> &columns)
{
    QStringList out;
    for (const ImportColumn column : columns)
        out.append(ImportColumns::exportHeader(column));
    return out;
}

const QList<ImportColumn> CatalogueColumns {
    ImportColumn::Reference, ImportColumn::Barcode,     ImportColumn::Name,     ImportColumn::Label,
    ImportColumn::Brand,     ImportColumn::Category,    ImportColumn::Price,    ImportColumn::Vat,
    ImportColumn::Cost,      ImportColumn::NetQuantity, ImportColumn::LowStock, ImportColumn::Description};

} // namespace

class TestCatalogueExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void catalogueRows();
    void stockRows();
    void valuationRows();
    void filesReadBack_data();
    void filesReadBack();
    void emptyCatalogue();

private:
    std::unique_ptr<Shop> m_shop;
};

void TestCatalogueExport::init()
{
    m_shop = std::make_unique<Shop>();
    QVERIFY(m_shop->temp.isValid());
    Catalogue &catalogue = m_shop->catalogue;
    const auto category = catalogue.addCategory(QStringLiteral("Épicerie"));
    QVERIFY(category.ok());

    ProductFields coffee;
    coffee.name = QStringLiteral("Café moulu");
    coffee.brand = QStringLiteral("Torréfaction Ligérienne");
    coffee.categoryId = *category;
    coffee.vatRateBp = 550;
    coffee.description = QStringLiteral("Pur arabica\nTorréfié à Orléans");
    VariantFields small;
    small.label = QStringLiteral("250 g");
    small.reference = QStringLiteral("CAFE-250");
    small.barcodes = {QStringLiteral("4006381333931"), QStringLiteral("3017620422003")};
    small.priceCents = 680;
    small.costCents = 295;
    small.lowStockThreshold = 5;
    small.netQuantity = NetQuantity {250, NetUnit::Gram};
    const auto created = catalogue.createProduct(coffee, small);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : errorText(created.error())));
    VariantFields big = small;
    big.label = QStringLiteral("1 kg");
    big.reference = QStringLiteral("CAFE-1K");
    big.barcodes = {};
    big.priceCents = 2200;
    big.costCents = std::nullopt; // no cost known
    big.netQuantity = NetQuantity {1500, NetUnit::Kilogram};
    const auto bigId = catalogue.addVariant(created->productId, big);
    QVERIFY2(bigId.ok(), qPrintable(bigId.ok() ? QString() : errorText(bigId.error())));
    VariantFields gone = small;
    gone.label = QStringLiteral("Ancien");
    gone.reference = QStringLiteral("CAFE-OLD");
    gone.barcodes = {};
    const auto goneId = catalogue.addVariant(created->productId, gone);
    QVERIFY(goneId.ok());
    QVERIFY(catalogue.setVariantArchived(*goneId, true).ok());

    ProductFields formula;
    formula.name = QStringLiteral("=1+1 cadeau"); // a name that a spreadsheet would run
    formula.vatRateBp = 2000;
    VariantFields single;
    single.reference = QStringLiteral("BON-1");
    single.priceCents = 1000;
    single.costCents = 400;
    single.netQuantity = NetQuantity {6, NetUnit::Piece};
    const auto gift = catalogue.createProduct(formula, single);
    QVERIFY(gift.ok());

    QVERIFY(m_shop->ledger.recordCount(created->variantId, 12).ok());
    QVERIFY(m_shop->ledger.recordCount(*bigId, 3).ok());
    QVERIFY(m_shop->ledger.recordCount(gift->variantId, 7).ok());
}

void TestCatalogueExport::cleanup()
{
    m_shop.reset();
}

void TestCatalogueExport::catalogueRows()
{
    const auto rows = catalogueExportRows(m_shop->db(), CatalogueExportKind::Catalogue);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 4); // headers, 3 variants (the archived one left out)
    QCOMPARE(texts(rows->at(0)), headers(CatalogueColumns));
    // The catalogue's order: "=1+1 cadeau", then "café moulu 1 kg", "café moulu 250 g".
    QCOMPARE(
        texts(rows->at(1)),
        (QStringList {QStringLiteral("BON-1"), QString(), QStringLiteral("=1+1 cadeau"), QString(), QString(),
                      QString(), QStringLiteral("1000c"), QStringLiteral("20"), QStringLiteral("400c"),
                      QStringLiteral("6 pièces"), QStringLiteral("0"), QString()}));
    QCOMPARE(texts(rows->at(2)),
             (QStringList {QStringLiteral("CAFE-1K"), QString(), QStringLiteral("Café moulu"),
                           QStringLiteral("1 kg"), QStringLiteral("Torréfaction Ligérienne"),
                           QStringLiteral("Épicerie"), QStringLiteral("2200c"), QStringLiteral("5,5"),
                           QString(), QStringLiteral("1,5 kg"), QStringLiteral("5"),
                           QStringLiteral("Pur arabica\nTorréfié à Orléans")}));
    QCOMPARE(texts(rows->at(3)),
             (QStringList {QStringLiteral("CAFE-250"), QStringLiteral("3017620422003 4006381333931"),
                           QStringLiteral("Café moulu"), QStringLiteral("250 g"),
                           QStringLiteral("Torréfaction Ligérienne"), QStringLiteral("Épicerie"),
                           QStringLiteral("680c"), QStringLiteral("5,5"), QStringLiteral("295c"),
                           QStringLiteral("250 g"), QStringLiteral("5"),
                           QStringLiteral("Pur arabica\nTorréfié à Orléans")}));
    QCOMPARE(rows->at(3).at(6).kind, SheetValue::Kind::Cents);
    QCOMPARE(rows->at(2).at(8).kind, SheetValue::Kind::Text); // no cost: an empty cell
}

void TestCatalogueExport::stockRows()
{
    const auto rows = catalogueExportRows(m_shop->db(), CatalogueExportKind::Stock);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 4);
    QCOMPARE(texts(rows->at(0)), headers(CatalogueColumns + QList<ImportColumn> {ImportColumn::Stock}));
    QCOMPARE(text(rows->at(1).constLast()), QStringLiteral("7"));
    QCOMPARE(text(rows->at(2).constLast()), QStringLiteral("3"));
    QCOMPARE(text(rows->at(3).constLast()), QStringLiteral("12"));
}

void TestCatalogueExport::valuationRows()
{
    const auto rows = catalogueExportRows(m_shop->db(), CatalogueExportKind::Valuation);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 5); // headers, 3 variants, the total
    QCOMPARE(texts(rows->at(0)),
             headers(CatalogueColumns + QList<ImportColumn> {ImportColumn::Stock, ImportColumn::StockValue}));
    QCOMPARE(text(rows->at(1).constLast()), QStringLiteral("2800c")); // 7 × 4,00 €
    QCOMPARE(text(rows->at(2).constLast()), QString()); // no cost, no value
    QCOMPARE(text(rows->at(3).constLast()), QStringLiteral("3540c")); // 12 × 2,95 €
    QCOMPARE(text(rows->at(4).constFirst()), QStringLiteral("Total"));
    QCOMPARE(text(rows->at(4).constLast()), QStringLiteral("6340c"));
}

void TestCatalogueExport::filesReadBack_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("price"); // 6,80 € as the file holds it
    QTest::newRow("csv") << QStringLiteral("stock.csv") << QStringLiteral("6,80");
    QTest::newRow("xlsx") << QStringLiteral("stock.xlsx") << QStringLiteral("6.8");
}

// The files read back with the import's reader: each header names its column again, and the
// name a spreadsheet would run comes back escaped (unescapeCell gives it back as it was).
void TestCatalogueExport::filesReadBack()
{
    QFETCH(QString, name);
    QFETCH(QString, price);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY(exportCatalogue(m_shop->db(), CatalogueExportKind::Stock, path).ok());
    const Result<Sheet> sheet = readSpreadsheet(path);
    QVERIFY2(sheet.ok(), qPrintable(sheet.ok() ? QString() : sheet.error().detail));
    QCOMPARE(sheet->rows.size(), 4);
    const QList<ImportColumn> columns = CatalogueColumns + QList<ImportColumn> {ImportColumn::Stock};
    for (int c = 0; c < columns.size(); ++c)
        QCOMPARE(ImportColumns::fromHeader(sheet->rows.at(0).at(c)),
                 std::optional<ImportColumn>(columns.at(c)));
    QCOMPARE(sheet->rows.at(1).at(2), QStringLiteral("'=1+1 cadeau"));
    QCOMPARE(unescapeCell(sheet->rows.at(1).at(2)), QStringLiteral("=1+1 cadeau"));
    QCOMPARE(sheet->rows.at(3).at(1), QStringLiteral("3017620422003 4006381333931"));
    QCOMPARE(sheet->rows.at(3).at(6), price);
    QCOMPARE(sheet->rows.at(3).at(11), QStringLiteral("Pur arabica\nTorréfié à Orléans"));
    QCOMPARE(sheet->rows.at(3).at(12), QStringLiteral("12"));
}

void TestCatalogueExport::emptyCatalogue()
{
    TempDatabase empty;
    QVERIFY(empty.isValid());
    const auto rows = catalogueExportRows(empty.db(), CatalogueExportKind::Valuation);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2); // the headers and a total of zero
    QCOMPARE(text(rows->at(1).constLast()), QStringLiteral("0c"));
}

QTEST_GUILESS_MAIN(TestCatalogueExport)
#include "tst_catalogueexport.moc"
