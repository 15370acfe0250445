// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/orders/orderacknowledgements.h"

#include "models/clock.h"
#include "models/storage/database.h"

namespace comptoir {

OrderAcknowledgements::OrderAcknowledgements(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

Result<QStringList> OrderAcknowledgements::unacknowledged() const
{
    auto rows = m_db.rows(QStringLiteral("SELECT uuid FROM online_orders WHERE status = 'placed' AND "
                                         "pending_status IS NULL AND acknowledged_at IS NULL "
                                         "ORDER BY placed_at, number"));
    if (!rows)
        return rows.error();
    QStringList uuids;
    for (const QVariantList &row : rows.value())
        uuids << row.value(0).toString();
    return uuids;
}

Result<int> OrderAcknowledgements::acknowledge(const QStringList &orderUuids)
{
    if (orderUuids.isEmpty())
        return 0;
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status().error();
    int changed = 0;
    for (const QString &uuid : orderUuids) {
        auto before = m_db.rows(
            QStringLiteral("SELECT 1 FROM online_orders WHERE uuid = ? AND acknowledged_at IS NULL"), {uuid});
        if (!before)
            return before.error();
        if (before.value().isEmpty())
            continue;
        if (Status s = m_db.exec(
                QStringLiteral("UPDATE online_orders SET acknowledged_at = ? WHERE uuid = ?"), {now, uuid});
            !s)
            return s.error();
        ++changed;
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return changed;
}

Result<bool> OrderAcknowledgements::markDeadlineAlerted(const QString &orderUuid, const QString &statusKey)
{
    auto current
        = m_db.rows(QStringLiteral("SELECT deadline_alerted FROM online_orders WHERE uuid = ?"), {orderUuid});
    if (!current)
        return current.error();
    if (current.value().isEmpty() || current.value().first().value(0).toString() == statusKey)
        return false;
    if (Status s = m_db.exec(QStringLiteral("UPDATE online_orders SET deadline_alerted = ? WHERE uuid = ?"),
                             {statusKey, orderUuid});
        !s)
        return s.error();
    return true;
}

} // namespace comptoir
