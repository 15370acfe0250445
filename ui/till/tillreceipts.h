// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sales/ticket.h"
#include "ui/returns/returndialog.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

class QPushButton;

namespace comptoir {

class Operators;
class OperatorSession;
class ReceiptService;
class SaleJournal;
class ShopSettings;
class TicketFinder;
class TicketReader;
class TillPage;
struct Closure;
struct Error;

// The till's paper side, attached to a TillPage: a "Receipt (F11)" button prints the last
// ticket on request (AGEC law: no receipt unless asked for; a reprint says DUPLICATE n); a
// "Return (F12)" button opens the ReturnDialog, and every refund's receipt is printed at once.
// A sale or a refund paid in cash opens the drawer (when the printer settings say so). The sale
// is stored before anything is sent to the printer; a printer that is off only adds a message
// under the sale's (the change stays in view). A day closed from the till (an overdue day) has
// its Z report printed as the Reports page does, when a printer is set up.
class TillReceipts : public QObject
{
    Q_OBJECT

public:
    // journal, tickets and finder: what the ReturnDialog refunds with and looks sales up with.
    TillReceipts(TillPage &page, ReceiptService &receipts, SaleJournal &journal, const TicketReader &tickets,
                 const TicketFinder &finder, Operators &operators, OperatorSession &session,
                 ShopSettings &settings);

    // The ticket F11 prints: the last sale or refund made at this till, if any.
    const std::optional<Ticket> &lastTicket() const { return m_last; }
    void printLastTicket();
    void openReturns();
    ReturnDialog *returnDialog() const { return m_returnDialog; }

private:
    void onSaleCommitted(const Ticket &ticket);
    void onRefunded(const Ticket &refund);
    void onDayClosed(const Closure &closure);
    void onPrinted(qint64 ticketId, int duplicateNumber);
    void onFailed(qint64 ticketId, const Error &error);
    bool opensDrawer(const Ticket &ticket) const;
    std::optional<qint64> operatorId() const;

    TillPage &m_page;
    ReceiptService &m_receipts;
    SaleJournal &m_journal;
    const TicketReader &m_tickets;
    const TicketFinder &m_finder;
    Operators &m_operators;
    OperatorSession &m_session;
    ShopSettings &m_settings;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_returnButton = nullptr;
    QPointer<ReturnDialog> m_returnDialog;
    std::optional<Ticket> m_last;
    QElapsedTimer m_drawerKick; // since the last drawer kick sent alone
    int m_pendingReports = 0; // Z reports given to printLines(), awaiting an answer
};

} // namespace comptoir
