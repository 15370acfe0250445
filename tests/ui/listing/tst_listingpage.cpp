// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The online listing on the Catalogue page (issue 15), driven with QTest: the "Online" readiness
// column and its tooltip naming the gaps, the filter "Not ready to list online", the bulk actions
// on a selection (list, unlist, category) by their shortcuts, the product dialog's "Online" tab
// (typed, category chosen in the picker by typing "carn", saved with the product in one
// product_upsert; a refusal shown and nothing written), a new product's switch following the
// shop's setting, and the Settings section that changes it.
#include "cataloguepagefixture.h"
#include "models/catalogue/cataloguemodel.h"
#include "models/listing/listing.h"
#include "models/listing/readiness.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "outboxrows.h"
#include "ui/catalogue/productdialog.h"
#include "ui/listing/categorypicker.h"
#include "ui/listing/listingactions.h"
#include "ui/listing/listingsettingssection.h"
#include "ui/listing/onlinesection.h"
#include "ui/listing/readinessproxy.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

using namespace comptoir;
using namespace comptoir::outboxtest;

class TestListingPage : public QObject, public CataloguePageFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readinessColumnNamesTheGaps();
    void notReadyFilter();
    void bulkActionsOnTheSelection();
    void pickerSearchesAsYouType();
    void onlineTabSavesWithTheProduct();
    void onlineTabRefusalWritesNothing();
    void newProductFollowsTheSetting();
    void settingsSection();

private:
    void seedTaxonomy();
    void enableListing();
    void selectRows(const QList<int> &rows);
    int rowOfProduct(qint64 productId) const;
    qint64 productOf(qint64 variantId)
    {
        return scalar(QStringLiteral("SELECT product_id FROM variants WHERE id = ?"), {variantId})
            .toLongLong();
    }

    std::unique_ptr<Listing> m_listing;
};

void TestListingPage::init()
{
    setUpShop();
    m_listing = std::make_unique<Listing>(m_temp->db(), *m_clock);
    seedTaxonomy();
}

void TestListingPage::cleanup()
{
    m_page.reset();
    m_listing.reset();
    tearDownShop();
}

void TestListingPage::seedTaxonomy()
{
    const QList<QStringList> nodes {
        {QStringLiteral("papeterie"), QString(), QStringLiteral("Papeterie"), QStringLiteral("Papeterie")},
        {QStringLiteral("papeterie/carnets"), QStringLiteral("papeterie"), QStringLiteral("Carnets"),
         QStringLiteral("Papeterie > Carnets")},
        {QStringLiteral("papeterie/stylos"), QStringLiteral("papeterie"), QStringLiteral("Stylos"),
         QStringLiteral("Papeterie > Stylos")},
        {QStringLiteral("maison"), QString(), QStringLiteral("Maison"), QStringLiteral("Maison")},
        {QStringLiteral("maison/bougies"), QStringLiteral("maison"), QStringLiteral("Bougies"),
         QStringLiteral("Maison > Bougies")},
    };
    int position = 0;
    for (const QStringList &node : nodes)
        QVERIFY(m_temp->db()
                    .exec(QStringLiteral(
                              "INSERT INTO marketplace_categories (id, parent_id, name, path, position) "
                              "VALUES (?, nullif(?, ''), ?, ?, ?)"),
                          {node.at(0), node.at(1), node.at(2), node.at(3), position++})
                    .ok());
}

void TestListingPage::enableListing()
{
    showPage();
    m_page->enableListing(*m_listing);
}

int TestListingPage::rowOfProduct(qint64 productId) const
{
    for (int row = 0; row < table()->model()->rowCount(); ++row) {
        if (table()->model()->index(row, 0).data(CatalogueModel::ProductIdRole).toLongLong() == productId)
            return row;
    }
    return -1;
}

