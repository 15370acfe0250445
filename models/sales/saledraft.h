// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sales/linkedorder.h"
#include "models/sales/ticket.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace comptoir {

// A ticket in progress, as the till holds it: the lines (with their line discounts as typed),
// the ticket discount, the payments taken and the cash handed over.
struct SaleDraft
{
    qint64 operatorId = 0;
    QList<TicketLine> lines;
    Discount discount;
    QList<Payment> payments;
    qint64 tenderedCents = 0; // cash handed over; 0 = the exact cash amount
    // The online order this sale collects (paid at collection): its lines are committed from the
    // order's reservation (online_commit) instead of sold from the shelf (§10.3).
    std::optional<LinkedOrder> linkedOrder;

    bool operator==(const SaleDraft &other) const;
    // JSON with integers only (amounts in cents, rates in basis points), for parking and cancelling.
    QJsonObject toJson() const;
    static std::optional<SaleDraft> fromJson(const QJsonObject &json);
};

} // namespace comptoir
