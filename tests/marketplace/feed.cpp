// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed.h"

#include "enrollment.h"
#include "marketstore.h"
#include "orderbook.h"
#include "productstates.h"
#include "shopsettings.h"
#include "stockbook.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace comptoir::market {

namespace {

// Snapshot order: kind (products first, they carry their variants and stock), then id. Each kind
// is read in id order through the feed's UNIQUE (shop_id, kind, entity_id) index, so a page is a
// seek, not a sort of the whole shop's feed (100 000 products: O(n) in all, not O(n²)).
const QStringList SnapshotKinds {QStringLiteral("product"),      QStringLiteral("stock"),
                                 QStringLiteral("order"),        QStringLiteral("oversell_case"),
                                 QStringLiteral("conflict"),     QStringLiteral("taxonomy"),
                                 QStringLiteral("shop_settings")};
constexpr qsizetype MaxPageBytes = 8 * 1024 * 1024;

qsizetype jsonSize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).size();
}

// A JSON string literal.
QByteArray jsonText(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

Reply epochChanged(qint64 epoch)
{
    return errorReply(410, QStringLiteral("epoch_changed"),
                      QStringLiteral("The marketplace's history changed: take a new snapshot."), {},
                      {{QStringLiteral("epoch"), epoch}});
}

// Whether a kind is sent to this request: a kind added within v1 only when the client named it
// among its features (docs §3).
bool sendsKind(const DeviceIdentity &device, const QString &kind)
{
    return kind != QLatin1String("shop_settings")
        || device.features.contains(QLatin1String(ShopSettings::Feature));
}

} // namespace

Feed::Feed(MarketStore &store, StockBook &stock, OrderBook &orders, const ProductStates &products,
           const Taxonomy &taxonomy, const ShopSettings &settings)
    : m_store(store),
      m_stock(stock),
      m_orders(orders),
      m_products(products),
      m_taxonomy(taxonomy),
      m_settings(settings)
{ }

int Feed::clampLimit(int limit)
{
    return limit <= 0 ? DefaultLimit : std::min(limit, MaxLimit);
}

QJsonObject Feed::oversellCaseJson(const QString &caseId) const
{
    QSqlQuery q = m_store.run(
        QStringLiteral("SELECT c.variant_id, c.available, c.opened_at, c.resolved_at, v.product_id,"
                       " c.cause, c.cause_at, c.handling_action, c.handling_note, c.handled_at, c.handled_by"
                       " FROM oversell_cases c JOIN variants v ON v.id = c.variant_id"
                       " WHERE c.id = ?"),
        {caseId});
    if (!q.next())
        return {};
    QJsonObject data {{QStringLiteral("case_id"), caseId},
                      {QStringLiteral("variant_id"), q.value(0).toString()},
                      {QStringLiteral("product_id"), q.value(4).toString()},
                      {QStringLiteral("available"), q.value(1).toLongLong()},
                      {QStringLiteral("opened_at"), q.value(2).toString()},
                      {QStringLiteral("resolved"), !q.value(3).isNull()},
                      {QStringLiteral("resolved_at"),
                       q.value(3).isNull() ? QJsonValue() : QJsonValue(q.value(3).toString())}};
    // Issue 16 (additive members): what opened the case, and how the shop handles it.
    if (!q.value(5).isNull())
        data.insert(QStringLiteral("cause"),
                    QJsonObject {{QStringLiteral("reason"), q.value(5).toString()},
                                 {QStringLiteral("at"), q.value(6).toString()}});
    data.insert(QStringLiteral("handling"),
                q.value(7).isNull()
                    ? QJsonValue()
                    : QJsonValue(QJsonObject {{QStringLiteral("action"), q.value(7).toString()},
                                              {QStringLiteral("note"), q.value(8).toString()},
                                              {QStringLiteral("at"), q.value(9).toString()},
                                              {QStringLiteral("by"), q.value(10).toString()}}));
    return data;
}

QJsonObject Feed::entityData(const QString &kind, const QString &id, const QString &shopId) const
{
    if (kind == QLatin1String("shop_settings"))
        return m_settings.json(shopId);
    if (kind == QLatin1String("product"))
        return m_products.productJson(id);
    if (kind == QLatin1String("stock"))
        return m_stock.stockJson(id);
    if (kind == QLatin1String("order"))
        return m_orders.orderJson(id);
    if (kind == QLatin1String("oversell_case"))
        return oversellCaseJson(id);
    if (kind == QLatin1String("conflict"))
        return m_products.conflictJson(id);
    if (kind == QLatin1String("taxonomy"))
        return m_taxonomy.json();
    return {};
}

