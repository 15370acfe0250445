// SaleJournal: refunds — new tickets with negative lines that reference the lines sold.
#include "models/sales/salejournal.h"

#include "models/logging.h"
#include "models/sales/ticketcalculator.h"
#include "models/storage/database.h"

#include <QSqlQuery>

#include <algorithm>

namespace comptoir {

namespace {

// The part of `amount` that goes with `count` of `total` items, so that the parts of successive
// partial refunds add up exactly to the amount: part(k) = round(amount × k / total), and a refund
// of q items after `done` takes part(done + q) − part(done).
qint64 portion(qint64 amount, qint64 done, qint64 count, qint64 total)
{
    return TicketCalculator::divideRounded(amount * (done + count), total)
        - TicketCalculator::divideRounded(amount * done, total);
}

} // namespace

Result<Ticket> SaleJournal::commitRefund(const RefundDraft &draft)
{
    if (draft.lines.isEmpty())
        return makeError(ErrorCode::EmptyTicket);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto original = ticket(draft.originalTicketId);
    if (!original)
        return original.error();
    if (original->kind != TicketKind::Sale)
        return makeError(ErrorCode::NotASale);

    Ticket refund;
    refund.kind = TicketKind::Refund;
    refund.originalTicketId = original->id;
    refund.operatorId = draft.operatorId;
    if (Status s = checkOperator(draft.operatorId, refund.operatorName); !s)
        return s.error();

    QHash<qint64, qint64> inThisRefund; // original line id → quantity already taken by this draft
    for (const RefundLine &wanted : draft.lines) {
        if (wanted.quantity <= 0)
            return makeError(ErrorCode::InvalidQuantity, QString::number(wanted.quantity));
        const auto sold = std::find_if(original->lines.cbegin(), original->lines.cend(),
                                       [&](const TicketLine &l) { return l.id == wanted.originalLineId; });
        if (sold == original->lines.cend())
            return makeError(ErrorCode::NotFound, {},
                             QStringLiteral("line ") + QString::number(wanted.originalLineId));
        auto refunded = refundedQuantity(sold->id);
        if (!refunded)
            return refunded.error();
        const qint64 done = *refunded + inThisRefund.value(sold->id);
        if (done + wanted.quantity > sold->quantity)
            return makeError(ErrorCode::RefundExceedsSale, sold->label,
                             QStringLiteral("%1 left").arg(sold->quantity - done));
        inThisRefund[sold->id] += wanted.quantity;

        TicketLine line;
        line.variantId = sold->variantId;
        line.label = sold->label;
        line.quantity = -wanted.quantity;
        line.unitPriceCents = sold->unitPriceCents;
        line.vatRateBp = sold->vatRateBp;
        line.discountPercentBp = sold->discountPercentBp;
        line.discountCents = -portion(sold->discountCents, done, wanted.quantity, sold->quantity);
        line.ticketDiscountCents = -portion(sold->ticketDiscountCents, done, wanted.quantity, sold->quantity);
        line.totalCents = line.quantity * line.unitPriceCents - line.discountCents - line.ticketDiscountCents;
        line.originalLineId = sold->id;
        refund.lines.append(line);
        refund.totalCents += line.totalCents;
        refund.discountCents += line.ticketDiscountCents;
    }
    refund.vat = TicketCalculator::vatBreakdown(refund.lines);

    QList<PaymentMethod> allowed {PaymentMethod::Voucher};
    for (const Payment &payment : std::as_const(original->payments))
        allowed.append(payment.method);
    QList<Payment> payments = draft.payments;
    if (payments.size() == 1 && payments.first().amountCents == 0)
        payments.first().amountCents = refund.totalCents;
    if (refund.totalCents == 0)
        payments.clear();
    for (const Payment &payment : std::as_const(payments)) {
        if (!allowed.contains(payment.method))
            return makeError(ErrorCode::PaymentMethodNotAllowed, paymentMethodKey(payment.method));
    }
    auto settlement = TicketCalculator::settle(refund.totalCents, payments, 0);
    if (!settlement)
        return settlement.error();
    refund.payments = settlement->payments;

    if (Status s = store(refund); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcModels) << "refund" << refund.number << "of ticket" << original->number << "total"
                     << refund.totalCents;
    return refund;
}

Result<qint64> SaleJournal::refundedQuantity(qint64 originalLineId) const
{
    auto q = m_db.query(
        QStringLiteral("SELECT coalesce(-sum(quantity), 0) FROM ticket_lines WHERE original_line_id = ?"),
        {originalLineId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::DatabaseQueryFailed, {}, QStringLiteral("no refunded quantity"));
    return q.value().value(0).toLongLong();
}

Result<QList<TicketLine>> SaleJournal::refundableLines(qint64 ticketId) const
{
    auto lines = readLines(ticketId);
    if (!lines)
        return lines.error();
    QList<TicketLine> result;
    for (TicketLine line : std::as_const(*lines)) {
        if (line.quantity <= 0)
            continue;
        auto refunded = refundedQuantity(line.id);
        if (!refunded)
            return refunded.error();
        line.quantity -= *refunded;
        if (line.quantity > 0)
            result.append(line);
    }
    return result;
}

} // namespace comptoir
