#pragma once

#include "models/result.h"
#include "sync/marketplacetypes.h"
#include "sync/syncstatus.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <unordered_map>

namespace comptoir {

class Clock;
class Database;

// Writes pulled entity states into the local replica (docs/marketplace-api.md §7.4 step 3, §8,
// §9–§13) for PageApplier, inside the transaction PageApplier holds. One writer per page: it reads
// once what this till has queued and the marketplace has not yet acknowledged (outbox rows with
// seq > the page's last_applied_seq) and keeps it on top of the server's states:
//   - product fields named by pending product_upsert / product_archive / photo_link rows are not
//     overwritten (§18: "the state that follows their acknowledgement settles them");
//   - the local on-hand of a variant is the server's on_hand plus its pending stock_movement rows
//     in seq order (a count resets to its counted_quantity, later deltas add).
//
// A stock state for a variant not known here (its product comes in a later page: the feed is
// compacted, so a product changed after its stock sits at a higher cursor) cannot go into
// stock_server_state (a foreign key on variants). It is not lost: its cursor is stored like any
// other and the state is kept in the meta table under UnplacedStockPrefix + variant uuid, then
// applied when the product state creates the variant. apply() reports it as Deferred.
class ReplicaWriter
{
public:
    enum class Outcome { Applied, Skipped, Deferred };

    static constexpr const char *UnplacedStockPrefix = "sync_unplaced_stock/";

    ReplicaWriter(Database &db, const Clock &clock, qint64 lastAppliedSeq);

    // Reads the pending outbox rows (once, before any apply()).
    Status loadPending();
    // Applies one change as a full state. A feed change whose cursor is not greater than the one
    // stored for its entity is Skipped; `unconditional` (snapshot items) replaces it regardless.
    Result<Outcome> apply(const Change &change, bool unconditional);

    const SyncChanges &changed() const { return m_changed; }

    // The catalogue's search index, kept once per page instead of once per row
    // (resources/sql/0009_search_deferral.sql): deferSearchIndex() before the first apply() turns
    // the index's triggers off inside the page's transaction; updateSearchIndex() after the last
    // one re-indexes, in one statement each, every variant the page may have changed, and turns
    // them on again. A page that fails rolls both back with everything else.
    Status deferSearchIndex();
    Status updateSearchIndex();

private:
    struct PendingMovement
    {
        bool count = false;
        qint64 delta = 0;
        qint64 countedQuantity = 0;
    };

    // SELECTs kept prepared by the Database (a snapshot page runs each of them hundreds of times),
    // read whole before returning.
    Result<QList<QVariantList>> rows(const QString &sql, const QVariantList &bindings) const;
    Result<std::optional<QVariantList>> firstRow(const QString &sql, const QVariantList &bindings) const;

    Result<std::optional<qint64>> storedCursor(const QString &kind, const QString &id) const;
    Status storeCursor(const QString &kind, const QString &id, qint64 cursor);
    Result<std::optional<qint64>> variantIdOf(const QString &uuid) const;

    // products (replicawriterproducts.cpp)
    Status applyProduct(const ProductState &product);
    Status applyVariant(qint64 productId, const QString &productName, bool productArchived,
                        const VariantState &variant);
    Result<qint64> insertVariant(qint64 productId, const QString &productName, bool productArchived,
                                 const VariantState &variant);
    Status writeBarcodes(qint64 variantId, const QStringList &codes, bool newVariant = false);
    Status freeReference(const QString &reference, qint64 keepVariantId);
    Result<QVariant> categoryIdFor(const QString &name);
    Status variantArrived(qint64 variantId, const QString &uuid);

    // stock, orders, oversell cases, conflicts (replicawriter.cpp)
    Result<Outcome> applyStock(const StockState &stock, qint64 cursor);
    Status writeStock(qint64 variantId, const QString &variantUuid, qint64 onHand, qint64 reserved,
                      qint64 safetyStock, qint64 available, qint64 cursor);
    Status applyOrder(const OrderState &order);
    Status applyOversellCase(const OversellCase &oversell);
    Status applyConflict(const ConflictEntry &conflict);

    Database &m_db;
    const Clock &m_clock;
    const qint64 m_lastAppliedSeq;
    const QString m_now;
    QHash<QString, QSet<QString>> m_dirtyProductFields; // product uuid → API field names
    QHash<QString, QSet<QString>> m_dirtyVariantFields; // variant uuid → API field names
    QHash<QString, QList<PendingMovement>> m_pendingMovements; // variant uuid → in seq order
    QSet<QString> m_pendingTransitions; // order uuids with an unacknowledged order_transition
    QHash<QString, qint64> m_categories; // case-folded name → id
    bool m_categoriesLoaded = false;
    bool m_unplacedStock = true; // a stock state may wait in meta for its variant
    bool m_unplacedLines = true; // an order line may wait for its variant
    SyncChanges m_changed;
    QSet<qint64> m_searchProducts; // local product ids whose variants are re-indexed
    QSet<qint64> m_searchVariants; // other variants touched (a reference or a barcode taken)
};

} // namespace comptoir
