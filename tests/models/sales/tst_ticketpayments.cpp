// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/ticketpayments.h"

#include <QTest>

using namespace comptoir;

// The payments of the ticket in progress without a window: cash with change, a card that may
// not pay more than remains, mixed payments, and the draft they go into.
class TestTicketPayments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cashAboveWhatRemainsIsChange();
    void cardAboveWhatRemainsIsRefused();
    void mixedPayment();
    void zeroIsRefused();
    void restoreAndClear();
};

void TestTicketPayments::cashAboveWhatRemainsIsChange()
{
    TicketPayments payments;
    QVERIFY(payments.isEmpty());
    QCOMPARE(payments.remaining(2818), qint64(2818));
    auto remaining = payments.take(PaymentMethod::Cash, 3000, 2818);
    QVERIFY(remaining.ok());
    QCOMPARE(*remaining, qint64(0));
    QCOMPARE(payments.payments().size(), 1);
    QCOMPARE(payments.payments().at(0).amountCents, qint64(2818));
    SaleDraft draft;
    payments.fill(draft);
    QCOMPARE(draft.payments.at(0).method, PaymentMethod::Cash);
    QCOMPARE(draft.tenderedCents, qint64(3000));
}

void TestTicketPayments::cardAboveWhatRemainsIsRefused()
{
    TicketPayments payments;
    auto refused = payments.take(PaymentMethod::Card, 3000, 2818);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Overpayment);
    QVERIFY(payments.isEmpty());
    QCOMPARE(payments.remaining(2818), qint64(2818));
}

void TestTicketPayments::mixedPayment()
{
    TicketPayments payments;
    auto afterCard = payments.take(PaymentMethod::Card, 1000, 2818);
    QVERIFY(afterCard.ok());
    QCOMPARE(*afterCard, qint64(1818));
    QCOMPARE(payments.remaining(2818), qint64(1818));
    auto afterCash = payments.take(PaymentMethod::Cash, 2000, 2818);
    QVERIFY(afterCash.ok());
    QCOMPARE(*afterCash, qint64(0));
    SaleDraft draft;
    payments.fill(draft);
    QCOMPARE(draft.payments.size(), 2);
    QCOMPARE(draft.payments.at(1).amountCents, qint64(1818));
    QCOMPARE(draft.tenderedCents, qint64(2000)); // the cash handed over
}

void TestTicketPayments::zeroIsRefused()
{
    TicketPayments payments;
    QCOMPARE(payments.take(PaymentMethod::Cheque, 0, 1000).error().code, ErrorCode::InvalidQuantity);
    QVERIFY(payments.isEmpty());
}

void TestTicketPayments::restoreAndClear()
{
    SaleDraft parked;
    parked.payments = {Payment {PaymentMethod::Cash, 500, {}}};
    parked.tenderedCents = 1000;
    TicketPayments payments;
    payments.restore(parked);
    QCOMPARE(payments.remaining(2000), qint64(1500));
    SaleDraft draft;
    payments.fill(draft);
    QCOMPARE(draft.tenderedCents, qint64(1000));
    payments.clear();
    QVERIFY(payments.isEmpty());
    payments.fill(draft);
    QCOMPARE(draft.tenderedCents, qint64(0));
    QVERIFY(draft.payments.isEmpty());
}

QTEST_GUILESS_MAIN(TestTicketPayments)
#include "tst_ticketpayments.moc"
