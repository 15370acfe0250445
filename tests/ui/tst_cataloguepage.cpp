#include "barcode.h"
#include "catalogue.h"
#include "cataloguedetailpanel.h"
#include "cataloguemodel.h"
#include "cataloguepage.h"
#include "cataloguestyleproxy.h"
#include "fakeclock.h"
#include "money.h"
#include "productdialog.h"
#include "stockdialog.h"
#include "stockledger.h"
#include "tempdatabase.h"
#include "uuidv7.h"
#include "variantdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace comptoir;

class TestCataloguePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void actionsNeedASelection();
    void createProductThroughTheDialog();
    void badInputKeepsTheDialogOpenAndWritesNothing_data();
    void badInputKeepsTheDialogOpenAndWritesNothing();
    void cancelWritesNothing();
    void searchAsYouTypeNarrowsTheTable();
    void escapeClearsTheSearch();
    void scannedBarcodeSelectsItsRow();
    void scannedCodeShowsRowHiddenByFilters();
    void unknownCodeSaysSo();
    void enterOnWordsGoesToTheFirstMatch();
    void adjustStockThroughTheDialog();
    void zeroChangeIsRefused();
    void physicalCountThroughTheDialog();
    void archiveAndRestore();
    void refusedConfirmationChangesNothing();
    void lowStockRowIsHighlighted();
    void editPriceShowsInTheTable();
    void addVariantToTheSelectedProduct();

private:
    qint64 addProduct(const QString &name, qint64 priceCents, const QStringList &barcodes = {},
                      int threshold = 0, qint64 stock = 0);
    qint64 count(const QString &table, const QString &where = QString());
    QVariant scalar(const QString &sql, const QVariantList &bindings = {});
    void showPage();
    QTableView *table() const;
    QLineEdit *searchEdit() const;
    template<typename Dialog> Dialog *openDialog() const;
    void typeInto(QWidget *widget, const QString &text);
    void setSpin(QSpinBox *spin, int value);

    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<UuidV7Generator> m_uuids;
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<StockLedger> m_ledger;
    std::unique_ptr<CataloguePage> m_page;
    QStringList m_questions;
    bool m_answer = true;
};

void TestCataloguePage::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY(m_temp->isValid());
    m_clock = std::make_unique<FakeClock>();
    m_uuids = std::make_unique<UuidV7Generator>(*m_clock);
    m_catalogue = std::make_unique<Catalogue>(m_temp->db(), *m_clock, *m_uuids);
    m_ledger = std::make_unique<StockLedger>(m_temp->db(), *m_clock, *m_uuids);
    m_questions.clear();
    m_answer = true;
}

void TestCataloguePage::cleanup()
{
    m_page.reset();
    m_ledger.reset();
    m_catalogue.reset();
    m_uuids.reset();
    m_clock.reset();
    m_temp.reset();
}

qint64 TestCataloguePage::addProduct(const QString &name, qint64 priceCents, const QStringList &barcodes,
                                     int threshold, qint64 stock)
{
    ProductFields product;
    product.name = name;
    VariantFields variant;
    variant.priceCents = priceCents;
    variant.barcodes = barcodes;
    variant.lowStockThreshold = threshold;
    const auto created = m_catalogue->createProduct(product, variant);
    if (!created) {
        qWarning("createProduct failed: %s", qPrintable(created.error().detail));
        return 0;
    }
    if (stock != 0 && !m_ledger->record(created->variantId, stock, MovementReason::Receipt))
        return 0;
    return created->variantId;
}

QVariant TestCataloguePage::scalar(const QString &sql, const QVariantList &bindings)
{
    auto query = m_temp->db().query(sql, bindings);
    if (!query || !query.value().next())
        return {};
    return query.value().value(0);
}

