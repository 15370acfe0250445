// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket in progress without a window (TicketSession): a sale through it with each of the
// till's rules. A day overdue for its Z blocks the first line and every payment; a check that
// cannot be made blocks too (the policy fails closed: the sale waits with an error, nothing is
// committed); a discount above the threshold and every price override need a manager, whose id
// the session checks against the operators; payments in progress (partial, parked, resumed,
// cancelled) and a payment that fails to commit.
#include "models/closing/dayclosing.h"
#include "models/sales/cartmodel.h"
#include "models/sales/ticketsession.h"
#include "models/staff/operators.h"
#include "models/staff/operatorsession.h"
#include "tillfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::tilltest;

namespace {

const QString ManagerPin = QStringLiteral("2468");

QDateTime utc(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

// The shop of the sales journal's tests (Camille, a cashier; jam 5,89 €; mug 12,90 €), a
// manager (Nadia), and the session with a threshold the test sets (or makes unreadable).
struct SessionShop
{
    TillShop till;
    Operators operators {till.shop.db(), till.shop.clock, till.shop.events, 64};
    OperatorSession signedIn;
    DayClosing closing {till.shop.db(), till.shop.clock, till.shop.uuids, till.shop.chain};
    int thresholdBp = 1000;
    bool thresholdUnreadable = false;
    TicketSession ticket {till.shop.catalogue, till.journal, till.drafts, signedIn,
                          SalePolicy(till.shop.db(), till.shop.clock, operators, [this]() -> Result<int> {
                              if (thresholdUnreadable)
                                  return makeError(ErrorCode::DatabaseQueryFailed);
                              return thresholdBp;
                          })};
    qint64 managerId = 0;

    bool setUp()
    {
        if (!till.setUp())
            return false;
        auto manager = operators.add(QStringLiteral("Nadia"), OperatorRole::Manager, ManagerPin);
        if (!manager)
            return false;
        managerId = *manager;
        signInCashier();
        return true;
    }
    void signInCashier()
    {
        signedIn.signIn(
            OperatorInfo {till.operatorId, QStringLiteral("Camille"), OperatorRole::Cashier, true});
    }
    void signInManager()
    {
        signedIn.signIn(OperatorInfo {managerId, QStringLiteral("Nadia"), OperatorRole::Manager, true});
    }
    Database &db() { return till.shop.db(); }
    qint64 tickets() { return count(db(), QStringLiteral("tickets")); }
    bool exec(const QString &sql) { return db().exec(sql).ok(); }
};

} // namespace

class TestTicketSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void saleThroughTheSession();
    void nothingWithoutAnOperator();
    void overdueDayBlocks();
    void failedCheckBlocks_data();
    void failedCheckBlocks();
    void discountOverThresholdNeedsManager();
    void unreadableThresholdAsksForEveryDiscount();
    void wrongOrNonManagerIsRefused();
    void managerIsAskedOfTheOperatorsNotTheWindow();
    void priceOverrideNeedsManager();
    void fewerItemsUnderAnAmountDiscount();
    void paymentsInProgress();
    void failedCommitGivesThePaymentBack();

private:
    std::unique_ptr<SessionShop> m_s;
};

void TestTicketSession::init()
{
    m_s = std::make_unique<SessionShop>();
    QVERIFY(m_s->till.shop.temp.isValid());
    QVERIFY(m_s->setUp());
}

void TestTicketSession::cleanup()
{
    m_s.reset();
}

void TestTicketSession::saleThroughTheSession()
{
    TicketSession &t = m_s->ticket;
    QSignalSpy committed(&t, &TicketSession::saleCommitted);
    QVERIFY(t.addVariant(m_s->till.jam).ok());
    QVERIFY(t.addVariant(m_s->till.jam).ok());
    QCOMPARE(*t.addVariant(m_s->till.mug), 1);
    QCOMPARE(t.cart().totalCents(), 2 * 589 + 1290);

    auto card = t.takePayment(PaymentMethod::Card, 1000);
    QVERIFY(card.ok());
    QCOMPARE(card->remainingCents, 2468 - 1000);
    QVERIFY(!card->ticket);
    QCOMPARE(m_s->tickets(), 0);

    auto cash = t.takePayment(PaymentMethod::Cash, 2000); // 14,68 € due: 5,32 € change
    QVERIFY(cash.ok());
    QCOMPARE(cash->remainingCents, 0);
    QVERIFY(cash->ticket);
    QCOMPARE(cash->ticket->totalCents, 2468);
    QCOMPARE(cash->ticket->changeCents, 532);
    QCOMPARE(cash->ticket->operatorId, m_s->till.operatorId);
    QCOMPARE(m_s->tickets(), 1);
    QCOMPARE(committed.count(), 1);
    QCOMPARE(t.lastTicket()->number, cash->ticket->number);
    QVERIFY(t.cart().isEmpty());
    QVERIFY(!t.hasPayments());
}

