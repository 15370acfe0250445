// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace comptoir {

class OperatorSession;
class TicketSession;
class TillMessageLine;

// The ticket in progress set aside or given up: park it (F6, with an optional name), resume a
// parked one (F7) into an empty cart, or cancel it (F8, after a confirmation; the cancellation
// is recorded), through the ticket session. Its dialogs open on the page.
class TillParking : public QObject
{
    Q_OBJECT

public:
    TillParking(TicketSession &ticket, OperatorSession &session, TillMessageLine &messages, QWidget *page);

    void park();
    void resumeParked();
    void cancelTicket();

Q_SIGNALS:
    // The cart is empty again: its ticket was parked, or cancelled.
    void ticketParked();
    void ticketCancelled();
    // A parked ticket is back in the cart, with its payments.
    void ticketResumed();

private:
    void doPark(const QString &label);
    void doResume(qint64 parkedId);
    void doCancel();

    TicketSession &m_ticket;
    OperatorSession &m_session;
    TillMessageLine &m_messages;
    QWidget *m_page;
};

} // namespace comptoir
