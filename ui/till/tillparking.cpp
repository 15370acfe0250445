// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/tillparking.h"

#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "models/sales/ticketsession.h"
#include "models/staff/operatorsession.h"
#include "ui/till/parkedticketsdialog.h"
#include "ui/till/tillmessageline.h"

#include <QInputDialog>
#include <QMessageBox>

namespace comptoir {

TillParking::TillParking(TicketSession &ticket, OperatorSession &session, TillMessageLine &messages,
                         QWidget *page)
    : QObject(page), m_ticket(ticket), m_session(session), m_messages(messages), m_page(page)
{ }

void TillParking::park()
{
    if (!m_session.isSignedIn())
        return;
    if (m_ticket.cart().isEmpty()) {
        m_messages.showMessage(tr("The ticket is empty: there is nothing to park."),
                               TillMessageLine::Tone::Warning);
        return;
    }
    auto *dialog = new QInputDialog(m_page);
    dialog->setObjectName(QStringLiteral("parkDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Park the ticket"));
    dialog->setLabelText(tr("A name to find it again (optional):"));
    connect(dialog, &QInputDialog::textValueSelected, this, &TillParking::doPark);
    dialog->open();
}

void TillParking::doPark(const QString &label)
{
    auto parked = m_ticket.park(label.trimmed());
    if (!parked) {
        m_messages.showError(parked.error());
        return;
    }
    m_messages.showMessage(tr("Ticket parked. Resume it with F7."), TillMessageLine::Tone::Info);
    Q_EMIT ticketParked();
}

void TillParking::resumeParked()
{
    if (!m_session.isSignedIn())
        return;
    if (!m_ticket.cart().isEmpty()) {
        m_messages.showMessage(tr("Park or cancel the current ticket before resuming another one."),
                               TillMessageLine::Tone::Warning);
        return;
    }
    auto tickets = m_ticket.parkedTickets();
    if (!tickets) {
        m_messages.showError(tickets.error());
        return;
    }
    if (tickets->isEmpty()) {
        m_messages.showMessage(tr("No ticket is parked."), TillMessageLine::Tone::Info);
        return;
    }
    auto *dialog = new ParkedTicketsDialog(*tickets, m_page);
    dialog->setObjectName(QStringLiteral("parkedTicketsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ParkedTicketsDialog::resumeRequested, this, &TillParking::doResume);
    dialog->open();
}

void TillParking::doResume(qint64 parkedId)
{
    if (!m_ticket.cart().isEmpty()) {
        m_messages.showMessage(tr("Park or cancel the current ticket before resuming another one."),
                               TillMessageLine::Tone::Warning);
        return;
    }
    if (Status status = m_ticket.resume(parkedId); !status) {
        m_messages.showError(status.error());
        return;
    }
    m_messages.clearMessage();
    Q_EMIT ticketResumed();
}

void TillParking::cancelTicket()
{
    if (!m_session.isSignedIn() || m_ticket.cart().isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel the ticket"),
                                tr("Cancel this ticket of %1? The cancellation is recorded.")
                                    .arg(Money::format(m_ticket.cart().totalCents())),
                                QMessageBox::Yes | QMessageBox::No, m_page);
    box->setObjectName(QStringLiteral("cancelConfirmation"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            doCancel();
    });
    box->open();
}

void TillParking::doCancel()
{
    if (m_ticket.cart().isEmpty())
        return;
    if (Status status = m_ticket.cancel(); !status) {
        m_messages.showError(status.error());
        return;
    }
    m_messages.showMessage(tr("Ticket cancelled."), TillMessageLine::Tone::Info);
    Q_EMIT ticketCancelled();
}

} // namespace comptoir
