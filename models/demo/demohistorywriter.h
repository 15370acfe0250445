// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to DemoHistory (demohistory.h): the scripted shop that writes the demo's past.
#include "models/closing/dayclosing.h"
#include "models/demo/demohistory.h"
#include "models/demo/demorandom.h"
#include "models/demo/demosales.h"
#include "models/demo/demostockroom.h"
#include "models/demo/scriptedclock.h"
#include "models/fiscal/eventjournal.h"
#include "models/fiscal/fiscalchain.h"
#include "models/sales/salejournal.h"
#include "models/sales/ticketdrafts.h"
#include "models/stock/stockledger.h"
#include "models/uuidv7.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

namespace comptoir {

// One trading day after another on a scripted clock: Start, the morning's deliveries, Login, the
// day's sales, refunds and cancellations (DemoSales) at sorted random times with a shift change
// at 14:00, the Z with the cash counted (sometimes a few cents off), Logout, Stop. The shop's
// objects (sales journal, stock ledger, day closing, fiscal chain, events journal) are the real
// ones, built here on the scripted clock; the caller holds the transaction.
class DemoHistoryWriter
{
public:
    DemoHistoryWriter(Database &db, const Signer &signer, const DemoHistory::Options &options);

    // Loads the operators and the sellable variants. Errors: NotFound.
    Status prepare();
    Status writeDay(const QDate &date);
    DemoHistory::Summary summary() const;

private:
    enum class Action { Sale, Refund, Cancel };

    // A time of the day, local to the shop.
    QDateTime at(const QDate &date, int hour, int minute, int second = 0) const;
    Status event(EventKind kind, std::optional<qint64> operatorId, const QJsonObject &detail = {});
    Status closeDay(const QDate &date);

    Database &m_db;
    DemoHistory::Options m_options;
    DemoRandom m_random;
    ScriptedClock m_clock;
    UuidV7Generator m_uuids {m_clock};
    FiscalChain m_chain;
    StockLedger m_ledger {m_db, m_clock, m_uuids};
    SaleJournal m_journal;
    TicketDrafts m_drafts {m_db, m_clock, m_uuids, m_chain}; // cancelled tickets
    DayClosing m_closing;
    EventJournal m_events {m_db, m_clock, m_uuids, m_chain};
    DemoStockroom m_stockroom {m_db, m_ledger, m_random};
    DemoSales m_sales {m_journal, m_drafts, m_clock, m_random, m_stockroom};

    QTimeZone m_zone = QTimeZone::systemTimeZone(); // the shop's (prepare())
    qint64 m_managerId = 0;
    qint64 m_cashierId = 0;
    // Counted here: the trading days, the closures and the events journalled by this writer and by
    // DayClosing::close; the rest comes from DemoSales and DemoStockroom (summary()).
    DemoHistory::Summary m_summary;
};

} // namespace comptoir
