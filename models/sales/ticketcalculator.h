// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/sales/ticket.h"

#include <QList>

namespace comptoir {

// What TicketCalculator::compute() returns: the lines with their discounts and totals filled in,
// the ticket discount, the total and the VAT per rate. All amounts carry the ticket's sign
// (negative on a refund).
struct TicketTotals
{
    QList<TicketLine> lines;
    qint64 discountCents = 0; // the ticket discount, spread over the lines
    qint64 totalCents = 0; // VAT included, after every discount
    QList<VatAmount> vat; // one entry per rate present, highest rate first
};

// The settled payments of a ticket: what each method paid, the cash handed over and the change.
struct Settlement
{
    QList<Payment> payments;
    qint64 tenderedCents = 0;
    qint64 changeCents = 0;
};

// The till's arithmetic, without a database. The rules (rounding, discounts, VAT, change) are
// written in docs/rounding.md; every amount is integer cents, every rate basis points. Every input
// is checked against the bounds of models/moneylimits.h and every sum and product is
// overflow-checked: past a bound the answer is AmountTooLarge or QuantityTooLarge, never a wrapped
// number.
namespace TicketCalculator {

// Round-half-up (away from zero for negative values) of numerator / denominator, denominator > 0.
// Overflow-free for every numerator (no intermediate exceeds the operands).
qint64 divideRounded(qint64 numerator, qint64 denominator);

// Fills in each line's discountCents, ticketDiscountCents and totalCents, spreads the ticket
// discount over the lines (largest remainder, so the shares add up exactly) and sums the VAT per
// rate. A sale has only positive quantities, a refund only negative ones. Errors: EmptyTicket,
// InvalidQuantity (zero quantity, mixed signs, a negative or doubled discount), NegativePrice,
// UnknownVatRate, DiscountTooLarge, QuantityTooLarge (|quantity| > MaxQuantity), AmountTooLarge
// (a unit price past MaxUnitPriceCents, a line past MaxLineCents, the lines past MaxTicketCents).
Result<TicketTotals> compute(const QList<TicketLine> &lines, const Discount &ticketDiscount = {});

// The VAT per rate of lines whose totalCents are final: for each rate, T = the sum of its line
// totals, VAT = round-half-up(T × rate / (10000 + rate)), base = T − VAT. Highest rate first.
// AmountTooLarge when a rate's T passes MaxTicketCents.
Result<QList<VatAmount>> checkedVatBreakdown(const QList<TicketLine> &lines);
// The same for lines within the bounds (compute()'s, or a stored ticket's); lines past them give an
// empty list (and a warning in the log) rather than a wrapped amount.
QList<VatAmount> vatBreakdown(const QList<TicketLine> &lines);

// Total minus the payments so far (negative on a refund while money is still to be given back).
// Payments accepted by acceptPayment() keep it small; a sum past qint64 saturates, never wraps.
qint64 remaining(qint64 totalCents, const QList<Payment> &payments);

// Whether one more payment can be taken while `remainingCents` is due: non-zero, with the sign of
// what remains; a card, cheque or voucher never pays more than remains (Overpayment). Cash may:
// the excess is change (see cashChange). A payment past MaxPaymentCents is AmountTooLarge.
Status acceptPayment(qint64 remainingCents, const Payment &payment);

// The change for cash handed over when cashDueCents remains to be paid in cash
// (NotFullyPaid when tendered is less than due; AmountTooLarge past MaxPaymentCents).
Result<qint64> cashChange(qint64 cashDueCents, qint64 tenderedCents);

// Checks that the payments close the ticket: each one accepted in turn, their sum exactly the
// total (NotFullyPaid otherwise; a cash payment above what remains is Overpayment — put the
// excess in tenderedCents). tenderedCents is the cash handed over: 0 means the exact cash amount;
// it must cover the cash payments, and is 0 on a refund. A total past MaxTicketCents, a payment or
// the cash tendered past MaxPaymentCents are AmountTooLarge.
Result<Settlement> settle(qint64 totalCents, const QList<Payment> &payments, qint64 tenderedCents);

} // namespace TicketCalculator

} // namespace comptoir
