// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the day's closing tests: the till shop of tillfixture.h with a DayClosing, a clock
// set in Orléans' time zone and the scenarios whose tickets a Z report sums.
#include "models/closing/dayclosing.h"
#include "tillfixture.h"

#include <QCoreApplication>
#include <QTest>

#include <memory>

namespace comptoir::tilltest {

// A day of November 2026, YYYY-MM-DD.
inline QString day(int d)
{
    return QDate(2026, 11, d).toString(Qt::ISODate);
}

// The error's code, or None when the result holds a value (QCOMPARE-able either way).
template<typename T> ErrorCode errorOf(const Result<T> &result)
{
    return result.ok() ? ErrorCode::None : result.error().code;
}

struct ClosingShop : TillShop
{
    std::unique_ptr<FiscalChain> reopenedChain; // on the reopened file
    std::unique_ptr<DayClosing> closing;

    bool setUpClosing()
    {
        if (!shop.temp.isValid() || !setUp())
            return false;
        closing = std::make_unique<DayClosing>(shop.db(), shop.clock, shop.uuids, shop.chain);
        setTime(27, 9); // 10:00 in Orléans
        return true;
    }

    // Reopens the database file and makes a new DayClosing on it (the journal is not usable after).
    bool reopen()
    {
        closing.reset();
        reopenedChain.reset();
        if (!shop.temp.reopen())
            return false;
        reopenedChain = std::make_unique<FiscalChain>(shop.db(), shop.signer, shop.clock);
        closing = std::make_unique<DayClosing>(shop.db(), shop.clock, shop.uuids, *reopenedChain);
        return true;
    }

    void setTime(int d, int hour, int minute = 0)
    {
        shop.clock.set(QDateTime(QDate(2026, 11, d), QTime(hour, minute), Qt::UTC));
    }

    SaleDraft mixedSale() const
    {
        SaleDraft draft = threeLines(); // 28.18 €
        draft.payments = {pay(PaymentMethod::Card, 1000), pay(PaymentMethod::Cash, 1818)};
        draft.tenderedCents = 2000; // 1.82 € change
        return draft;
    }

    // 3 × jam at −10 % (17.67 − 1.77 = 15.90), 2 × mug (25.80), 1.00 € off the ticket: 40.70 €.
    SaleDraft discountedSale(const QList<Payment> &payments) const
    {
        SaleDraft draft;
        draft.operatorId = operatorId;
        draft.lines = {line(jam, 3, 589, 550), line(mug, 2, 1290, 2000)};
        draft.lines[0].discountPercentBp = 1000;
        draft.discount = Discount::amount(100);
        draft.payments = payments;
        return draft;
    }

    Result<Ticket> refund(const Ticket &sale, int lineIndex, PaymentMethod method)
    {
        RefundDraft draft;
        draft.originalTicketId = sale.id;
        draft.operatorId = operatorId;
        draft.lines = {RefundLine {sale.lines.at(lineIndex).id, 1}};
        draft.payments = {pay(method, 0)};
        return journal.commitRefund(draft);
    }

    QStringList closureCounts()
    {
        const Database &db = shop.db();
        return snapshot(db) << QString::number(count(db, QStringLiteral("closures")))
                            << QString::number(count(db, QStringLiteral("closure_payments")))
                            << QString::number(count(db, QStringLiteral("closure_vat")));
    }

    // Makes a scenario's tickets (see totalsSumTheDay_data); the 27th's own tickets go to `tickets`.
    bool build(const QString &scenario, QList<Ticket> &tickets)
    {
        auto keep = [&tickets](const Result<Ticket> &ticket) {
            if (!ticket)
                return false;
            tickets << ticket.value();
            return true;
        };
        if (scenario == QLatin1String("empty"))
            return true;
        if (scenario == QLatin1String("cash sale with change"))
            return keep(journal.commitSale(threeLines()));
        if (scenario == QLatin1String("mixed payment"))
            return keep(journal.commitSale(mixedSale()));
        if (scenario == QLatin1String("discounts"))
            return keep(journal.commitSale(discountedSale({pay(PaymentMethod::Card, 4070)})));
        if (scenario == QLatin1String("sale and refund")) {
            SaleDraft draft = threeLines();
            draft.payments = {pay(PaymentMethod::Card, 2818)};
            draft.tenderedCents = 0;
            auto sale = journal.commitSale(draft);
            return keep(sale) && keep(refund(sale.value(), 1, PaymentMethod::Card)); // the mug, 12.90 €
        }
        if (scenario == QLatin1String("everything")) {
            // The day before: a sale and a cancelled ticket, not counted.
            setTime(26, 15);
            if (!journal.commitSale(threeLines()) || !drafts.cancel(threeLines()))
                return false;
            // Another register's ticket on the same day, not counted.
            auto other = shop.db().insert(
                QStringLiteral(
                    "INSERT INTO tickets (uuid, register_id, number, kind, operator_id, operator_name, "
                    "business_day, closed_at, total_cents) VALUES ('other-1', 'other-register', 1, "
                    "'sale', ?, 'Camille', ?, '2026-11-27T10:00:00.000Z', 999)"),
                {operatorId, day(27)});
            if (!other
                || !shop.db().exec(
                    QStringLiteral("INSERT INTO ticket_payments (ticket_id, position, method, "
                                   "amount_cents, business_day) VALUES (?, 1, 'cash', 999, ?)"),
                    {*other, day(27)})
                || !shop.db().exec(
                    QStringLiteral("INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, "
                                   "vat_cents) VALUES (?, 2000, 833, 166)"),
                    {*other}))
                return false;
            setTime(27, 9);
            auto cashSale = journal.commitSale(threeLines());
            if (!keep(cashSale) || !keep(journal.commitSale(mixedSale())))
                return false;
            setTime(27, 12);
            if (!keep(journal.commitSale(
                    discountedSale({pay(PaymentMethod::Cheque, 2000), pay(PaymentMethod::Voucher, 2070)})))
                || !drafts.cancel(threeLines()))
                return false;
            setTime(27, 16);
            return keep(refund(cashSale.value(), 1, PaymentMethod::Cash));
        }
        return false;
    }
};

} // namespace comptoir::tilltest

// Business days are local dates: the tests run in the shop's time zone whatever the machine's.
#define COMPTOIR_CLOSING_TEST_MAIN(TestObject)                                                               \
    int main(int argc, char **argv)                                                                          \
    {                                                                                                        \
        qputenv("TZ", "Europe/Paris");                                                                       \
        QCoreApplication app(argc, argv);                                                                    \
        TestObject test;                                                                                     \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
