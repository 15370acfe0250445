// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <variant>

namespace comptoir {

// The value types of the marketplace API v1 (docs/marketplace-api.md), as the client sends and
// receives them. Parsed strictly by sync/marketplaceresponses.h: a value of these types has
// passed every check (types, ranges, our shop, cursors moving forward).
// Epochs, cursors and seqs are integers; money is integer cents; ids are UUID strings.

// The body of an error answer: {"error": {code, message, field?, details?}}.
struct ServerError
{
    int httpStatus = 0;
    QString code; // snake_case; empty when the body was not an error body (an HTML 502 page…)
    QString message;
    QString field;
    QJsonObject details;
    int retryAfterSeconds = -1; // the Retry-After header (seconds form), -1 when absent
};

// POST /v1/enroll
struct EnrollRequest
{
    QString code;
    QString deviceId;
    QString deviceName;
};

// The answer to an enrollment. The token is a secret: it goes straight into the SecretStore and
// is never logged, stored in the database or put in an Error.
struct EnrollResult
{
    QString shopId;
    QString shopName;
    QString deviceId;
    QByteArray token;
    qint64 epoch = 0;
    qint64 lastAppliedSeq = 0; // the device's seq on the server (non-zero when it re-enrols)
};

// POST /v1/push
struct Mutation
{
    QString id; // UUIDv7 made on the device
    qint64 seq = 0; // gap-free per device, from 1 (sync_outbox.seq)
    QString kind; // stock_movement, product_upsert, product_archive, order_transition, …
    QDateTime occurredAt;
    QJsonObject payload;
};

struct PushBatch
{
    QString shopId;
    QString deviceId;
    QList<Mutation> mutations; // in seq order, at most MaxPushMutations
};

enum class MutationStatus { Applied, Duplicate, Rejected };

// A conflict-log entry (DESIGN.md §3.6, docs/marketplace-api.md §11.3): a field changed on both
// sides, the value kept, the one that lost, their origins ("device:<uuid>" or "marketplace") and
// the rule. `field` is "variants.<variant_id>.<field>" for a variant's field.
struct ConflictEntry
{
    QString conflictId;
    QString productId;
    QString variantId; // empty for a product-level field
    QString field;
    QJsonValue kept;
    QJsonValue lost;
    QString keptOrigin;
    QString lostOrigin;
    QString rule;
    qint64 baseVersion = 0;
    qint64 version = 0;
    QString mutationId; // empty for an edit made online
    QDateTime at;
};

struct MutationResult
{
    QString id;
    qint64 seq = 0;
    MutationStatus status = MutationStatus::Applied;
    // Duplicates: the outcome of the first time (a rejection whose answer was lost stays one).
    std::optional<MutationStatus> originalStatus;
    QString code; // rejected (or a duplicate of a rejected one): the server's reason (snake_case)
    QString message; // its English sentence, for the logs
    QString field; // the payload field at fault, when the server names one
    std::optional<qint64> version; // applied product mutations: the product's version after it
    QList<ConflictEntry> conflicts;

