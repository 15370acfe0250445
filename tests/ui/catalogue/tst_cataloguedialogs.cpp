// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguepagefixture.h"
#include "models/catalogue/barcode.h"
#include "models/catalogue/cataloguemodel.h"
#include "models/money.h"
#include "models/settings/shopsettings.h"
#include "ui/catalogue/productdialog.h"
#include "ui/catalogue/stockdialog.h"
#include "ui/catalogue/variantdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace comptoir;

// The dialogs the catalogue page opens, driven from the keyboard: new product (and the input it
// refuses), edit, new variant, stock adjustment and physical count.
class TestCatalogueDialogs : public QObject, protected CataloguePageFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpShop(); }
    void cleanup() { tearDownShop(); }
    void createProductThroughTheDialog();
    void badInputKeepsTheDialogOpenAndWritesNothing_data();
    void badInputKeepsTheDialogOpenAndWritesNothing();
    void cancelWritesNothing();
    void adjustStockThroughTheDialog();
    void zeroChangeIsRefused();
    void physicalCountThroughTheDialog();
    void editPriceShowsInTheTable();
    void addVariantToTheSelectedProduct();
    void newProductsTakeTheShopsRate();
};

void TestCatalogueDialogs::createProductThroughTheDialog()
{
    showPage();
    const QString code1 = Barcode::complete(u"376000000001");
    const QString code2 = Barcode::complete(u"400638133393");

    QTest::keyClick(m_page.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = openDialog<ProductDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->isNew());
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
             QStringLiteral("Confiture de fraises"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("brandEdit")), QStringLiteral("Maison Loiret"));
    auto *category = dialog->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
    QVERIFY(category && category->isEditable());
    typeInto(category, QStringLiteral("Confitures"));
    auto *vat = dialog->findChild<QComboBox *>(QStringLiteral("vatCombo"));
    vat->setCurrentIndex(vat->findData(550));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")), QStringLiteral("250 g"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("barcodesEdit")),
             code1 + QStringLiteral(", ") + code2);
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit")), QStringLiteral("4,90"));
    setSpin(dialog->findChild<QSpinBox *>(QStringLiteral("thresholdSpin")), 3);
    setSpin(dialog->findChild<QSpinBox *>(QStringLiteral("initialStockSpin")), 12);
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), Qt::Key_Return);

    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(count(QStringLiteral("products")), 1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT name || '|' || brand || '|' || vat_rate_bp FROM products")).toString(),
        QStringLiteral("Confiture de fraises|Maison Loiret|550"));
    QCOMPARE(scalar(QStringLiteral("SELECT c.name FROM products p JOIN categories c ON c.id = p.category_id"))
                 .toString(),
             QStringLiteral("Confitures"));
    QCOMPARE(count(QStringLiteral("variants"),
                   QStringLiteral("label = '250 g' AND price_cents = 490 AND "
                                  "low_stock_threshold = 3")),
             1);
    QCOMPARE(count(QStringLiteral("barcodes")), 2);
    QCOMPARE(count(QStringLiteral("barcodes"), QStringLiteral("code = '%1'").arg(code2)), 1);
    QCOMPARE(count(QStringLiteral("stock_movements"),
                   QStringLiteral("reason = 'receipt' AND delta = 12 AND note = 'Initial stock'")),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT quantity FROM stock_on_hand")).toLongLong(), 12);

    // The new row is selected and shown in the detail panel.
    const qint64 variantId = scalar(QStringLiteral("SELECT id FROM variants")).toLongLong();
    QCOMPARE(m_page->selectedVariantId(), std::optional<qint64>(variantId));
    auto *onHand = m_page->findChild<QLabel *>(QStringLiteral("onHandLabel"));
    QVERIFY(onHand && onHand->isVisible());
    QCOMPARE(onHand->text(), QStringLiteral("12"));
    // Its category is offered in the filter.
    auto *filter = m_page->findChild<QComboBox *>(QStringLiteral("categoryFilterCombo"));
    QVERIFY(filter->findText(QStringLiteral("Confitures")) > 0);
}

void TestCatalogueDialogs::badInputKeepsTheDialogOpenAndWritesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("barcodes");
    QTest::addColumn<QString>("price");

    const QString valid = Barcode::complete(u"376000000001");
    QTest::newRow("invalid barcode") << QStringLiteral("Thé vert") << QStringLiteral("3760000000019")
                                     << QStringLiteral("5");
    QTest::newRow("duplicate barcode")
        << QStringLiteral("Thé vert") << Barcode::complete(u"400638133393") << QStringLiteral("5");
    QTest::newRow("negative price") << QStringLiteral("Thé vert") << valid << QStringLiteral("-3,00");
    QTest::newRow("malformed price") << QStringLiteral("Thé vert") << valid << QStringLiteral("3,0,0");
    QTest::newRow("empty price") << QStringLiteral("Thé vert") << valid << QString();
    QTest::newRow("empty name") << QStringLiteral("   ") << valid << QStringLiteral("5");
}

