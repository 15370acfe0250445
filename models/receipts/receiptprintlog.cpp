// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/receipts/receiptprintlog.h"

#include "models/clock.h"
#include "models/error.h"
#include "models/storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

ReceiptPrintLog::ReceiptPrintLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

Result<int> ReceiptPrintLog::printCount(qint64 ticketId) const
{
    auto q
        = m_db.query(QStringLiteral("SELECT count(*) FROM receipt_prints WHERE ticket_id = ?"), {ticketId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return 0;
    return q.value().value(0).toInt();
}

Status ReceiptPrintLog::record(qint64 ticketId, int duplicateNumber, std::optional<qint64> operatorId)
{
    auto exists = m_db.query(QStringLiteral("SELECT 1 FROM tickets WHERE id = ?"), {ticketId});
    if (!exists)
        return exists.error();
    if (!exists.value().next())
        return makeError(ErrorCode::NotFound, {}, QStringLiteral("ticket ") + QString::number(ticketId));
    if (duplicateNumber < 0)
        return makeError(ErrorCode::InvalidQuantity, QString::number(duplicateNumber));
    const QVariant operatorValue
        = operatorId ? QVariant(*operatorId) : QVariant(QMetaType::fromType<qint64>());
    return m_db.exec(
        QStringLiteral("INSERT INTO receipt_prints (ticket_id, duplicate_number, printed_at, "
                       "operator_id) VALUES (?, ?, ?, ?)"),
        {ticketId, duplicateNumber, m_clock.now().toUTC().toString(Qt::ISODateWithMs), operatorValue});
}

} // namespace comptoir
