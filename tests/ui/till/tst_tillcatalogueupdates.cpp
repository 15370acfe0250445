// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The till kept up with a catalogue changed elsewhere (issue 18; ui/till/tillcatalogueupdates.h):
// the search shows the new price with the same result chosen; a cart line still at the catalogue's
// price takes the new one and the message line says so; a price override, a ticket already part
// paid, and a dialog open on the page keep what the cashier sees.
#include "models/catalogue/cataloguemodel.h"
#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "models/sales/ticketsession.h"
#include "models/storage/database.h"
#include "tillpagefixture.h"
#include "ui/till/freepricedialog.h"
#include "ui/till/tillcatalogueupdates.h"

#include <QLocale>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

class TestTillCatalogueUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }
    void init();
    void cleanup() { m_f.reset(); }

    void cartLineTakesTheNewPrice();
    void overriddenLineKeepsItsPrice();
    void partPaidTicketKeepsItsPrices();
    void openDialogDefersTheCart();
    void searchShowsTheNewPriceWithTheSameResultChosen();

private:
    // Writes the variant's price on another connection, as the sync thread does.
    void setPriceElsewhere(qint64 variantId, qint64 cents);
    QString unitPrice(int row) const
    {
        return m_f->page->cart()->index(row, CartModel::UnitPriceColumn).data().toString();
    }

    std::unique_ptr<TillPageFixture> m_f;
    TillCatalogueUpdates *m_updates = nullptr;
};

void TestTillCatalogueUpdates::init()
{
    m_f = std::make_unique<TillPageFixture>();
    QVERIFY(m_f->setUp());
    m_updates = new TillCatalogueUpdates(*m_f->page);
}

void TestTillCatalogueUpdates::setPriceElsewhere(qint64 variantId, qint64 cents)
{
    auto other = Database::open(m_f->till.shop.temp.filePath());
    QVERIFY(other);
    QVERIFY((*other)
                ->exec(QStringLiteral("UPDATE variants SET price_cents = ? WHERE id = ?"), {cents, variantId})
                .ok());
}

void TestTillCatalogueUpdates::cartLineTakesTheNewPrice()
{
    m_f->scan(ScarfCode);
    m_f->scan(ScarfCode);
    QVERIFY(m_f->page->ticket().addVariant(m_f->till.jam).ok());
    QCOMPARE(m_f->page->cart()->totalCents(), 2 * 1250 + 589);
    setPriceElsewhere(m_f->scarf, 1400);
    m_updates->update();
    QCOMPARE(unitPrice(0), Money::format(1400));
    QCOMPARE(unitPrice(1), Money::format(589));
    QCOMPARE(m_f->page->cart()->totalCents(), 2 * 1400 + 589);
    const QString message = m_f->page->message();
    QVERIFY2(message.contains(Money::format(1250)) && message.contains(Money::format(1400)),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Écharpe Rouge")), qPrintable(message));
    // Nothing more changed: no second notice.
    m_f->page->showNotice(QString());
    m_updates->update();
    QCOMPARE(m_f->page->message(), QString());
}

void TestTillCatalogueUpdates::overriddenLineKeepsItsPrice()
{
    m_f->scan(ScarfCode);
    const auto overridden = m_f->page->ticket().overridePrice(0, 1000, m_f->managerId); // authorised
    QVERIFY(overridden.ok());
    QCOMPARE(*overridden, TicketChange::Applied);
    setPriceElsewhere(m_f->scarf, 1400);
    m_updates->update();
    QCOMPARE(unitPrice(0), Money::format(1000));
    QVERIFY(!m_f->page->message().contains(Money::format(1400)));
}

void TestTillCatalogueUpdates::partPaidTicketKeepsItsPrices()
{
    m_f->scan(ScarfCode);
    m_f->edit("amountEdit")->setText(QStringLiteral("5"));
    m_f->button("cardButton")->click();
    QCOMPARE(m_f->page->payments().size(), 1);
    setPriceElsewhere(m_f->scarf, 1400);
    m_updates->update();
    QCOMPARE(unitPrice(0), Money::format(1250));
    QCOMPARE(m_f->page->cart()->totalCents(), 1250);
}

void TestTillCatalogueUpdates::openDialogDefersTheCart()
{
    m_f->scan(ScarfCode);
    m_f->page->openFreePriceDialog();
    auto *dialog = m_f->visibleDialog<FreePriceDialog>();
    QVERIFY(dialog);
    setPriceElsewhere(m_f->scarf, 1400);
    m_updates->update();
    QCOMPARE(unitPrice(0), Money::format(1250)); // not under the cashier's eyes
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QTRY_COMPARE(unitPrice(0), Money::format(1400));
}

void TestTillCatalogueUpdates::searchShowsTheNewPriceWithTheSameResultChosen()
{
    const qint64 blue = m_f->till.addVariant(QStringLiteral("Écharpe bleue"), 1300, 2000, 3);
    QVERIFY(blue > 0);
    QLineEdit *search = m_f->edit("searchEdit");
    search->setFocus();
    for (const char c : QByteArrayLiteral("echarpe")) { // typed by a person, not a scanner
        QTest::keyClick(search, c);
        m_f->now += 200;
    }
    auto *results = m_f->page->findChild<QTableView *>(QStringLiteral("searchResults"));
    QTRY_COMPARE(results->model()->rowCount(), 2);
    QTest::keyClick(search, Qt::Key_Down); // into the results, on the first
    QTest::keyClick(results, Qt::Key_Down);
    const QModelIndex chosen = results->currentIndex();
    QCOMPARE(chosen.row(), 1);
    const qint64 variant = chosen.data(CatalogueModel::VariantIdRole).toLongLong();
    setPriceElsewhere(variant, 2222);
    m_updates->update();
    QCOMPARE(results->currentIndex().row(), 1);
    QCOMPARE(results->currentIndex().data(CatalogueModel::VariantIdRole).toLongLong(), variant);
    QCOMPARE(results->model()->index(1, CatalogueModel::PriceColumn).data().toString(), Money::format(2222));
    // Return adds the chosen result, at its new price.
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(m_f->page->cart()->rowCount(), 1);
    QCOMPARE(unitPrice(0), Money::format(2222));
}

QTEST_MAIN(TestTillCatalogueUpdates)
#include "tst_tillcatalogueupdates.moc"
