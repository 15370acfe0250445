// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "tillpagefixture.h"
#include "ui/errortext.h"
#include "ui/till/discountdialog.h"
#include "ui/till/priceoverridedialog.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTableView>

using namespace comptoir;
using namespace comptoir::tilltest;

// Discounts and price overrides on the real till page: under the threshold a cashier applies a
// discount alone; above it, or for any price override, a manager's PIN is asked first, a wrong
// one changes nothing, and the committed ticket stores what was authorised.
class TestTillDiscounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void parseTypedDiscount_data();
    void parseTypedDiscount();
    void lineDiscountUnderThresholdNeedsNoPin_data();
    void lineDiscountUnderThresholdNeedsNoPin();
    void lineDiscountAboveThresholdNeedsManagerPin();
    void cancellingThePinAppliesNothing();
    void managerNeedsNoPin();
    void zeroThresholdAsksForEveryDiscount();
    void tooLargeDiscountKeepsTheDialogOpen();
    void zeroRemovesTheDiscount();
    void ticketDiscountPercent();
    void ticketDiscountAboveThresholdNeedsPin();
    void priceOverrideNeedsManagerPin();
    void priceOverrideByManager();
    void noDiscountAfterAPayment();
    void fewerItemsUnderAnAmountDiscountNeedsPin();

private:
    DiscountDialog *openLineDiscount();
    void pay();
    QVariant lineColumn(const char *column) const;

    std::unique_ptr<TillPageFixture> m_f;
};

void TestTillDiscounts::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestTillDiscounts::init()
{
    m_f = std::make_unique<TillPageFixture>();
    QVERIFY(m_f->setUp());
}

void TestTillDiscounts::cleanup()
{
    m_f.reset();
}

DiscountDialog *TestTillDiscounts::openLineDiscount()
{
    m_f->button("lineDiscountButton")->click();
    return m_f->visibleDialog<DiscountDialog>();
}

// Pays what remains in cash: the sale is committed.
void TestTillDiscounts::pay()
{
    m_f->button("cashButton")->click();
}

// A column of the only stored ticket line.
QVariant TestTillDiscounts::lineColumn(const char *column) const
{
    return scalar(m_f->till.shop.db(),
                  QStringLiteral("SELECT %1 FROM ticket_lines").arg(QLatin1String(column)));
}

void TestTillDiscounts::parseTypedDiscount_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("percentBp");
    QTest::addColumn<qint64>("amountCents");
    QTest::newRow("percent") << QStringLiteral("10%") << true << 1000 << qint64(0);
    QTest::newRow("percent with space") << QStringLiteral("12,5 %") << true << 1250 << qint64(0);
    QTest::newRow("amount") << QStringLiteral("2,50") << true << 0 << qint64(250);
    QTest::newRow("whole amount") << QStringLiteral("3") << true << 0 << qint64(300);
    QTest::newRow("empty removes") << QString() << true << 0 << qint64(0);
    QTest::newRow("zero removes") << QStringLiteral("0") << true << 0 << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-5") << false << 0 << qint64(0);
    QTest::newRow("words") << QStringLiteral("ten") << false << 0 << qint64(0);
    QTest::newRow("percent alone") << QStringLiteral("%") << false << 0 << qint64(0);
}

void TestTillDiscounts::parseTypedDiscount()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    QFETCH(int, percentBp);
    QFETCH(qint64, amountCents);
    const auto parsed = DiscountDialog::parse(typed);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, (Discount {percentBp, amountCents}));
}

void TestTillDiscounts::lineDiscountUnderThresholdNeedsNoPin_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("discountCents");
    QTest::addColumn<int>("percentBp");
    QTest::newRow("5 %") << QStringLiteral("5%") << qint64(63) << 500;
    QTest::newRow("10 %, the threshold itself") << QStringLiteral("10%") << qint64(125) << 1000;
    QTest::newRow("1,25 €, exactly 10 %") << QStringLiteral("1,25") << qint64(125) << 0;
}