void TestTicketSession::nothingWithoutAnOperator()
{
    TicketSession &t = m_s->ticket;
    QVERIFY(t.addVariant(m_s->till.jam).ok());
    m_s->signedIn.signOut();
    QCOMPARE(t.addVariant(m_s->till.jam).error().code, ErrorCode::NotSignedIn);
    QCOMPARE(t.takePayment(PaymentMethod::Cash).error().code, ErrorCode::NotSignedIn);
    QCOMPARE(t.setLineDiscount(0, Discount::percent(500)).error().code, ErrorCode::NotSignedIn);
    QCOMPARE(t.cancel().error().code, ErrorCode::NotSignedIn);
    QCOMPARE(m_s->tickets(), 0);
}

void TestTicketSession::overdueDayBlocks()
{
    TicketSession &t = m_s->ticket;
    m_s->till.shop.clock.set(utc(25, 10));
    QVERIFY(m_s->till.journal.commitSale(m_s->till.threeLines()).ok()); // the 25th, never closed
    m_s->till.shop.clock.set(utc(26, 22)); // the day after: still free
    QVERIFY(t.addVariant(m_s->till.mug).ok());

    m_s->till.shop.clock.set(utc(27, 9)); // two days later: the 25th must be closed first
    auto payment = t.takePayment(PaymentMethod::Card);
    QCOMPARE(payment.error().code, ErrorCode::DayOverdue);
    QCOMPARE(payment.error().subject, QStringLiteral("2026-11-25"));
    QVERIFY(!t.hasPayments());
    QCOMPARE(m_s->tickets(), 1);
    QVERIFY(t.addVariant(m_s->till.jam).ok()); // more lines on a ticket begun: not the first
    QVERIFY(t.cancel().ok());
    QCOMPARE(t.addVariant(m_s->till.jam).error().code, ErrorCode::DayOverdue); // a new ticket
    QCOMPARE(t.addFreePriceLine(QStringLiteral("Divers"), 300, 2000).error().code, ErrorCode::DayOverdue);
    QVERIFY(t.cart().isEmpty());

    QVERIFY(m_s->closing.close(QStringLiteral("2026-11-25"), m_s->managerId, 2818, 0).ok());
    QVERIFY(t.addVariant(m_s->till.jam).ok());
    auto paid = t.takePayment(PaymentMethod::Card);
    QVERIFY(paid.ok());
    QVERIFY(paid->ticket);
    QCOMPARE(m_s->tickets(), 2);
}

void TestTicketSession::failedCheckBlocks_data()
{
    QTest::addColumn<QString>("breakIt");
    QTest::addColumn<QString>("repairIt");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<QString>("check");
    QTest::newRow("the closures cannot be read: is a day overdue?")
        << QStringLiteral("ALTER TABLE closures RENAME TO closures_gone")
        << QStringLiteral("ALTER TABLE closures_gone RENAME TO closures") << ErrorCode::SaleCheckFailed
        << QStringLiteral("overdue-day");
    QTest::newRow("the operators cannot be read: who sells?")
        << QStringLiteral("ALTER TABLE operators RENAME TO operators_gone")
        << QStringLiteral("ALTER TABLE operators_gone RENAME TO operators") << ErrorCode::SaleCheckFailed
        << QStringLiteral("operator");
    QTest::newRow("the operator signed in was deactivated")
        << QStringLiteral("UPDATE operators SET active = 0 WHERE role = 'cashier'")
        << QStringLiteral("UPDATE operators SET active = 1") << ErrorCode::OperatorInactive
        << QStringLiteral("Camille");
}

