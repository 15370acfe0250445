// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demo/demosales.h"

#include "models/demo/demorandom.h"
#include "models/demo/demostockroom.h"
#include "models/demo/scriptedclock.h"
#include "models/sales/salejournal.h"
#include "models/sales/ticketcalculator.h"
#include "models/sales/ticketdrafts.h"

#include <QSet>

namespace comptoir {

namespace {

qint64 roundUp(qint64 cents, qint64 step)
{
    return (cents + step - 1) / step * step;
}

} // namespace

DemoSales::DemoSales(SaleJournal &journal, TicketDrafts &drafts, ScriptedClock &clock, DemoRandom &random,
                     DemoStockroom &stockroom)
    : m_journal(journal), m_drafts(drafts), m_clock(clock), m_random(random), m_stockroom(stockroom)
{ }

Result<QList<TicketLine>> DemoSales::pickLines()
{
    const int r = m_random.between(1, 100);
    const int lineCount = r <= 35 ? 1 : r <= 65 ? 2 : r <= 85 ? 3 : r <= 95 ? 4 : 5;
    QList<TicketLine> lines;
    QSet<qint64> taken;
    for (int attempt = 0; lines.size() < lineCount && attempt < lineCount * 4; ++attempt) {
        // The first items of the shuffled catalogue sell most: index = n × u².
        const double u = m_random.unit();
        const QList<DemoStockroom::Item> &items = m_stockroom.items();
        const auto index = qsizetype(double(items.size()) * u * u);
        const DemoStockroom::Item &item = items.at(qMin(index, items.size() - 1));
        if (taken.contains(item.variantId))
            continue;
        taken.insert(item.variantId);
        const int q = m_random.between(1, 100);
        qint64 quantity = q <= 70 ? 1 : q <= 90 ? 2 : q <= 96 ? 3 : m_random.between(4, 6);
        if (item.priceCents > 4000)
            quantity = 1;
        // A sale never takes stock below zero: what is missing came with a delivery.
        const qint64 onHand = m_stockroom.onHand(item.variantId);
        if (onHand < quantity) {
            if (Status s = m_stockroom.receive(item.variantId, qMax<qint64>(quantity - onHand, 12)); !s)
                return s.error();
        }
        TicketLine line;
        line.variantId = item.variantId;
        line.label = item.label;
        line.quantity = quantity;
        line.unitPriceCents = item.priceCents;
        line.vatRateBp = item.vatRateBp;
        lines << line;
    }
    return lines;
}

QList<Payment> DemoSales::pickPayments(qint64 totalCents, qint64 &tenderedCents)
{
    tenderedCents = 0;
    const int r = m_random.between(1, 100);
    if (r <= 30 && totalCents <= 15000) {
        // Cash: the exact amount, or coins and notes rounded up (change given).
        const qint64 steps[] = {0, 100, 500, 1000, 2000, 5000};
        const qint64 step = steps[m_random.between(0, 5)];
        tenderedCents = step == 0 ? 0 : roundUp(totalCents, step);
        return {Payment {PaymentMethod::Cash, totalCents, {}}};
    }
    if (r <= 38 && totalCents >= 1500)
        return {Payment {PaymentMethod::Cheque, totalCents,
                         QString::number(2000000 + m_random.between(0, 999999))}};
    if (r <= 43) {
        const qint64 values[] = {500, 1000, 1500, 2000, 3000};
        const qint64 voucher = qMin(totalCents, values[m_random.between(0, 4)]);
        QList<Payment> payments {Payment {PaymentMethod::Voucher, voucher,
                                          QStringLiteral("AV-%1").arg(m_random.between(1000, 9999))}};
        if (totalCents > voucher)
            payments << Payment {PaymentMethod::Card, totalCents - voucher, {}};
        return payments;
    }
    if (r <= 48 && totalCents > 1500) {
        // Some cash, the rest by card.
        const qint64 cash = 1000;
        tenderedCents = m_random.chance(50) ? 0 : 2000;
        return {Payment {PaymentMethod::Cash, cash, {}},
                Payment {PaymentMethod::Card, totalCents - cash, {}}};
    }
    return {Payment {PaymentMethod::Card, totalCents, {}}};
}

Status DemoSales::sell(qint64 operatorId)
{
    SaleDraft draft;
    draft.operatorId = operatorId;
    auto lines = pickLines();
    if (!lines)
        return lines.error();
    draft.lines = lines.value();
    if (m_random.chance(7)) {
        // A few discounts: 10 % off a line, 5 % off the ticket, or 1 € off a larger ticket.
        const int kind = m_random.between(1, 3);
        if (kind == 1)
            draft.lines[0].discountPercentBp = 1000;
        else if (kind == 2)
            draft.discount = Discount::percent(500);
        else if (draft.lines.constFirst().unitPriceCents > 500)
            draft.discount = Discount::amount(100);
    }
    auto totals = TicketCalculator::compute(draft.lines, draft.discount);
    if (!totals)
        return totals.error();
    draft.payments = pickPayments(totals->totalCents, draft.tenderedCents);
    auto ticket = m_journal.commitSale(draft);
    if (!ticket)
        return ticket.error();
    Sold sold;
    sold.ticketId = ticket->id;
    sold.at = ticket->closedAt;
    sold.method = ticket->payments.constFirst().method;
    for (const TicketLine &line : ticket->lines) {
        sold.lines << SoldLine {line.id, *line.variantId, line.quantity, false};
        m_stockroom.sold(*line.variantId, line.quantity);
    }
    m_sold << sold;
    ++m_sales;
    return {};
}

Status DemoSales::refund(qint64 operatorId)
{
    // A customer brings back an item bought in the last days (the latest sales first).
    for (int attempt = 0; attempt < 10 && !m_sold.isEmpty(); ++attempt) {
        const int back = m_random.between(0, int(qMin<qsizetype>(m_sold.size() - 1, 150)));
        Sold &sold = m_sold[m_sold.size() - 1 - back];
        for (SoldLine &line : sold.lines) {
            if (line.refunded)
                continue;
            RefundDraft draft;
            draft.originalTicketId = sold.ticketId;
            draft.operatorId = operatorId;
            const qint64 quantity = m_random.chance(70) ? 1 : line.quantity;
            draft.lines = {RefundLine {line.lineId, quantity}};
            draft.payments = {Payment {sold.method, 0, {}}};
            auto ticket = m_journal.commitRefund(draft);
            if (!ticket)
                return ticket.error();
            line.refunded = true;
            m_stockroom.returned(line.variantId, quantity);
            ++m_refunds;
            return {};
        }
    }
    return {}; // nothing left to bring back
}

Status DemoSales::cancelTicket(qint64 operatorId)
{
    SaleDraft draft;
    draft.operatorId = operatorId;
    auto lines = pickLines();
    if (!lines)
        return lines.error();
    draft.lines = lines.value();
    if (Status s = m_drafts.cancel(draft); !s)
        return s;
    // TicketDrafts::cancel journals the TicketCancelled event itself.
    m_clock.advance(200);
    ++m_cancelled;
    return {};
}

} // namespace comptoir
