// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguepagefixture.h"
#include "models/catalogue/barcode.h"
#include "models/catalogue/cataloguemodel.h"
#include "models/catalogue/instorebarcodes.h"
#include "models/money.h"
#include "ui/catalogue/instorebarcodeaction.h"
#include "ui/catalogue/productdialog.h"
#include "ui/catalogue/variantfieldsform.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace comptoir;

Q_DECLARE_METATYPE(comptoir::NetUnit)

// Issue 14 on the Catalogue page: the net quantity typed in the variant's fields round-trips
// through the dialog and the database, shows with its unit price in the detail panel; the
// dialog's "In-store code" button and the toolbar's "In-store barcodes" give valid EAN-13s of
// the shop's range.
class TestScaleCatalogue : public QObject, protected CataloguePageFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }
    void init() { setUpShop(); }
    void cleanup() { tearDownShop(); }
    void parseNetQuantity_data();
    void parseNetQuantity();
    void netQuantityRoundTripsThroughTheDialog_data();
    void netQuantityRoundTripsThroughTheDialog();
    void badNetQuantityKeepsTheDialogOpen();
    void inStoreButtonFillsTheBarcode();
    void toolbarGivesInStoreBarcodesToTheSelection();

private:
    ProductDialog *editSelected(qint64 variant);
};

void TestScaleCatalogue::parseNetQuantity_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("stored");
    QTest::addColumn<NetUnit>("storedUnit");
    QTest::newRow("250 g") << "250"
                           << "g" << true << qint64(250) << NetUnit::Gram;
    QTest::newRow("1,5 kg") << "1,5"
                            << "kg" << true << qint64(1500) << NetUnit::Kilogram;
    QTest::newRow("0.75 l") << "0.75"
                            << "l" << true << qint64(750) << NetUnit::Litre;
    QTest::newRow("75 cl → ml") << "75"
                                << "cl" << true << qint64(750) << NetUnit::Millilitre;
    QTest::newRow("33 cl") << "33"
                           << "cl" << true << qint64(330) << NetUnit::Millilitre;
    QTest::newRow("6 pieces") << "6"
                              << "piece" << true << qint64(6) << NetUnit::Piece;
    QTest::newRow("none") << ""
                          << "" << true << qint64(0) << NetUnit::None;
    QTest::newRow("amount without unit") << "250"
                                         << "" << false << qint64(0) << NetUnit::None;
    QTest::newRow("zero") << "0"
                          << "g" << false << qint64(0) << NetUnit::None;
    QTest::newRow("half a gram") << "0,5"
                                 << "g" << false << qint64(0) << NetUnit::None;
    QTest::newRow("not a number") << "deux"
                                  << "kg" << false << qint64(0) << NetUnit::None;
    QTest::newRow("negative") << "-1"
                              << "kg" << false << qint64(0) << NetUnit::None;
    QTest::newRow("too large") << "2000"
                               << "kg" << false << qint64(0) << NetUnit::None;
}

void TestScaleCatalogue::parseNetQuantity()
{
    QFETCH(QString, amount);
    QFETCH(QString, unit);
    QFETCH(bool, ok);
    QFETCH(qint64, stored);
    QFETCH(NetUnit, storedUnit);
    const auto parsed = VariantFieldsForm::parseNetQuantity(amount, unit, QLocale());
    QCOMPARE(parsed.ok(), ok);
    if (!ok) {
        QCOMPARE(parsed.error().code, ErrorCode::InvalidNetQuantity);
        return;
    }
    QCOMPARE(parsed->amount, stored);
    QCOMPARE(parsed->unit, storedUnit);
}

ProductDialog *TestScaleCatalogue::editSelected(qint64 variant)
{
    if (!m_page->selectVariant(variant))
        return nullptr;
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_F2);
    return openDialog<ProductDialog>();
}

