// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

class QWidget;

namespace comptoir {

class OrderCollection;
class OperatorSession;
class ReservedStock;
class TicketSession;
class TillMessageLine;
struct OnlineOrder;

// Online orders at the till (issue 16): an order's barcode (CMD-118) scanned, or an order chosen
// in the "Collect an order" search (by number, name or phone), is collected: paid online, it is
// marked collected and the message line confirms it; paid at collection, its lines go into the
// ticket at the order's prices and the sale, once paid, collects it. An order only accepted is
// collected too, with a warning that it was not marked ready. And the stock online orders hold:
// a variant put into the ticket shows its reserved and available quantities on the message line,
// and a warning when the ticket takes units reserved for orders (the sale still goes through).
class TillCollection : public QObject
{
    Q_OBJECT

public:
    TillCollection(OrderCollection &collection, ReservedStock &stock, TicketSession &ticket,
                   OperatorSession &session, TillMessageLine &messages, QWidget *page);

    // True when code is an order's code (then it was handled here).
    bool handleCode(const QString &code);
    void openSearch();
    void collect(const QString &orderUuid);
    // After a variant went into the ticket: its reserved stock on the message line.
    void showReserved(qint64 variantId);

Q_SIGNALS:
    // A paid-online order was marked collected, or a paid-at-collection order is in the ticket.
    void orderCollected(qint64 number);
    void orderInTicket(qint64 number);

private:
    void collectOrder(const OnlineOrder &order);

    OrderCollection &m_collection;
    ReservedStock &m_stock;
    TicketSession &m_ticket;
    OperatorSession &m_session;
    TillMessageLine &m_messages;
    QWidget *m_page;
};

} // namespace comptoir