void TestTillDiscounts::lineDiscountUnderThresholdNeedsNoPin()
{
    QFETCH(QString, typed);
    QFETCH(qint64, discountCents);
    QFETCH(int, percentBp);
    m_f->scan(ScarfCode);
    // Keyboard first: F4 opens the dialog, the discount is typed, Enter applies it.
    QTest::keyClick(m_f->edit("searchEdit"), Qt::Key_F4);
    QTRY_VERIFY(m_f->visibleDialog<DiscountDialog>());
    auto *dialog = m_f->visibleDialog<DiscountDialog>();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("discountEdit")), typed);
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("discountEdit")), Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    QVERIFY(!m_f->visibleDialog<PinDialog>());
    QCOMPARE(m_f->page->cart()->totalCents(), 1250 - discountCents);
    QCOMPARE(m_f->page->cart()->index(0, CartModel::DiscountColumn).data().toString(),
             Money::format(-discountCents));

    pay();
    QCOMPARE(count(m_f->till.shop.db(), QStringLiteral("tickets")), 1);
    QCOMPARE(lineColumn("discount_cents").toLongLong(), discountCents);
    QCOMPARE(lineColumn("discount_percent_bp").toInt(), percentBp);
    QCOMPARE(lineColumn("total_cents").toLongLong(), 1250 - discountCents);
}

void TestTillDiscounts::lineDiscountAboveThresholdNeedsManagerPin()
{
    m_f->scan(ScarfCode);
    auto *dialog = openLineDiscount();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("discountEdit"))->setText(QStringLiteral("20%"));
    dialog->accept();
    auto *pin = m_f->visibleDialog<PinDialog>();
    QVERIFY(pin);
    QCOMPARE(pin->purpose(), PinDialog::Purpose::ManagerOverride);

    // A PIN that is not a manager's: the dialog stays open, nothing is applied.
    QVERIFY(m_f->typePin(QStringLiteral("1111")));
    QVERIFY(pin->isVisible());
    QVERIFY(!pin->errorMessage().isEmpty());
    QCOMPARE(m_f->page->cart()->totalCents(), 1250);
    QCOMPARE(m_f->page->cart()->lineDiscount(0), Discount {});

    QVERIFY(m_f->typePin(ManagerPin));
    QVERIFY(!pin->isVisible());
    QCOMPARE(m_f->page->cart()->totalCents(), 1000);

    pay();
    QVERIFY(m_f->page->lastTicket().has_value());
    const auto stored = m_f->till.tickets.ticket(m_f->page->lastTicket()->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->lines.size(), 1);
    QCOMPARE(stored->lines.first().discountCents, 250);
    QCOMPARE(stored->lines.first().discountPercentBp, 2000);
    QCOMPARE(stored->totalCents, 1000);
    QCOMPARE(stored->operatorId, m_f->till.operatorId); // the sale stays the cashier's
}

void TestTillDiscounts::cancellingThePinAppliesNothing()
{
    m_f->scan(ScarfCode);
    auto *dialog = openLineDiscount();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("discountEdit"))->setText(QStringLiteral("5,00"));
    dialog->accept();
    auto *pin = m_f->visibleDialog<PinDialog>();
    QVERIFY(pin);
    pin->reject();
    QCOMPARE(m_f->page->cart()->totalCents(), 1250);
    QCOMPARE(m_f->page->cart()->lineDiscount(0), Discount {});
}

void TestTillDiscounts::managerNeedsNoPin()
{
    m_f->signInManager();
    m_f->scan(ScarfCode);
    auto *dialog = openLineDiscount();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("discountEdit"))->setText(QStringLiteral("50%"));
    dialog->accept();
    QVERIFY(!m_f->visibleDialog<PinDialog>());
    QCOMPARE(m_f->page->cart()->totalCents(), 625);
}

void TestTillDiscounts::zeroThresholdAsksForEveryDiscount()
{
    TillSettings rules;
    rules.discountThresholdBp = 0;
    QVERIFY(m_f->settings.setTill(rules).ok());
    m_f->scan(ScarfCode);
    auto *dialog = openLineDiscount();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("discountEdit"))->setText(QStringLiteral("1%"));
    dialog->accept();
    QVERIFY(m_f->visibleDialog<PinDialog>());
    QVERIFY(m_f->typePin(ManagerPin));
    QCOMPARE(m_f->page->cart()->totalCents(), 1250 - 13);
}

