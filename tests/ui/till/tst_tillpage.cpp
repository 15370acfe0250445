// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/closing/dayclosing.h"
#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "models/sales/ticketsession.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "tillfixture.h"
#include "ui/errortext.h"
#include "ui/till/freepricedialog.h"
#include "ui/till/parkedticketsdialog.h"
#include "ui/till/tillpage.h"
#include "ui/widgets/scancatcher.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

// The real till page on a real database: scanning, searching, paying (cash with change, mixed,
// refused overpayment), parking and resuming, cancelling, unknown codes, no operator signed in.
class TestTillPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scanAddsALine();
    void scanWhileSearchHasFocus();
    void scanTwiceIncrements();
    void typingReachesTheSearchField();
    void payCashShowsChangeAndStoresTheSale();
    void payCashWithF9Key();
    void mixedPayment();
    void cardOverpaymentIsRefused();
    void searchAndEnterAddsTheVariant();
    void plusMinusAndDelete();
    void parkThenResume();
    void cancelIsRecorded();
    void unknownBarcodeOffersFreePrice();
    void noOperatorNoSelling();

private:
    void scan(const QString &code);
    void click(const char *name);
    QLineEdit *edit(const char *name) const;

    std::unique_ptr<TillShop> m_till;
    std::unique_ptr<Operators> m_operators;
    std::unique_ptr<ShopSettings> m_settings;
    std::unique_ptr<OperatorSession> m_session;
    std::unique_ptr<DayClosing> m_closing;
    std::unique_ptr<TicketSession> m_ticket;
    std::unique_ptr<TillPage> m_page;
    qint64 m_scarf = 0; // 12,50 €, barcode 4006381333931, 4 in stock
    qint64 m_now = 1000;
};

static const QString ScarfCode = QStringLiteral("4006381333931");

void TestTillPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestTillPage::init()
{
    m_till = std::make_unique<TillShop>();
    QVERIFY(m_till->setUp());
    ProductFields p;
    p.name = QStringLiteral("Écharpe");
    p.vatRateBp = 2000;
    VariantFields v;
    v.label = QStringLiteral("Rouge");
    v.priceCents = 1250;
    v.barcodes = {ScarfCode};
    auto created = m_till->shop.catalogue.createProduct(p, v);
    QVERIFY(created.ok());
    m_scarf = created->variantId;
    QVERIFY(m_till->shop.ledger.record(m_scarf, 4, MovementReason::Receipt).ok());

    m_session = std::make_unique<OperatorSession>();
    m_session->signIn(
        OperatorInfo {m_till->operatorId, QStringLiteral("Camille"), OperatorRole::Cashier, true});
    m_operators = std::make_unique<Operators>(m_till->shop.db(), m_till->shop.clock, m_till->shop.events, 64);
    m_settings = std::make_unique<ShopSettings>(m_till->shop.db());
    m_closing = std::make_unique<DayClosing>(m_till->shop.db(), m_till->shop.clock, m_till->shop.uuids,
                                             m_till->shop.chain);
    ShopSettings *settings = m_settings.get();
    m_ticket = std::make_unique<TicketSession>(
        m_till->shop.catalogue, m_till->journal, m_till->drafts, *m_session,
        SalePolicy(m_till->shop.db(), m_till->shop.clock, *m_operators, [settings]() -> Result<int> {
            auto rules = settings->till();
            if (!rules)
                return rules.error();
            return rules->discountThresholdBp;
        }));
    m_page = std::make_unique<TillPage>(m_till->shop.db(), m_till->shop.catalogue, m_till->shop.ledger,
                                        *m_ticket, *m_closing, *m_operators, *m_session, *m_settings);
    m_page->scanCatcher()->setTimeSource([this] { return m_now; });
    m_page->resize(1000, 700);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    edit("searchEdit")->setFocus();
}

void TestTillPage::cleanup()
{
    m_page.reset();
    m_ticket.reset();
    m_closing.reset();
    m_session.reset();
    m_settings.reset();
    m_operators.reset();
    m_till.reset();
}

QLineEdit *TestTillPage::edit(const char *name) const
{
    return m_page->findChild<QLineEdit *>(QLatin1String(name));
}

