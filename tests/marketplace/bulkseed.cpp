// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkseed.h"

#include "marketstore.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace comptoir::market {

namespace {

constexpr int MaxCount = 1000000;

// A fresh id prefix: the first 23 characters of a server-made UUID ("xxxxxxxx-xxxx-4xxx-yxxx");
// the i-th row's id is the prefix followed by "-" and i as 12 hexadecimal digits.
QString idPrefix()
{
    return MarketStore::newId().left(23);
}

} // namespace

Reply seedProducts(MarketStore &store, const QString &shopId, int count, qint64 onHand)
{
    if (count < 1 || count > MaxCount)
        return errorReply(400, QStringLiteral("invalid_field"),
                          QStringLiteral("count is a whole number from 1 to 1 000 000."),
                          QStringLiteral("count"));
    const QString products = idPrefix();
    const QString variants = idPrefix();
    const QString movements = idPrefix();
    const QString now = MarketStore::now();
    const QString numbers
        = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) ");
    return store.transact([&]() -> Reply {
        if (!store.scalar(QStringLiteral("SELECT 1 FROM shops WHERE id = ?"), {shopId}).isValid())
            return errorReply(404, QStringLiteral("shop_unknown"), QStringLiteral("No such shop."));
        const qint64 firstCursor = store.feedHead() + 1;
        const QString stamp = QStringLiteral("json_object('v', 1, 'o', 'marketplace')");
        store.run(
            numbers
                + QStringLiteral(
                      "INSERT INTO products (id, shop_id, version, archived, fields, field_versions,"
                      " created_at, updated_at)"
                      " SELECT printf('%s-%012x', ?, i), ?, 1, 0,"
                      " json_object('name', 'Produit ' || i, 'brand', 'Marque ' || (i % 500),"
                      " 'category', 'Rayon ' || (i % 40), 'description', '', 'visible_online', json('true'),"
                      " 'moderation_status', 'approved', 'vat_rate_bp', 2000),"
                      " json_object('name', @stamp, 'brand', @stamp, 'category', @stamp, 'description', "
                      "@stamp,"
                      " 'visible_online', @stamp, 'moderation_status', @stamp, 'vat_rate_bp', @stamp), ?, ? "
                      "FROM n")
                      .replace(QStringLiteral("@stamp"), stamp),
            {count, products, shopId, now, now});
        store.run(numbers
                      + QStringLiteral(
                            "INSERT INTO variants (id, product_id, shop_id, fields, field_versions, on_hand,"
                            " reserved, safety_stock)"
                            " SELECT printf('%s-%012x', ?, i), printf('%s-%012x', ?, i), ?,"
                            " json_object('label', '', 'reference', printf('BULK-%07d', i),"
                            " 'price_cents', 100 + (i * 37) % 9900, 'barcodes', json_array()),"
                            " json_object('label', @stamp, 'reference', @stamp, 'price_cents', @stamp, "
                            "'barcodes', @stamp),"
                            " ?, 0, 0 FROM n")
                            .replace(QStringLiteral("@stamp"), stamp),
                  {count, variants, products, shopId, onHand});
        // The feed: every product, then every stock state (what OnlineProducts::create's touches leave).
        store.run(numbers
                      + QStringLiteral("INSERT INTO feed (shop_id, kind, entity_id)"
                                       " SELECT ?, 'product', printf('%s-%012x', ?, i) FROM n ORDER BY i"),
                  {count, shopId, products});
        store.run(numbers
                      + QStringLiteral("INSERT INTO feed (shop_id, kind, entity_id)"
                                       " SELECT ?, 'stock', printf('%s-%012x', ?, i) FROM n ORDER BY i"),
                  {count, shopId, variants});
        if (onHand != 0) {
            store.run(
                numbers
                    + QStringLiteral(
                        "INSERT INTO movements (id, shop_id, variant_id, reason, delta, requested_delta,"
                        " occurred_at, applied_cursor)"
                        " SELECT printf('%s-%012x', ?, i), ?, printf('%s-%012x', ?, i), 'receipt', ?, ?, ?,"
                        " (SELECT cursor FROM feed WHERE shop_id = ? AND kind = 'stock'"
                        " AND entity_id = printf('%s-%012x', ?, i)) FROM n"),
                {count, movements, shopId, variants, onHand, onHand, now, shopId, variants});
        }
        Reply reply;
        reply.status = 201;
        reply.body = QJsonObject {{QStringLiteral("created"), count},
                                  {QStringLiteral("first_cursor"), firstCursor},
                                  {QStringLiteral("last_cursor"), store.feedHead()}};
        return reply;
    });
}

} // namespace comptoir::market
