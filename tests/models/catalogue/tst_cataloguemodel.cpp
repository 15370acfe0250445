// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguemodelfixture.h"
#include "models/catalogue/cataloguemodel.h"
#include "models/money.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace comptoir;
using namespace comptoir::CatalogueModelFixture;

// CatalogueModel without search text: paging, display and roles, refresh, the archived, low-stock
// and category filters. Full-text search is in tst_cataloguesearchmodel.cpp.
class TestCatalogueModel : public QObject, protected Shops
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { makeBigShop(); }
    void init() { failOnWarnings(); }

    void emptyDatabase();
    void pagesToTheEnd();
    void archivedHiddenUnlessIncluded();
    void lowStockOnly();
    void categoryFilter();
    void displayAndRoles();
    void refreshShowsEdits();
    void refreshKeepsLoadedRows();

private:
    qint64 categoryId(const QString &name);
};

qint64 TestCatalogueModel::categoryId(const QString &name)
{
    auto q = m_big->db().query(QStringLiteral("SELECT id FROM categories WHERE name = ?"), {name});
    if (!q || !q.value().next())
        return 0;
    return q.value().value(0).toLongLong();
}

void TestCatalogueModel::emptyDatabase()
{
    TestShop shop;
    CatalogueModel model(shop.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(CatalogueModel::ColumnCount));
    QVERIFY(!model.canFetchMore());
    QCOMPARE(model.rowOfVariant(1), -1);
    model.setFilter(textFilter(QStringLiteral("miel")));
    QCOMPARE(model.rowCount(), 0);
    Filter all;
    all.includeArchived = true;
    all.lowStockOnly = true;
    all.categoryId = 42;
    model.setFilter(all);
    QCOMPARE(model.rowCount(), 0);
    model.refresh();
    QCOMPARE(model.rowCount(), 0);

    const QStringList titles
        = {QStringLiteral("Product"),  QStringLiteral("Variant"), QStringLiteral("Brand"),
           QStringLiteral("Category"), QStringLiteral("Barcode"), QStringLiteral("Reference"),
           QStringLiteral("Price"),    QStringLiteral("VAT"),     QStringLiteral("Stock")};
    for (int column = 0; column < titles.size(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), titles.at(column));
}

void TestCatalogueModel::pagesToTheEnd()
{
    CatalogueModel model(m_big->db());
    QCOMPARE(model.rowCount(), int(CatalogueModel::PageSize));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(Filter()); // the tester fetched a page: start again
    QCOMPARE(model.rowCount(), int(CatalogueModel::PageSize));
    QVERIFY(model.canFetchMore());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const int fetches = fetchAll(model);
    QVERIFY(fetches > 0);
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(inserted.size(), 5000 / CatalogueModel::PageSize - 1);
    QVERIFY(!model.canFetchMore());

    const QList<qint64> ids = modelIds(model);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 5000);
    QCOMPARE(ids, sqlIds(m_big->db(), QStringLiteral("SELECT id FROM variants ORDER BY sort_key, id")));
    QCOMPARE(model.rowOfVariant(ids.at(4321)), 4321);
}

void TestCatalogueModel::archivedHiddenUnlessIncluded()
{
    makeSmallShop();
    Catalogue &c = m_small->catalogue;
    auto honey = c.findVariantByCode(QStringLiteral("MIEL-1"));
    auto jam500 = c.findVariantByCode(QStringLiteral("CONF-500"));
    QVERIFY(honey && *honey && jam500 && *jam500);
    auto honeyVariant = c.variant(**honey);
    QVERIFY(honeyVariant);
    QVERIFY(c.setProductArchived(honeyVariant->productId, true));
    QVERIFY(c.setVariantArchived(**jam500, true));

    CatalogueModel model(m_small->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(modelReferences(model).size(), 4);
    QVERIFY(!modelReferences(model).contains(QStringLiteral("MIEL-1")));
    QVERIFY(!modelReferences(model).contains(QStringLiteral("CONF-500")));
    model.setFilter(textFilter(QStringLiteral("epicerie")));
    QCOMPARE(modelReferences(model), QStringList {QStringLiteral("CONF-250")});

    Filter filter = textFilter(QStringLiteral("epicerie"));
    filter.includeArchived = true;
    model.setFilter(filter);
    QCOMPARE(
        modelReferences(model),
        (QStringList {QStringLiteral("CONF-250"), QStringLiteral("CONF-500"), QStringLiteral("MIEL-1")}));
    QCOMPARE(model.index(0, 0).data(CatalogueModel::ArchivedRole).toBool(), false);
    QCOMPARE(model.index(1, 0).data(CatalogueModel::ArchivedRole).toBool(), true);
    QCOMPARE(model.index(2, 0).data(CatalogueModel::ArchivedRole).toBool(), true);

    filter.text.clear();
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 6);
}

