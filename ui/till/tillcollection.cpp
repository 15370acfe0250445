// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/tillcollection.h"

#include "models/sales/cartmodel.h"
#include "models/sales/ticketsession.h"
#include "models/staff/operatorsession.h"
#include "sync/orders/ordercollection.h"
#include "sync/orders/reservedstock.h"
#include "ui/till/ordersearchdialog.h"
#include "ui/till/tillmessageline.h"

namespace comptoir {

TillCollection::TillCollection(OrderCollection &collection, ReservedStock &stock, TicketSession &ticket,
                               OperatorSession &session, TillMessageLine &messages, QWidget *page)
    : QObject(page),
      m_collection(collection),
      m_stock(stock),
      m_ticket(ticket),
      m_session(session),
      m_messages(messages),
      m_page(page)
{ }

bool TillCollection::handleCode(const QString &code)
{
    const auto number = parseOrderCode(code);
    if (!number)
        return false;
    auto found = m_collection.search(code);
    if (!found) {
        m_messages.showError(found.error());
        return true;
    }
    if (found->isEmpty()) {
        m_messages.showMessage(tr("No order CMD-%1 to collect: it is already collected, cancelled, or not "
                                  "accepted yet. See the Orders tab.")
                                   .arg(*number),
                               TillMessageLine::Tone::Warning);
        return true;
    }
    collectOrder(found->first());
    return true;
}

void TillCollection::openSearch()
{
    if (!m_session.isSignedIn())
        return;
    auto *dialog = new OrderSearchDialog(m_collection, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderSearchDialog::orderChosen, this, &TillCollection::collect);
    dialog->open();
}

void TillCollection::collect(const QString &orderUuid)
{
    auto found = m_collection.search({});
    if (!found) {
        m_messages.showError(found.error());
        return;
    }
    for (const OnlineOrder &order : std::as_const(*found)) {
        if (order.uuid == orderUuid) {
            collectOrder(order);
            return;
        }
    }
    m_messages.showMessage(tr("This order can no longer be collected: it was collected or cancelled "
                              "meanwhile. See the Orders tab."),
                           TillMessageLine::Tone::Warning);
}

void TillCollection::collectOrder(const OnlineOrder &order)
{
    const QString who = m_session.isSignedIn() ? m_session.current()->name : QString();
    auto payment = m_collection.paymentOf(order.uuid);
    if (!payment) {
        m_messages.showError(payment.error());
        return;
    }
    if (*payment == OrderPayment::Online) {
        if (Status s = m_collection.collectPaidOnline(order.uuid, who); !s) {
            m_messages.showError(s.error());
            return;
        }
        m_messages.showMessage(tr("Order CMD-%1 (%2) was paid online: it is marked collected. Hand over "
                                  "the goods.")
                                   .arg(order.number)
                                   .arg(order.customerName),
                               TillMessageLine::Tone::Success);
        Q_EMIT orderCollected(order.number);
    } else {
        auto sale = m_collection.saleOf(order.uuid);
        if (!sale) {
            m_messages.showError(sale.error());
            return;
        }
        if (Status s = m_ticket.addOrder(*sale); !s) {
            m_messages.showError(s.error());
            return;
        }
        m_messages.showMessage(tr("Order CMD-%1 (%2) is paid here: its lines are in the ticket at the "
                                  "order's prices. Take the payment.")
                                   .arg(order.number)
                                   .arg(order.customerName),
                               TillMessageLine::Tone::Info);
        Q_EMIT orderInTicket(order.number);
    }
    if (!OrderCollection::isMarkedReady(order))
        m_messages.addMessage(tr("This order was not marked ready: check that every item is there."),
                              TillMessageLine::Tone::Warning);
}

void TillCollection::showReserved(qint64 variantId)
{
    auto stock = m_stock.of(variantId);
    if (!stock || !stock->reserved || *stock->reserved <= 0)
        return;
    const CartModel &cart = m_ticket.cart();
    qint64 quantity = 0;
    QString label;
    for (const TicketLine &line : cart.lines()) {
        if (line.variantId == variantId) {
            quantity += line.quantity;
            label = line.label;
        }
    }
    // What a collected order's own lines take is its reservation, not the shelf's.
    if (const auto &order = cart.linkedOrder()) {
        for (const LinkedOrderLine &line : order->lines) {
            if (line.variantId == variantId)
                quantity -= line.quantity;
        }
    }
    auto taken = m_stock.reservedTaken(variantId, quantity);
    if (taken && *taken > 0) {
        m_messages.addMessage(tr("%1: this ticket takes %3 of the %2 units reserved for online orders. "
                                 "The sale goes through; an order waiting for it may then lack it (see "
                                 "the oversell cases).")
                                  .arg(label)
                                  .arg(*stock->reserved)
                                  .arg(*taken),
                              TillMessageLine::Tone::Warning);
        return;
    }
    m_messages.addMessage(tr("%1: %2 reserved for online orders, %3 available online.")
                              .arg(label)
                              .arg(*stock->reserved)
                              .arg(*stock->available),
                          TillMessageLine::Tone::Info);
}

} // namespace comptoir
