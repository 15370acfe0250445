#include "ui/till/tillpayment.h"

#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "models/sales/salejournal.h"
#include "models/staff/operatorsession.h"
#include "ui/till/overduedaygate.h"
#include "ui/till/paymentpanel.h"
#include "ui/till/tillmessageline.h"

#include <QWidget>

namespace comptoir {

TillPayment::TillPayment(CartModel &cart, SaleJournal &journal, OperatorSession &session,
                         OverdueDayGate &gate, TillMessageLine &messages, PaymentPanel *panel, QWidget *page)
    : QObject(page),
      m_cart(cart),
      m_journal(journal),
      m_session(session),
      m_gate(gate),
      m_messages(messages),
      m_panel(panel)
{
    connect(m_panel, &PaymentPanel::paymentRequested, this, &TillPayment::takePayment);
    connect(&m_cart, &CartModel::totalsChanged, this, &TillPayment::updatePanel);
    updatePanel();
}

SaleDraft TillPayment::draft() const
{
    SaleDraft draft = m_cart.draft(m_session.isSignedIn() ? m_session.current()->id : 0);
    m_payments.fill(draft);
    return draft;
}

void TillPayment::updatePanel()
{
    m_panel->setState(m_cart.totalCents(), m_payments.remaining(m_cart.totalCents()), m_payments.payments());
}

void TillPayment::clearPayments()
{
    m_payments.clear();
    m_panel->clearAmount();
    updatePanel();
}

void TillPayment::restorePayments(const SaleDraft &draft)
{
    m_payments.restore(draft);
    updatePanel();
}

bool TillPayment::amountsMayChange()
{
    if (!m_payments.isEmpty()) {
        m_messages.showMessage(tr("Payments have been taken: finish the ticket or cancel it."),
                               TillMessageLine::Tone::Warning);
        return false;
    }
    return true;
}

void TillPayment::takePayment(PaymentMethod method)
{
    if (!m_session.isSignedIn())
        return;
    if (m_cart.isEmpty()) {
        m_messages.showMessage(tr("The ticket is empty: scan or search an item first."),
                               TillMessageLine::Tone::Warning);
        return;
    }
    if (!m_gate.mayGoOnSelling([this, method] { takePayment(method); }))
        return;
    const QString text = m_panel->amountText().trimmed();
    qint64 typed = m_payments.remaining(m_cart.totalCents());
    if (!text.isEmpty()) {
        auto parsed = Money::parse(text);
        if (!parsed) {
            m_messages.showError(parsed.error());
            return;
        }
        typed = *parsed;
    }
    auto remaining = m_payments.take(method, typed, m_cart.totalCents());
    if (!remaining) {
        m_messages.showError(remaining.error());
        return;
    }
    m_panel->clearAmount();
    if (*remaining == 0) {
        commit();
        return;
    }
    m_messages.clearMessage();
    updatePanel();
}

void TillPayment::commit()
{
    auto ticket = m_journal.commitSale(draft());
    if (!ticket) {
        m_messages.showError(ticket.error());
        clearPayments();
        return;
    }
    m_lastTicket = *ticket;
    m_cart.clear();
    clearPayments();
    m_messages.showMessage(
        tr("Ticket n° %1 — change: %2").arg(ticket->number).arg(Money::format(ticket->changeCents)),
        TillMessageLine::Tone::Success);
    Q_EMIT saleCommitted(*ticket);
}

} // namespace comptoir
