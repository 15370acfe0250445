// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/orders/oversellcases.h"

#include "models/outbox/outbox.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"
#include "sync/logging.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

namespace comptoir {

namespace {

constexpr const char *SelectCases
    = "SELECT c.uuid, c.variant_uuid, v.id, p.name, v.label, c.available, c.opened_at, c.cause, c.cause_at, "
      "c.handling_action, c.handling_note, c.handled_at, c.handled_by FROM oversell_cases c "
      "LEFT JOIN variants v ON v.uuid = c.variant_uuid LEFT JOIN products p ON p.id = v.product_id "
      "WHERE c.resolved = 0 ";

QDateTime utc(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

OpenOversellCase caseOf(const QSqlQuery &row)
{
    OpenOversellCase c;
    c.uuid = row.value(0).toString();
    c.variantUuid = row.value(1).toString();
    if (!row.value(2).isNull())
        c.variantId = row.value(2).toLongLong();
    c.productName = row.value(3).toString();
    c.variantLabel = row.value(4).toString();
    c.available = row.value(5).toLongLong();
    c.openedAt = utc(row.value(6));
    c.cause = row.value(7).toString();
    c.causeAt = utc(row.value(8));
    c.handlingAction = row.value(9).toString();
    c.handlingNote = row.value(10).toString();
    c.handledAt = utc(row.value(11));
    c.handledBy = row.value(12).toString();
    return c;
}

} // namespace

QString oversellActionKey(OversellAction action)
{
    switch (action) {
    case OversellAction::Contacted:
        return QStringLiteral("contacted");
    case OversellAction::Restock:
        return QStringLiteral("restock");
    case OversellAction::LineRefused:
        return QStringLiteral("line_refused");
    }
    return {};
}

OversellCases::OversellCases(Database &db, const Clock &clock, StockLedger &ledger)
    : m_db(db), m_clock(clock), m_ledger(ledger)
{ }

Result<QList<OpenOversellCase>> OversellCases::openCases() const
{
    auto q = m_db.query(QLatin1String(SelectCases) + QStringLiteral("ORDER BY c.opened_at, c.uuid"));
    if (!q)
        return q.error();
    QList<OpenOversellCase> cases;
    while (q.value().next())
        cases << caseOf(q.value());
    if (Status s = readOrders(cases); !s)
        return s.error();
    return cases;
}

// The open orders (placed, accepted, ready) with a line of the case's variant not refused.
Status OversellCases::readOrders(QList<OpenOversellCase> &cases) const
{
    for (OpenOversellCase &c : cases) {
        auto q = m_db.query(
            QStringLiteral(
                "SELECT o.uuid, o.number, l.line_no, l.quantity, o.status, o.customer_name, "
                "o.customer_phone FROM online_order_lines l JOIN online_orders o ON o.id = l.order_id "
                "WHERE l.variant_uuid = ? AND l.refused = 0 AND o.status IN ('placed', 'accepted', "
                "'ready') ORDER BY o.placed_at, o.number, l.line_no"),
            {c.variantUuid});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &row = q.value();
            OversellOrderLine line;
            line.orderUuid = row.value(0).toString();
            line.number = row.value(1).toLongLong();
            line.lineNo = row.value(2).toInt();
            line.quantity = row.value(3).toLongLong();
            line.status = orderStatusFromKey(row.value(4).toString()).value_or(OrderStatus::Placed);
            line.customerName = row.value(5).toString();
            line.customerPhone = row.value(6).toString();
            c.orders << line;
        }
    }
    return {};
}

Result<OpenOversellCase> OversellCases::openCase(const QString &caseUuid) const
{
    auto q = m_db.query(QLatin1String(SelectCases) + QStringLiteral("AND c.uuid = ?"), {caseUuid});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, caseUuid);
    return caseOf(q.value());
}

Status OversellCases::queueHandling(const QString &caseUuid, OversellAction action, const QString &note,
                                    const QString &by)
{
    QJsonObject payload;
    payload.insert(QStringLiteral("case_id"), caseUuid);
    payload.insert(QStringLiteral("action"), oversellActionKey(action));
    const QString trimmedNote = note.trimmed();
    if (!trimmedNote.isEmpty())
        payload.insert(QStringLiteral("note"), trimmedNote);
    const QString who = by.trimmed().left(MaxByLength);
    if (!who.isEmpty())
        payload.insert(QStringLiteral("by"), who);
    if (Status s = queueMutation(m_db, m_clock, QStringLiteral("oversell_handling"), caseUuid, payload); !s)
        return s;
    qCInfo(lcSync) << "oversell case" << caseUuid << "handled:" << oversellActionKey(action) << "(queued)";
    return {};
}

Status OversellCases::markContacted(const QString &caseUuid, const QString &note, const QString &by)
{
    if (note.trimmed().size() > MaxNoteLength)
        return makeError(ErrorCode::ReasonTooLong, QString::number(MaxNoteLength));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto c = openCase(caseUuid); !c)
        return c.error();
    if (Status s = queueHandling(caseUuid, OversellAction::Contacted, note, by); !s)
        return s;
    return tx.commit();
}

Status OversellCases::restock(const QString &caseUuid, qint64 countedQuantity, const QString &note,
                              const QString &by)
{
    if (note.trimmed().size() > MaxNoteLength)
        return makeError(ErrorCode::ReasonTooLong, QString::number(MaxNoteLength));
    if (countedQuantity < 0)
        return makeError(ErrorCode::InvalidQuantity, QString::number(countedQuantity));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto c = openCase(caseUuid);
    if (!c)
        return c.error();
    if (!c->variantId)
        return makeError(ErrorCode::NotFound, c->variantUuid, QStringLiteral("variant"));
    // The stock count API (§10.2): pushed as a count, the marketplace resolves the case itself
    // when available is no longer negative.
    if (auto count = m_ledger.recordCount(*c->variantId, countedQuantity, note.trimmed()); !count)
        return count.error();
    if (Status s = queueHandling(caseUuid, OversellAction::Restock, note, by); !s)
        return s;
    return tx.commit();
}

Status OversellCases::recordLineRefused(const QString &caseUuid, const QString &note, const QString &by)
{
    if (note.trimmed().size() > MaxNoteLength)
        return makeError(ErrorCode::ReasonTooLong, QString::number(MaxNoteLength));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto c = openCase(caseUuid); !c)
        return c.error();
    if (Status s = queueHandling(caseUuid, OversellAction::LineRefused, note, by); !s)
        return s;
    return tx.commit();
}

} // namespace comptoir
