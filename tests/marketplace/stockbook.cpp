// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stockbook.h"

#include "jsonutil.h"
#include "marketstore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace comptoir::market {

namespace {

bool isKnownReason(const QString &reason)
{
    static const QStringList reasons
        = {QStringLiteral("sale"),       QStringLiteral("return"), QStringLiteral("receipt"),
           QStringLiteral("adjustment"), QStringLiteral("count"),  QStringLiteral("online_commit")};
    return reasons.contains(reason);
}

} // namespace

StockBook::StockBook(MarketStore &store) : m_store(store) { }

bool StockBook::variantBelongs(const QString &variantId, const QString &shopId) const
{
    return m_store
        .scalar(QStringLiteral("SELECT 1 FROM variants WHERE id = ? AND shop_id = ?"), {variantId, shopId})
        .isValid();
}

qint64 StockBook::available(const QString &variantId) const
{
    return m_store
        .scalar(QStringLiteral("SELECT on_hand - reserved - safety_stock FROM variants WHERE id = ?"),
                {variantId}, 0)
        .toLongLong();
}

Reply StockBook::apply(const MovementInput &m)
{
    if (m.id.isEmpty())
        return errorReply(422, QStringLiteral("invalid_field"), QStringLiteral("movement_id is missing."),
                          QStringLiteral("movement_id"));
    if (!isKnownReason(m.reason))
        return errorReply(422, QStringLiteral("invalid_field"), QStringLiteral("Unknown movement reason."),
                          QStringLiteral("reason"));
    if (!variantBelongs(m.variantId, m.shopId))
        return errorReply(422, QStringLiteral("variant_unknown"), QStringLiteral("This variant is unknown."),
                          QStringLiteral("variant_id"));
    if (m.reason == QLatin1String("count") && (!m.countedQuantity || *m.countedQuantity < 0))
        return errorReply(422, QStringLiteral("invalid_field"),
                          QStringLiteral("A count needs a counted_quantity of zero or more."),
                          QStringLiteral("counted_quantity"));
    QSqlQuery existing
        = m_store.run(QStringLiteral("SELECT variant_id, reason, requested_delta, counted_quantity"
                                     " FROM movements WHERE id = ?"),
                      {m.id});
    if (existing.next()) {
        // Exactly once per movement id, forever: the same movement again is a duplicate, another
        // movement under the same id a conflict.
        const bool same = existing.value(0).toString() == m.variantId
            && existing.value(1).toString() == m.reason
            && (m.reason == QLatin1String("count")
                    ? existing.value(3).toLongLong() == m.countedQuantity.value_or(-1)
                    : existing.value(2).toLongLong() == m.delta);
        if (!same)
            return errorReply(422, QStringLiteral("movement_conflict"),
                              QStringLiteral("Another movement was already applied under this movement_id."),
                              QStringLiteral("movement_id"));
        Reply already;
        already.status = 208; // already applied: nothing changes
        return already;
    }
    const qint64 onHand
        = m_store.scalar(QStringLiteral("SELECT on_hand FROM variants WHERE id = ?"), {m.variantId}, 0)
              .toLongLong();
    qint64 newOnHand = onHand + m.delta;
    if (m.reason == QLatin1String("count")) {
        // The count is true at its causal point: movements the counting till had not seen yet
        // (applied after its base cursor, from elsewhere) still apply on top of it.
        const qint64 unseen = m_store
                                  .scalar(QStringLiteral("SELECT COALESCE(SUM(delta), 0) FROM movements"
                                                         " WHERE variant_id = ? AND applied_cursor > ?"
                                                         " AND (device_id IS NULL OR device_id <> ?)"),
                                          {m.variantId, m.baseCursor.value_or(0), m.deviceId}, 0)
                                  .toLongLong();
        newOnHand = *m.countedQuantity + unseen;
    }
    m_store.run(QStringLiteral("UPDATE variants SET on_hand = ? WHERE id = ?"), {newOnHand, m.variantId});
    const qint64 cursor
        = changed(m.shopId, m.variantId,
                  m.reason == QLatin1String("online_commit") ? QStringLiteral("order") : m.reason);
    m_store.run(
        QStringLiteral("INSERT INTO movements (id, shop_id, variant_id, device_id, mutation_id, order_id,"
                       " reason, delta, requested_delta, counted_quantity, base_cursor, occurred_at,"
                       " applied_cursor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m.id, m.shopId, m.variantId, m.deviceId.isEmpty() ? QVariant() : QVariant(m.deviceId),
         m.mutationId.isEmpty() ? QVariant() : QVariant(m.mutationId),
         m.orderId.isEmpty() ? QVariant() : QVariant(m.orderId), m.reason, newOnHand - onHand, m.delta,
         m.countedQuantity ? QVariant(*m.countedQuantity) : QVariant(),
         m.baseCursor ? QVariant(*m.baseCursor) : QVariant(), m.occurredAt, cursor});
    return Reply {};
}

