// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "tillpagefixture.h"
#include "ui/catalogue/productdialog.h"
#include "ui/till/favouritesbar.h"

#include <QAction>
#include <QLocale>

using namespace comptoir;
using namespace comptoir::tilltest;

// Favourite-product buttons on the real till page (clicked, or Alt+1…Alt+9), a manager adding
// and removing favourites (stored in the shop settings), and an unknown code created as a
// product from the till.
class TestTillFavourites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void buttonsShowTheFavourites();
    void clickingAFavouriteAddsTheLine();
    void altDigitAddsTheFavourite();
    void cashierAddsAFavouriteWithAManagerPin();
    void managerRemovesAFavourite();
    void wrongPinLeavesTheFavourites();
    void freePriceLineIsNoFavourite();
    void unknownCodeCreatesTheProduct();
    void unknownCodeWrongPinCreatesNothing();

private:
    void showFavourites(const QList<qint64> &variants);
    QList<qint64> storedFavourites() const;

    std::unique_ptr<TillPageFixture> m_f;
};

void TestTillFavourites::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestTillFavourites::init()
{
    m_f = std::make_unique<TillPageFixture>();
    QVERIFY(m_f->setUp());
}

void TestTillFavourites::cleanup()
{
    m_f.reset();
}

void TestTillFavourites::showFavourites(const QList<qint64> &variants)
{
    QVERIFY(m_f->settings.setFavourites(variants).ok());
    QVERIFY(m_f->page->favouritesBar()->reload().ok());
}

// Read back through a new ShopSettings: what is in the database.
QList<qint64> TestTillFavourites::storedFavourites() const
{
    ShopSettings fresh(m_f->till.shop.db());
    return fresh.favourites().value();
}

void TestTillFavourites::buttonsShowTheFavourites()
{
    QVERIFY(!m_f->page->favouritesBar()->isVisible()); // none yet
    showFavourites({m_f->till.mug, m_f->scarf});
    FavouritesBar *bar = m_f->page->favouritesBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->variants(), (QList<qint64> {m_f->till.mug, m_f->scarf}));
    auto *first = m_f->button("favouriteButton1");
    QVERIFY(first);
    QVERIFY(first->text().contains(QStringLiteral("Mug")));
    QVERIFY(first->text().contains(Money::format(1290)));
    QVERIFY(m_f->button("favouriteButton2")->text().contains(QStringLiteral("Écharpe Rouge")));
    QVERIFY(!m_f->button("favouriteButton3"));

    // Signed out: the favourites cannot sell either.
    m_f->session.signOut();
    QVERIFY(!first->isEnabled());
}

void TestTillFavourites::clickingAFavouriteAddsTheLine()
{
    showFavourites({m_f->till.mug, m_f->scarf});
    m_f->button("favouriteButton2")->click();
    m_f->button("favouriteButton2")->click();
    m_f->button("favouriteButton1")->click();
    QCOMPARE(m_f->page->cart()->rowCount(), 2);
    QCOMPARE(m_f->page->cart()->index(0, 0).data(CartModel::VariantIdRole).toLongLong(), m_f->scarf);
    QCOMPARE(m_f->page->cart()->index(0, 0).data(CartModel::QuantityRole).toLongLong(), 2);
    QCOMPARE(m_f->page->cart()->index(1, 0).data(CartModel::VariantIdRole).toLongLong(), m_f->till.mug);
    QCOMPARE(m_f->page->cart()->totalCents(), 2 * 1250 + 1290);
}

void TestTillFavourites::altDigitAddsTheFavourite()
{
    showFavourites({m_f->till.mug, m_f->till.jam});
    QTest::keyClick(m_f->edit("searchEdit"), Qt::Key_2, Qt::AltModifier);
    QTRY_COMPARE(m_f->page->cart()->rowCount(), 1); // a shortcut clicks after a short animation
    QCOMPARE(m_f->page->cart()->index(0, 0).data(CartModel::VariantIdRole).toLongLong(), m_f->till.jam);
    QVERIFY(m_f->edit("searchEdit")->text().isEmpty());
    QTest::keyClick(m_f->edit("searchEdit"), Qt::Key_1, Qt::AltModifier);
    QTRY_COMPARE(m_f->page->cart()->rowCount(), 2);
    QCOMPARE(m_f->page->cart()->index(1, 0).data(CartModel::VariantIdRole).toLongLong(), m_f->till.mug);
}

void TestTillFavourites::cashierAddsAFavouriteWithAManagerPin()
{
    showFavourites({m_f->till.mug});
    m_f->scan(ScarfCode);
    m_f->button("addFavouriteButton")->click();
    QVERIFY(m_f->visibleDialog<PinDialog>());
    QVERIFY(m_f->typePin(ManagerPin));
    QCOMPARE(storedFavourites(), (QList<qint64> {m_f->till.mug, m_f->scarf}));
    auto *added = m_f->button("favouriteButton2");
    QVERIFY(added);
    QVERIFY(added->text().contains(QStringLiteral("Écharpe")));

    // Already there: nothing asked, nothing changes.
    m_f->button("addFavouriteButton")->click();
    QVERIFY(!m_f->visibleDialog<PinDialog>());
    QCOMPARE(storedFavourites().size(), 2);
}