void TestTillPage::click(const char *name)
{
    auto *button = m_page->findChild<QPushButton *>(QLatin1String(name));
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    button->click();
}

// A scanner: every key at the same instant, then Enter, into whatever has the focus.
void TestTillPage::scan(const QString &code)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get();
    QTest::keyClicks(target, code);
    QTest::keyClick(target, Qt::Key_Return);
    m_now += 1000;
}

void TestTillPage::scanAddsALine()
{
    scan(ScarfCode);
    QCOMPARE(m_page->cart()->rowCount(), 1);
    QCOMPARE(m_page->cart()->index(0, 0).data(CartModel::VariantIdRole).toLongLong(), m_scarf);
    QCOMPARE(m_page->cart()->totalCents(), 1250);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("totalLabel"))->text(), Money::format(1250));
}

void TestTillPage::scanWhileSearchHasFocus()
{
    QLineEdit *search = edit("searchEdit");
    search->setFocus();
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, ScarfCode);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(m_page->cart()->rowCount(), 1);
    QCOMPARE(m_page->cart()->totalCents(), 1250);
}

void TestTillPage::scanTwiceIncrements()
{
    scan(ScarfCode);
    scan(ScarfCode);
    QCOMPARE(m_page->cart()->rowCount(), 1);
    QCOMPARE(m_page->cart()->index(0, 0).data(CartModel::QuantityRole).toLongLong(), 2);
    QCOMPARE(m_page->cart()->totalCents(), 2500);
}

// A person typing (a key every 200 ms) sees the text in the search field and its results.
void TestTillPage::typingReachesTheSearchField()
{
    QLineEdit *search = edit("searchEdit");
    for (const char c : {'M', 'u', 'g'}) {
        QTest::keyClick(search, c);
        m_now += 200;
    }
    QTRY_COMPARE(search->text(), QStringLiteral("Mug"));
    QVERIFY(m_page->cart()->isEmpty());
    auto *results = m_page->findChild<QTableView *>(QStringLiteral("searchResults"));
    QVERIFY(results->isVisible());
    QCOMPARE(results->model()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_page->cart()->rowCount(), 1);
    QCOMPARE(m_page->cart()->index(0, 0).data(CartModel::VariantIdRole).toLongLong(), m_till->mug);
}

