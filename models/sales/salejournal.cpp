// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/salejournal.h"

#include "models/clock.h"
#include "models/fiscal/fiscalchain.h"
#include "models/logging.h"
#include "models/outbox/outbox.h"
#include "models/sales/businessday.h"
#include "models/sales/canonicalticket.h"
#include "models/sales/linkedorder.h"
#include "models/sales/ticketcalculator.h"
#include "models/sales/ticketreader.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace comptoir {

namespace {

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString kindKey(TicketKind kind)
{
    return kind == TicketKind::Refund ? QStringLiteral("refund") : QStringLiteral("sale");
}

// The part of `amount` that goes with `count` of `total` items, so that the parts of successive
// partial refunds add up exactly to the amount: part(k) = round(amount × k / total), and a refund
// of q items after `done` takes part(done + q) − part(done).
qint64 portion(qint64 amount, qint64 done, qint64 count, qint64 total)
{
    return TicketCalculator::divideRounded(amount * (done + count), total)
        - TicketCalculator::divideRounded(amount * done, total);
}

} // namespace

SaleJournal::SaleJournal(Database &db, const Clock &clock, UuidV7Generator &uuids, StockLedger &ledger,
                         FiscalChain &chain, LinkedOrderHandler *orders)
    : m_db(db), m_clock(clock), m_uuids(uuids), m_ledger(ledger), m_chain(chain), m_orders(orders)
{ }

Result<Ticket> SaleJournal::commitSale(const SaleDraft &draft)
{
    for (const TicketLine &line : draft.lines) {
        if (line.quantity <= 0)
            return makeError(ErrorCode::InvalidQuantity, QString::number(line.quantity));
    }
    auto totals = TicketCalculator::compute(draft.lines, draft.discount);
    if (!totals)
        return totals.error();
    auto settlement = TicketCalculator::settle(totals->totalCents, draft.payments, draft.tenderedCents);
    if (!settlement)
        return settlement.error();
    QHash<qint64, qint64> committed;
    if (draft.linkedOrder) {
        if (!m_orders)
            return makeError(ErrorCode::NotFound, {}, QStringLiteral("order handler"));
        for (const LinkedOrderLine &line : draft.linkedOrder->lines)
            committed[line.variantId] += line.quantity;
        // The collection commits the whole order on the marketplace: the ticket sells all of it
        // (a line the customer does not take is refused on the order first).
        QHash<qint64, qint64> sold;
        for (const TicketLine &line : draft.lines) {
            if (line.variantId)
                sold[*line.variantId] += line.quantity;
        }
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            if (sold.value(it.key()) < it.value())
                return makeError(ErrorCode::InvalidQuantity, QString::number(sold.value(it.key())),
                                 QStringLiteral("less than the order's ") + QString::number(it.value()));
        }
    }

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    Ticket ticket;
    ticket.kind = TicketKind::Sale;
    ticket.operatorId = draft.operatorId;
    if (Status s = checkOperator(draft.operatorId, ticket.operatorName); !s)
        return s.error();
    ticket.lines = totals->lines;
    ticket.vat = totals->vat;
    ticket.discountCents = totals->discountCents;
    ticket.discountPercentBp = draft.discount.percentBp;
    ticket.totalCents = totals->totalCents;
    ticket.payments = settlement->payments;
    ticket.tenderedCents = settlement->tenderedCents;
    ticket.changeCents = settlement->changeCents;
    if (Status s = store(ticket, std::move(committed)); !s)
        return s.error();
    if (draft.linkedOrder) {
        if (Status s = m_orders->linkedSaleStored(ticket, *draft.linkedOrder); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcModels) << "sale" << ticket.number << "register" << ticket.registerId << "total"
                     << ticket.totalCents << "lines" << ticket.lines.size();
    return ticket;
}