void TestScaleCatalogue::netQuantityRoundTripsThroughTheDialog_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<qint64>("stored");
    QTest::addColumn<QString>("storedUnit");
    QTest::addColumn<QString>("shownAmount");
    QTest::addColumn<QString>("shownUnit");
    QTest::addColumn<QString>("detailQuantity");
    QTest::addColumn<qint64>("unitCents");
    QTest::addColumn<QString>("per");
    // 4,90 € the item; unit prices rounded half up.
    QTest::newRow("250 g") << "250"
                           << "g" << qint64(250) << "g"
                           << "250"
                           << "g"
                           << "250 g" << qint64(1960) << "/kg";
    QTest::newRow("1,5 kg") << "1,5"
                            << "kg" << qint64(1500) << "kg"
                            << "1,5"
                            << "kg"
                            << "1,5 kg" << qint64(327) << "/kg";
    QTest::newRow("75 cl") << "75"
                           << "cl" << qint64(750) << "ml"
                           << "750"
                           << "ml"
                           << "750 ml" << qint64(653) << "/l";
    QTest::newRow("0,7 l") << "0,7"
                           << "l" << qint64(700) << "l"
                           << "0,7"
                           << "l"
                           << "0,7 l" << qint64(700) << "/l";
    QTest::newRow("6 pieces") << "6"
                              << "piece" << qint64(6) << "piece"
                              << "6"
                              << "piece"
                              << "6 piece(s)" << qint64(82) << " per piece";
}

void TestScaleCatalogue::netQuantityRoundTripsThroughTheDialog()
{
    QFETCH(QString, amount);
    QFETCH(QString, unit);
    QFETCH(qint64, stored);
    QFETCH(QString, storedUnit);
    QFETCH(QString, shownAmount);
    QFETCH(QString, shownUnit);
    QFETCH(QString, detailQuantity);
    QFETCH(qint64, unitCents);
    QFETCH(QString, per);
    const qint64 variant = addProduct(QStringLiteral("Miel de Sologne"), 490);
    showPage();
    auto *dialog = editSelected(variant);
    QVERIFY(dialog);
    auto *amountEdit = dialog->findChild<QLineEdit *>(QStringLiteral("netAmountEdit"));
    auto *unitCombo = dialog->findChild<QComboBox *>(QStringLiteral("netUnitCombo"));
    QVERIFY(amountEdit && unitCombo);
    QVERIFY(amountEdit->text().isEmpty());
    typeInto(amountEdit, amount);
    unitCombo->setCurrentIndex(unitCombo->findData(unit));
    QTest::keyClick(amountEdit, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(
        scalar(QStringLiteral("SELECT net_amount || '|' || net_unit FROM variants WHERE id = ?"), {variant})
            .toString(),
        QStringLiteral("%1|%2").arg(stored).arg(storedUnit));
    QCOMPARE(m_catalogue->variant(variant)->fields.priceCents, 490); // the rest unchanged

    // The detail panel shows the unit price (Money::format's own spaces).
    auto *label = m_page->findChild<QLabel *>(QStringLiteral("detailUnitPriceLabel"));
    QVERIFY(label && label->isVisible());
    const QString expected = detailQuantity + QStringLiteral(" — ") + Money::format(unitCents) + per;
    QCOMPARE(label->text(), expected);

    // Opened again: the same amount and unit; saved again untouched: nothing changes.
    dialog = editSelected(variant);
    QVERIFY(dialog);
    amountEdit = dialog->findChild<QLineEdit *>(QStringLiteral("netAmountEdit"));
    unitCombo = dialog->findChild<QComboBox *>(QStringLiteral("netUnitCombo"));
    QCOMPARE(amountEdit->text(), shownAmount);
    QCOMPARE(unitCombo->currentData().toString(), shownUnit);
    QTest::keyClick(amountEdit, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(
        scalar(QStringLiteral("SELECT net_amount || '|' || net_unit FROM variants WHERE id = ?"), {variant})
            .toString(),
        QStringLiteral("%1|%2").arg(stored).arg(storedUnit));
}

void TestScaleCatalogue::badNetQuantityKeepsTheDialogOpen()
{
    const qint64 variant = addProduct(QStringLiteral("Miel de Sologne"), 490);
    showPage();
    auto *dialog = editSelected(variant);
    QVERIFY(dialog);
    auto *amountEdit = dialog->findChild<QLineEdit *>(QStringLiteral("netAmountEdit"));
    auto *unitCombo = dialog->findChild<QComboBox *>(QStringLiteral("netUnitCombo"));
    typeInto(amountEdit, QStringLiteral("0,5"));
    unitCombo->setCurrentIndex(unitCombo->findData(QStringLiteral("g")));
    QTest::keyClick(amountEdit, Qt::Key_Return);
    QTest::qWait(50);
    QVERIFY(dialog->isVisible());
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error && error->isVisible() && !error->text().isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT net_unit FROM variants WHERE id = ?"), {variant}).toString(),
             QString());
    dialog->reject();
}

void TestScaleCatalogue::inStoreButtonFillsTheBarcode()
{
    const qint64 variant = addProduct(QStringLiteral("Savon au lait d'ânesse"), 650);
    showPage();
    auto *dialog = editSelected(variant);
    QVERIFY(dialog);
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("inStoreBarcodeButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *barcodes = dialog->findChild<QLineEdit *>(QStringLiteral("barcodesEdit"));
    const QString code = barcodes->text();
    QCOMPARE(Barcode::classify(code), Barcode::Kind::Ean13);
    QVERIFY(InStoreBarcodes::isInStore(code));
    QTest::keyClick(barcodes, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_catalogue->variant(variant)->fields.barcodes, QStringList {code});
    QCOMPARE(m_catalogue->findVariantByCode(code)->value(), variant); // it scans
    // The next one given is another.
    dialog = editSelected(variant);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("inStoreBarcodeButton")),
                      Qt::LeftButton);
    const QStringList two
        = dialog->findChild<QLineEdit *>(QStringLiteral("barcodesEdit"))->text().split(QLatin1Char(' '));
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.first(), code);
    QVERIFY(two.last() != code && InStoreBarcodes::isInStore(two.last()));
    dialog->reject();
}

