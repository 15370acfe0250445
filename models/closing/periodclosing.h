// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/closing/dayclosing.h"
#include "models/fiscal/eventjournal.h"
#include "models/result.h"
#include "models/sales/ticket.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

class Clock;
class Database;
class FiscalChain;
class UuidV7Generator;

enum class PeriodKind { Month, Year };
QString periodKindKey(PeriodKind kind); // "month", "year" (period_closures.kind)
std::optional<PeriodKind> periodKindFromKey(const QString &key);

// A stored monthly or yearly closure (table period_closures): the sum of the day closures of a
// calendar month, or of the month closures of a calendar year, of one register.
struct PeriodClosure
{
    qint64 id = 0;
    QString uuid;
    QString registerId;
    PeriodKind kind = PeriodKind::Month;
    QString period; // "YYYY-MM" (month) or "YYYY" (year)
    qint64 number = 0; // gap-free per register and kind
    QDateTime closedAt; // UTC
    // The closures covered: day closure numbers for a month, month closure numbers for a year.
    qint64 firstClosureNumber = 0;
    qint64 lastClosureNumber = 0;
    int dayCount = 0; // day closures covered
    int saleCount = 0;
    int refundCount = 0;
    int cancelledCount = 0;
    qint64 salesCents = 0;
    qint64 refundsCents = 0;
    qint64 totalCents = 0;
    qint64 discountCents = 0;
    qint64 grandTotalCents = 0; // perpetual: the grand total of the last day closure covered
    QList<MethodTotal> methods; // in PaymentMethod order
    QList<VatAmount> vat; // highest rate first
};

// The monthly and yearly closures (ISCA / NF525 conservation): made automatically, with no
// operator, once their period has ended. Each is stored write-once and appended to the fiscal
// chain (FiscalRecordType::MonthClosure / YearClosure) in the same transaction.
class PeriodClosing
{
public:
    PeriodClosing(Database &db, const Clock &clock, UuidV7Generator &uuids, FiscalChain &chain);

    // Closes, oldest first, every month of this register that has ended (by the clock's local
    // date) and has day closures, once all its days with tickets are closed — a day left open
    // holds its month, and every later one, back — then every ended year whose months are all
    // closed. Returns the closures made (none when there is nothing to close: calling it again
    // closes nothing more). Errors: DatabaseQueryFailed, CryptoFailed (nothing of that closure
    // is stored; the ones before it are).
    Result<QList<PeriodClosure>> closeEndedPeriods();

    // The latest first. Errors: DatabaseQueryFailed.
    Result<QList<PeriodClosure>> closures(PeriodKind kind, int limit = 100) const;
    // Errors: NotFound, DatabaseQueryFailed.
    Result<PeriodClosure> closure(qint64 closureId) const;

private:
    // Sums the period's covered closures, stores the closure and chains it, in one transaction.
    Result<PeriodClosure> close(PeriodKind kind, const QString &period);

    Database &m_db;
    const Clock &m_clock;
    UuidV7Generator &m_uuids;
    FiscalChain &m_chain;
    EventJournal m_events {m_db, m_clock, m_uuids, m_chain}; // PeriodClosed
};

} // namespace comptoir
