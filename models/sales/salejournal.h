// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "models/sales/saledraft.h"
#include "models/sales/ticket.h"

#include <QHash>
#include <QList>
#include <QString>

namespace comptoir {

class Clock;
class Database;
class FiscalChain;
class LinkedOrderHandler;
class StockLedger;
class UuidV7Generator;

struct RefundLine
{
    qint64 originalLineId = 0;
    qint64 quantity = 0; // how many items come back, > 0
};

// A refund of some lines of a sale. Payments carry negative amounts (money given back); a single
// payment with amountCents 0 takes the whole refund. Methods: one the sale was paid with, or
// Voucher (a credit note).
struct RefundDraft
{
    qint64 originalTicketId = 0;
    qint64 operatorId = 0;
    QList<RefundLine> lines;
    QList<Payment> payments;
};

// The fiscal sales journal: validated tickets (sales and refunds) are written once, with their
// lines, payments, VAT per rate, stock movements and sync outbox rows, all in one transaction.
// Ticket numbers are gap-free per register (the database's device id). Each ticket is appended
// to the fiscal chain (hashed and signed) in the same transaction: if signing fails, nothing of
// the sale is stored.
//
// A sale linked to an online order (SaleDraft::linkedOrder, paid at collection) is an ordinary
// ticket (same canonical form and signature); in the same transaction its order's quantities are
// recorded as local online_commit movements (never pushed: the marketplace commits them when the
// order is collected, §10.3) instead of sale movements, anything sold beyond them as a sale, and
// the handler (sync/orders) links the ticket to the order and queues the collection. Without a
// handler such a sale is refused (NotFound, detail "order handler"); a ticket selling less of a
// variant than the order holds is refused (InvalidQuantity): the collection commits it all.
class SaleJournal
{
public:
    SaleJournal(Database &db, const Clock &clock, UuidV7Generator &uuids, StockLedger &ledger,
                FiscalChain &chain, LinkedOrderHandler *orders = nullptr);

    Result<Ticket> commitSale(const SaleDraft &draft);
    Result<Ticket> commitRefund(const RefundDraft &draft);

private:
    Status checkOperator(qint64 operatorId, QString &name) const;
    // Numbers, stores and queues a computed ticket (lines, payments, VAT, stock movements, outbox
    // rows); the caller holds the transaction. Fills in id, uuid, number, register, day and time.
    // committed: variant → how many of it leave through an online order's commit (linked sale).
    Status store(Ticket &ticket, QHash<qint64, qint64> committed = {});
    // Inserts the lines (checking each variant exists); returns the variants' UUIDs by id.
    Result<QHash<qint64, QString>> storeLines(Ticket &ticket);
    Status recordMovement(const TicketLine &line, TicketKind kind, const QString &variantUuid,
                          QHash<qint64, qint64> &committed);
    Status queueSummary(const Ticket &ticket); // its ticket_summary mutation

    Database &m_db;
    const Clock &m_clock;
    UuidV7Generator &m_uuids;
    StockLedger &m_ledger;
    FiscalChain &m_chain;
    LinkedOrderHandler *m_orders;
};

} // namespace comptoir
