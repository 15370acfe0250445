// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/orders/onlineorders.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace comptoir {

class Clock;
class Database;
class StockLedger;

// An open order line holding the oversold variant: whom to call.
struct OversellOrderLine
{
    QString orderUuid;
    qint64 number = 0;
    int lineNo = 0;
    qint64 quantity = 0;
    OrderStatus status = OrderStatus::Placed;
    QString customerName; // personal: shown, never logged
    QString customerPhone;
};

// An open oversell case (docs/marketplace-api.md §10.4) as the marketplace published it, with
// what opened it and how the shop is handling it, and the open orders waiting for its variant.
struct OpenOversellCase
{
    QString uuid;
    QString variantUuid;
    std::optional<qint64> variantId; // empty while the variant is not known here
    QString productName;
    QString variantLabel;
    qint64 available = 0; // negative while the case is open
    QDateTime openedAt; // UTC
    QString cause; // "sale", "count", …; empty = unknown
    QDateTime causeAt;
    QString handlingAction; // "contacted", "restock", "line_refused"; empty = not handled yet
    QString handlingNote;
    QDateTime handledAt;
    QString handledBy;
    QList<OversellOrderLine> orders;
};

enum class OversellAction { Contacted, Restock, LineRefused };
QString oversellActionKey(OversellAction action); // "contacted", "restock", "line_refused"

// The oversell cases at the till (issue 16): listed with their cause and the orders waiting, and
// handled: the customer contacted (a note), a restock by a count (the stock count API: the count
// itself may resolve the case on the marketplace), an order line refused (refused through the
// orders' own API by the caller, then recorded here). Each handling is queued as an
// `oversell_handling` mutation {case_id, action, note?, by?} in its own transaction (with the
// count for a restock); the marketplace records it and the feed brings it back.
class OversellCases
{
public:
    static constexpr int MaxNoteLength = 500;
    static constexpr int MaxByLength = 100;

    OversellCases(Database &db, const Clock &clock, StockLedger &ledger);

    // Open cases, oldest first. Errors: DatabaseQueryFailed.
    Result<QList<OpenOversellCase>> openCases() const;

    // Errors: NotFound (subject: the case's uuid, or the variant's when it is not known here),
    // ReasonTooLong (subject: the limit), InvalidQuantity (a negative count), DatabaseQueryFailed.
    Status markContacted(const QString &caseUuid, const QString &note, const QString &by);
    Status restock(const QString &caseUuid, qint64 countedQuantity, const QString &note, const QString &by);
    Status recordLineRefused(const QString &caseUuid, const QString &note, const QString &by);

private:
    Result<OpenOversellCase> openCase(const QString &caseUuid) const;
    Status queueHandling(const QString &caseUuid, OversellAction action, const QString &note,
                         const QString &by);
    Status readOrders(QList<OpenOversellCase> &cases) const;

    Database &m_db;
    const Clock &m_clock;
    StockLedger &m_ledger;
};

} // namespace comptoir
