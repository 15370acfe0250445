// DemoHistoryWriter's sale path: the tickets, refunds, cancellations and closures of a day.
#include "models/demo/demohistorywriter.h"

#include "models/sales/ticketcalculator.h"

#include <QJsonObject>

namespace comptoir {

namespace {

qint64 roundUp(qint64 cents, qint64 step)
{
    return (cents + step - 1) / step * step;
}

} // namespace

Result<QList<TicketLine>> DemoHistoryWriter::pickLines()
{
    const int r = randomBetween(1, 100);
    const int lineCount = r <= 35 ? 1 : r <= 65 ? 2 : r <= 85 ? 3 : r <= 95 ? 4 : 5;
    QList<TicketLine> lines;
    QSet<qint64> taken;
    for (int attempt = 0; lines.size() < lineCount && attempt < lineCount * 4; ++attempt) {
        // The first items of the shuffled catalogue sell most: index = n × u².
        const double u = m_random.generateDouble();
        const auto index = qsizetype(double(m_items.size()) * u * u);
        const Item &item = m_items.at(qMin(index, m_items.size() - 1));
        if (taken.contains(item.variantId))
            continue;
        taken.insert(item.variantId);
        const int q = randomBetween(1, 100);
        qint64 quantity = q <= 70 ? 1 : q <= 90 ? 2 : q <= 96 ? 3 : randomBetween(4, 6);
        if (item.priceCents > 4000)
            quantity = 1;
        // A sale never takes stock below zero: what is missing came with a delivery.
        const qint64 onHand = m_onHand.value(item.variantId);
        if (onHand < quantity) {
            if (Status s = receive(item.variantId, qMax<qint64>(quantity - onHand, 12)); !s)
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

QList<Payment> DemoHistoryWriter::pickPayments(qint64 totalCents, qint64 &tenderedCents)
{
    tenderedCents = 0;
    const int r = randomBetween(1, 100);
    if (r <= 30 && totalCents <= 15000) {
        // Cash: the exact amount, or coins and notes rounded up (change given).
        const qint64 steps[] = {0, 100, 500, 1000, 2000, 5000};
        const qint64 step = steps[randomBetween(0, 5)];
        tenderedCents = step == 0 ? 0 : roundUp(totalCents, step);
        return {Payment {PaymentMethod::Cash, totalCents, {}}};
    }
    if (r <= 38 && totalCents >= 1500)
        return {
            Payment {PaymentMethod::Cheque, totalCents, QString::number(2000000 + randomBetween(0, 999999))}};
    if (r <= 43) {
        const qint64 values[] = {500, 1000, 1500, 2000, 3000};
        const qint64 voucher = qMin(totalCents, values[randomBetween(0, 4)]);
        QList<Payment> payments {Payment {PaymentMethod::Voucher, voucher,
                                          QStringLiteral("AV-%1").arg(randomBetween(1000, 9999))}};
        if (totalCents > voucher)
            payments << Payment {PaymentMethod::Card, totalCents - voucher, {}};
        return payments;
    }
    if (r <= 48 && totalCents > 1500) {
        // Some cash, the rest by card.
        const qint64 cash = 1000;
        tenderedCents = chance(50) ? 0 : 2000;
        return {Payment {PaymentMethod::Cash, cash, {}},
                Payment {PaymentMethod::Card, totalCents - cash, {}}};
    }
    return {Payment {PaymentMethod::Card, totalCents, {}}};
}

Status DemoHistoryWriter::sell(qint64 operatorId)
{
    SaleDraft draft;
    draft.operatorId = operatorId;
    auto lines = pickLines();
    if (!lines)
        return lines.error();
    draft.lines = lines.value();
    if (chance(7)) {
        // A few discounts: 10 % off a line, 5 % off the ticket, or 1 € off a larger ticket.
        const int kind = randomBetween(1, 3);
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
        m_onHand[*line.variantId] -= line.quantity;
        m_soldVariants.insert(*line.variantId);
    }
    m_sold << sold;
    ++m_summary.sales;
    return {};
}

Status DemoHistoryWriter::refund(qint64 operatorId)
{
    // A customer brings back an item bought in the last days (the latest sales first).
    for (int attempt = 0; attempt < 10 && !m_sold.isEmpty(); ++attempt) {
        const int back = randomBetween(0, int(qMin<qsizetype>(m_sold.size() - 1, 150)));
        Sold &sold = m_sold[m_sold.size() - 1 - back];
        for (SoldLine &line : sold.lines) {
            if (line.refunded)
                continue;
            RefundDraft draft;
            draft.originalTicketId = sold.ticketId;
            draft.operatorId = operatorId;
            const qint64 quantity = chance(70) ? 1 : line.quantity;
            draft.lines = {RefundLine {line.lineId, quantity}};
            draft.payments = {Payment {sold.method, 0, {}}};
            auto ticket = m_journal.commitRefund(draft);
            if (!ticket)
                return ticket.error();
            line.refunded = true;
            m_onHand[line.variantId] += quantity;
            ++m_summary.refunds;
            return {};
        }
    }
    return {}; // nothing left to bring back
}

Status DemoHistoryWriter::cancelTicket(qint64 operatorId)
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
    ++m_summary.cancelled;
    ++m_summary.events;
    return {};
}

Status DemoHistoryWriter::closeDay(const QDate &date)
{
    const QString day = date.toString(Qt::ISODate);
    auto totals = m_closing.totals(day, DemoHistory::CashFloatCents);
    if (!totals)
        return totals.error();
    // Most evenings the drawer is right; now and then a few cents are off.
    const qint64 offs[] = {-50, -20, -10, 10, 20};
    const qint64 difference = chance(80) ? 0 : offs[randomBetween(0, 4)];
    const qint64 counted = qMax<qint64>(0, totals->cashExpectedCents + difference);
    auto closure = m_closing.close(day, m_managerId, DemoHistory::CashFloatCents, counted);
    if (!closure)
        return closure.error();
    // DayClosing::close journals the DayClosed event itself.
    ++m_summary.closures;
    ++m_summary.events;
    m_clock.advance(500);
    return {};
}

} // namespace comptoir