void TestScaleCatalogue::toolbarGivesInStoreBarcodesToTheSelection()
{
    const QString existing = Barcode::complete(u"400638133393");
    const qint64 a = addProduct(QStringLiteral("Bougie cire d'abeille"), 900);
    const qint64 b = addProduct(QStringLiteral("Carte postale Orléans"), 150, {existing});
    const qint64 c = addProduct(QStringLiteral("Savon à l'argile"), 550);
    const qint64 untouched = addProduct(QStringLiteral("Torchon lin"), 1200);
    showPage();
    auto *action = new InStoreBarcodeAction(m_temp->db(), *m_catalogue, *m_page);
    action->setQuiet(true);
    m_page->toolBar()->addAction(action->action());
    QSignalSpy given(action, &InStoreBarcodeAction::barcodesGiven);

    // Nothing selected yet: said, nothing written.
    table()->clearSelection();
    action->action()->trigger();
    QVERIFY(!action->lastMessage().isEmpty());
    QCOMPARE(given.count(), 0);

    QVERIFY(m_page->selectVariant(a));
    for (const qint64 id : {b, c}) {
        const int row = m_page->catalogueModel()->rowOfVariant(id);
        table()->selectionModel()->select(table()->model()->index(row, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(m_page->selectedVariantIds().size(), 3);
    action->action()->trigger();
    QCOMPARE(given.count(), 1);
    QCOMPARE(given.first().first().toInt(), 2);
    for (const qint64 id : {a, c}) {
        const QStringList codes = m_catalogue->variant(id)->fields.barcodes;
        QCOMPARE(codes.size(), 1);
        QVERIFY(InStoreBarcodes::isInStore(codes.first()));
        QCOMPARE(m_catalogue->findVariantByCode(codes.first())->value(), id);
    }
    QVERIFY(m_catalogue->variant(a)->fields.barcodes != m_catalogue->variant(c)->fields.barcodes);
    QCOMPARE(m_catalogue->variant(b)->fields.barcodes, QStringList {existing});
    QVERIFY(m_catalogue->variant(untouched)->fields.barcodes.isEmpty());
    // The marketplace learns them (a product_upsert carrying the barcode for each).
    QCOMPARE(
        count(QStringLiteral("sync_outbox"),
              QStringLiteral("payload LIKE '%%1%'").arg(m_catalogue->variant(a)->fields.barcodes.first())),
        1);
}

QTEST_MAIN(TestScaleCatalogue)
#include "tst_scalecatalogue.moc"
