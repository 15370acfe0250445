// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/sales/saledraft.h"
#include "models/sales/ticket.h"

#include <QList>

namespace comptoir {

// The payments taken for the ticket in progress and the cash handed over for it, and what a
// payment typed at the till amounts to. No widgets: the till's payment rules, callable from a
// test without a window.
class TicketPayments
{
public:
    const QList<Payment> &payments() const { return m_payments; }
    bool isEmpty() const { return m_payments.isEmpty(); }
    // What remains to pay of totalCents after the payments taken.
    qint64 remaining(qint64 totalCents) const;
    // Takes a payment of typedCents toward totalCents: for cash, the money handed over, any
    // excess being change; another method never pays more than remains. Returns what remains
    // then (0: fully paid). Errors: TicketCalculator::acceptPayment's (nothing is taken).
    Result<qint64> take(PaymentMethod method, qint64 typedCents, qint64 totalCents);
    void clear();
    // The payments of a ticket taken back (a parked one).
    void restore(const SaleDraft &draft);
    // draft with these payments and the cash handed over.
    void fill(SaleDraft &draft) const;

private:
    QList<Payment> m_payments;
    qint64 m_cashTendered = 0;
};

} // namespace comptoir
