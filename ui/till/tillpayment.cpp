// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/tillpayment.h"

#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "models/sales/ticketsession.h"
#include "models/staff/operatorsession.h"
#include "ui/till/overduedaygate.h"
#include "ui/till/paymentpanel.h"
#include "ui/till/tillmessageline.h"

#include <QWidget>

namespace comptoir {

TillPayment::TillPayment(TicketSession &ticket, OperatorSession &session, OverdueDayGate &gate,
                         TillMessageLine &messages, PaymentPanel *panel, QWidget *page)
    : QObject(page), m_ticket(ticket), m_session(session), m_gate(gate), m_messages(messages), m_panel(panel)
{
    connect(m_panel, &PaymentPanel::paymentRequested, this, &TillPayment::takePayment);
    connect(&m_ticket.cart(), &CartModel::totalsChanged, this, &TillPayment::updatePanel);
    connect(&m_ticket, &TicketSession::paymentsChanged, this, &TillPayment::onPaymentsChanged);
    updatePanel();
}

const QList<Payment> &TillPayment::payments() const
{
    return m_ticket.payments();
}

const std::optional<Ticket> &TillPayment::lastTicket() const
{
    return m_ticket.lastTicket();
}

void TillPayment::updatePanel()
{
    m_panel->setState(m_ticket.cart().totalCents(), m_ticket.remainingCents(), m_ticket.payments());
}

void TillPayment::onPaymentsChanged()
{
    if (!m_ticket.hasPayments())
        m_panel->clearAmount(); // a new ticket (sold, parked, cancelled)
    updatePanel();
}

bool TillPayment::amountsMayChange()
{
    if (m_ticket.hasPayments()) {
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
    if (m_ticket.cart().isEmpty()) {
        m_messages.showMessage(tr("The ticket is empty: scan or search an item first."),
                               TillMessageLine::Tone::Warning);
        return;
    }
    const QString text = m_panel->amountText().trimmed();
    std::optional<qint64> typed; // none: what remains
    if (!text.isEmpty()) {
        auto parsed = Money::parse(text);
        if (!parsed) {
            m_messages.showError(parsed.error());
            return;
        }
        typed = *parsed;
    }
    auto taken = m_ticket.takePayment(method, typed);
    if (!taken) {
        m_gate.handleRefusal(taken.error(), [this, method] { takePayment(method); });
        return;
    }
    m_panel->clearAmount();
    if (!taken->ticket) {
        m_messages.clearMessage();
        updatePanel();
        return;
    }
    const Ticket &ticket = *taken->ticket;
    m_messages.showMessage(
        tr("Ticket n° %1 — change: %2").arg(ticket.number).arg(Money::format(ticket.changeCents)),
        TillMessageLine::Tone::Success);
    Q_EMIT saleCommitted(ticket);
}

} // namespace comptoir
