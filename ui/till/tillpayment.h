// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sales/ticket.h"

#include <QList>
#include <QObject>

#include <optional>

class QWidget;

namespace comptoir {

class OperatorSession;
class OverdueDayGate;
class PaymentPanel;
class TicketSession;
class TillMessageLine;

// The till's payments: each payment asked for on the page's PaymentPanel (cash with change,
// card, cheque, voucher, mixed) is taken by the ticket session, which commits the sale as soon
// as it is fully paid (saleCommitted()). While payments are taken the cart's amounts may no
// longer change.
class TillPayment : public QObject
{
    Q_OBJECT

public:
    // panel: the page's payment panel, which this drives. gate: what a refusal of the session
    // means (an overdue day to close first, a check that could not be made).
    TillPayment(TicketSession &ticket, OperatorSession &session, OverdueDayGate &gate,
                TillMessageLine &messages, PaymentPanel *panel, QWidget *page);

    const QList<Payment> &payments() const;
    const std::optional<Ticket> &lastTicket() const;

    // Records a payment with the amount typed (empty: what remains; for cash, the money handed
    // over, any excess being change). Commits the sale when nothing remains.
    void takePayment(PaymentMethod method);
    // Whether the cart's amounts may still change (no payment taken); says why not.
    bool amountsMayChange();

Q_SIGNALS:
    // A sale is stored (the receipt may be printed from it), after its message is shown.
    void saleCommitted(const comptoir::Ticket &ticket);

private:
    void onPaymentsChanged();
    void updatePanel();

    TicketSession &m_ticket;
    OperatorSession &m_session;
    OverdueDayGate &m_gate;
    TillMessageLine &m_messages;
    PaymentPanel *m_panel;
};

} // namespace comptoir