Result<Ticket> SaleJournal::commitRefund(const RefundDraft &draft)
{
    if (draft.lines.isEmpty())
        return makeError(ErrorCode::EmptyTicket);
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const TicketReader tickets(m_db);
    auto original = tickets.ticket(draft.originalTicketId);
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
        auto refunded = tickets.refundedQuantity(sold->id);
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

Status SaleJournal::checkOperator(qint64 operatorId, QString &name) const
{
    auto q = m_db.query(QStringLiteral("SELECT name, active FROM operators WHERE id = ?"), {operatorId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, {}, QStringLiteral("operator ") + QString::number(operatorId));
    name = q.value().value(0).toString();
    if (!q.value().value(1).toBool())
        return makeError(ErrorCode::OperatorInactive, name);
    return {};
}

Status SaleJournal::store(Ticket &ticket, QHash<qint64, qint64> committed)
{
    const QDateTime now = m_clock.now();
    ticket.uuid = m_uuids.next();
    ticket.registerId = m_db.deviceId();
    ticket.closedAt = now.toUTC();
    auto day = openBusinessDay(m_db, ticket.registerId, now);
    if (!day)
        return day.error();
    ticket.businessDay = day.value();
    auto number
        = m_db.query(QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM tickets WHERE register_id = ?"),
                     {ticket.registerId});
    if (!number)
        return number.error();
    if (!number.value().next())
        return makeError(ErrorCode::DatabaseQueryFailed, {}, QStringLiteral("no ticket number"));
    ticket.number = number.value().value(0).toLongLong();

    auto id = m_db.insert(
        QStringLiteral("INSERT INTO tickets (uuid, register_id, number, kind, original_ticket_id, "
                       "operator_id, operator_name, business_day, closed_at, total_cents, discount_cents, "
                       "discount_percent_bp, tendered_cents, change_cents) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {ticket.uuid, ticket.registerId, ticket.number, kindKey(ticket.kind),
         optionalId(ticket.originalTicketId), ticket.operatorId, text(ticket.operatorName),
         ticket.businessDay, ticket.closedAt.toString(Qt::ISODateWithMs), ticket.totalCents,
         ticket.discountCents, ticket.discountPercentBp, ticket.tenderedCents, ticket.changeCents});
    if (!id)
        return id.error();
    ticket.id = *id;

    auto variantUuids = storeLines(ticket);
    if (!variantUuids)
        return variantUuids.error();
    for (qsizetype i = 0; i < ticket.payments.size(); ++i) {
        const Payment &payment = ticket.payments.at(i);
        // A payment carries its ticket's business day (a trigger checks they are the same).
        if (Status s = m_db.exec(QStringLiteral("INSERT INTO ticket_payments (ticket_id, position, method, "
                                                "amount_cents, reference, business_day) "
                                                "VALUES (?, ?, ?, ?, ?, ?)"),
                                 {ticket.id, i + 1, paymentMethodKey(payment.method), payment.amountCents,
                                  text(payment.reference), ticket.businessDay});
            !s)
            return s;
    }
    for (const VatAmount &vat : std::as_const(ticket.vat)) {
        if (Status s = m_db.exec(QStringLiteral("INSERT INTO ticket_vat (ticket_id, vat_rate_bp, base_cents, "
                                                "vat_cents) VALUES (?, ?, ?, ?)"),
                                 {ticket.id, vat.vatRateBp, vat.baseCents, vat.vatCents});
            !s)
            return s;
    }
    for (const TicketLine &line : std::as_const(ticket.lines)) {
        if (!line.variantId)
            continue;
        if (Status s = recordMovement(line, ticket.kind, variantUuids->value(*line.variantId), committed); !s)
            return s;
    }
    if (Status s = queueSummary(ticket); !s)
        return s;
    // Last, from the values just written (no re-read): the one serialisation of a ticket
    // (canonicalticket.h), which the verifier feeds the stored rows read back.
    auto origins = TicketReader(m_db).origins(ticket);
    if (!origins)
        return origins.error();
    if (auto link = m_chain.append(FiscalRecordType::Ticket, ticket.id, canonicalTicket(ticket, *origins));
        !link)
        return link.error();
    return {};
}

Result<QHash<qint64, QString>> SaleJournal::storeLines(Ticket &ticket)
{
    QHash<qint64, QString> variantUuids;
    for (qsizetype i = 0; i < ticket.lines.size(); ++i) {
        TicketLine &line = ticket.lines[i];
        if (line.variantId && !variantUuids.contains(*line.variantId)) {
            auto q = m_db.query(QStringLiteral("SELECT uuid FROM variants WHERE id = ?"), {*line.variantId});
            if (!q)
                return q.error();
            if (!q.value().next())
                return makeError(ErrorCode::NotFound, QString::number(*line.variantId),
                                 QStringLiteral("variant"));
            variantUuids.insert(*line.variantId, q.value().value(0).toString());
        }
        auto id = m_db.insert(
            QStringLiteral("INSERT INTO ticket_lines (ticket_id, position, variant_id, label, quantity, "
                           "unit_price_cents, vat_rate_bp, discount_cents, discount_percent_bp, "
                           "ticket_discount_cents, total_cents, original_line_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {ticket.id, i + 1, optionalId(line.variantId), text(line.label), line.quantity,
             line.unitPriceCents, line.vatRateBp, line.discountCents, line.discountPercentBp,
             line.ticketDiscountCents, line.totalCents, optionalId(line.originalLineId)});
        if (!id)
            return id.error();
        line.id = *id;
    }
    return variantUuids;
}

Status SaleJournal::recordMovement(const TicketLine &line, TicketKind kind, const QString &variantUuid,
                                   QHash<qint64, qint64> &committed)
{
    qint64 quantity = line.quantity;
    // A linked order's quantities leave through its commit (local, never pushed: §10.3).
    const qint64 fromOrder
        = kind == TicketKind::Sale ? std::min(quantity, committed.value(*line.variantId)) : 0;
    if (fromOrder > 0) {
        committed[*line.variantId] -= fromOrder;
        quantity -= fromOrder;
        auto commit = m_ledger.recordForVariant(*line.variantId, variantUuid, -fromOrder,
                                                MovementReason::OnlineCommit);
        if (!commit)
            return commit.error();
    }
    if (quantity == 0)
        return {};
    // The ledger queues the movement's stock_movement mutation in this transaction.
    const MovementReason reason = kind == TicketKind::Refund ? MovementReason::Return : MovementReason::Sale;
    auto movement = m_ledger.recordForVariant(*line.variantId, variantUuid, -quantity, reason);
    if (!movement)
        return movement.error();
    return {};
}

// The marketplace's ticket_summary (docs/marketplace-api.md §6.4): no lines, no personal data.
Status SaleJournal::queueSummary(const Ticket &ticket)
{
    QJsonObject payload;
    payload.insert(QStringLiteral("ticket_id"), ticket.uuid);
    payload.insert(QStringLiteral("register_id"), ticket.registerId);
    payload.insert(QStringLiteral("number"), ticket.number);
    payload.insert(QStringLiteral("total_cents"), ticket.totalCents);
    payload.insert(QStringLiteral("occurred_at"), ticket.closedAt.toString(Qt::ISODateWithMs));
    return queueMutation(m_db, m_clock, MutationKind::ticketSummary(), ticket.uuid, payload);
}

} // namespace comptoir