void TestTillDiscounts::tooLargeDiscountKeepsTheDialogOpen()
{
    m_f->scan(ScarfCode);
    auto *dialog = openLineDiscount();
    QVERIFY(dialog);
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("discountEdit"));
    field->setText(QStringLiteral("20,00"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->errorMessage(), errorText(makeError(ErrorCode::DiscountTooLarge)));
    QVERIFY(!m_f->visibleDialog<PinDialog>());
    field->setText(QStringLiteral("abc"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorMessage().isEmpty());
    QCOMPARE(m_f->page->cart()->totalCents(), 1250);
}

void TestTillDiscounts::zeroRemovesTheDiscount()
{
    m_f->scan(ScarfCode);
    auto *dialog = openLineDiscount();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("discountEdit"))->setText(QStringLiteral("1,00"));
    dialog->accept();
    QCOMPARE(m_f->page->cart()->totalCents(), 1150);

    dialog = openLineDiscount();
    QVERIFY(dialog);
    // The current discount is offered for editing.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("discountEdit"))->text(), QStringLiteral("1,00"));
    dialog->findChild<QLineEdit *>(QStringLiteral("discountEdit"))->setText(QStringLiteral("0"));
    dialog->accept();
    QCOMPARE(m_f->page->cart()->totalCents(), 1250);
    QVERIFY(m_f->page->cart()->index(0, CartModel::DiscountColumn).data().toString().isEmpty());
    pay();
    QCOMPARE(lineColumn("discount_cents").toLongLong(), 0);
}

void TestTillDiscounts::ticketDiscountPercent()
{
    m_f->scan(ScarfCode);
    m_f->edit("searchEdit")->setText(QStringLiteral("Mug"));
    QTest::keyClick(m_f->edit("searchEdit"), Qt::Key_Return);
    QCOMPARE(m_f->page->cart()->totalCents(), 1250 + 1290);

    QTest::keyClick(m_f->edit("searchEdit"), Qt::Key_F4, Qt::ShiftModifier);
    QTRY_VERIFY(m_f->visibleDialog<DiscountDialog>());
    auto *dialog = m_f->visibleDialog<DiscountDialog>();
    dialog->findChild<QLineEdit *>(QStringLiteral("discountEdit"))->setText(QStringLiteral("5%"));
    dialog->accept();
    QVERIFY(!m_f->visibleDialog<PinDialog>());
    QCOMPARE(m_f->page->cart()->ticketDiscount(), Discount::percent(500));
    QCOMPARE(m_f->page->cart()->totalCents(), 2540 - 127);

    pay();
    const Database &db = m_f->till.shop.db();
    QCOMPARE(scalar(db, QStringLiteral("SELECT discount_cents FROM tickets")).toLongLong(), 127);
    QCOMPARE(scalar(db, QStringLiteral("SELECT discount_percent_bp FROM tickets")).toInt(), 500);
    QCOMPARE(scalar(db, QStringLiteral("SELECT total_cents FROM tickets")).toLongLong(), 2413);
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(ticket_discount_cents) FROM ticket_lines")).toLongLong(),
             127);
}

void TestTillDiscounts::ticketDiscountAboveThresholdNeedsPin()
{
    m_f->scan(ScarfCode);
    m_f->button("ticketDiscountButton")->click();
    auto *dialog = m_f->visibleDialog<DiscountDialog>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("discountEdit"))->setText(QStringLiteral("2,50"));
    dialog->accept();
    QVERIFY(m_f->visibleDialog<PinDialog>());
    QVERIFY(m_f->typePin(QStringLiteral("0000")));
    QCOMPARE(m_f->page->cart()->ticketDiscount(), Discount {});
    QVERIFY(m_f->typePin(ManagerPin));
    QCOMPARE(m_f->page->cart()->ticketDiscount(), Discount::amount(250));
    pay();
    QCOMPARE(scalar(m_f->till.shop.db(), QStringLiteral("SELECT discount_cents FROM tickets")).toLongLong(),
             250);
}

