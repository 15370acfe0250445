// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/sales/ticket.h"

#include <QList>

namespace comptoir {

// The till's rules for discounts, without widgets: a discount above thresholdBp (basis points,
// TillSettings::discountThresholdBp) of the amount it applies to needs a manager; an amount
// discount weighs more when items are taken away, so fewer items may need one too. Whether a
// discount can be computed at all is TicketCalculator's rule.
class DiscountPolicy
{
public:
    explicit DiscountPolicy(int thresholdBp) : m_thresholdBp(thresholdBp) { }

    int thresholdBp() const { return m_thresholdBp; }
    // Whether discount is above the threshold's share of baseCents (what it applies to).
    bool exceedsThreshold(const Discount &discount, qint64 baseCents) const;
    // Whether, with the candidate lines (fewer items than now), a line's amount discount or the
    // amount ticketDiscount would be above the threshold.
    bool fewerItemsNeedManager(const QList<TicketLine> &candidate, const Discount &ticketDiscount) const;

    // What a ticket discount applies to: the computed lines' total before the ticket discount.
    static qint64 ticketDiscountBase(const QList<TicketLine> &computedLines);
    // Whether lines can take discount on line row, with the ticket's discount. Errors:
    // NotFound (no such row), TicketCalculator::compute's.
    static Status checkLineDiscount(QList<TicketLine> lines, const Discount &ticketDiscount, int row,
                                    const Discount &discount);
    // Whether lines can take discount on the whole ticket. Errors: TicketCalculator::compute's.
    static Status checkTicketDiscount(const QList<TicketLine> &lines, const Discount &discount);

private:
    int m_thresholdBp;
};

} // namespace comptoir
