// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/tillreceipts.h"

#include "models/closing/dayclosing.h"
#include "models/closing/zreportlayout.h"
#include "models/money.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "ui/errortext.h"
#include "ui/logging.h"
#include "ui/receipts/receiptservice.h"
#include "ui/returns/returndialog.h"
#include "ui/till/tillpage.h"

#include <QKeySequence>
#include <QPushButton>

namespace comptoir {

TillReceipts::TillReceipts(TillPage &page, ReceiptService &receipts, SaleJournal &journal,
                           const TicketReader &tickets, const TicketFinder &finder, Operators &operators,
                           OperatorSession &session, ShopSettings &settings)
    : QObject(&page),
      m_page(page),
      m_receipts(receipts),
      m_journal(journal),
      m_tickets(tickets),
      m_finder(finder),
      m_operators(operators),
      m_session(session),
      m_settings(settings)
{
    m_printButton = new QPushButton(tr("Receipt (F11)"), &page);
    m_printButton->setObjectName(QStringLiteral("printReceiptButton"));
    m_printButton->setShortcut(QKeySequence(Qt::Key_F11));
    m_printButton->setToolTip(tr("Prints the last ticket's receipt; a second copy says DUPLICATE."));
    m_printButton->setEnabled(false);
    page.addTicketButton(m_printButton);
    connect(m_printButton, &QPushButton::clicked, this, &TillReceipts::printLastTicket);

    m_returnButton = new QPushButton(tr("Return (F12)"), &page);
    m_returnButton->setObjectName(QStringLiteral("returnButton"));
    m_returnButton->setShortcut(QKeySequence(Qt::Key_F12));
    m_returnButton->setToolTip(tr("Gives back items of an earlier sale: scan its receipt."));
    page.addTicketButton(m_returnButton);
    connect(m_returnButton, &QPushButton::clicked, this, &TillReceipts::openReturns);

    connect(&page, &TillPage::saleCommitted, this, &TillReceipts::onSaleCommitted);
    connect(&page, &TillPage::dayClosed, this, &TillReceipts::onDayClosed);
    connect(&receipts, &ReceiptService::printed, this, &TillReceipts::onPrinted);
    connect(&receipts, &ReceiptService::failed, this, &TillReceipts::onFailed);
    // A new cashier does not reprint the previous one's customer's receipt.
    connect(&session, &OperatorSession::changed, this, [this] {
        m_last.reset();
        m_printButton->setEnabled(false);
    });
}

std::optional<qint64> TillReceipts::operatorId() const
{
    if (!m_session.current())
        return std::nullopt;
    return m_session.current()->id;
}

bool TillReceipts::opensDrawer(const Ticket &ticket) const
{
    auto printer = m_settings.printer();
    if (!printer || !printer->openDrawerOnCash)
        return false;
    for (const Payment &payment : ticket.payments) {
        if (payment.method == PaymentMethod::Cash)
            return true;
    }
    return false;
}

void TillReceipts::onSaleCommitted(const Ticket &ticket)
{
    m_last = ticket;
    m_printButton->setEnabled(m_page.canSell());
    if (opensDrawer(ticket)) {
        m_drawerKick.start();
        m_receipts.openDrawer();
    }
}

void TillReceipts::printLastTicket()
{
    if (!m_last || !m_page.canSell())
        return;
    m_receipts.printTicket(*m_last, operatorId());
}

void TillReceipts::openReturns()
{
    if (!m_page.canSell() || m_returnDialog)
        return;
    m_returnDialog = new ReturnDialog(m_journal, m_tickets, m_finder, m_operators, m_session, &m_page);
    m_returnDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_returnDialog, &ReturnDialog::refunded, this, &TillReceipts::onRefunded);
    m_returnDialog->open();
}

void TillReceipts::onRefunded(const Ticket &refund)
{
    m_last = refund;
    m_printButton->setEnabled(m_page.canSell());
    m_page.showNotice(
        tr("Refund no. %1 stored: give back %2.").arg(refund.number).arg(Money::format(-refund.totalCents)));
    // A refund's receipt is always printed (the customer signs nothing else); the drawer opens
    // when money is given back in cash.
    m_receipts.printTicket(refund, operatorId(), opensDrawer(refund));
}

void TillReceipts::onDayClosed(const Closure &closure)
{
    if (!m_receipts.hasPrinter())
        return;
    ReceiptOptions options;
    if (auto printer = m_settings.printer())
        options.columns = printer->columns;
    if (auto zone = m_settings.timeZone())
        options.timeZone = *zone;
    ShopIdentity identity;
    if (auto read = m_settings.identity())
        identity = *read;
    else
        qCWarning(lcUi) << "till: the shop identity could not be read, code" << int(read.error().code);
    ++m_pendingReports;
    // printed() or failed() may come before printLines() returns.
    m_receipts.printLines(ZReportLayout::lines(identity, closure, options));
}

void TillReceipts::onPrinted(qint64 ticketId, int duplicateNumber)
{
    if (ticketId == 0 && m_pendingReports > 0) {
        --m_pendingReports;
        qCInfo(lcUi) << "Z report printed from the till";
        return;
    }
    if (ticketId == 0 || !m_last || m_last->id != ticketId)
        return;
    qCInfo(lcUi) << "receipt printed for ticket" << m_last->number << "copy" << duplicateNumber;
}

void TillReceipts::onFailed(qint64 ticketId, const Error &error)
{
    // ticketId 0: the drawer kick sent alone (it fails within the printer's timeout), or a
    // report printed from another page, which that page reports.
    constexpr qint64 DrawerKickWindowMs = 15000;
    if (ticketId == 0 && m_pendingReports > 0) {
        --m_pendingReports; // the Z report of a day closed from the till: stored, not printed
        m_page.showProblem(error);
        return;
    }
    if (ticketId == 0 && !(m_drawerKick.isValid() && m_drawerKick.elapsed() < DrawerKickWindowMs))
        return;
    if (ticketId != 0 && (!m_last || m_last->id != ticketId))
        return;
    if (ticketId == 0)
        m_drawerKick.invalidate();
    m_page.showProblem(error);
}

} // namespace comptoir