void TestTillPage::payCashShowsChangeAndStoresTheSale()
{
    QSignalSpy committed(m_page.get(), &TillPage::saleCommitted);
    scan(ScarfCode);
    edit("amountEdit")->setText(QStringLiteral("20,00"));
    click("cashButton");

    QCOMPARE(committed.count(), 1);
    QVERIFY2(m_page->message().contains(Money::format(750)), qPrintable(m_page->message()));
    QVERIFY(m_page->message().contains(QStringLiteral("7,50")));
    QVERIFY(m_page->cart()->isEmpty());
    QVERIFY(edit("amountEdit")->text().isEmpty());

    const Database &db = m_till->shop.db();
    QCOMPARE(count(db, QStringLiteral("tickets")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT total_cents FROM tickets")).toLongLong(), 1250);
    QCOMPARE(scalar(db, QStringLiteral("SELECT operator_id FROM tickets")).toLongLong(), m_till->operatorId);
    QCOMPARE(count(db, QStringLiteral("ticket_payments")), 1);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT method || ':' || amount_cents FROM ticket_payments")).toString(),
        QStringLiteral("cash:1250"));
    QCOMPARE(m_till->shop.ledger.onHand(m_scarf).value(), 3);
    QCOMPARE(m_page->lastTicket()->changeCents, 750);
    QCOMPARE(m_page->lastTicket()->tenderedCents, 2000);
    QVERIFY(m_page->message().contains(QString::number(m_page->lastTicket()->number)));

    // The next scan starts a new ticket and clears the message.
    scan(ScarfCode);
    QCOMPARE(m_page->cart()->rowCount(), 1);
    QVERIFY(m_page->message().isEmpty());
}

void TestTillPage::payCashWithF9Key()
{
    scan(ScarfCode);
    // A button's shortcut clicks it after a short animation. Empty amount: the exact amount in cash.
    QTest::keyClick(edit("searchEdit"), Qt::Key_F9);
    QTRY_COMPARE(count(m_till->shop.db(), QStringLiteral("tickets")), 1);
    QVERIFY(m_page->message().contains(Money::format(0)));
    QCOMPARE(m_till->shop.ledger.onHand(m_scarf).value(), 3);
}

void TestTillPage::mixedPayment()
{
    scan(ScarfCode);
    edit("amountEdit")->setText(QStringLiteral("5"));
    click("cardButton");
    QCOMPARE(count(m_till->shop.db(), QStringLiteral("tickets")), 0);
    QCOMPARE(m_page->payments().size(), 1);
    QVERIFY(
        m_page->findChild<QLabel *>(QStringLiteral("remainingLabel"))->text().contains(Money::format(750)));

    click("cashButton"); // the rest, exactly
    const Database &db = m_till->shop.db();
    QCOMPARE(count(db, QStringLiteral("tickets")), 1);
    auto q = db.query(QStringLiteral("SELECT method, amount_cents FROM ticket_payments ORDER BY position"));
    QVERIFY(q.ok());
    QStringList payments;
    while (q.value().next())
        payments << q.value().value(0).toString() + QLatin1Char(':') + q.value().value(1).toString();
    QCOMPARE(payments, (QStringList {QStringLiteral("card:500"), QStringLiteral("cash:750")}));
    QVERIFY(m_page->payments().isEmpty());
}

void TestTillPage::cardOverpaymentIsRefused()
{
    scan(ScarfCode);
    edit("amountEdit")->setText(QStringLiteral("20"));
    click("cardButton");
    QCOMPARE(m_page->message(), errorText(Error {ErrorCode::Overpayment, {}, {}}));
    QVERIFY(m_page->payments().isEmpty());
    QCOMPARE(count(m_till->shop.db(), QStringLiteral("tickets")), 0);
    QCOMPARE(m_page->cart()->rowCount(), 1);
}

void TestTillPage::searchAndEnterAddsTheVariant()
{
    QLineEdit *search = edit("searchEdit");
    search->setText(QStringLiteral("Mug"));
    auto *results = m_page->findChild<QTableView *>(QStringLiteral("searchResults"));
    QVERIFY(results->isVisible());
    QCOMPARE(results->model()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_page->cart()->rowCount(), 1);
    QCOMPARE(m_page->cart()->index(0, 0).data(CartModel::VariantIdRole).toLongLong(), m_till->mug);
    QVERIFY(search->text().isEmpty());
    QVERIFY(!results->isVisible());

    // Escape clears the search.
    search->setText(QStringLiteral("Mug"));
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QVERIFY(!results->isVisible());

    // Down moves into the results, Enter there adds.
    search->setText(QStringLiteral("Confiture"));
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), results);
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(m_page->cart()->rowCount(), 2);
    QCOMPARE(m_page->cart()->index(1, 0).data(CartModel::VariantIdRole).toLongLong(), m_till->jam);
}

void TestTillPage::plusMinusAndDelete()
{
    scan(ScarfCode);
    auto *cartView = m_page->findChild<QTableView *>(QStringLiteral("cartView"));
    cartView->setFocus();
    QTest::keyClick(cartView, Qt::Key_Plus); // shortcuts click their button after a short animation
    QTRY_COMPARE(m_page->cart()->index(0, 0).data(CartModel::QuantityRole).toLongLong(), 2);
    click("plusButton");
    QCOMPARE(m_page->cart()->index(0, 0).data(CartModel::QuantityRole).toLongLong(), 3);
    QTest::keyClick(cartView, Qt::Key_Minus);
    QTRY_COMPARE(m_page->cart()->index(0, 0).data(CartModel::QuantityRole).toLongLong(), 2);
    QCOMPARE(m_page->cart()->totalCents(), 2500);
    QTest::keyClick(cartView, Qt::Key_Delete);
    QTRY_VERIFY(m_page->cart()->isEmpty());
}