void StockBook::reserve(const QString &shopId, const QString &variantId, qint64 quantity)
{
    m_store.run(QStringLiteral("UPDATE variants SET reserved = reserved + ? WHERE id = ?"),
                {quantity, variantId});
    changed(shopId, variantId, QStringLiteral("order"));
}

void StockBook::release(const QString &shopId, const QString &variantId, qint64 quantity)
{
    m_store.run(QStringLiteral("UPDATE variants SET reserved = MAX(reserved - ?, 0) WHERE id = ?"),
                {quantity, variantId});
    changed(shopId, variantId, QStringLiteral("order"));
}

QJsonObject StockBook::stockJson(const QString &variantId) const
{
    return stocksJson({variantId}).value(variantId);
}

QHash<QString, QJsonObject> StockBook::stocksJson(const QStringList &variantIds) const
{
    return parseObjects(stocksText(variantIds));
}

QHash<QString, QByteArray> StockBook::stocksText(const QStringList &variantIds) const
{
    return m_store.jsonById(
        QStringLiteral(
            "SELECT id, json_object('variant_id', id, 'product_id', product_id, 'on_hand', on_hand,"
            " 'reserved', reserved, 'safety_stock', safety_stock,"
            " 'available', on_hand - reserved - safety_stock)"
            " FROM variants WHERE id IN (SELECT value FROM json_each(?))"),
        variantIds);
}

qint64 StockBook::changed(const QString &shopId, const QString &variantId, const QString &cause)
{
    const qint64 cursor = m_store.touch(shopId, QStringLiteral("stock"), variantId);
    reconcileOversell(shopId, variantId, cause);
    return cursor;
}

Reply StockBook::handleOversell(const QString &shopId, const QString &caseId, const QString &action,
                                const QString &note, const QString &by)
{
    static const QStringList actions
        = {QStringLiteral("contacted"), QStringLiteral("restock"), QStringLiteral("line_refused")};
    if (!m_store
             .scalar(QStringLiteral("SELECT 1 FROM oversell_cases WHERE id = ? AND shop_id = ?"),
                     {caseId, shopId})
             .isValid())
        return errorReply(422, QStringLiteral("invalid_field"),
                          QStringLiteral("This oversell case is unknown."), QStringLiteral("case_id"));
    if (!actions.contains(action))
        return errorReply(422, QStringLiteral("invalid_field"),
                          QStringLiteral("action is contacted, restock or line_refused."),
                          QStringLiteral("action"));
    if (note.size() > 500)
        return errorReply(422, QStringLiteral("invalid_field"),
                          QStringLiteral("note is at most 500 characters."), QStringLiteral("note"));
    if (by.size() > 100)
        return errorReply(422, QStringLiteral("invalid_field"),
                          QStringLiteral("by is at most 100 characters."), QStringLiteral("by"));
    m_store.run(
        QStringLiteral("UPDATE oversell_cases SET handling_action = ?, handling_note = ?, handled_at = ?,"
                       " handled_by = ? WHERE id = ?"),
        {action, note.isNull() ? QStringLiteral("") : note, MarketStore::now(),
         by.isNull() ? QStringLiteral("") : by, caseId});
    m_store.touch(shopId, QStringLiteral("oversell_case"), caseId);
    return Reply {};
}

void StockBook::reconcileOversell(const QString &shopId, const QString &variantId, const QString &cause)
{
    const qint64 avail = available(variantId);
    const QVariant openCase = m_store.scalar(
        QStringLiteral("SELECT id FROM oversell_cases WHERE variant_id = ? AND resolved_at IS NULL"),
        {variantId});
    if (avail < 0) {
        QString caseId = openCase.toString();
        if (!openCase.isValid()) {
            caseId = MarketStore::newId();
            m_store.run(
                QStringLiteral("INSERT INTO oversell_cases (id, shop_id, variant_id, available, opened_at,"
                               " cause, cause_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {caseId, shopId, variantId, avail, MarketStore::now(),
                 cause.isEmpty() ? QVariant() : QVariant(cause), MarketStore::now()});
        } else if (m_store
                       .scalar(QStringLiteral("SELECT available FROM oversell_cases WHERE id = ?"), {caseId})
                       .toLongLong()
                   == avail) {
            return;
        } else {
            m_store.run(QStringLiteral("UPDATE oversell_cases SET available = ? WHERE id = ?"),
                        {avail, caseId});
        }
        m_store.touch(shopId, QStringLiteral("oversell_case"), caseId);
    } else if (openCase.isValid()) {
        m_store.run(QStringLiteral("UPDATE oversell_cases SET available = ?, resolved_at = ? WHERE id = ?"),
                    {avail, MarketStore::now(), openCase});
        m_store.touch(shopId, QStringLiteral("oversell_case"), openCase.toString());
    }
}

} // namespace comptoir::market
