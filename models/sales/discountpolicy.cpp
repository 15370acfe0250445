// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sales/discountpolicy.h"

#include "models/sales/ticketcalculator.h"

namespace comptoir {

bool DiscountPolicy::exceedsThreshold(const Discount &discount, qint64 baseCents) const
{
    if (discount.isNone())
        return false;
    const qint64 threshold = m_thresholdBp;
    if (discount.percentBp != 0)
        return discount.percentBp > threshold;
    return baseCents <= 0 || discount.amountCents * 10000 > threshold * baseCents;
}

bool DiscountPolicy::fewerItemsNeedManager(const QList<TicketLine> &candidate,
                                           const Discount &ticketDiscount) const
{
    bool exceeds = false;
    for (const TicketLine &line : candidate) {
        if (line.discountPercentBp == 0 && line.discountCents > 0)
            exceeds = exceeds
                || exceedsThreshold(Discount::amount(line.discountCents),
                                    line.quantity * line.unitPriceCents);
    }
    if (!exceeds && !candidate.isEmpty() && ticketDiscount.percentBp == 0 && ticketDiscount.amountCents > 0) {
        // What the ticket discount applies to: the total after the line discounts.
        if (auto base = TicketCalculator::compute(candidate))
            exceeds = exceedsThreshold(ticketDiscount, base->totalCents);
    }
    return exceeds;
}

qint64 DiscountPolicy::ticketDiscountBase(const QList<TicketLine> &computedLines)
{
    qint64 base = 0;
    for (const TicketLine &line : computedLines)
        base += line.totalCents + line.ticketDiscountCents;
    return base;
}

Status DiscountPolicy::checkLineDiscount(QList<TicketLine> lines, const Discount &ticketDiscount, int row,
                                         const Discount &discount)
{
    if (row < 0 || row >= lines.size())
        return makeError(ErrorCode::NotFound, QString::number(row));
    lines[row].discountPercentBp = discount.percentBp;
    lines[row].discountCents = discount.percentBp != 0 ? 0 : discount.amountCents;
    auto computed = TicketCalculator::compute(lines, ticketDiscount);
    if (!computed)
        return computed.error();
    return {};
}

Status DiscountPolicy::checkTicketDiscount(const QList<TicketLine> &lines, const Discount &discount)
{
    auto computed = TicketCalculator::compute(lines, discount);
    if (!computed)
        return computed.error();
    return {};
}

} // namespace comptoir
