#pragma once

#include "models/fiscal/eventjournal.h"
#include "models/result.h"
#include "models/sales/ticket.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

class Clock;
class Database;
class FiscalChain;
class StockLedger;
class UuidV7Generator;

// A ticket in progress, as the till holds it: the lines (with their line discounts as typed),
// the ticket discount, the payments taken and the cash handed over.
struct SaleDraft
{
    qint64 operatorId = 0;
    QList<TicketLine> lines;
    Discount discount;
    QList<Payment> payments;
    qint64 tenderedCents = 0; // cash handed over; 0 = the exact cash amount

    bool operator==(const SaleDraft &other) const;
    // JSON with integers only (amounts in cents, rates in basis points), for parking and cancelling.
    QJsonObject toJson() const;
    static std::optional<SaleDraft> fromJson(const QJsonObject &json);
};

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

// A validated ticket as listed when looking for one (the returns screen).
struct TicketSummary
{
    qint64 id = 0;
    qint64 number = 0;
    TicketKind kind = TicketKind::Sale;
    QString businessDay; // YYYY-MM-DD
    QDateTime closedAt; // UTC
    QString operatorName;
    qint64 totalCents = 0;
    int lineCount = 0;
};

// What to look for; unset fields do not filter. Only this register's tickets are searched.
struct TicketSearch
{
    std::optional<QString> businessDay; // YYYY-MM-DD
    std::optional<qint64> number;
    std::optional<qint64> totalCents; // the ticket's total, VAT included
    QString text; // part of a line's label (case- and accent-insensitive where SQLite allows)
    bool salesOnly = false;
    int limit = 50;
};

struct ParkedTicket
{
    qint64 id = 0;
    QString label;
    std::optional<qint64> operatorId;
    QDateTime parkedAt; // UTC
    qint64 totalCents = 0;
    int lineCount = 0;
};

// The fiscal sales journal: validated tickets (sales and refunds) are written once, with their
// lines, payments, VAT per rate, stock movements and sync outbox rows, all in one transaction.
// Ticket numbers are gap-free per register (the database's device id). Each ticket is appended
// to the fiscal chain (hashed and signed) in the same transaction: if signing fails, nothing of
// the sale is stored.
class SaleJournal
{
public:
    SaleJournal(Database &db, const Clock &clock, UuidV7Generator &uuids, StockLedger &ledger,
                FiscalChain &chain);

    Result<Ticket> commitSale(const SaleDraft &draft);
    Result<Ticket> commitRefund(const RefundDraft &draft);

    Result<Ticket> ticket(qint64 id) const;
    Result<std::optional<qint64>> findTicket(const QString &registerId, qint64 number) const;
    Result<std::optional<qint64>> findTicketByUuid(const QString &uuid) const;
    // The sale's lines with quantity = what can still be given back (sold minus refunded);
    // lines fully refunded are left out.
    Result<QList<TicketLine>> refundableLines(qint64 ticketId) const;

    // The tickets matching search, newest first (at most search.limit).
    Result<QList<TicketSummary>> searchTickets(const TicketSearch &search) const;
    // The ticket of this register whose receipt carries this return code (ReturnCode::forTicket),
    // or a bare ticket number. Errors: TicketNotFound (subject: the code).
    Result<qint64> findByReturnCode(const QString &code) const;

    // Parking: set a ticket in progress aside, list the parked ones, take one back (the parked
    // row is deleted in the same transaction).
    Result<qint64> park(const SaleDraft &draft, const QString &label);
    Result<QList<ParkedTicket>> parked() const;
    Result<SaleDraft> resume(qint64 parkedId);
    // Records a cancelled ticket in progress and its TicketCancelled event (operator, line count,
    // total) in the technical events journal, in one transaction; nothing else changes.
    // Errors: EmptyTicket, DatabaseQueryFailed, CryptoFailed (nothing is stored).
    Status cancel(const SaleDraft &draft);

private:
    Status checkOperator(qint64 operatorId, QString &name) const;
    // Numbers, stores and queues a computed ticket (lines, payments, VAT, stock movements, outbox
    // rows); the caller holds the transaction. Fills in id, uuid, number, register, day and time.
    Status store(Ticket &ticket);
    // Inserts the lines (checking each variant exists); returns the variants' UUIDs by id.
    Result<QHash<qint64, QString>> storeLines(Ticket &ticket);
    Status recordMovement(const TicketLine &line, TicketKind kind, const QString &variantUuid);
    Status queueSummary(const Ticket &ticket); // its ticket_summary mutation
    Result<QList<TicketLine>> readLines(qint64 ticketId) const;
    Result<qint64> refundedQuantity(qint64 originalLineId) const;

    Database &m_db;
    const Clock &m_clock;
    UuidV7Generator &m_uuids;
    StockLedger &m_ledger;
    FiscalChain &m_chain;
    EventJournal m_events {m_db, m_clock, m_uuids, m_chain}; // cancelled tickets
};

} // namespace comptoir
