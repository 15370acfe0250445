// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Catalogue page read again after a change made elsewhere (issue 18): the marketplace's prices
// and stock written on another connection, as the sync thread writes them, show with the same
// variant selected and the list scrolled where it was; a product that comes or goes moves the
// rows without losing either; an open dialog is left as it is.
#include "cataloguepagefixture.h"
#include "models/catalogue/cataloguemodel.h"
#include "models/money.h"
#include "models/storage/database.h"
#include "ui/catalogue/productdialog.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace comptoir;

class TestCatalogueRefresh : public QObject, protected CataloguePageFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpShop(); }
    void cleanup() { tearDownShop(); }
    void priceAndStockFromElsewhereKeepSelectionAndScroll();
    void newProductKeepsSelectionAndScroll();
    void reservationByAnOnlineOrderShows();
    void variantNoLongerListedIsUnselected();
    void openDialogIsLeftAlone();

private:
    // 80 products, "Produit 01"… in name order; ids kept.
    void addProducts();
    // The variant's row and the list scrolled down the middle, the row in view.
    void selectInTheMiddle(qint64 variantId);
    // Runs SQL on a second connection to the same file (the sync thread has its own).
    void writeElsewhere(const QString &sql, const QVariantList &bindings);
    QString shownPrice(qint64 variantId) const;

    QList<qint64> m_ids;
};

void TestCatalogueRefresh::addProducts()
{
    m_ids.clear();
    for (int i = 1; i <= 80; ++i) {
        const qint64 id
            = addProduct(QStringLiteral("Produit %1").arg(i, 2, 10, QLatin1Char('0')), 100 + i, {}, 0, 5);
        QVERIFY(id > 0);
        m_ids.append(id);
    }
}

void TestCatalogueRefresh::selectInTheMiddle(qint64 variantId)
{
    QVERIFY(m_page->selectVariant(variantId));
    QScrollBar *bar = table()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 10);
    const int row = m_page->catalogueModel()->rowOfVariant(variantId);
    table()->scrollTo(m_page->catalogueModel()->index(row, 0), QAbstractItemView::PositionAtCenter);
    QVERIFY(bar->value() > 0);
}

void TestCatalogueRefresh::writeElsewhere(const QString &sql, const QVariantList &bindings)
{
    auto other = Database::open(m_temp->filePath());
    QVERIFY(other);
    QVERIFY((*other)->exec(sql, bindings).ok());
}

QString TestCatalogueRefresh::shownPrice(qint64 variantId) const
{
    const CatalogueModel *model = m_page->catalogueModel();
    const int row = model->rowOfVariant(variantId);
    return row < 0 ? QString() : model->index(row, CatalogueModel::PriceColumn).data().toString();
}

void TestCatalogueRefresh::priceAndStockFromElsewhereKeepSelectionAndScroll()
{
    addProducts();
    showPage();
    QAbstractItemModelTester tester(m_page->catalogueModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 chosen = m_ids.at(49);
    selectInTheMiddle(chosen);
    const int scroll = table()->verticalScrollBar()->value();
    QSignalSpy resets(m_page->catalogueModel(), &QAbstractItemModel::modelReset);

    writeElsewhere(QStringLiteral("UPDATE variants SET price_cents = 1995 WHERE id = ?"), {chosen});
    writeElsewhere(QStringLiteral("UPDATE stock_on_hand SET quantity = 42 WHERE variant_id = ?"), {chosen});
    m_page->refresh();

    QCOMPARE(resets.count(), 0); // the same rows: only their values changed
    QCOMPARE(shownPrice(chosen), Money::format(1995));
    const int row = m_page->catalogueModel()->rowOfVariant(chosen);
    QCOMPARE(m_page->catalogueModel()->index(row, CatalogueModel::StockColumn).data().toLongLong(), 42);
    QCOMPARE(m_page->selectedVariantId(), std::optional<qint64>(chosen));
    QCOMPARE(table()->verticalScrollBar()->value(), scroll);
    // The detail panel shows the new values too.
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("detailPriceLabel"))->text(),
             Money::format(1995, m_page->locale()));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("onHandLabel"))->text(), QStringLiteral("42"));
}

