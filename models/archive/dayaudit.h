// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A day closure (Z) against its tickets (docs/fiscal-format.md, "Une clôture et ses tickets"):
// while the rule engine walks the chain (chainrules.h) it adds each ticket and each cancelled
// ticket to its register's business day here, and checks each Z against its day's sums. Memory:
// a few numbers per day still open, dropped at its Z (never the tickets themselves).
#include "models/wideint.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace comptoir {

class DayAudit
{
public:
    void addTicket(const QString &registerId, const QString &businessDay, const QJsonObject &ticket);
    void addCancelled(const QString &registerId, const QString &businessDay);

    // Empty when the Z (its parsed record) equals the sums of its register's tickets and
    // cancellations of its business day so far — counts, first and last numbers, sales, refunds,
    // total, discounts, payments per method, VAT per rate, cash expected, cancelled count — and
    // its grand total is previousGrandTotal + its total; otherwise what differs ("sales_cents:
    // stored 5000, tickets 0"). The day's sums are dropped either way.
    QString closureMismatch(const QJsonObject &closure, qint64 previousGrandTotal);

private:
    using Pairs = QMap<QString, std::pair<WideInt, WideInt>>; // method or rate → two sums
    struct Day
    {
        std::optional<qint64> first;
        std::optional<qint64> last;
        WideInt sales = 0;
        WideInt refunds = 0;
        qint64 saleCount = 0;
        qint64 refundCount = 0;
        WideInt discount = 0;
        WideInt cash = 0;
        qint64 cancelled = 0;
        Pairs payments; // method → count, amount
        Pairs vat; // rate → base, vat
    };
    QHash<QString, Day> m_days; // register + day
};

} // namespace comptoir
