// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

enum class PaymentMethod {
    Cash,
    Card, // recorded; the card terminal is separate
    Cheque,
    Voucher, // a credit note (avoir) or gift voucher
};

QString paymentMethodKey(PaymentMethod method); // "cash", "card", "cheque", "voucher"
std::optional<PaymentMethod> paymentMethodFromKey(const QString &key);

enum class TicketKind { Sale, Refund };

// A discount typed by the cashier: a percentage (basis points, 1000 = 10 %) or an amount in
// cents, never both. Both zero: no discount. Values are magnitudes (>= 0), also on a refund.
struct Discount
{
    int percentBp = 0;
    qint64 amountCents = 0;

    bool isNone() const { return percentBp == 0 && amountCents == 0; }
    static Discount percent(int bp) { return Discount {bp, 0}; }
    static Discount amount(qint64 cents) { return Discount {0, cents}; }
    bool operator==(const Discount &) const = default;
};

// One line of a ticket. Amounts in cents, VAT included; negative quantities on a refund.
struct TicketLine
{
    std::optional<qint64> variantId; // none for a free-price line
    QString label; // as printed
    qint64 quantity = 1;
    qint64 unitPriceCents = 0; // after any price override, >= 0
    int vatRateBp = 2000;
    // The line discount. Input: discountPercentBp when non-zero, else discountCents as an amount
    // (a magnitude). Output (TicketCalculator): discountCents in cents, same sign as the line.
    qint64 discountCents = 0; // amount taken off this line (same sign as the line)
    qint64 totalCents = 0; // quantity × unit price − discountCents − ticketDiscountCents
    std::optional<qint64> originalLineId; // refunds: the sold line this one gives back
    int discountPercentBp = 0; // the line discount as typed, when it is a percentage
    qint64 ticketDiscountCents = 0; // this line's share of the ticket discount (same sign)
    qint64 id = 0; // the stored line's id; 0 until stored
    // Added from a scale barcode (issue 14): a weighed pack at its own price, never merged with
    // another line of its variant nor repriced from the catalogue. Kept in parked tickets, not in
    // the journal (the label says what was weighed).
    bool scaleItem = false;
};

struct Payment
{
    PaymentMethod method = PaymentMethod::Cash;
    qint64 amountCents = 0; // what this method pays of the total (negative on a refund)
    QString reference; // cheque number, voucher code…
};

struct VatAmount
{
    int vatRateBp = 0;
    qint64 baseCents = 0; // excluding VAT
    qint64 vatCents = 0;
};

// A validated ticket as stored in the sales journal.
struct Ticket
{
    qint64 id = 0;
    QString uuid;
    QString registerId;
    qint64 number = 0; // gap-free per register
    TicketKind kind = TicketKind::Sale;
    std::optional<qint64> originalTicketId;
    qint64 operatorId = 0;
    QString operatorName;
    QString businessDay; // YYYY-MM-DD
    QDateTime closedAt; // UTC
    QList<TicketLine> lines;
    QList<Payment> payments;
    QList<VatAmount> vat;
    qint64 discountCents = 0; // ticket-level discount (sum of the lines' shares)
    qint64 totalCents = 0;
    qint64 tenderedCents = 0; // cash handed over
    qint64 changeCents = 0;
    int discountPercentBp = 0; // the ticket discount as typed, when it was a percentage
};

} // namespace comptoir