void TestListingPage::selectRows(const QList<int> &rows)
{
    table()->setFocus();
    table()->selectionModel()->clearSelection();
    for (int row : rows)
        table()->selectionModel()->select(table()->model()->index(row, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table()->selectionModel()->setCurrentIndex(table()->model()->index(rows.constFirst(), 0),
                                               QItemSelectionModel::NoUpdate);
}

void TestListingPage::readinessColumnNamesTheGaps()
{
    const qint64 bare = addProduct(QStringLiteral("Carnet nu"), 0, {}, 0, 0);
    const qint64 ready = addProduct(QStringLiteral("Carnet prêt"), 990, {}, 0, 5);
    OnlineFields fields;
    fields.onlineDescription = QStringLiteral("Un carnet.");
    fields.marketplaceCategory = QStringLiteral("papeterie/carnets");
    fields.visibleOnline = true;
    QVERIFY(m_listing->setOnline(productOf(ready), fields).ok());
    QVERIFY(m_temp->db()
                .exec(QStringLiteral("UPDATE products SET photos = ? WHERE id = ?"),
                      {QStringLiteral("[\"%1\"]").arg(QString(64, QLatin1Char('b'))), productOf(ready)})
                .ok());
    enableListing();
    QAbstractItemModel *model = table()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *proxy = m_page->findChild<ReadinessProxy *>();
    QVERIFY(proxy);
    const int column = proxy->onlineColumn();
    QCOMPARE(model->columnCount(), column + 1);
    QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Online"));
    QVERIFY(!table()->isColumnHidden(column));

    const QModelIndex bareCell = model->index(rowOfProduct(productOf(bare)), column);
    QCOMPARE(bareCell.data(ReadinessProxy::GapsRole).toInt(), ListingGaps::All);
    QCOMPARE(bareCell.data().toString(), QStringLiteral("5 missing"));
    const QString tip = bareCell.data(Qt::ToolTipRole).toString();
    for (const char *gap : {"photo", "online description", "marketplace category", "price", "stock"})
        QVERIFY2(tip.contains(QLatin1String(gap)), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("Not visible online")));
    QVERIFY(!bareCell.data(Qt::DecorationRole).isNull());
    // The cell carries its row's ids like the others (the selection reads them).
    QCOMPARE(bareCell.data(CatalogueModel::ProductIdRole).toLongLong(), productOf(bare));

    const QModelIndex readyCell = model->index(rowOfProduct(productOf(ready)), column);
    QCOMPARE(readyCell.data(ReadinessProxy::GapsRole).toInt(), 0);
    QCOMPARE(readyCell.data().toString(), QStringLiteral("Listed"));
    QVERIFY(
        readyCell.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Ready to be listed online")));

    // A gap filled elsewhere shows after the page's refresh (the sync's or a sale's).
    QVERIFY(m_temp->db()
                .exec(QStringLiteral("UPDATE products SET photos = ? WHERE id = ?"),
                      {QStringLiteral("[\"%1\"]").arg(QString(64, QLatin1Char('c'))), productOf(bare)})
                .ok());
    m_page->refresh();
    QCOMPARE(model->index(rowOfProduct(productOf(bare)), column).data(ReadinessProxy::GapsRole).toInt(),
             ListingGaps::All & ~ListingGaps::Photo);
}

void TestListingPage::notReadyFilter()
{
    const qint64 bare = addProduct(QStringLiteral("Bougie nue"), 1200, {}, 0, 3);
    const qint64 ready = addProduct(QStringLiteral("Bougie prête"), 1200, {}, 0, 3);
    OnlineFields fields;
    fields.onlineDescription = QStringLiteral("Cire de soja.");
    fields.marketplaceCategory = QStringLiteral("maison/bougies");
    QVERIFY(m_listing->setOnline(productOf(ready), fields).ok());
    QVERIFY(m_temp->db()
                .exec(QStringLiteral("UPDATE products SET photos = ? WHERE id = ?"),
                      {QStringLiteral("[\"%1\"]").arg(QString(64, QLatin1Char('d'))), productOf(ready)})
                .ok());
    enableListing();
    QCOMPARE(table()->model()->rowCount(), 2);
    auto *check = m_page->findChild<QCheckBox *>(QStringLiteral("notReadyCheck"));
    QVERIFY(check);
    // Keyboard: its mnemonic (Alt+N) toggles it.
    QTest::keyClick(m_page.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(check->isChecked());
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, 0).data(CatalogueModel::ProductIdRole).toLongLong(), productOf(bare));
    QVERIFY(m_page->catalogueModel()->filter().notReadyToList);
    check->setChecked(false);
    QTRY_COMPARE(table()->model()->rowCount(), 2);
}

void TestListingPage::bulkActionsOnTheSelection()
{
    const qint64 a = addProduct(QStringLiteral("Carnet A"), 500, {}, 0, 1);
    const qint64 b = addProduct(QStringLiteral("Carnet B"), 500, {}, 0, 1);
    const qint64 c = addProduct(QStringLiteral("Carnet C"), 500, {}, 0, 1);
    enableListing();
    ListingActions *actions = m_page->listingActions();
    QVERIFY(actions);
    QVERIFY(m_page->findChild<QToolBar *>(QStringLiteral("catalogueToolBar"))
                ->actions()
                .contains(actions->listAction()));
    const qint64 seq = lastSeq(m_temp->db());
    auto *message = m_page->findChild<QLabel *>(QStringLiteral("searchMessageLabel"));

    selectRows({rowOfProduct(productOf(a)), rowOfProduct(productOf(c))});
    QCOMPARE(m_page->selectedProductIds().size(), 2);
    QTest::keyClick(table(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(count(QStringLiteral("products"), QStringLiteral("visible_online = 1")), 2);
    QCOMPARE(rowsAfter(m_temp->db(), seq).size(), 2);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("2 product(s) listed online."));
    QCOMPARE(
        scalar(QStringLiteral("SELECT visible_online FROM products WHERE id = ?"), {productOf(b)}).toInt(),
        0);

    // The category for the selection, chosen in the picker (replaced here by its answer).
    actions->setChooseCategory([] { return std::optional<QString>(QStringLiteral("papeterie/carnets")); });
    selectRows({rowOfProduct(productOf(a)), rowOfProduct(productOf(b)), rowOfProduct(productOf(c))});
    QTest::keyClick(table(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(
        count(QStringLiteral("products"), QStringLiteral("marketplace_category = 'papeterie/carnets'")), 3);
    QCOMPARE(rowsAfter(m_temp->db(), seq).size(), 5);
    // Cancelled: nothing.
    actions->setChooseCategory([] { return std::optional<QString>(); });
    QTest::keyClick(table(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(rowsAfter(m_temp->db(), seq).size(), 5);

    // Unlist one.
    selectRows({rowOfProduct(productOf(a))});
    QTest::keyClick(table(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(count(QStringLiteral("products"), QStringLiteral("visible_online = 1")), 1);
    QCOMPARE(message->text(), QStringLiteral("1 product(s) removed from online sale."));
    QCOMPARE(rowsAfter(m_temp->db(), seq).size(), 6);

    // Nothing selected: said, nothing written.
    table()->selectionModel()->clearSelection();
    actions->listSelected();
    QCOMPARE(message->text(), QStringLiteral("Select one or more products first."));
    QCOMPARE(rowsAfter(m_temp->db(), seq).size(), 6);
}

void TestListingPage::pickerSearchesAsYouType()
{
    CategoryPicker picker(m_temp->db(), QStringLiteral("maison/bougies"));
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QCOMPARE(picker.list()->currentIndex().data().toString(), QStringLiteral("Maison > Bougies"));
    QTest::keyClicks(picker.searchEdit(), QStringLiteral("carn"));
    QCOMPARE(picker.list()->model()->rowCount(), 1);
    QCOMPARE(picker.list()->currentIndex().data().toString(), QStringLiteral("Papeterie > Carnets"));
    QTest::keyClick(picker.searchEdit(), Qt::Key_Return);
    QVERIFY(!picker.isVisible());
    QCOMPARE(picker.result(), int(QDialog::Accepted));
    QCOMPARE(picker.chosenId(), QStringLiteral("papeterie/carnets"));
    QCOMPARE(picker.chosenPath(), QStringLiteral("Papeterie > Carnets"));

    // Words in any order, accents ignored; Down moves in the list from the search field.
    CategoryPicker second(m_temp->db(), QString());
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QTest::keyClicks(second.searchEdit(), QStringLiteral("PAPE"));
    QCOMPARE(second.list()->model()->rowCount(), 3);
    QCOMPARE(second.list()->currentIndex().row(), 0);
    QTest::keyClick(second.searchEdit(), Qt::Key_Down);
    QTest::keyClick(second.searchEdit(), Qt::Key_Down);
    QCOMPARE(second.list()->currentIndex().data().toString(), QStringLiteral("Papeterie > Stylos"));
    QTest::keyClick(second.searchEdit(), Qt::Key_Return);
    QCOMPARE(second.chosenId(), QStringLiteral("papeterie/stylos"));

    // Nothing matches: Enter does not close.
    CategoryPicker third(m_temp->db(), QString());
    third.show();
    QVERIFY(QTest::qWaitForWindowExposed(&third));
    QTest::keyClicks(third.searchEdit(), QStringLiteral("zzz"));
    QCOMPARE(third.list()->model()->rowCount(), 0);
    QVERIFY(
        third.findChild<QLabel *>(QStringLiteral("categoryStatus"))->text().contains(QStringLiteral("zzz")));
    QTest::keyClick(third.searchEdit(), Qt::Key_Return);
    QVERIFY(third.isVisible());
    QVERIFY(third.chosenId().isEmpty());
}

void TestListingPage::onlineTabSavesWithTheProduct()
{
    const qint64 variant = addProduct(QStringLiteral("Carnet de croquis"), 1290, {}, 0, 4);
    enableListing();
    QVERIFY(m_page->selectVariant(variant));
    const qint64 seq = lastSeq(m_temp->db());
    QTest::keyClick(table(), Qt::Key_Return);
    auto *dialog = openDialog<ProductDialog>();
    QVERIFY(dialog);
    OnlineSection *online = dialog->onlineSection();
    QVERIFY(online);
    auto *tabs = dialog->tabs();
    tabs->setCurrentWidget(online);
    auto *title = online->findChild<QLineEdit *>(QStringLiteral("onlineTitleEdit"));
    QCOMPARE(title->placeholderText(), QStringLiteral("Carnet de croquis"));
    auto *visible = online->findChild<QCheckBox *>(QStringLiteral("visibleOnlineCheck"));
    QVERIFY(!visible->isChecked());
    visible->setFocus();
    QTest::keyClick(visible, Qt::Key_Space);
    QVERIFY(visible->isChecked());
    typeInto(title, QStringLiteral("Carnet de croquis A5, papier 160 g"));
    auto *description = online->findChild<QPlainTextEdit *>(QStringLiteral("onlineDescriptionEdit"));
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("Cousu main."));
    QVERIFY(online->findChild<QLabel *>(QStringLiteral("onlineDescriptionCounter"))
                ->text()
                .startsWith(QStringLiteral("11 / ")));
    // The category: the Choose button (Space) opens the picker; "carn" then Enter chooses.
    QTimer::singleShot(0, this, [this] {
        CategoryPicker *picker = nullptr;
        QTRY_VERIFY((picker = m_page->findChild<CategoryPicker *>()) && picker->isVisible());
        QTest::keyClicks(picker->searchEdit(), QStringLiteral("carn"));
        QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    });
    auto *choose = online->findChild<QPushButton *>(QStringLiteral("chooseCategoryButton"));
    choose->setFocus();
    QTest::keyClick(choose, Qt::Key_Space);
    QCOMPARE(online->findChild<QLabel *>(QStringLiteral("marketplaceCategoryLabel"))->text(),
             QStringLiteral("Papeterie > Carnets"));
    setSpin(online->findChild<QSpinBox *>(QStringLiteral("safetyStockSpin")), 1);
    QTest::keyClick(title, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());

    const QList<OutboxRow> rows = rowsAfter(m_temp->db(), seq);
    QCOMPARE(rows.size(), 1);
    const QJsonObject fields = rows.at(0).payload.value(QStringLiteral("fields")).toObject();
    QCOMPARE(fields.keys(),
             (QStringList {QStringLiteral("marketplace_category"), QStringLiteral("online_description"),
                           QStringLiteral("online_title"), QStringLiteral("visible_online")}));
    QCOMPARE(fields.value(QStringLiteral("marketplace_category")).toString(),
             QStringLiteral("papeterie/carnets"));
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("variants")).toArray().size(), 1);
    auto read = m_listing->online(productOf(variant));
    QVERIFY(read.ok());
    QCOMPARE(read->onlineTitle, QStringLiteral("Carnet de croquis A5, papier 160 g"));
    QCOMPARE(read->onlineDescription, QStringLiteral("Cousu main."));
    QVERIFY(read->visibleOnline);
    QCOMPARE(m_listing->safetyStocks(productOf(variant))->value(variant), qint64(1));
}

void TestListingPage::onlineTabRefusalWritesNothing()
{
    const qint64 variant = addProduct(QStringLiteral("Savon"), 450, {}, 0, 2);
    enableListing();
    QVERIFY(m_page->selectVariant(variant));
    const qint64 seq = lastSeq(m_temp->db());
    m_page->actions()->editSelected();
    auto *dialog = openDialog<ProductDialog>();
    QVERIFY(dialog);
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Savon au lait"));
    auto *description
        = dialog->onlineSection()->findChild<QPlainTextEdit *>(QStringLiteral("onlineDescriptionEdit"));
    description->setPlainText(QString(Listing::MaxDescriptionLength + 5, QLatin1Char('x')));
    QVERIFY(dialog->onlineSection()
                ->findChild<QLabel *>(QStringLiteral("onlineDescriptionCounter"))
                ->styleSheet()
                .contains(QStringLiteral("color")));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorMessage().isEmpty());
    QCOMPARE(dialog->tabs()->currentWidget(), dialog->onlineSection());
    QCOMPARE(lastSeq(m_temp->db()), seq);
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM products")).toString(), QStringLiteral("Savon"));
    dialog->reject();
}

void TestListingPage::newProductFollowsTheSetting()
{
    ShopSettings settings(m_temp->db());
    for (const bool setting : {true, false}) {
        ListingSettings listing;
        listing.newProductsVisibleOnline = setting;
        QVERIFY(settings.setListing(listing).ok());
        m_page.reset();
        enableListing();
        QTest::keyClick(m_page.get(), Qt::Key_N, Qt::ControlModifier);
        auto *dialog = openDialog<ProductDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->onlineSection());
        auto *visible = dialog->onlineSection()->findChild<QCheckBox *>(QStringLiteral("visibleOnlineCheck"));
        QCOMPARE(visible->isChecked(), setting);
        const QString name = setting ? QStringLiteral("Listé d'office") : QStringLiteral("En attente");
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit")), QStringLiteral("3,50"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(
            scalar(QStringLiteral("SELECT visible_online FROM products WHERE name = ?"), {name}).toBool(),
            setting);
    }
}

void TestListingPage::settingsSection()
{
    ShopSettings settings(m_temp->db());
    OperatorSession session;
    ListingSettingsSection section(settings, session);
    section.show();
    QCheckBox *check = section.newProductsCheck();
    QVERIFY(check->isChecked()); // on by default
    QVERIFY(!check->isEnabled()); // nobody signed in
    OperatorInfo cashier;
    cashier.id = 1;
    cashier.role = OperatorRole::Cashier;
    session.signIn(cashier);
    QVERIFY(!check->isEnabled());
    OperatorInfo manager;
    manager.id = 2;
    manager.role = OperatorRole::Manager;
    session.signIn(manager);
    QVERIFY(check->isEnabled());
    QSignalSpy changed(&section, &ListingSettingsSection::settingsChanged);
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!settings.listing()->newProductsVisibleOnline);
    QTest::keyClick(check, Qt::Key_Space);
    QVERIFY(settings.listing()->newProductsVisibleOnline);
}

QTEST_MAIN(TestListingPage)
#include "tst_listingpage.moc"
