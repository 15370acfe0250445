// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguepagefixture.h"
#include "models/catalogue/barcode.h"
#include "models/catalogue/cataloguemodel.h"
#include "ui/catalogue/cataloguestyleproxy.h"
#include "ui/catalogue/productdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace comptoir;

// The catalogue page itself: selection and its actions, search as you type, scanning, filters,
// low-stock highlighting, archiving. The dialogs it opens are in tst_cataloguedialogs.cpp.
class TestCataloguePage : public QObject, protected CataloguePageFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpShop(); }
    void cleanup() { tearDownShop(); }
    void actionsNeedASelection();
    void searchAsYouTypeNarrowsTheTable();
    void escapeClearsTheSearch();
    void scannedBarcodeSelectsItsRow();
    void scannedCodeShowsRowHiddenByFilters();
    void unknownCodeSaysSo();
    void enterOnWordsGoesToTheFirstMatch();
    void archiveAndRestore();
    void refusedConfirmationChangesNothing();
    void lowStockRowIsHighlighted();
};

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

QTEST_MAIN(TestCataloguePage)
#include "tst_cataloguepage.moc"