void TestTicketSession::failedCheckBlocks()
{
    QFETCH(QString, breakIt);
    QFETCH(QString, repairIt);
    QFETCH(ErrorCode, expected);
    QFETCH(QString, check);
    TicketSession &t = m_s->ticket;
    QVERIFY(t.addVariant(m_s->till.mug).ok());
    QVERIFY(t.takePayment(PaymentMethod::Card, 500).ok());
    const QStringList before = snapshot(m_s->db());

    QVERIFY(m_s->exec(breakIt));
    auto payment = t.takePayment(PaymentMethod::Cash);
    QVERIFY(!payment.ok());
    QCOMPARE(payment.error().code, expected);
    QCOMPARE(payment.error().subject, check);
    // The sale waits: nothing committed, the payment in progress and the cart kept.
    QCOMPARE(snapshot(m_s->db()), before);
    QCOMPARE(t.payments().size(), 1);
    QCOMPARE(t.remainingCents(), 1290 - 500);
    QCOMPARE(t.cart().rowCount(), 1);

    QVERIFY(m_s->exec(repairIt));
    auto paid = t.takePayment(PaymentMethod::Cash);
    QVERIFY(paid.ok());
    QVERIFY(paid->ticket);
    QCOMPARE(m_s->tickets(), 1);
}

void TestTicketSession::discountOverThresholdNeedsManager()
{
    TicketSession &t = m_s->ticket;
    QVERIFY(t.addVariant(m_s->till.mug).ok()); // 12,90 €
    QCOMPARE(*t.setLineDiscount(0, Discount::percent(1000)), TicketChange::Applied); // the threshold itself
    QCOMPARE(t.cart().totalCents(), 1290 - 129);

    QCOMPARE(*t.setLineDiscount(0, Discount::percent(2000)), TicketChange::NeedsManager);
    QCOMPARE(t.cart().lineDiscount(0), Discount::percent(1000)); // nothing changed
    QCOMPARE(*t.setLineDiscount(0, Discount::percent(2000), m_s->managerId), TicketChange::Applied);
    QCOMPARE(t.cart().lineDiscount(0), Discount::percent(2000));

    QCOMPARE(*t.setTicketDiscount(Discount::amount(300)), TicketChange::NeedsManager); // 3 € of 10,32 €
    QCOMPARE(t.cart().ticketDiscount(), Discount {});
    QCOMPARE(*t.setTicketDiscount(Discount::amount(300), m_s->managerId), TicketChange::Applied);
    QCOMPARE(t.cart().totalCents(), 1032 - 300);

    auto paid = t.takePayment(PaymentMethod::Card);
    QVERIFY(paid.ok());
    QCOMPARE(paid->ticket->totalCents, 732);
    QCOMPARE(paid->ticket->operatorId, m_s->till.operatorId); // the sale stays the cashier's
}

void TestTicketSession::unreadableThresholdAsksForEveryDiscount()
{
    TicketSession &t = m_s->ticket;
    QVERIFY(t.addVariant(m_s->till.mug).ok());
    m_s->thresholdUnreadable = true;
    QCOMPARE(*t.setLineDiscount(0, Discount::percent(100)), TicketChange::NeedsManager);
    QCOMPARE(t.cart().lineDiscount(0), Discount {});
    QCOMPARE(*t.setLineDiscount(0, Discount::percent(100), m_s->managerId), TicketChange::Applied);
}