bool Feed::hasChangesAfter(const QString &shopId, qint64 since) const
{
    return m_store
        .scalar(QStringLiteral("SELECT 1 FROM feed WHERE shop_id = ? AND cursor > ? LIMIT 1"),
                {shopId, since})
        .isValid();
}

Reply Feed::changes(const DeviceIdentity &device, qint64 since, int limit, std::optional<qint64> epoch) const
{
    const qint64 currentEpoch = m_store.epoch();
    if (!epoch)
        return errorReply(400, QStringLiteral("invalid_field"), QStringLiteral("epoch is required."),
                          QStringLiteral("epoch"));
    if (*epoch != currentEpoch)
        return epochChanged(currentEpoch);
    if (since < 0)
        return errorReply(400, QStringLiteral("invalid_field"), QStringLiteral("since must be 0 or more."),
                          QStringLiteral("since"));
    const qint64 head = m_store.feedHead();
    if (since > head)
        return errorReply(
            410, QStringLiteral("cursor_ahead"),
            QStringLiteral("This cursor is ahead of the marketplace's feed: take a new snapshot."), {},
            {{QStringLiteral("epoch"), currentEpoch}, {QStringLiteral("head"), head}});
    limit = clampLimit(limit);
    QSqlQuery q = m_store.run(
        QStringLiteral("SELECT cursor, kind, entity_id FROM feed WHERE shop_id = ? AND cursor > ?"
                       " ORDER BY cursor LIMIT ?"),
        {device.shopId, since, limit + 1});
    QJsonArray changes;
    qint64 next = since;
    bool hasMore = false;
    qsizetype bytes = 0;
    int taken = 0; // rows of the page, sent or not
    while (q.next()) {
        if (taken == limit) {
            hasMore = true; // the page is full
            break;
        }
        const qint64 cursor = q.value(0).toLongLong();
        const QString kind = q.value(1).toString();
        const QString id = q.value(2).toString();
        // A kind this client did not name (docs §3.1) is passed over, the cursor moving past it:
        // an older client never sees it and never asks for it again.
        if (!sendsKind(device, kind)) {
            ++taken;
            next = cursor;
            continue;
        }
        const QJsonObject change {{QStringLiteral("cursor"), cursor},
                                  {QStringLiteral("kind"), kind},
                                  {QStringLiteral("id"), id},
                                  {QStringLiteral("data"), entityData(kind, id, device.shopId)}};
        bytes += jsonSize(change);
        if (!changes.isEmpty() && bytes > MaxPageBytes) {
            hasMore = true; // the page would pass 8 MiB
            break;
        }
        ++taken;
        next = cursor;
        changes.append(change);
    }
    Reply reply;
    reply.body = {{QStringLiteral("shop_id"), device.shopId},
                  {QStringLiteral("epoch"), currentEpoch},
                  {QStringLiteral("changes"), changes},
                  {QStringLiteral("next_cursor"), next},
                  {QStringLiteral("has_more"), hasMore},
                  {QStringLiteral("last_applied_seq"),
                   m_store
                       .scalar(QStringLiteral("SELECT last_applied_seq FROM devices WHERE id = ?"),
                               {device.deviceId}, 0)
                       .toLongLong()}};
    return reply;
}