qint64 TestCataloguePage::count(const QString &table, const QString &where)
{
    return scalar(QStringLiteral("SELECT count(*) FROM ") + table
                  + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
        .toLongLong();
}

void TestCataloguePage::showPage()
{
    m_page = std::make_unique<CataloguePage>(m_temp->db(), *m_catalogue, *m_ledger);
    m_page->setConfirmation([this](const QString &, const QString &question) {
        m_questions.append(question);
        return m_answer;
    });
    m_page->resize(1200, 700);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

QTableView *TestCataloguePage::table() const
{
    return m_page->findChild<QTableView *>(QStringLiteral("catalogueTable"));
}

QLineEdit *TestCataloguePage::searchEdit() const
{
    return m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
}

template<typename Dialog> Dialog *TestCataloguePage::openDialog() const
{
    const QList<Dialog *> dialogs = m_page->findChildren<Dialog *>();
    for (Dialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void TestCataloguePage::typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->selectAll();
    // QTest::keyClicks() takes Latin-1 letters only: "é" goes as a key event carrying its text.
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void TestCataloguePage::setSpin(QSpinBox *spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QCOMPARE(spin->value(), value);
}

void TestCataloguePage::actionsNeedASelection()
{
    addProduct(QStringLiteral("Savon au lait d'ânesse"), 590);
    showPage();
    CatalogueActions *actions = m_page->actions();
    QVERIFY(actions->newProductAction()->isEnabled());
    QVERIFY(!actions->editAction()->isEnabled());
    QVERIFY(!actions->adjustStockAction()->isEnabled());
    QVERIFY(!actions->countAction()->isEnabled());
    QVERIFY(!actions->archiveAction()->isEnabled());
    QVERIFY(!actions->addVariantAction()->isEnabled());

    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Down);
    QVERIFY(m_page->selectedVariantId().has_value());
    QVERIFY(actions->editAction()->isEnabled());
    QVERIFY(actions->countAction()->isEnabled());
    QVERIFY(actions->archiveAction()->isEnabled());

    // Return on the selected row edits it.
    QTest::keyClick(table(), Qt::Key_Return);
    auto *dialog = openDialog<ProductDialog>();
    QVERIFY(dialog);
    QVERIFY(!dialog->isNew());
    dialog->reject();
}

void TestCataloguePage::createProductThroughTheDialog()
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

void TestCataloguePage::badInputKeepsTheDialogOpenAndWritesNothing_data()
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

void TestCataloguePage::badInputKeepsTheDialogOpenAndWritesNothing()
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

void TestCataloguePage::cancelWritesNothing()
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

void TestCataloguePage::searchAsYouTypeNarrowsTheTable()
{
    addProduct(QStringLiteral("Confiture de fraises"), 490);
    addProduct(QStringLiteral("Miel de Sologne"), 650);
    addProduct(QStringLiteral("Savon au miel"), 450);
    addProduct(QStringLiteral("Café moulu"), 790);
    showPage();
    QCOMPARE(table()->model()->rowCount(), 4);

    QTest::keyClicks(searchEdit(), QStringLiteral("mie"));
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    QTest::keyClicks(searchEdit(), QStringLiteral("l so"));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, CatalogueModel::NameColumn).data().toString(),
             QStringLiteral("Miel de Sologne"));
    QTest::keyClicks(searchEdit(), QStringLiteral("zzz"));
    QTRY_COMPARE(table()->model()->rowCount(), 0);
}

void TestCataloguePage::escapeClearsTheSearch()
{
    addProduct(QStringLiteral("Miel de Sologne"), 650);
    addProduct(QStringLiteral("Café moulu"), 790);
    showPage();
    m_page->focusSearch();
    typeInto(searchEdit(), QStringLiteral("café"));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QTest::keyClick(searchEdit(), Qt::Key_Escape);
    QCOMPARE(searchEdit()->text(), QString());
    QTRY_COMPARE(table()->model()->rowCount(), 2);

    // Ctrl+F brings the focus back to the search field.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(searchEdit()->hasFocus());
}

void TestCataloguePage::scannedBarcodeSelectsItsRow()
{
    for (int i = 0; i < 30; ++i)
        addProduct(QStringLiteral("Article %1").arg(i, 2, 10, QLatin1Char('0')), 100 + i);
    const QString code = Barcode::complete(u"376000000042");
    const qint64 wanted = addProduct(QStringLiteral("Thé vert Sencha"), 1290, {code}, 0, 3);
    QVERIFY(wanted);
    showPage();

    m_page->focusSearch();
    QTest::keyClicks(searchEdit(), code);
    QTest::keyClick(searchEdit(), Qt::Key_Return);
    QCOMPARE(m_page->selectedVariantId(), std::optional<qint64>(wanted));
    auto *message = m_page->findChild<QLabel *>(QStringLiteral("searchMessageLabel"));
    QVERIFY(!message->isVisible());
    // The code is selected, so the next scan replaces it.
    QCOMPARE(searchEdit()->selectedText(), code);
    auto *title = m_page->findChild<QLabel *>(QStringLiteral("detailTitleLabel"));
    QCOMPARE(title->text(), QStringLiteral("Thé vert Sencha"));

    // Its internal reference works too.
    const QString reference = m_catalogue->variant(wanted)->fields.reference;
    table()->selectionModel()->clear();
    QTest::keyClicks(searchEdit(), reference);
    QTest::keyClick(searchEdit(), Qt::Key_Return);
    QCOMPARE(m_page->selectedVariantId(), std::optional<qint64>(wanted));
}

void TestCataloguePage::scannedCodeShowsRowHiddenByFilters()
{
    const QString code = Barcode::complete(u"376000000077");
    const qint64 wanted = addProduct(QStringLiteral("Savon"), 450, {code}, 0, 10);
    addProduct(QStringLiteral("Bougie"), 900, {}, 5, 1);
    showPage();
    auto *lowStock = m_page->findChild<QCheckBox *>(QStringLiteral("lowStockCheck"));
    lowStock->setChecked(true);
    QTRY_COMPARE(table()->model()->rowCount(), 1);

    QTest::keyClicks(searchEdit(), code);
    QTest::keyClick(searchEdit(), Qt::Key_Return);
    QCOMPARE(m_page->selectedVariantId(), std::optional<qint64>(wanted));
    QVERIFY(!lowStock->isChecked());
}

void TestCataloguePage::unknownCodeSaysSo()
{
    addProduct(QStringLiteral("Miel de Sologne"), 650, {Barcode::complete(u"376000000001")});
    showPage();
    const QString unknown = Barcode::complete(u"376999999999");
    QTest::keyClicks(searchEdit(), unknown);
    QTest::keyClick(searchEdit(), Qt::Key_Return);
    auto *message = m_page->findChild<QLabel *>(QStringLiteral("searchMessageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(unknown), qPrintable(message->text()));
    QVERIFY(!m_page->selectedVariantId());
    // Typing again hides the stale message.
    QTest::keyClick(searchEdit(), Qt::Key_Backspace);
    QVERIFY(!message->isVisible());
}

void TestCataloguePage::enterOnWordsGoesToTheFirstMatch()
{
    addProduct(QStringLiteral("Confiture de fraises"), 490);
    const qint64 honey = addProduct(QStringLiteral("Miel de Sologne"), 650);
    showPage();
    QTest::keyClicks(searchEdit(), QStringLiteral("miel"));
    QTest::keyClick(searchEdit(), Qt::Key_Return);
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(m_page->selectedVariantId(), std::optional<qint64>(honey));
    QVERIFY(table()->hasFocus());
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("searchMessageLabel"))->isVisible());
    // Escape in the list goes back to the search field.
    QTest::keyClick(table(), Qt::Key_Escape);
    QVERIFY(searchEdit()->hasFocus());

    // Words matching nothing are said so too.
    QTest::keyClicks(searchEdit(), QStringLiteral("chocolat"));
    QTest::keyClick(searchEdit(), Qt::Key_Return);
    auto *message = m_page->findChild<QLabel *>(QStringLiteral("searchMessageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("chocolat")));
}

void TestCataloguePage::adjustStockThroughTheDialog()
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

void TestCataloguePage::zeroChangeIsRefused()
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

void TestCataloguePage::physicalCountThroughTheDialog()
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

void TestCataloguePage::archiveAndRestore()
{
    const qint64 kept = addProduct(QStringLiteral("Café moulu"), 790);
    const qint64 variant = addProduct(QStringLiteral("Bougie parfumée"), 1490);
    showPage();
    QCOMPARE(table()->model()->rowCount(), 2);
    QVERIFY(m_page->selectVariant(variant));

    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().contains(QStringLiteral("Bougie parfumée")));
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(m_page->catalogueModel()->rowOfVariant(variant), -1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT archived FROM products WHERE id = (SELECT product_id FROM variants "
                              "WHERE id = ?)"),
               {variant})
            .toInt(),
        1);

    auto *showArchived = m_page->findChild<QCheckBox *>(QStringLiteral("archivedCheck"));
    showArchived->setChecked(true);
    QCOMPARE(table()->model()->rowCount(), 2);
    const int row = m_page->catalogueModel()->rowOfVariant(variant);
    QVERIFY(row >= 0);
    const QModelIndex name = table()->model()->index(row, CatalogueModel::NameColumn);
    QVERIFY(name.data(CatalogueModel::ArchivedRole).toBool());
    QCOMPARE(name.data(Qt::ForegroundRole).value<QBrush>().color(), CatalogueStyleProxy::ArchivedForeground);
    QVERIFY(name.data(Qt::FontRole).value<QFont>().italic());
    const int keptRow = m_page->catalogueModel()->rowOfVariant(kept);
    QVERIFY(!table()->model()->index(keptRow, CatalogueModel::NameColumn).data(Qt::FontRole).isValid());

    // Restore with Ctrl+Del.
    QVERIFY(m_page->selectVariant(variant));
    QCOMPARE(m_page->actions()->archiveAction()->text().remove(QLatin1Char('&')), QStringLiteral("Restore"));
    QVERIFY(!m_page->actions()->editAction()->isEnabled());
    QTest::keyClick(table(), Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(m_questions.size(), 2);
    QCOMPARE(count(QStringLiteral("products"), QStringLiteral("archived = 1")), 0);
    QCOMPARE(count(QStringLiteral("variants"), QStringLiteral("archived = 1")), 0);
    showArchived->setChecked(false);
    QCOMPARE(table()->model()->rowCount(), 2);
}

void TestCataloguePage::refusedConfirmationChangesNothing()
{
    const qint64 variant = addProduct(QStringLiteral("Bougie parfumée"), 1490);
    showPage();
    QVERIFY(m_page->selectVariant(variant));
    m_answer = false;
    m_page->actions()->archiveAction()->trigger();
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(count(QStringLiteral("products"), QStringLiteral("archived = 1")), 0);
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(m_page->selectedVariantId(), std::optional<qint64>(variant));
}

void TestCataloguePage::lowStockRowIsHighlighted()
{
    const qint64 low = addProduct(QStringLiteral("Miel de Sologne"), 650, {}, 5, 2);
    const qint64 plenty = addProduct(QStringLiteral("Café moulu"), 790, {}, 5, 20);
    const qint64 noAlert = addProduct(QStringLiteral("Savon"), 450, {}, 0, 0);
    showPage();
    QAbstractItemModelTester tester(table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *model = table()->model();
    const auto rowOf = [this](qint64 id) {
        return m_page->catalogueModel()->rowOfVariant(id);
    };

    const QModelIndex lowStock = model->index(rowOf(low), CatalogueModel::StockColumn);
    QCOMPARE(lowStock.data(Qt::BackgroundRole).value<QBrush>().color(),
             CatalogueStyleProxy::LowStockBackground);
    QCOMPARE(lowStock.data(Qt::ForegroundRole).value<QBrush>().color(),
             CatalogueStyleProxy::LowStockForeground);
    QVERIFY(lowStock.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(
        model->index(rowOf(low), CatalogueModel::NameColumn).data(Qt::BackgroundRole).value<QBrush>().color(),
        CatalogueStyleProxy::LowStockBackground);
    QVERIFY(!model->index(rowOf(plenty), CatalogueModel::StockColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model->index(rowOf(noAlert), CatalogueModel::StockColumn).data(Qt::BackgroundRole).isValid());

    // The detail panel says so too.
    QVERIFY(m_page->selectVariant(low));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("onHandLabel"))->property("lowStock").toBool());

    m_page->findChild<QCheckBox *>(QStringLiteral("lowStockCheck"))->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(CatalogueModel::VariantIdRole).toLongLong(), low);
}

void TestCataloguePage::editPriceShowsInTheTable()
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

void TestCataloguePage::addVariantToTheSelectedProduct()
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

QTEST_MAIN(TestCataloguePage)
#include "tst_cataloguepage.moc"