    // Whether the mutation ended refused (now or the first time): the engine parks it.
    bool rejected() const
    {
        return status == MutationStatus::Rejected || originalStatus == MutationStatus::Rejected;
    }
};

struct PushResult
{
    QString shopId;
    QString deviceId;
    qint64 lastAppliedSeq = 0;
    QList<MutationResult> results; // one per mutation of the batch, in the batch's order
    qint64 serverCursor = 0;
};

// GET /v1/changes and GET /v1/snapshot: the entity states (docs/marketplace-api.md §9).
// ShopSettings: a kind added within v1 behind the feature `shop_settings` (docs §3): the server
// sends it only to a client that names the feature in its requests.
enum class ChangeKind { Product, Stock, Order, OversellCase, Conflict, Taxonomy, ShopSettings };

// The optional features this client names on /v1/changes and /v1/snapshot (docs §3).
inline constexpr const char *ClientFeatures = "shop_settings";

struct StockState
{
    QString variantId;
    QString productId;
    qint64 onHand = 0; // may be negative: an in-store sale always applies
    qint64 reserved = 0;
    qint64 safetyStock = 0;
    qint64 available = 0; // = onHand − reserved − safetyStock (checked)
};

struct VariantState
{
    QString variantId;
    bool archived = false;
    // The other members (label, reference, price_cents, barcodes, safety_stock…), type-checked;
    // members this version does not know are kept.
    QJsonObject fields;
};

struct ProductState
{
    QString productId;
    qint64 version = 0;
    bool archived = false;
    // The other members (name, brand, category, vat_rate_bp, photos, moderation_status…),
    // type-checked; members this version does not know are kept.
    QJsonObject fields;
    QList<VariantState> variants;
};

enum class OrderStatus { Placed, Accepted, Rejected, Ready, Collected, Cancelled };

struct OrderLine
{
    qint64 lineNo = 0;
    QString variantId;
    qint64 quantity = 0; // > 0
    qint64 unitPriceCents = 0;
    bool refused = false; // refused alone by the shop (issue 16; absent = false)
    QString refusalReason {}; // ≤ 500 characters, shown to the customer
};

// One status an order reached (docs §9 `steps`), with the server's time and who took it
// ("Caisse 1 · Marie"; empty for the marketplace's own steps).
struct OrderStep
{
    OrderStatus status = OrderStatus::Placed;
    QDateTime at;
    QString by; // ≤ 100 characters
};

struct OrderState
{
    QString orderId;
    qint64 number = 0; // per shop, from 1
    OrderStatus status = OrderStatus::Placed;
    QString reason;
    QJsonObject customer; // {name, phone}: personal data, shown in the till, never logged
    QList<OrderLine> lines;
    qint64 totalCents = 0; // the lines not refused
    QDateTime placedAt;
    QDateTime updatedAt;
    QString payment = QStringLiteral("online"); // "online" | "at_collection" (absent = online)
    QList<OrderStep> steps {}; // oldest first, at most 50
};

// How the shop handles an oversell case (docs §10.4, the oversell_handling mutation).
struct OversellHandling
{
    QString action; // contacted | restock | line_refused
    QString note; // ≤ 500 characters
    QDateTime at;
    QString by;
};

struct OversellCase
{
    QString caseId;
    QString variantId;
    QString productId;
    qint64 available = 0;
    QDateTime openedAt;
    bool resolved = false;
    QDateTime resolvedAt;
    // The reason of the stock change that opened the case (sale, return, receipt, adjustment,
    // count, safety_stock, order); empty when unknown.
    QString cause {};
    QDateTime causeAt {};
    std::optional<OversellHandling> handling {};
};

// The association's service levels for the shop (docs §9, kind `shop_settings`, id
// `shop_settings`).
struct ShopSettingsState
{
    qint64 version = 0;
    int acceptWithinMinutes = 30; // 1–1440
    int readyWithinMinutes = 120; // 1–10080
    int warnBeforeMinutes = 10; // 0–120
};

// The marketplace's category tree (docs/marketplace-api.md §9, kind `taxonomy`, id `taxonomy`):
// parents come before their children.
struct TaxonomyNode
{
    QString id; // "papeterie/carnets"
    QString parentId; // empty at the top
    QString name;
};

struct TaxonomyState
{
    qint64 version = 0;
    QList<TaxonomyNode> nodes;
};

using ChangeData = std::variant<ProductState, StockState, OrderState, OversellCase, ConflictEntry,
                                TaxonomyState, ShopSettingsState>;

struct Change
{
    qint64 cursor = 0;
    ChangeKind kind = ChangeKind::Product;
    QString id;
    ChangeData data;
};

struct ChangesQuery
{
    qint64 since = 0; // the cursor applied (0 before any change)
    int limit = 200; // 1..1000
    int waitSeconds = 0; // 0..30 (long-poll)
    qint64 epoch = 0; // the epoch the cursor belongs to (required by the server)
};

struct ChangesPage
{
    QString shopId;
    qint64 epoch = 0;
    QList<Change> changes; // cursors strictly increasing, all > since
    qint64 nextCursor = 0; // >= since and >= the last change's cursor
    bool hasMore = false;
    qint64 lastAppliedSeq = 0;
};

struct SnapshotQuery
{
    QString pageToken; // empty for the first page
    int limit = 500; // 1..1000
    // Continuing pages must stay on the first page's epoch and fixed cursor.
    std::optional<qint64> epoch;
    std::optional<qint64> cursor;
};

struct SnapshotPage
{
    QString shopId;
    qint64 epoch = 0;
    qint64 cursor = 0; // the feed head the snapshot is fixed at: pull the feed from here
    qint64 lastAppliedSeq = 0;
    QList<Change> items; // each with the cursor of its latest change (may be above `cursor`)
    QString nextPage; // opaque; empty on the last page
    bool hasMore = false;
};

// PUT /v1/photos/{sha256}
struct PhotoResult
{
    bool created = false; // 201; false for 200 (already there)
};

} // namespace comptoir