void TestTicketSession::wrongOrNonManagerIsRefused()
{
    TicketSession &t = m_s->ticket;
    QVERIFY(t.addVariant(m_s->till.mug).ok());
    auto byCashier = t.setLineDiscount(0, Discount::percent(5000), m_s->till.operatorId);
    QCOMPARE(byCashier.error().code, ErrorCode::NotAManager);
    auto byNobody = t.overridePrice(0, 100, 9999);
    QCOMPARE(byNobody.error().code, ErrorCode::NotAManager);

    // A manager no longer active authorises nothing.
    auto other = m_s->operators.add(QStringLiteral("Bruno"), OperatorRole::Manager, QStringLiteral("1357"));
    QVERIFY(other.ok());
    QVERIFY(m_s->operators.setActive(*other, false).ok());
    QCOMPARE(t.setTicketDiscount(Discount::percent(5000), *other).error().code, ErrorCode::NotAManager);

    // Nor does anyone when the operators cannot be read: the change waits.
    QVERIFY(m_s->exec(QStringLiteral("ALTER TABLE operators RENAME TO operators_gone")));
    auto unchecked = t.setLineDiscount(0, Discount::percent(5000), m_s->managerId);
    QCOMPARE(unchecked.error().code, ErrorCode::SaleCheckFailed);
    QCOMPARE(unchecked.error().subject, QStringLiteral("manager"));
    QVERIFY(m_s->exec(QStringLiteral("ALTER TABLE operators_gone RENAME TO operators")));

    QCOMPARE(t.cart().lineDiscount(0), Discount {});
    QCOMPARE(t.cart().ticketDiscount(), Discount {});
    QCOMPARE(t.cart().lines().at(0).unitPriceCents, 1290);
}

void TestTicketSession::managerIsAskedOfTheOperatorsNotTheWindow()
{
    TicketSession &t = m_s->ticket;
    m_s->signInManager();
    QVERIFY(t.addVariant(m_s->till.mug).ok());
    QCOMPARE(*t.setLineDiscount(0, Discount::percent(5000)), TicketChange::Applied); // a manager: no PIN

    // The cashier presented as a manager by whoever signed them in: the operators say otherwise.
    m_s->signedIn.signIn(
        OperatorInfo {m_s->till.operatorId, QStringLiteral("Camille"), OperatorRole::Manager, true});
    QCOMPARE(*t.overridePrice(0, 100), TicketChange::NeedsManager);
    QCOMPARE(t.cart().lines().at(0).unitPriceCents, 1290);
}

void TestTicketSession::priceOverrideNeedsManager()
{
    TicketSession &t = m_s->ticket;
    QVERIFY(t.addVariant(m_s->till.mug).ok());
    QCOMPARE(*t.overridePrice(0, 1290), TicketChange::Applied); // the same price: nothing to authorise
    QCOMPARE(*t.overridePrice(0, 1200), TicketChange::NeedsManager); // even a small change
    QCOMPARE(t.cart().lines().at(0).unitPriceCents, 1290);
    QCOMPARE(*t.overridePrice(0, 900, m_s->managerId), TicketChange::Applied);
    QVERIFY(t.addVariant(m_s->till.mug).ok()); // one more of the line keeps the authorised price
    QCOMPARE(t.cart().totalCents(), 1800);
    QCOMPARE(t.overridePrice(5, 900, m_s->managerId).error().code, ErrorCode::NotFound);

    auto paid = t.takePayment(PaymentMethod::Card);
    QVERIFY(paid.ok());
    QCOMPARE(paid->ticket->lines.at(0).unitPriceCents, 900);
    QCOMPARE(paid->ticket->totalCents, 1800);
}

// 2,00 € off two mugs (25,80 €) is under 10 %; off one (12,90 €) it would be above.
void TestTicketSession::fewerItemsUnderAnAmountDiscount()
{
    TicketSession &t = m_s->ticket;
    QVERIFY(t.addVariant(m_s->till.mug).ok());
    QVERIFY(t.addVariant(m_s->till.jam).ok());
    QCOMPARE(*t.setQuantity(0, 2), TicketChange::Applied);
    QCOMPARE(*t.setLineDiscount(0, Discount::amount(200)), TicketChange::Applied);

    QCOMPARE(*t.setQuantity(0, 1), TicketChange::NeedsManager);
    QCOMPARE(t.cart().lines().at(0).quantity, 2);
    QCOMPARE(*t.setQuantity(0, 3), TicketChange::Applied); // more items: nothing to authorise
    QCOMPARE(*t.setQuantity(0, 2), TicketChange::Applied); // still under
    QCOMPARE(*t.removeLine(1), TicketChange::Applied); // the jam carries no discount
    QCOMPARE(t.setQuantity(0, 1, m_s->till.operatorId).error().code, ErrorCode::NotAManager);
    QCOMPARE(t.cart().lines().at(0).quantity, 2);
    QCOMPARE(*t.setQuantity(0, 1, m_s->managerId), TicketChange::Applied);
    QCOMPARE(t.cart().totalCents(), 1090);
}

