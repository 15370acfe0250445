#pragma once

#include "models/sales/saledraft.h"
#include "models/sales/ticket.h"
#include "ui/till/ticketpayments.h"

#include <QList>
#include <QObject>

#include <optional>

class QWidget;

namespace comptoir {

class CartModel;
class OperatorSession;
class OverdueDayGate;
class PaymentPanel;
class SaleJournal;
class TillMessageLine;

// The till's payments: each payment asked for on the page's PaymentPanel (cash with change,
// card, cheque, voucher, mixed) is taken for the ticket in progress, and the sale is committed
// to the journal as soon as it is fully paid (saleCommitted()). While payments are taken the
// cart's amounts may no longer change.
class TillPayment : public QObject
{
    Q_OBJECT

public:
    // panel: the page's payment panel, which this drives. gate: asked before each payment.
    TillPayment(CartModel &cart, SaleJournal &journal, OperatorSession &session, OverdueDayGate &gate,
                TillMessageLine &messages, PaymentPanel *panel, QWidget *page);

    const QList<Payment> &payments() const { return m_payments.payments(); }
    const std::optional<Ticket> &lastTicket() const { return m_lastTicket; }

    // Records a payment with the amount typed (empty: what remains; for cash, the money handed
    // over, any excess being change). Commits the sale when nothing remains.
    void takePayment(PaymentMethod method);
    // The ticket in progress: the cart, the operator signed in, the payments taken.
    SaleDraft draft() const;
    // Whether the cart's amounts may still change (no payment taken); says why not.
    bool amountsMayChange();
    // Forgets the payments taken (the ticket was parked or cancelled).
    void clearPayments();
    // The payments of a ticket taken back.
    void restorePayments(const SaleDraft &draft);

Q_SIGNALS:
    // A sale is stored (the receipt may be printed from it).
    void saleCommitted(const comptoir::Ticket &ticket);

private:
    void commit();
    void updatePanel();

    CartModel &m_cart;
    SaleJournal &m_journal;
    OperatorSession &m_session;
    OverdueDayGate &m_gate;
    TillMessageLine &m_messages;
    PaymentPanel *m_panel;
    TicketPayments m_payments; // taken for the ticket in progress
    std::optional<Ticket> m_lastTicket;
};

} // namespace comptoir