void TestCatalogueDialogs::badInputKeepsTheDialogOpenAndWritesNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, barcodes);
    QFETCH(QString, price);
    // Something already in the shop, holding the "duplicate" barcode.
    QVERIFY(addProduct(QStringLiteral("Café moulu"), 790, {Barcode::complete(u"400638133393")}, 0, 4));
    showPage();
    const qint64 products = count(QStringLiteral("products"));
    const qint64 variants = count(QStringLiteral("variants"));
    const qint64 codes = count(QStringLiteral("barcodes"));
    const qint64 movements = count(QStringLiteral("stock_movements"));

    m_page->actions()->newProductAction()->trigger();
    auto *dialog = openDialog<ProductDialog>();
    QVERIFY(dialog);
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
    typeInto(dialog->findChild<QComboBox *>(QStringLiteral("categoryCombo")), QStringLiteral("Thés"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("barcodesEdit")), barcodes);
    if (!price.isEmpty())
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit")), price);
    setSpin(dialog->findChild<QSpinBox *>(QStringLiteral("initialStockSpin")), 6);
    QTest::keyClick(dialog, Qt::Key_Return);

    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error);
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(!error->text().trimmed().isEmpty(), "the person is told what is wrong");
    QCOMPARE(error->text(), dialog->errorMessage());
    // What was typed is still there to correct.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("barcodesEdit"))->text(), barcodes);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), name);
    // Nothing was written, not even the new category.
    QCOMPARE(count(QStringLiteral("products")), products);
    QCOMPARE(count(QStringLiteral("variants")), variants);
    QCOMPARE(count(QStringLiteral("barcodes")), codes);
    QCOMPARE(count(QStringLiteral("stock_movements")), movements);
    QCOMPARE(count(QStringLiteral("categories")), 0);
    if (QByteArray(QTest::currentDataTag()).contains("barcode"))
        QVERIFY2(error->text().contains(barcodes), qPrintable(error->text()));
    dialog->reject();
}

void TestCatalogueDialogs::cancelWritesNothing()
{
    showPage();
    m_page->actions()->newProductAction()->trigger();
    auto *dialog = openDialog<ProductDialog>();
    QVERIFY(dialog);
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Bougie"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit")), QStringLiteral("9"));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit")), Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(count(QStringLiteral("products")), 0);
}

void TestCatalogueDialogs::adjustStockThroughTheDialog()
{
    const qint64 variant = addProduct(QStringLiteral("Miel de Sologne"), 650, {}, 0, 4);
    showPage();
    QVERIFY(m_page->selectVariant(variant));

    QTest::keyClick(table(), Qt::Key_J, Qt::ControlModifier);
    auto *dialog = openDialog<StockDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), StockDialog::Mode::Adjust);
    setSpin(dialog->findChild<QSpinBox *>(QStringLiteral("changeSpin")), 5);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("afterLabel"))->text(), QStringLiteral("9"));
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    QCOMPARE(reason->currentData().toInt(), int(MovementReason::Receipt));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit")), QStringLiteral("Livraison rucher"));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit")), Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(count(QStringLiteral("stock_movements"),
                   QStringLiteral("reason = 'receipt' AND delta = 5 AND note = 'Livraison rucher'")),
             1);
    QCOMPARE(m_ledger->onHand(variant).value(), 9);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("onHandLabel"))->text(), QStringLiteral("9"));

    // A loss: a negative change is an adjustment.
    m_page->actions()->adjustStockAction()->trigger();
    dialog = openDialog<StockDialog>();
    QVERIFY(dialog);
    setSpin(dialog->findChild<QSpinBox *>(QStringLiteral("changeSpin")), -2);
    reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    QCOMPARE(reason->currentData().toInt(), int(MovementReason::Adjustment));
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(count(QStringLiteral("stock_movements"), QStringLiteral("reason = 'adjustment' AND delta = -2")),
             1);
    QCOMPARE(m_ledger->onHand(variant).value(), 7);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("onHandLabel"))->text(), QStringLiteral("7"));
    const int row = m_page->catalogueModel()->rowOfVariant(variant);
    QCOMPARE(table()->model()->index(row, CatalogueModel::StockColumn).data().toLongLong(), 7);
    // The history lists the three movements.
    auto *history = m_page->findChild<QTableView *>(QStringLiteral("historyView"));
    QCOMPARE(history->model()->rowCount(), 3);
}

void TestCatalogueDialogs::zeroChangeIsRefused()
{
    const qint64 variant = addProduct(QStringLiteral("Miel de Sologne"), 650, {}, 0, 4);
    showPage();
    QVERIFY(m_page->selectVariant(variant));
    m_page->actions()->adjustStockAction()->trigger();
    auto *dialog = openDialog<StockDialog>();
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorMessage().isEmpty());
    QCOMPARE(count(QStringLiteral("stock_movements")), 1);
    dialog->reject();
}