void TestTillDiscounts::priceOverrideNeedsManagerPin()
{
    m_f->scan(ScarfCode);
    QTest::keyClick(m_f->edit("searchEdit"), Qt::Key_F3);
    QTRY_VERIFY(m_f->visibleDialog<PriceOverrideDialog>());
    auto *dialog = m_f->visibleDialog<PriceOverrideDialog>();
    auto *price = dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit"));
    QCOMPARE(price->text(), QStringLiteral("12,50"));
    price->setText(QStringLiteral("9"));
    dialog->accept();
    auto *pin = m_f->visibleDialog<PinDialog>();
    QVERIFY(pin); // even a small change needs a manager
    QVERIFY(m_f->typePin(QStringLiteral("1234")));
    QVERIFY(pin->isVisible());
    QCOMPARE(m_f->page->cart()->lines().first().unitPriceCents, 1250);
    QVERIFY(m_f->typePin(ManagerPin));
    QCOMPARE(m_f->page->cart()->lines().first().unitPriceCents, 900);
    QCOMPARE(m_f->page->cart()->index(0, CartModel::UnitPriceColumn).data().toString(), Money::format(900));
    QCOMPARE(m_f->page->cart()->totalCents(), 900);

    m_f->scan(ScarfCode); // one more of the same line keeps the price authorised
    QCOMPARE(m_f->page->cart()->totalCents(), 1800);
    pay();
    QCOMPARE(lineColumn("unit_price_cents").toLongLong(), 900);
    QCOMPARE(lineColumn("total_cents").toLongLong(), 1800);
}

void TestTillDiscounts::priceOverrideByManager()
{
    m_f->signInManager();
    m_f->scan(ScarfCode);
    m_f->button("priceOverrideButton")->click();
    auto *dialog = m_f->visibleDialog<PriceOverrideDialog>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit"))->setText(QStringLiteral("abc"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorMessage().isEmpty());
    dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit"))->setText(QStringLiteral("15,00"));
    dialog->accept();
    QVERIFY(!m_f->visibleDialog<PinDialog>());
    QCOMPARE(m_f->page->cart()->totalCents(), 1500);
    pay();
    const auto stored = m_f->till.tickets.ticket(m_f->page->lastTicket()->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->lines.first().unitPriceCents, 1500);
}

void TestTillDiscounts::noDiscountAfterAPayment()
{
    m_f->scan(ScarfCode);
    m_f->edit("amountEdit")->setText(QStringLiteral("5"));
    m_f->button("cardButton")->click();
    QCOMPARE(m_f->page->payments().size(), 1);
    m_f->button("lineDiscountButton")->click();
    QVERIFY(!m_f->visibleDialog<DiscountDialog>());
    m_f->button("priceOverrideButton")->click();
    QVERIFY(!m_f->visibleDialog<PriceOverrideDialog>());
    QVERIFY(m_f->page->message().contains(TillPage::tr("Payments have been taken")));
}

// 2,00 € off two scarves (25,00 €) is 8 %; off one (12,50 €) it would be 16 %.
void TestTillDiscounts::fewerItemsUnderAnAmountDiscountNeedsPin()
{
    m_f->scan(ScarfCode);
    m_f->scan(ScarfCode);
    auto *dialog = openLineDiscount();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("discountEdit"))->setText(QStringLiteral("2"));
    dialog->accept();
    QVERIFY(!m_f->visibleDialog<PinDialog>());
    QCOMPARE(m_f->page->cart()->totalCents(), 2300);

    m_f->button("minusButton")->click();
    auto *pin = m_f->visibleDialog<PinDialog>();
    QVERIFY(pin);
    pin->reject();
    QCOMPARE(m_f->page->cart()->index(0, 0).data(CartModel::QuantityRole).toLongLong(), 2);
    m_f->button("plusButton")->click(); // more items: nothing to authorise
    QVERIFY(!m_f->visibleDialog<PinDialog>());
    QCOMPARE(m_f->page->cart()->index(0, 0).data(CartModel::QuantityRole).toLongLong(), 3);

    m_f->button("minusButton")->click(); // 2,00 € of 25,00 €: still under
    QVERIFY(!m_f->visibleDialog<PinDialog>());
    m_f->button("minusButton")->click();
    QVERIFY(m_f->visibleDialog<PinDialog>());
    QVERIFY(m_f->typePin(ManagerPin));
    QCOMPARE(m_f->page->cart()->index(0, 0).data(CartModel::QuantityRole).toLongLong(), 1);
    QCOMPARE(m_f->page->cart()->totalCents(), 1050);
}

QTEST_MAIN(TestTillDiscounts)
#include "tst_tilldiscounts.moc"
