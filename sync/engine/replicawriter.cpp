// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/replicawriter.h"

#include "models/storage/database.h"
#include "sync/client/marketplacechanges.h"
#include "sync/engine/replicalookups.h"
#include "sync/engine/shopsettingsreplicawriter.h"
#include "sync/engine/taxonomyreplicawriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <type_traits>

namespace comptoir {

ReplicaWriter::ReplicaWriter(Database &db, const Clock &clock, qint64 lastAppliedSeq)
    : m_db(db),
      m_lastAppliedSeq(lastAppliedSeq),
      m_stock(db, m_changed),
      m_orders(db, m_changed),
      m_search(db),
      m_products(db, clock, m_changed, m_stock, m_orders, m_search)
{ }

Status ReplicaWriter::loadPending()
{
    // Whether a new variant can have anything waiting for it (nearly never: a first sync creates
    // a hundred thousand variants and need not look twice for each).
    auto waiting
        = m_db.rows(QStringLiteral("SELECT EXISTS (SELECT 1 FROM meta WHERE key >= ? AND key < ?), "
                                   "EXISTS (SELECT 1 FROM online_order_lines WHERE variant_id IS NULL)"),
                    {QString::fromLatin1(UnplacedStockPrefix),
                     QString(QString::fromLatin1(UnplacedStockPrefix) + QChar(0xffff))});
    if (!waiting)
        return waiting.error();
    m_stock.setUnplacedStock(waiting->at(0).at(0).toBool());
    m_orders.setUnplacedLines(waiting->at(0).at(1).toBool());
    auto q
        = m_db.query(QStringLiteral("SELECT kind, payload FROM sync_outbox WHERE seq > ? AND kind IN "
                                    "('stock_movement', 'product_upsert', 'product_archive', 'photo_link', "
                                    "'order_transition', 'order_line_refusal') "
                                    "ORDER BY seq"),
                     {m_lastAppliedSeq});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QString kind = q.value().value(0).toString();
        const QJsonObject payload = QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).object();
        if (kind == QLatin1String("order_transition"))
            m_orders.addPendingTransition(payload);
        else if (kind == QLatin1String("order_line_refusal"))
            m_orders.addPendingRefusal(payload);
        else if (kind == QLatin1String("stock_movement"))
            m_stock.addPendingMovement(payload);
        else
            m_products.addPendingEdit(kind, payload);
    }
    return {};
}

Result<std::optional<qint64>> ReplicaWriter::storedCursor(const QString &kind, const QString &id) const
{
    auto row = firstRow(
        m_db, QStringLiteral("SELECT cursor FROM sync_entity_cursors WHERE kind = ? AND id = ?"), {kind, id});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<qint64>();
    return std::optional<qint64>((**row).at(0).toLongLong());
}

Status ReplicaWriter::storeCursor(const QString &kind, const QString &id, qint64 cursor)
{
    return m_db.exec(QStringLiteral("INSERT INTO sync_entity_cursors (kind, id, cursor) VALUES (?, ?, ?) "
                                    "ON CONFLICT (kind, id) DO UPDATE SET cursor = excluded.cursor"),
                     {kind, id, cursor});
}

Result<ReplicaWriter::Outcome> ReplicaWriter::apply(const Change &change, bool unconditional)
{
    const QString kind = changeKindName(change.kind);
    if (!unconditional) {
        auto held = storedCursor(kind, change.id);
        if (!held)
            return held.error();
        if (*held && change.cursor <= **held)
            return Outcome::Skipped;
    }
    Outcome outcome = Outcome::Applied;
    Status written = std::visit(
        [&](const auto &state) -> Status {
            using T = std::decay_t<decltype(state)>;
            if constexpr (std::is_same_v<T, ProductState>) {
                return m_products.applyProduct(state);
            } else if constexpr (std::is_same_v<T, StockState>) {
                auto placed = m_stock.applyStock(state, change.cursor);
                if (!placed)
                    return placed.error();
                outcome = *placed ? Outcome::Applied : Outcome::Deferred;
                return {};
            } else if constexpr (std::is_same_v<T, OrderState>) {
                return m_orders.applyOrder(state);
            } else if constexpr (std::is_same_v<T, OversellCase>) {
                return m_stock.applyOversellCase(state);
            } else if constexpr (std::is_same_v<T, TaxonomyState>) {
                m_changed.taxonomy = true;
                return writeTaxonomy(m_db, state);
            } else if constexpr (std::is_same_v<T, ShopSettingsState>) {
                auto levels = writeServiceLevels(m_db, state);
                if (!levels)
                    return levels.error();
                m_changed.serviceLevels = m_changed.serviceLevels || *levels;
                return {};
            } else {
                return m_products.applyConflict(state);
            }
        },
        change.data);
    if (!written)
        return written.error();
    if (Status s = storeCursor(kind, change.id, change.cursor); !s)
        return s.error();
    return outcome;
}

Status ReplicaWriter::deferSearchIndex()
{
    return m_search.defer();
}

Status ReplicaWriter::updateSearchIndex()
{
    return m_search.update();
}

} // namespace comptoir
