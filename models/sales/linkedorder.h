// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QList>
#include <QString>

namespace comptoir {

struct Ticket;

// An online order paid at collection, sold at the till (issue 16): the cart remembers it and the
// sale carries it to the journal. Its lines are the order's (not refused), at the order's prices.
struct LinkedOrderLine
{
    qint64 variantId = 0;
    qint64 quantity = 0;
    qint64 unitPriceCents = 0;

    bool operator==(const LinkedOrderLine &other) const = default;
};

struct LinkedOrder
{
    QString uuid;
    qint64 number = 0;
    QList<LinkedOrderLine> lines;

    bool operator==(const LinkedOrder &other) const = default;
};

// What the journal calls, inside the sale's own transaction, once the ticket of a sale linked to
// an order is stored (models cannot know the orders: sync/orders implements it). An error rolls
// the whole sale back.
class LinkedOrderHandler
{
public:
    virtual ~LinkedOrderHandler() = default;
    virtual Status linkedSaleStored(const Ticket &ticket, const LinkedOrder &order) = 0;
};

} // namespace comptoir