void TestTicketSession::paymentsInProgress()
{
    TicketSession &t = m_s->ticket;
    QSignalSpy changed(&t, &TicketSession::paymentsChanged);
    QVERIFY(t.addVariant(m_s->till.mug).ok());
    QVERIFY(t.addVariant(m_s->till.jam).ok()); // 18,79 €
    QVERIFY(!t.takePayment(PaymentMethod::Card, 0).ok()); // nothing paid
    QVERIFY(!t.hasPayments());
    QCOMPARE(t.takePayment(PaymentMethod::Card, 5000).error().code, ErrorCode::Overpayment);
    QVERIFY(t.takePayment(PaymentMethod::Card, 1000).ok());
    QVERIFY(t.takePayment(PaymentMethod::Cheque, 500).ok());
    QCOMPARE(t.remainingCents(), 1879 - 1500);
    QCOMPARE(changed.count(), 2);

    // Once paid in part, the amounts may not go down.
    QCOMPARE(t.setLineDiscount(0, Discount::percent(500)).error().code, ErrorCode::PaymentsTaken);
    QCOMPARE(t.setTicketDiscount(Discount::percent(500)).error().code, ErrorCode::PaymentsTaken);
    QCOMPARE(t.overridePrice(0, 100, m_s->managerId).error().code, ErrorCode::PaymentsTaken);
    QCOMPARE(t.removeLine(1).error().code, ErrorCode::PaymentsTaken);
    QCOMPARE(t.setQuantity(0, 0).error().code, ErrorCode::PaymentsTaken);

    // Parked with its payments, taken back with them.
    auto parked = t.park(QStringLiteral("Madame Roux"));
    QVERIFY(parked.ok());
    QVERIFY(t.cart().isEmpty());
    QVERIFY(!t.hasPayments());
    QVERIFY(t.addVariant(m_s->till.jam).ok());
    QCOMPARE(t.resume(*parked).error().code, ErrorCode::TicketInProgress);
    QVERIFY(t.cancel().ok());
    QCOMPARE(t.parkedTickets()->size(), 1);
    QVERIFY(t.resume(*parked).ok());
    QCOMPARE(t.payments().size(), 2);
    QCOMPARE(t.remainingCents(), 379);

    // Cancelled with its payments: recorded, nothing sold.
    QVERIFY(t.cancel().ok());
    QVERIFY(t.cart().isEmpty());
    QVERIFY(!t.hasPayments());
    QCOMPARE(count(m_s->db(), QStringLiteral("cancelled_tickets")), 2);
    QCOMPARE(m_s->tickets(), 0);
    QCOMPARE(t.cancel().error().code, ErrorCode::EmptyTicket);
    QCOMPARE(t.takePayment(PaymentMethod::Cash).error().code, ErrorCode::EmptyTicket);
}

void TestTicketSession::failedCommitGivesThePaymentBack()
{
    TicketSession &t = m_s->ticket;
    QVERIFY(t.addVariant(m_s->till.mug).ok());
    QVERIFY(t.takePayment(PaymentMethod::Card, 1000).ok());
    QVERIFY(m_s->exec(QStringLiteral("ALTER TABLE ticket_payments RENAME TO ticket_payments_gone")));
    auto last = t.takePayment(PaymentMethod::Cash, 500);
    QVERIFY(!last.ok());
    QCOMPARE(m_s->tickets(), 0);
    QCOMPARE(t.payments().size(), 1); // the card's stays, the cash is given back
    QCOMPARE(t.remainingCents(), 290);
    QCOMPARE(t.cart().rowCount(), 1);

    QVERIFY(m_s->exec(QStringLiteral("ALTER TABLE ticket_payments_gone RENAME TO ticket_payments")));
    auto paid = t.takePayment(PaymentMethod::Cash, 500);
    QVERIFY(paid.ok());
    QCOMPARE(paid->ticket->changeCents, 210);
    QCOMPARE(m_s->tickets(), 1);
}

// Business days are local dates: the test runs in the shop's time zone whatever the machine's.
int main(int argc, char **argv)
{
    qputenv("TZ", "Europe/Paris");
    QCoreApplication app(argc, argv);
    TestTicketSession test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ticketsession.moc"
