// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/sales/linkedorder.h"
#include "sync/orders/onlineorders.h"

#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

class Clock;
class Database;

// The order's barcode (Code 128, printed on the picking slip): "CMD-118" is order 118. Read
// case-insensitively, spaces around ignored; nothing else is an order code.
std::optional<qint64> parseOrderCode(const QString &text);

// Collection of online orders at the till (issue 16, docs/marketplace-api.md §10.3, §13).
//
// An order can be collected when it is ready, or accepted (then it was not marked ready: the till
// warns, and collecting it queues ready then collected). Paid online, collecting queues the
// collected transition. Paid at collection, its lines not refused go into the till's cart
// (saleOf) and the sale commits the collection: SaleJournal calls linkedSaleStored() in the sale's
// own transaction, which links the ticket to the order (order_tickets) and queues the transition.
// Customer data is personal: matched and shown, never logged.
class OrderCollection final : public LinkedOrderHandler
{
public:
    static constexpr int MaxByLength = 100;

    OrderCollection(Database &db, const Clock &clock);

    static bool isCollectable(const OnlineOrder &order); // ready or accepted (current status)
    static bool isMarkedReady(const OnlineOrder &order);

    // The collectable orders matching what was scanned or typed, oldest first: an order code
    // (CMD-118) or a number finds that order; otherwise the customer's name (any part, case and
    // accents ignored) or phone (its digits, at least 4). Empty text: every collectable order.
    Result<QList<OnlineOrder>> search(const QString &text) const;
    // How the order is paid (read from the replica). Errors: NotFound.
    Result<OrderPayment> paymentOf(const QString &orderUuid) const;

    // Paid online: queues collected (ready first when it was only accepted), in one transaction;
    // an order already collected is left as it is (no error, nothing queued).
    // `by`: who hands it over. Errors: NotFound, IllegalOrderTransition (subject: the current
    // status key; also for an order paid at collection: subject "at_collection"), DatabaseQueryFailed.
    Status collectPaidOnline(const QString &orderUuid, const QString &by);

    // Paid at collection: what goes into the cart (the lines not refused, at the order's prices).
    // Errors: NotFound (the order; or subject: the variant's uuid when a line's variant is not
    // known here yet), IllegalOrderTransition (not collectable), EmptyTicket (every line refused).
    Result<LinkedOrder> saleOf(const QString &orderUuid) const;

    // LinkedOrderHandler: in the sale's transaction, order_tickets and the transition(s) to
    // collected, `by` the ticket's operator. Errors: as collectPaidOnline, and DatabaseQueryFailed.
    Status linkedSaleStored(const Ticket &ticket, const LinkedOrder &order) override;

private:
    Status moveToCollected(const OnlineOrder &order, const QString &by);

    Database &m_db;
    const Clock &m_clock;
    OnlineOrders m_orders;
};

} // namespace comptoir