void TestTillFavourites::managerRemovesAFavourite()
{
    m_f->signInManager();
    showFavourites({m_f->till.mug, m_f->scarf});
    auto *remove = m_f->page->findChild<QAction *>(QStringLiteral("removeFavouriteAction1"));
    QVERIFY(remove);
    remove->trigger();
    QVERIFY(!m_f->visibleDialog<PinDialog>()); // a manager is signed in
    QCOMPARE(storedFavourites(), (QList<qint64> {m_f->scarf}));
    QCOMPARE(m_f->page->favouritesBar()->variants(), (QList<qint64> {m_f->scarf}));
    QVERIFY(m_f->button("favouriteButton1")->text().contains(QStringLiteral("Écharpe")));

    // And adds one without a PIN.
    m_f->edit("searchEdit")->setText(QStringLiteral("Mug"));
    QTest::keyClick(m_f->edit("searchEdit"), Qt::Key_Return);
    m_f->button("addFavouriteButton")->click();
    QVERIFY(!m_f->visibleDialog<PinDialog>());
    QCOMPARE(storedFavourites(), (QList<qint64> {m_f->scarf, m_f->till.mug}));
}

void TestTillFavourites::wrongPinLeavesTheFavourites()
{
    showFavourites({m_f->till.mug});
    m_f->page->findChild<QAction *>(QStringLiteral("removeFavouriteAction1"))->trigger();
    auto *pin = m_f->visibleDialog<PinDialog>();
    QVERIFY(pin);
    QVERIFY(m_f->typePin(QStringLiteral("9999")));
    QVERIFY(pin->isVisible());
    pin->reject();
    QCOMPARE(storedFavourites(), (QList<qint64> {m_f->till.mug}));
    QVERIFY(m_f->button("favouriteButton1"));
}

void TestTillFavourites::freePriceLineIsNoFavourite()
{
    m_f->signInManager();
    QVERIFY(m_f->ticket.addFreePriceLine(QStringLiteral("Divers"), 300, 2000).ok());
    m_f->button("addFavouriteButton")->click();
    QVERIFY(storedFavourites().isEmpty());
    QVERIFY(!m_f->page->message().isEmpty());
}

void TestTillFavourites::unknownCodeCreatesTheProduct()
{
    const QString code = QStringLiteral("5901234123457");
    QVERIFY(!m_f->button("createProductButton")->isVisible());
    m_f->scan(code);
    QVERIFY(m_f->page->cart()->isEmpty());
    QVERIFY(m_f->button("createProductButton")->isVisible());

    QTest::keyClick(m_f->edit("searchEdit"), Qt::Key_F2);
    QTRY_VERIFY(m_f->visibleDialog<PinDialog>()); // Camille is a cashier
    QVERIFY(m_f->typePin(ManagerPin));
    auto *dialog = m_f->visibleDialog<ProductDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->isNew());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("barcodesEdit"))->text(), code);
    dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Bougie"));
    dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit"))->setText(QStringLiteral("8,90"));
    dialog->accept();
    QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorMessage()));

    const auto found = m_f->till.shop.catalogue.findVariantByCode(code);
    QVERIFY(found.ok());
    QVERIFY(found->has_value());
    QCOMPARE(m_f->page->cart()->rowCount(), 1);
    QCOMPARE(m_f->page->cart()->index(0, 0).data(CartModel::VariantIdRole).toLongLong(), **found);
    QCOMPARE(m_f->page->cart()->totalCents(), 890);
    QVERIFY(!m_f->button("createProductButton")->isVisible());

    // Sold like any product; scanning the code again now finds it.
    m_f->scan(code);
    QCOMPARE(m_f->page->cart()->index(0, 0).data(CartModel::QuantityRole).toLongLong(), 2);
    m_f->button("cashButton")->click();
    QCOMPARE(scalar(m_f->till.shop.db(), QStringLiteral("SELECT variant_id FROM ticket_lines")).toLongLong(),
             **found);
}

void TestTillFavourites::unknownCodeWrongPinCreatesNothing()
{
    const QString code = QStringLiteral("5901234123457");
    m_f->scan(code);
    m_f->button("createProductButton")->click();
    auto *pin = m_f->visibleDialog<PinDialog>();
    QVERIFY(pin);
    QVERIFY(m_f->typePin(QStringLiteral("1357")));
    QVERIFY(pin->isVisible());
    pin->reject();
    QVERIFY(!m_f->visibleDialog<ProductDialog>());
    QVERIFY(!m_f->till.shop.catalogue.findVariantByCode(code).value().has_value());
    QVERIFY(m_f->page->cart()->isEmpty());
}

QTEST_MAIN(TestTillFavourites)
#include "tst_tillfavourites.moc"
