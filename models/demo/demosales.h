// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/sales/ticket.h"

#include <QDateTime>
#include <QList>

namespace comptoir {

class DemoRandom;
class DemoStockroom;
class SaleJournal;
class TicketDrafts;
class ScriptedClock;

// The demo history's customers, served through the real sales journal at the scripted clock's
// time: sales of 1–5 lines of stocked variants (the popular ones most), paid in cash with
// change, by card, cheque or vouchers, a few with a discount; refunds of items bought in the last
// days; now and then a ticket cancelled in progress. Stock missing for a sale is delivered first.
class DemoSales
{
public:
    DemoSales(SaleJournal &journal, TicketDrafts &drafts, ScriptedClock &clock, DemoRandom &random,
              DemoStockroom &stockroom);

    Status sell(qint64 operatorId);
    // Does nothing when no earlier sale has a line left to bring back.
    Status refund(qint64 operatorId);
    // TicketDrafts::cancel journals the TicketCancelled event itself.
    Status cancelTicket(qint64 operatorId);

    int sales() const { return m_sales; }
    int refunds() const { return m_refunds; }
    int cancelled() const { return m_cancelled; }

private:
    struct SoldLine
    {
        qint64 lineId = 0;
        qint64 variantId = 0;
        qint64 quantity = 0;
        bool refunded = false;
    };
    struct Sold
    {
        qint64 ticketId = 0;
        QDateTime at;
        PaymentMethod method = PaymentMethod::Card;
        QList<SoldLine> lines;
    };

    Result<QList<TicketLine>> pickLines();
    QList<Payment> pickPayments(qint64 totalCents, qint64 &tenderedCents);

    SaleJournal &m_journal;
    TicketDrafts &m_drafts;
    ScriptedClock &m_clock;
    DemoRandom &m_random;
    DemoStockroom &m_stockroom;
    QList<Sold> m_sold;
    int m_sales = 0;
    int m_refunds = 0;
    int m_cancelled = 0;
};

} // namespace comptoir