void TestCatalogueDialogs::physicalCountThroughTheDialog()
{
    const qint64 variant = addProduct(QStringLiteral("Savon au miel"), 450, {}, 0, 10);
    showPage();
    QVERIFY(m_page->selectVariant(variant));

    QTest::keyClick(table(), Qt::Key_K, Qt::ControlModifier);
    auto *dialog = openDialog<StockDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), StockDialog::Mode::Count);
    auto *difference = dialog->findChild<QLabel *>(QStringLiteral("differenceLabel"));
    const QString before = difference->text();
    setSpin(dialog->findChild<QSpinBox *>(QStringLiteral("countedSpin")), 7);
    QVERIFY(difference->text() != before);
    QVERIFY2(difference->text().contains(QStringLiteral("-3")), qPrintable(difference->text()));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("noteEdit")), QStringLiteral("Inventaire"));
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());

    QCOMPARE(count(QStringLiteral("stock_movements"),
                   QStringLiteral("reason = 'count' AND counted_quantity = 7 AND delta = -3")),
             1);
    QCOMPARE(m_ledger->onHand(variant).value(), 7);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("onHandLabel"))->text(), QStringLiteral("7"));
    QCOMPARE(m_page->selectedVariantId(), std::optional<qint64>(variant));
}

void TestCatalogueDialogs::editPriceShowsInTheTable()
{
    const qint64 variant = addProduct(QStringLiteral("Confiture de fraises"), 490);
    showPage();
    QVERIFY(m_page->selectVariant(variant));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_F2);
    auto *dialog = openDialog<ProductDialog>();
    QVERIFY(dialog);
    QVERIFY(!dialog->isNew());
    auto *price = dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit"));
    QCOMPARE(Money::parse(price->text()).value(), 490);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
             QStringLiteral("Confiture de fraises"));
    QVERIFY(!dialog->findChild<QSpinBox *>(QStringLiteral("initialStockSpin")));
    typeInto(price, QStringLiteral("6.20"));
    QTest::keyClick(price, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());

    QCOMPARE(scalar(QStringLiteral("SELECT price_cents FROM variants WHERE id = ?"), {variant}).toLongLong(),
             620);
    const int row = m_page->catalogueModel()->rowOfVariant(variant);
    const QModelIndex cell = table()->model()->index(row, CatalogueModel::PriceColumn);
    QCOMPARE(cell.data(CatalogueModel::PriceCentsRole).toLongLong(), 620);
    QCOMPARE(cell.data().toString(), Money::format(620));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("detailPriceLabel"))->text(), Money::format(620));
    QCOMPARE(m_page->selectedVariantId(), std::optional<qint64>(variant));
}

void TestCatalogueDialogs::addVariantToTheSelectedProduct()
{
    const qint64 first = addProduct(QStringLiteral("Miel de Sologne"), 650);
    const qint64 productId = m_catalogue->variant(first)->productId;
    showPage();
    QVERIFY(m_page->selectVariant(first));
    QTest::keyClick(table(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = openDialog<VariantDialog>();
    QVERIFY(dialog);
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")), QStringLiteral("500 g"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit")), QStringLiteral("11,50"));
    setSpin(dialog->findChild<QSpinBox *>(QStringLiteral("initialStockSpin")), 4);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());

    const auto variants = m_catalogue->variantsOf(productId);
    QVERIFY(variants.ok());
    QCOMPARE(variants->size(), 2);
    const qint64 added = scalar(QStringLiteral("SELECT id FROM variants WHERE label = '500 g'")).toLongLong();
    QVERIFY(added != 0);
    QCOMPARE(m_ledger->onHand(added).value(), 4);
    QCOMPARE(m_page->selectedVariantId(), std::optional<qint64>(added));
    QCOMPARE(table()->model()->rowCount(), 2);
}

void TestCatalogueDialogs::newProductsTakeTheShopsRate()
{
    // A bookshop: books at 5,5 %, chosen once in Settings.
    QVERIFY(ShopSettings(m_temp->db()).setDefaultVatRate(550).ok());
    const qint64 existing = addProduct(QStringLiteral("Carte postale"), 150); // 20 %, as made
    showPage();
    QTest::keyClick(m_page.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = openDialog<ProductDialog>();
    QVERIFY(dialog && dialog->isNew());
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("vatCombo"))->currentData().toInt(), 550);
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Le Grand Meaulnes"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit")), QStringLiteral("8,90"));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(
        scalar(QStringLiteral("SELECT vat_rate_bp FROM products WHERE name = 'Le Grand Meaulnes'")).toInt(),
        550);

    // A product that exists keeps its own rate in the editor.
    QVERIFY(m_page->selectVariant(existing));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_F2);
    auto *editor = openDialog<ProductDialog>();
    QVERIFY(editor && !editor->isNew());
    QCOMPARE(editor->findChild<QComboBox *>(QStringLiteral("vatCombo"))->currentData().toInt(), 2000);
    editor->reject();
}

QTEST_MAIN(TestCatalogueDialogs)
#include "tst_cataloguedialogs.moc"
