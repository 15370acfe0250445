// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/fiscal/eventjournal.h"
#include "models/result.h"
#include "models/sales/ticket.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir {

class Clock;
class Database;
class FiscalChain;
class UuidV7Generator;

// One payment method's part of a day.
struct MethodTotal
{
    PaymentMethod method = PaymentMethod::Cash;
    int count = 0; // payments (a mixed payment counts once per method)
    qint64 amountCents = 0; // sales positive, refunds negative
};

// What a business day of one register adds up to: the body of the X (reading) and Z (closing)
// reports. Sums over the day's validated tickets only.
struct DayTotals
{
    QString businessDay; // YYYY-MM-DD
    int saleCount = 0;
    int refundCount = 0;
    int cancelledCount = 0; // tickets cancelled in progress, by their business day
    std::optional<qint64> firstTicketNumber;
    std::optional<qint64> lastTicketNumber;
    qint64 salesCents = 0; // >= 0
    qint64 refundsCents = 0; // <= 0
    qint64 totalCents = 0; // salesCents + refundsCents
    qint64 discountCents = 0; // line and ticket discounts given on sales (>= 0)
    QList<MethodTotal> methods; // every method used, in PaymentMethod order
    QList<VatAmount> vat; // per rate, highest rate first
    qint64 cashFloatCents = 0;
    qint64 cashExpectedCents = 0; // float + net cash of the day
};

// A stored Z report.
struct Closure
{
    qint64 id = 0;
    QString uuid;
    QString registerId;
    qint64 number = 0; // gap-free per register
    QDateTime closedAt; // UTC
    qint64 operatorId = 0;
    QString operatorName;
    DayTotals totals;
    qint64 cashCountedCents = 0;
    qint64 cashDifferenceCents = 0; // counted − expected
    qint64 grandTotalCents = 0; // perpetual: the sum of every closure's total up to this one
    // The register key that signed its link (raw 32 bytes; registerKeyAt), whose fingerprint the
    // Z report prints; empty when the closure has no link or the shop no key.
    QByteArray signingKey;
};

// The day's closing (Z report): sums the business day's tickets per payment method and per VAT
// rate, compares the cash expected with the cash counted, and stores the closure (write-once).
// Once a day is closed no ticket can join it, and the next sale belongs to the next day.
// Each closure is appended to the fiscal chain (hashed and signed) in its own transaction,
// followed by its DayClosed event (closure number, business day, total) in the same transaction.
// Its printed form is ZReportLayout's.
class DayClosing
{
public:
    DayClosing(Database &db, const Clock &clock, UuidV7Generator &uuids, FiscalChain &chain);

    // The day the next sale will belong to (see openBusinessDay in businessday.h).
    Result<QString> openDay() const;
    // The days that can be closed, oldest first: every earlier day that has tickets and no
    // closure, then the open day — unless it is a day still to come with no ticket yet (right
    // after a Z the open day is tomorrow: it cannot be closed before it has begun).
    Result<QStringList> closableDays() const;

    // The X report: the day's totals so far (nothing is written).
    Result<DayTotals> totals(const QString &businessDay, qint64 cashFloatCents) const;

    // Closes the day. Errors: DayAlreadyClosed, EarlierDayOpen (subject: that day),
    // DayNotClosable (a day after the open day, or before it with no ticket), NotFound /
    // OperatorInactive (the operator), InvalidQuantity (negative counted cash or float).
    Result<Closure> close(const QString &businessDay, qint64 operatorId, qint64 cashFloatCents,
                          qint64 cashCountedCents);

    Result<Closure> closure(qint64 closureId) const;
    // The latest closures first.
    Result<QList<Closure>> closures(int limit = 100) const;

private:
    Database &m_db;
    const Clock &m_clock;
    UuidV7Generator &m_uuids;
    FiscalChain &m_chain;
    EventJournal m_events {m_db, m_clock, m_uuids, m_chain}; // DayClosed
};

} // namespace comptoir
