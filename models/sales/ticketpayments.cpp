// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/ticketpayments.h"

#include "models/sales/ticketcalculator.h"

namespace comptoir {

qint64 TicketPayments::remaining(qint64 totalCents) const
{
    return TicketCalculator::remaining(totalCents, m_payments);
}

Result<qint64> TicketPayments::take(PaymentMethod method, qint64 typedCents, qint64 totalCents)
{
    const qint64 before = remaining(totalCents);
    Payment payment {method, typedCents, {}};
    if (method == PaymentMethod::Cash)
        payment.amountCents = qMin(typedCents, before); // the excess is change
    if (Status accepted = TicketCalculator::acceptPayment(before, payment); !accepted)
        return accepted.error();
    m_payments.append(payment);
    if (method == PaymentMethod::Cash)
        m_cashTendered += typedCents;
    return before - payment.amountCents;
}

void TicketPayments::clear()
{
    m_payments.clear();
    m_cashTendered = 0;
}

void TicketPayments::restore(const SaleDraft &draft)
{
    m_payments = draft.payments;
    m_cashTendered = draft.tenderedCents;
}

void TicketPayments::fill(SaleDraft &draft) const
{
    draft.payments = m_payments;
    draft.tenderedCents = m_cashTendered;
}

} // namespace comptoir