void TestTillPage::parkThenResume()
{
    scan(ScarfCode);
    scan(ScarfCode);
    m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("Mug"));
    QTest::keyClick(edit("searchEdit"), Qt::Key_Return);
    QCOMPARE(m_page->cart()->rowCount(), 2);
    const SaleDraft before = m_page->cart()->draft(m_till->operatorId);

    click("parkButton");
    auto *dialog = m_page->findChild<QInputDialog *>(QStringLiteral("parkDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->setTextValue(QStringLiteral("Mme Martin"));
    dialog->accept();
    QVERIFY(m_page->cart()->isEmpty());
    QCOMPARE(count(m_till->shop.db(), QStringLiteral("parked_tickets")), 1);
    QCOMPARE(scalar(m_till->shop.db(), QStringLiteral("SELECT label FROM parked_tickets")).toString(),
             QStringLiteral("Mme Martin"));

    click("resumeButton");
    auto *list = m_page->findChild<ParkedTicketsDialog *>(QStringLiteral("parkedTicketsDialog"));
    QVERIFY(list);
    list->accept();
    QCOMPARE(m_page->cart()->rowCount(), 2);
    QCOMPARE(m_page->cart()->draft(m_till->operatorId), before);
    QCOMPARE(m_page->cart()->totalCents(), 2500 + 1290);
    QCOMPARE(count(m_till->shop.db(), QStringLiteral("parked_tickets")), 0);

    // The resumed ticket sells like any other.
    click("cashButton");
    QCOMPARE(count(m_till->shop.db(), QStringLiteral("tickets")), 1);
    QCOMPARE(m_till->shop.ledger.onHand(m_scarf).value(), 2);
}

void TestTillPage::cancelIsRecorded()
{
    scan(ScarfCode);
    click("cancelButton");
    auto *box = m_page->findChild<QMessageBox *>(QStringLiteral("cancelConfirmation"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QVERIFY(m_page->cart()->isEmpty());
    const Database &db = m_till->shop.db();
    QCOMPARE(count(db, QStringLiteral("cancelled_tickets")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT total_cents FROM cancelled_tickets")).toLongLong(), 1250);
    QCOMPARE(count(db, QStringLiteral("tickets")), 0);
    QCOMPARE(m_till->shop.ledger.onHand(m_scarf).value(), 4);
}

void TestTillPage::unknownBarcodeOffersFreePrice()
{
    const QString unknown = QStringLiteral("5901234123457");
    scan(unknown);
    QVERIFY(m_page->cart()->isEmpty());
    QVERIFY2(m_page->message().contains(unknown), qPrintable(m_page->message()));
    QVERIFY(edit("searchEdit")->text().isEmpty());

    click("freePriceButton");
    auto *dialog = m_page->findChild<FreePriceDialog *>(QStringLiteral("freePriceDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit"))->text().contains(unknown));
    dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit"))->setText(QStringLiteral("abc"));
    dialog->accept();
    QVERIFY(dialog->isVisible()); // a bad price keeps it open
    QVERIFY(!dialog->errorMessage().isEmpty());
    dialog->findChild<QLineEdit *>(QStringLiteral("priceEdit"))->setText(QStringLiteral("3,50"));
    dialog->accept();
    QCOMPARE(m_page->cart()->rowCount(), 1);
    QCOMPARE(m_page->cart()->totalCents(), 350);
    QVERIFY(!m_page->cart()->lines().first().variantId.has_value());
    QCOMPARE(m_page->cart()->lines().first().vatRateBp, 2000);
}

void TestTillPage::noOperatorNoSelling()
{
    m_session->signOut();
    QCOMPARE(m_page->message(), TillPage::tr("Sign in to sell"));
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("cashButton"))->isEnabled());
    QVERIFY(!edit("searchEdit")->isEnabled());
    m_page->handleCode(ScarfCode);
    QVERIFY(m_page->cart()->isEmpty());

    m_session->signIn(
        OperatorInfo {m_till->operatorId, QStringLiteral("Camille"), OperatorRole::Cashier, true});
    QVERIFY(m_page->message().isEmpty());
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("cashButton"))->isEnabled());
    scan(ScarfCode);
    QCOMPARE(m_page->cart()->rowCount(), 1);
}

QTEST_MAIN(TestTillPage)
#include "tst_tillpage.moc"
