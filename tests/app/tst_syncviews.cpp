// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the sync applies shows on every page (issue 18), end to end: the real comptoir-marketplace
// over loopback, the SyncController on its thread, and the Catalogue and Till pages wired by
// app/catalogueviews.h as the window wires them. A price and a stock changed online show on the
// Catalogue page with the same product selected and the list where it was, in the till's search,
// and on the cart's line (with a notice on the message line).
#include "app/catalogueviews.h"
#include "models/catalogue/cataloguemodel.h"
#include "models/closing/dayclosing.h"
#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "models/sales/salejournal.h"
#include "models/sales/salepolicy.h"
#include "models/sales/ticketdrafts.h"
#include "models/sales/ticketsession.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "sync/engine/synccontroller.h"
#include "syncenginefixture.h"
#include "ui/catalogue/cataloguepage.h"
#include "ui/till/tillcatalogueupdates.h"
#include "ui/till/tillpage.h"

#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace comptoir;
using namespace comptoir::synctest;

class TestSyncViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }
    void priceAndStockChangedOnlineShowEverywhere();
};

namespace {

// The variant's local id, 0 until the sync brought it.
qint64 localVariant(Database &db, const QString &uuid)
{
    return qMax<qint64>(0, scalar(db, QStringLiteral("SELECT id FROM variants WHERE uuid = ?"), {uuid}));
}

QString shownPrice(const QAbstractItemModel *model, qint64 variantId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CatalogueModel::VariantIdRole).toLongLong() == variantId)
            return model->index(row, CatalogueModel::PriceColumn).data().toString();
    }
    return {};
}

} // namespace

void TestSyncViews::priceAndStockChangedOnlineShowEverywhere()
{
    EnrolledShop e;
    QVERIFY(e.begin());
    // Forty articles and a notebook (4,50 €, 10 in stock), created online by another device.
    QJsonArray mutations;
    for (int i = 1; i <= 40; ++i) {
        mutations.append(MarketClient::mutation(
            QStringLiteral("product_upsert"),
            {{QStringLiteral("product_id"), MarketClient::uuid()},
             {QStringLiteral("base_version"), 0},
             {QStringLiteral("fields"),
              QJsonObject {
                  {QStringLiteral("name"), QStringLiteral("Article %1").arg(i, 2, 10, QLatin1Char('0'))},
                  {QStringLiteral("vat_rate_bp"), 2000}}},
             {QStringLiteral("variants"),
              QJsonArray {
                  QJsonObject {{QStringLiteral("variant_id"), MarketClient::uuid()},
                               {QStringLiteral("fields"),
                                QJsonObject {{QStringLiteral("label"), QStringLiteral("Standard")},
                                             {QStringLiteral("reference"), QStringLiteral("A%1").arg(i)},
                                             {QStringLiteral("price_cents"), 100 + i}}}}}}}));
    }
    QCOMPARE(e.market->push(e.setup, mutations).status, 200);
    const auto [productUuid, variantUuid] = e.market->createProduct(e.setup, QStringLiteral("Carnet"), 10);

    Operators operators(e.shop.db(), e.shop.clock, e.shop.events, 64);
    const auto cashier
        = operators.add(QStringLiteral("Camille"), OperatorRole::Cashier, QStringLiteral("1357"));
    QVERIFY(cashier);
    OperatorSession session;
    session.signIn(OperatorInfo {*cashier, QStringLiteral("Camille"), OperatorRole::Cashier, true});
    ShopSettings settings(e.shop.db());
    SaleJournal journal(e.shop.db(), e.shop.clock, e.shop.uuids, e.shop.ledger, e.shop.chain);
    TicketDrafts drafts(e.shop.db(), e.shop.clock, e.shop.uuids, e.shop.chain);
    DayClosing closing(e.shop.db(), e.shop.clock, e.shop.uuids, e.shop.chain);
    CataloguePage catalogue(e.shop.db(), e.shop.catalogue, e.shop.ledger);
    catalogue.resize(1200, 500);
    catalogue.show();
    SalePolicy policy(e.shop.db(), e.shop.clock, operators, [&settings]() -> Result<int> {
        auto rules = settings.till();
        if (!rules)
            return rules.error();
        return rules->discountThresholdBp;
    });
    TicketSession ticket(e.shop.catalogue, journal, drafts, session, std::move(policy));
    TillPage till(e.shop.db(), e.shop.catalogue, e.shop.ledger, ticket, closing, operators, session,
                  settings);
    till.resize(1100, 750);
    till.show();
    QVERIFY(QTest::qWaitForWindowExposed(&till));

    SyncController controller(e.shop.temp.filePath(), e.secrets);
    CatalogueViews views(catalogue, *new TillCatalogueUpdates(till));
    connect(&controller, &SyncController::changesApplied, &views, &CatalogueViews::onChangesApplied,
            Qt::QueuedConnection);
    controller.start(*e.device);

    // The snapshot shows on the Catalogue page without anyone reloading it.
    auto *table = catalogue.findChild<QTableView *>(QStringLiteral("catalogueTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 41, 30000);
    const qint64 notebook = localVariant(e.shop.db(), variantUuid);
    QVERIFY(notebook > 0);
    QCOMPARE(shownPrice(table->model(), notebook), Money::format(450));

    // The notebook chosen on the Catalogue page, the list scrolled down; on the till, in the cart
    // and among the search's results.
    QVERIFY(catalogue.selectVariant(notebook));
    QScrollBar *bar = table->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    const int scroll = bar->value();
    QVERIFY(till.ticket().addVariant(notebook).ok());
    auto *search = till.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("carnet"));
    auto *results = till.findChild<QTableView *>(QStringLiteral("searchResults"));
    QTRY_COMPARE(results->model()->rowCount(), 1);
    QCOMPARE(shownPrice(results->model(), notebook), Money::format(450));

    // Online: the notebook now 5,20 €, and 5 more received.
    const HttpResult changed = e.market->push(
        e.setup,
        {MarketClient::mutation(
             QStringLiteral("product_upsert"),
             {{QStringLiteral("product_id"), productUuid},
              {QStringLiteral("base_version"), 1},
              {QStringLiteral("variants"),
               QJsonArray {QJsonObject {
                   {QStringLiteral("variant_id"), variantUuid},
                   {QStringLiteral("fields"), QJsonObject {{QStringLiteral("price_cents"), 520}}}}}}}),
         MarketClient::mutation(QStringLiteral("stock_movement"),
                                MarketClient::movement(variantUuid, 5, QStringLiteral("receipt")))});
    QCOMPARE(changed.status, 200);

    QTRY_COMPARE_WITH_TIMEOUT(shownPrice(table->model(), notebook), Money::format(520), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(e.shop.ledger.onHand(notebook).value(), qint64(15), 30000);
    const int row = catalogue.catalogueModel()->rowOfVariant(notebook);
    QTRY_COMPARE(catalogue.catalogueModel()->index(row, CatalogueModel::StockColumn).data().toLongLong(), 15);
    QCOMPARE(catalogue.selectedVariantId(), std::optional<qint64>(notebook));
    QCOMPARE(bar->value(), scroll);
    // The till: its search, its cart's line, and a word on the message line.
    QTRY_COMPARE(shownPrice(results->model(), notebook), Money::format(520));
    QTRY_COMPARE(till.cart()->index(0, CartModel::UnitPriceColumn).data().toString(), Money::format(520));
    QVERIFY2(till.message().contains(Money::format(520)), qPrintable(till.message()));
    QCOMPARE(till.cart()->totalCents(), 520);
    controller.stop();
}

QTEST_MAIN(TestSyncViews)
#include "tst_syncviews.moc"