Reply Feed::snapshot(const DeviceIdentity &device, const QString &pageToken, int limit,
                     std::optional<qint64> epoch) const
{
    const qint64 currentEpoch = m_store.epoch();
    if (epoch && *epoch != currentEpoch)
        return epochChanged(currentEpoch);
    limit = clampLimit(limit);
    qint64 cursor = m_store.feedHead();
    int afterRank = -1;
    QString afterId;
    if (!pageToken.isEmpty()) {
        const QJsonObject token
            = QJsonDocument::fromJson(
                  QByteArray::fromBase64(pageToken.toLatin1(), QByteArray::Base64UrlEncoding))
                  .object();
        if (token.value(QStringLiteral("s")).toString() != device.shopId
            || !token.contains(QStringLiteral("c")))
            return errorReply(400, QStringLiteral("invalid_field"),
                              QStringLiteral("This snapshot page token is invalid."), QStringLiteral("page"));
        if (token.value(QStringLiteral("e")).toInteger() != currentEpoch)
            return epochChanged(currentEpoch);
        cursor = token.value(QStringLiteral("c")).toInteger();
        afterRank = token.value(QStringLiteral("r")).toInt();
        afterId = token.value(QStringLiteral("i")).toString();
    }
    // Contents (docs §8): every product and stock, orders not final or final for under 30 days,
    // open oversell cases, conflicts of the last 90 days.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString orderCutoff = now.addDays(-30).toString(Qt::ISODateWithMs);
    const QString conflictCutoff = now.addDays(-90).toString(Qt::ISODateWithMs);
    struct Row
    {
        int rank;
        QString kind;
        QString id;
        qint64 cursor;
    };
    QList<Row> rows;
    for (int rank = qMax(afterRank, 0); rank < SnapshotKinds.size() && rows.size() <= limit; ++rank) {
        const QString &kind = SnapshotKinds.at(rank);
        if (!sendsKind(device, kind))
            continue;
        const bool resume = rank == afterRank && !afterId.isEmpty();
        QSqlQuery q = m_store.run(
            QStringLiteral(
                "SELECT entity_id, cursor FROM feed f WHERE shop_id = ? AND kind = ?%1"
                " AND NOT (kind = 'order' AND EXISTS (SELECT 1 FROM orders o WHERE o.id = f.entity_id"
                "   AND o.status IN ('collected', 'rejected', 'cancelled') AND o.updated_at < ?))"
                " AND NOT (kind = 'oversell_case' AND EXISTS (SELECT 1 FROM oversell_cases c"
                "   WHERE c.id = f.entity_id AND c.resolved_at IS NOT NULL))"
                " AND NOT (kind = 'conflict' AND EXISTS (SELECT 1 FROM conflicts k"
                "   WHERE k.id = f.entity_id AND k.occurred_at < ?))"
                " ORDER BY entity_id LIMIT ?")
                .arg(resume ? QStringLiteral(" AND entity_id > ?") : QString()),
            resume
                ? QVariantList {device.shopId, kind, afterId, orderCutoff, conflictCutoff,
                                limit + 1 - rows.size()}
                : QVariantList {device.shopId, kind, orderCutoff, conflictCutoff, limit + 1 - rows.size()});
        while (q.next())
            rows.append({rank, kind, q.value(0).toString(), q.value(1).toLongLong()});
    }
    // Products and stock, nearly all of a snapshot, are read a page at a time as JSON text (a few
    // queries per page, not a few per item), and the page is written as text around them: a
    // hundred thousand products are not parsed and serialised again on their way out.
    QStringList productIds;
    QStringList stockIds;
    for (const Row &row : std::as_const(rows)) {
        if (row.kind == QLatin1String("product"))
            productIds << row.id;
        else if (row.kind == QLatin1String("stock"))
            stockIds << row.id;
    }
    const QHash<QString, QByteArray> products = m_products.productsText(productIds);
    const QHash<QString, QByteArray> stocks = m_stock.stocksText(stockIds);
    const auto data = [&](const Row &row) -> QByteArray {
        QByteArray text;
        if (row.kind == QLatin1String("product"))
            text = products.value(row.id);
        else if (row.kind == QLatin1String("stock"))
            text = stocks.value(row.id);
        else
            text = QJsonDocument(entityData(row.kind, row.id, device.shopId)).toJson(QJsonDocument::Compact);
        return text.isEmpty() ? QByteArrayLiteral("{}") : text;
    };
    QByteArray items;
    int count = 0;
    int lastRank = afterRank;
    QString lastId = afterId;
    for (const Row &row : std::as_const(rows)) {
        const QByteArray item = "{\"cursor\":" + QByteArray::number(row.cursor) + ",\"kind\":"
            + jsonText(row.kind) + ",\"id\":" + jsonText(row.id) + ",\"data\":" + data(row) + '}';
        if (count == limit || (count > 0 && items.size() + item.size() > MaxPageBytes))
            break; // the page is full (or would pass 8 MiB)
        if (count > 0)
            items += ',';
        items += item;
        ++count;
        lastRank = row.rank;
        lastId = row.id;
    }
    const bool hasMore = count < rows.size();
    const QJsonObject next {{QStringLiteral("s"), device.shopId},
                            {QStringLiteral("e"), currentEpoch},
                            {QStringLiteral("c"), cursor},
                            {QStringLiteral("r"), lastRank},
                            {QStringLiteral("i"), lastId}};
    const qint64 lastApplied
        = m_store
              .scalar(QStringLiteral("SELECT last_applied_seq FROM devices WHERE id = ?"), {device.deviceId},
                      0)
              .toLongLong();
    const QByteArray nextPage = hasMore
        ? jsonText(QString::fromLatin1(
            QJsonDocument(next)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)))
        : QByteArrayLiteral("null");
    Reply reply;
    reply.rawSet = true;
    reply.contentType = "application/json";
    reply.raw = "{\"shop_id\":" + jsonText(device.shopId) + ",\"epoch\":" + QByteArray::number(currentEpoch)
        + ",\"cursor\":" + QByteArray::number(cursor)
        + ",\"last_applied_seq\":" + QByteArray::number(lastApplied) + ",\"items\":[" + items
        + "],\"has_more\":" + (hasMore ? "true" : "false") + ",\"next_page\":" + nextPage + '}';
    return reply;
}