void TestCatalogueModel::lowStockOnly()
{
    const QList<qint64> expected
        = sqlIds(m_big->db(),
                 QStringLiteral("SELECT v.id FROM variants v JOIN stock_on_hand h ON h.variant_id = v.id "
                                "WHERE v.low_stock_threshold > 0 AND h.quantity <= v.low_stock_threshold "
                                "ORDER BY v.sort_key, v.id"));
    QVERIFY(expected.size() > CatalogueModel::PageSize); // about one in ten
    QVERIFY(expected.size() < 1000);

    CatalogueModel model(m_big->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Unfiltered: LowStockRole follows the rule on every loaded row.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const qint64 threshold = index.data(CatalogueModel::LowStockThresholdRole).toLongLong();
        const qint64 onHand = index.data(CatalogueModel::OnHandRole).toLongLong();
        QCOMPARE(index.data(CatalogueModel::LowStockRole).toBool(), threshold > 0 && onHand <= threshold);
    }

    Filter filter;
    filter.lowStockOnly = true;
    model.setFilter(filter);
    fetchAll(model);
    QCOMPARE(modelIds(model), expected);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 0).data(CatalogueModel::LowStockRole).toBool());

    // With search text too.
    filter.text = QStringLiteral("miel");
    model.setFilter(filter);
    fetchAll(model);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row, 0).data(CatalogueModel::LowStockRole).toBool());
        QVERIFY(model.index(row, 0).data().toString().startsWith(QStringLiteral("Miel")));
    }
}

void TestCatalogueModel::categoryFilter()
{
    const qint64 hygiene = categoryId(QStringLiteral("Hygiène"));
    QVERIFY(hygiene > 0);
    const QList<qint64> expected
        = sqlIds(m_big->db(),
                 QStringLiteral("SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id "
                                "WHERE p.category_id = ? ORDER BY v.sort_key, v.id"),
                 {hygiene});
    QVERIFY(expected.size() > CatalogueModel::PageSize);

    CatalogueModel model(m_big->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Filter filter;
    filter.categoryId = hygiene;
    model.setFilter(filter);
    QVERIFY(model.filter().categoryId == hygiene);
    fetchAll(model);
    QCOMPARE(modelIds(model), expected);

    // Category and text: "savon" products in Hygiène only.
    filter.text = QStringLiteral("savon");
    model.setFilter(filter);
    fetchAll(model);
    const QList<qint64> soaps = sqlIds(
        m_big->db(),
        QStringLiteral("SELECT v.id FROM variants v JOIN products p ON p.id = v.product_id "
                       "WHERE p.category_id = ? AND p.name LIKE 'Savon %' ORDER BY v.sort_key, v.id"),
        {hygiene});
    QVERIFY(!soaps.isEmpty());
    QCOMPARE(modelIds(model), soaps);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, CatalogueModel::CategoryColumn).data().toString(),
                 QStringLiteral("Hygiène"));
}