void TestCatalogueRefresh::newProductKeepsSelectionAndScroll()
{
    addProducts();
    showPage();
    QAbstractItemModelTester tester(m_page->catalogueModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 chosen = m_ids.at(49);
    selectInTheMiddle(chosen);
    const int scroll = table()->verticalScrollBar()->value();

    // A product first in name order: every row moves down one.
    QVERIFY(addProduct(QStringLiteral("Abricots secs"), 450) > 0);
    m_page->refresh();

    QCOMPARE(m_page->catalogueModel()->rowOfVariant(chosen), 50);
    QCOMPARE(m_page->selectedVariantId(), std::optional<qint64>(chosen));
    QCOMPARE(table()->verticalScrollBar()->value(), scroll);
    QVERIFY(table()->selectionModel()->isRowSelected(50));
    QCOMPARE(m_page->actions()->editAction()->isEnabled(), true);
}

void TestCatalogueRefresh::reservationByAnOnlineOrderShows()
{
    addProducts();
    showPage();
    const qint64 chosen = m_ids.at(5);
    QVERIFY(m_page->selectVariant(chosen));
    auto *reserved = m_page->findChild<QLabel *>(QStringLiteral("detailReservedLabel"));
    QVERIFY(reserved);
    QVERIFY(!reserved->isVisible()); // nothing reserved, nothing said
    // The sync writes the marketplace's stock: an online order holds 2 of the 5.
    writeElsewhere(
        QStringLiteral("INSERT INTO stock_server_state (variant_id, on_hand, reserved, safety_stock,"
                       " available, cursor) VALUES (?, 5, 2, 0, 3, 7)"),
        {chosen});
    m_page->refresh();
    QVERIFY(reserved->isVisible());
    QVERIFY2(reserved->text().startsWith(QStringLiteral("2 ")), qPrintable(reserved->text()));
    QVERIFY2(reserved->text().contains(QStringLiteral("3")), qPrintable(reserved->text()));
    QCOMPARE(m_page->selectedVariantId(), std::optional<qint64>(chosen));
}

void TestCatalogueRefresh::variantNoLongerListedIsUnselected()
{
    addProducts();
    showPage();
    const qint64 chosen = m_ids.at(10);
    QVERIFY(m_page->selectVariant(chosen));
    writeElsewhere(QStringLiteral("UPDATE variants SET archived = 1 WHERE id = ?"), {chosen});
    m_page->refresh();
    QCOMPARE(m_page->catalogueModel()->rowOfVariant(chosen), -1);
    QVERIFY(!m_page->selectedVariantId() || *m_page->selectedVariantId() != chosen);
    QCOMPARE(m_page->catalogueModel()->rowCount(), 79);
}

void TestCatalogueRefresh::openDialogIsLeftAlone()
{
    addProducts();
    showPage();
    const qint64 chosen = m_ids.at(3);
    QVERIFY(m_page->selectVariant(chosen));
    m_page->actions()->editSelected();
    auto *dialog = openDialog<ProductDialog>();
    QVERIFY(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QVERIFY(name);
    name->setText(QStringLiteral("Produit renommé"));

    writeElsewhere(QStringLiteral("UPDATE variants SET price_cents = 999 WHERE id = ?"), {chosen});
    QVERIFY(addProduct(QStringLiteral("Abricots secs"), 450) > 0);
    m_page->refresh();

    QCOMPARE(openDialog<ProductDialog>(), dialog);
    QCOMPARE(name->text(), QStringLiteral("Produit renommé"));
    QCOMPARE(m_page->selectedVariantId(), std::optional<qint64>(chosen));
    QCOMPARE(shownPrice(chosen), Money::format(999));
    dialog->reject();
}

QTEST_MAIN(TestCatalogueRefresh)
#include "tst_cataloguerefresh.moc"