// ---- the taxonomy ----------------------------------------------------------------------------

Taxonomy::Taxonomy(MarketStore &store) : m_store(store) { }

QString Taxonomy::problem(const QJsonArray &nodes)
{
    QSet<QString> seen;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        const QString id = node.value(QStringLiteral("id")).toString();
        const QString name = node.value(QStringLiteral("name")).toString();
        const QJsonValue parent = node.value(QStringLiteral("parent"));
        if (!value.isObject() || id.isEmpty() || id.size() > 100 || name.trimmed().isEmpty()
            || name.size() > 100)
            return QStringLiteral("Each node has an id (1-100 characters) and a name (1-100 characters).");
        if (seen.contains(id))
            return QStringLiteral("The id %1 appears twice.").arg(id);
        if (!parent.isNull() && !(parent.isString() && seen.contains(parent.toString())))
            return QStringLiteral("The parent of %1 is not an earlier node.").arg(id);
        seen.insert(id);
    }
    return {};
}

void Taxonomy::ensure()
{
    if (!m_store.scalar(QStringLiteral("SELECT 1 FROM taxonomy WHERE id = 1")).isValid()) {
        QFile file(QStringLiteral(":/marketplace/taxonomy.json"));
        QByteArray text = "{\"nodes\": []}";
        if (file.open(QIODevice::ReadOnly))
            text = file.readAll();
        const QJsonArray nodes
            = QJsonDocument::fromJson(text).object().value(QStringLiteral("nodes")).toArray();
        m_store.run(QStringLiteral("INSERT INTO taxonomy (id, version, nodes) VALUES (1, 1, ?)"),
                    {QString::fromUtf8(QJsonDocument(nodes).toJson(QJsonDocument::Compact))});
    }
    QSqlQuery q = m_store.run(QStringLiteral("SELECT id FROM shops WHERE id NOT IN"
                                             " (SELECT shop_id FROM feed WHERE kind = 'taxonomy')"));
    QStringList missing;
    while (q.next())
        missing.append(q.value(0).toString());
    for (const QString &shopId : std::as_const(missing))
        publish(shopId);
}

void Taxonomy::publish(const QString &shopId)
{
    m_store.touch(shopId, QStringLiteral("taxonomy"), QString::fromLatin1(EntityId));
}

void Taxonomy::publishAll()
{
    QSqlQuery q = m_store.run(QStringLiteral("SELECT id FROM shops ORDER BY id"));
    QStringList shops;
    while (q.next())
        shops.append(q.value(0).toString());
    for (const QString &shopId : std::as_const(shops))
        publish(shopId);
}

QJsonObject Taxonomy::json() const
{
    QSqlQuery q = m_store.run(QStringLiteral("SELECT version, nodes FROM taxonomy WHERE id = 1"));
    if (!q.next())
        return {{QStringLiteral("version"), 0}, {QStringLiteral("nodes"), QJsonArray()}};
    return {{QStringLiteral("version"), q.value(0).toLongLong()},
            {QStringLiteral("nodes"), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array()}};
}

Reply Taxonomy::replace(const QJsonArray &nodes)
{
    if (const QString why = problem(nodes); !why.isEmpty())
        return errorReply(400, QStringLiteral("invalid_field"), why, QStringLiteral("nodes"));
    const qint64 version
        = m_store.scalar(QStringLiteral("SELECT version FROM taxonomy WHERE id = 1"), {}, 0).toLongLong() + 1;
    m_store.run(
        QStringLiteral("INSERT INTO taxonomy (id, version, nodes) VALUES (1, ?, ?)"
                       " ON CONFLICT (id) DO UPDATE SET version = excluded.version, nodes = excluded.nodes"),
        {version, QString::fromUtf8(QJsonDocument(nodes).toJson(QJsonDocument::Compact))});
    publishAll();
    Reply reply;
    reply.body = {{QStringLiteral("version"), version}, {QStringLiteral("nodes"), nodes.size()}};
    return reply;
}

} // namespace comptoir::market