void TestCatalogueModel::displayAndRoles()
{
    makeSmallShop();
    auto jam500 = m_small->catalogue.findVariantByCode(QStringLiteral("CONF-500"));
    QVERIFY(jam500 && *jam500);
    QVERIFY(m_small->ledger.record(**jam500, 12, MovementReason::Receipt));
    VariantFields fields
        = variantFields(QStringLiteral("500 g"), QStringLiteral("CONF-500"), 790, {m_jamBarcode});
    fields.lowStockThreshold = 12;
    QVERIFY(m_small->catalogue.updateVariant(**jam500, fields));

    CatalogueModel model(m_small->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model.rowOfVariant(**jam500);
    QCOMPARE(row, 2); // carnet, confiture 250, confiture 500, miel, savon, thé
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(CatalogueModel::NameColumn).toString(), QStringLiteral("Confiture de fraises"));
    QCOMPARE(cell(CatalogueModel::VariantColumn).toString(), QStringLiteral("500 g"));
    QCOMPARE(cell(CatalogueModel::BrandColumn).toString(), QStringLiteral("Maison Martin"));
    QCOMPARE(cell(CatalogueModel::CategoryColumn).toString(), QStringLiteral("Épicerie"));
    QCOMPARE(cell(CatalogueModel::BarcodeColumn).toString(), m_jamBarcode);
    QCOMPARE(cell(CatalogueModel::ReferenceColumn).toString(), QStringLiteral("CONF-500"));
    QCOMPARE(cell(CatalogueModel::PriceColumn).toString(), Money::format(790));
    QCOMPARE(cell(CatalogueModel::VatColumn).toString(), Money::formatRate(550));
    QCOMPARE(cell(CatalogueModel::StockColumn).toLongLong(), 12);
    QCOMPARE(cell(0, CatalogueModel::VariantIdRole).toLongLong(), **jam500);
    QVERIFY(cell(0, CatalogueModel::ProductIdRole).toLongLong() > 0);
    QCOMPARE(cell(0, CatalogueModel::PriceCentsRole).toLongLong(), 790);
    QCOMPARE(cell(0, CatalogueModel::VatRateRole).toInt(), 550);
    QCOMPARE(cell(0, CatalogueModel::OnHandRole).toLongLong(), 12);
    QCOMPARE(cell(0, CatalogueModel::LowStockThresholdRole).toInt(), 12);
    QCOMPARE(cell(0, CatalogueModel::LowStockRole).toBool(), true); // on hand <= threshold
    QCOMPARE(cell(0, CatalogueModel::ArchivedRole).toBool(), false);

    const auto alignment = [&](int column) {
        return cell(column, Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignHorizontal_Mask;
    };
    QCOMPARE(alignment(CatalogueModel::PriceColumn), Qt::AlignRight);
    QCOMPARE(alignment(CatalogueModel::VatColumn), Qt::AlignRight);
    QCOMPARE(alignment(CatalogueModel::StockColumn), Qt::AlignRight);
    QCOMPARE(alignment(CatalogueModel::NameColumn), Qt::AlignLeft);

    // No barcode, no category, no stock: empty cells, zero, not low (no threshold).
    const int notebook = 0;
    QCOMPARE(model.index(notebook, CatalogueModel::ReferenceColumn).data().toString(),
             QStringLiteral("CARN-A5"));
    QCOMPARE(model.index(notebook, CatalogueModel::BarcodeColumn).data().toString(), QString());
    QCOMPARE(model.index(notebook, CatalogueModel::CategoryColumn).data().toString(), QString());
    QCOMPARE(model.index(notebook, CatalogueModel::StockColumn).data().toLongLong(), 0);
    QCOMPARE(model.index(notebook, 0).data(CatalogueModel::LowStockRole).toBool(), false);
    QCOMPARE(model.rowOfVariant(999999), -1);
}

void TestCatalogueModel::refreshShowsEdits()
{
    makeSmallShop();
    auto honey = m_small->catalogue.findVariantByCode(QStringLiteral("MIEL-1"));
    QVERIFY(honey && *honey);

    CatalogueModel model(m_small->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model.rowOfVariant(**honey);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, 0).data(CatalogueModel::PriceCentsRole).toLongLong(), 1290);

    QVERIFY(m_small->catalogue.updateVariant(**honey, variantFields({}, QStringLiteral("MIEL-1"), 1350)));
    QVERIFY(m_small->ledger.record(**honey, 4, MovementReason::Receipt));
    QCOMPARE(model.index(row, 0).data(CatalogueModel::PriceCentsRole).toLongLong(), 1290); // not yet

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowOfVariant(**honey), row);
    QCOMPARE(model.index(row, 0).data(CatalogueModel::PriceCentsRole).toLongLong(), 1350);
    QCOMPARE(model.index(row, CatalogueModel::PriceColumn).data().toString(), Money::format(1350));
    QCOMPARE(model.index(row, CatalogueModel::StockColumn).data().toLongLong(), 4);

    // A renamed product moves to its new place in the order.
    auto product
        = m_small->catalogue.product(model.index(row, 0).data(CatalogueModel::ProductIdRole).toLongLong());
    QVERIFY(product);
    ProductFields renamed = product->fields;
    renamed.name = QStringLiteral("Acacia (miel)");
    QVERIFY(m_small->catalogue.updateProduct(product->id, renamed));
    model.refresh();
    QCOMPARE(model.rowOfVariant(**honey), 0);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Acacia (miel)"));
}

void TestCatalogueModel::refreshKeepsLoadedRows()
{
    CatalogueModel model(m_big->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(Filter());
    model.fetchMore();
    model.fetchMore();
    QCOMPARE(model.rowCount(), 3 * CatalogueModel::PageSize);
    const QList<qint64> before = modelIds(model);
    model.refresh();
    QCOMPARE(modelIds(model), before);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QCOMPARE(model.rowCount(), 4 * CatalogueModel::PageSize);

    // In paged search mode too.
    model.setFilter(textFilter(QStringLiteral("2000")));
    model.fetchMore();
    const QList<qint64> searched = modelIds(model);
    QCOMPARE(searched.size(), 2 * CatalogueModel::PageSize);
    model.refresh();
    QCOMPARE(modelIds(model), searched);
    QVERIFY(model.canFetchMore());
}

QTEST_GUILESS_MAIN(TestCatalogueModel)
#include "tst_cataloguemodel.moc"
