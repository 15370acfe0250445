// ProductBook, the marketplace's side: online edits, products created online, and the JSON
// a product or a conflict log entry has in the feed and the snapshot (docs §9).
#include "productbook.h"

#include "jsonutil.h"
#include "marketstore.h"
#include "stockbook.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace comptoir::market {

namespace {

const QString Marketplace = QStringLiteral("marketplace");

QJsonObject stamped(const QJsonObject &fields, qint64 version)
{
    QJsonObject versions;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        versions.insert(it.key(),
                        QJsonObject {{QStringLiteral("v"), version}, {QStringLiteral("o"), Marketplace}});
    return versions;
}

} // namespace

Reply ProductBook::editOnline(const QString &shopId, const QString &productId, const QJsonObject &patch,
                              const QJsonArray &variants)
{
    QSqlQuery q = m_store.run(QStringLiteral("SELECT archived, fields, field_versions, version FROM products"
                                             " WHERE id = ? AND shop_id = ?"),
                              {productId, shopId});
    if (!q.next())
        return errorReply(404, QStringLiteral("not_found"), QStringLiteral("This product is unknown."));
    if (q.value(0).toBool())
        return errorReply(409, QStringLiteral("product_archived"),
                          QStringLiteral("This product is archived."));
    QString code;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString problem = check(shopId, {}, it.key(), it.value(), false, &code);
        if (!problem.isEmpty())
            return errorReply(code == QLatin1String("invalid_field") ? 400 : 409, code, problem, it.key());
    }
    QList<Target> targets;
    QList<QJsonObject> incomings;
    for (const QJsonValue &v : variants) {
        const QString variantId = v.toObject().value(QStringLiteral("variant_id")).toString().toLower();
        QSqlQuery vq = m_store.run(
            QStringLiteral("SELECT fields, field_versions FROM variants WHERE id = ? AND product_id = ?"),
            {variantId, productId});
        if (!vq.next())
            return errorReply(404, QStringLiteral("not_found"), QStringLiteral("This variant is unknown."),
                              QStringLiteral("variant_id"));
        const QJsonObject incoming = v.toObject().value(QStringLiteral("fields")).toObject();
        for (auto it = incoming.begin(); it != incoming.end(); ++it) {
            const QString problem = check(shopId, variantId, it.key(), it.value(), true, &code);
            if (!problem.isEmpty())
                return errorReply(code == QLatin1String("invalid_field") ? 400 : 409, code, problem,
                                  it.key());
        }
        targets.append({variantId, parseObject(vq.value(0)), parseObject(vq.value(1)), false, false});
        incomings.append(incoming);
    }
    // Online edits are made on the current version: they apply without conflict.
    Patch online;
    online.productId = productId;
    online.origin = Marketplace;
    online.baseVersion = q.value(3).toLongLong();
    online.newVersion = online.baseVersion + 1;
    Target product {{}, parseObject(q.value(1)), parseObject(q.value(2)), false, false};
    merge(online, product, patch);
    bool changed = product.changed;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        Target &target = targets[i];
        merge(online, target, incomings.at(i));
        if (target.changed) {
            saveVariant(shopId, target);
            changed = true;
        }
    }
    if (changed) {
        m_store.run(
            QStringLiteral("UPDATE products SET fields = ?, field_versions = ?, version = ?, updated_at = ?"
                           " WHERE id = ?"),
            {serialise(product.fields), serialise(product.versions), online.newVersion, MarketStore::now(),
             productId});
        m_store.touch(shopId, QStringLiteral("product"), productId);
    }
    Reply reply;
    reply.body = productJson(productId);
    reply.body.insert(QStringLiteral("shop_id"), shopId);
    return reply;
}

Reply ProductBook::createOnline(const QString &shopId, const QJsonObject &request)
{
    QString productId = request.value(QStringLiteral("product_id")).toString().toLower();
    if (productId.isEmpty())
        productId = MarketStore::newId();
    if (QUuid::fromString(productId).isNull()
        || m_store.scalar(QStringLiteral("SELECT 1 FROM products WHERE id = ?"), {productId}).isValid())
        return errorReply(400, QStringLiteral("invalid_field"),
                          QStringLiteral("product_id is not a new UUID."), QStringLiteral("product_id"));
    QJsonObject fields = request.value(QStringLiteral("fields")).toObject();
    if (!fields.contains(QStringLiteral("moderation_status")))
        fields.insert(QStringLiteral("moderation_status"), QStringLiteral("approved"));
    if (!fields.contains(QStringLiteral("vat_rate_bp")))
        fields.insert(QStringLiteral("vat_rate_bp"), 2000);
    QString code;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString problem = check(shopId, {}, it.key(), it.value(), false, &code);
        if (!problem.isEmpty())
            return errorReply(400, code, problem, it.key());
    }
    if (!fields.value(QStringLiteral("name")).isString())
        return errorReply(400, QStringLiteral("invalid_field"), QStringLiteral("A product needs a name."),
                          QStringLiteral("name"));
    QJsonArray variants = request.value(QStringLiteral("variants")).toArray();
    if (variants.isEmpty())
        variants.append(QJsonObject {});
    const QString now = MarketStore::now();
    m_store.run(
        QStringLiteral("INSERT INTO products (id, shop_id, version, fields, field_versions, created_at,"
                       " updated_at) VALUES (?, ?, 1, ?, ?, ?, ?)"),
        {productId, shopId, serialise(fields), serialise(stamped(fields, 1)), now, now});
    int index = 0;
    for (const QJsonValue &v : variants) {
        const QJsonObject variant = v.toObject();
        QString variantId = variant.value(QStringLiteral("variant_id")).toString().toLower();
        if (variantId.isEmpty())
            variantId = MarketStore::newId();
        QJsonObject variantFields = variant.value(QStringLiteral("fields")).toObject();
        if (!variantFields.contains(QStringLiteral("reference")))
            variantFields.insert(QStringLiteral("reference"),
                                 QStringLiteral("WEB-%1").arg(variantId.left(8).toUpper()));
        if (!variantFields.contains(QStringLiteral("label")))
            variantFields.insert(QStringLiteral("label"), QString());
        if (!variantFields.contains(QStringLiteral("price_cents")))
            variantFields.insert(QStringLiteral("price_cents"), 0);
        for (auto it = variantFields.begin(); it != variantFields.end(); ++it) {
            const QString problem = check(shopId, variantId, it.key(), it.value(), true, &code);
            if (!problem.isEmpty())
                return errorReply(code == QLatin1String("invalid_field") ? 400 : 409, code, problem,
                                  QStringLiteral("variants[%1].fields.%2").arg(index).arg(it.key()));
        }
        if (m_store.scalar(QStringLiteral("SELECT 1 FROM variants WHERE id = ?"), {variantId}).isValid())
            return errorReply(400, QStringLiteral("invalid_field"), QStringLiteral("variant_id is not new."),
                              QStringLiteral("variants[%1].variant_id").arg(index));
        createVariant(shopId, productId, variantId, variantFields, Marketplace, 1);
        const qint64 onHand = variant.value(QStringLiteral("on_hand")).toInteger();
        if (onHand != 0) { // reference server convenience: initial stock, as a receipt movement
            MovementInput movement;
            movement.id = MarketStore::newId();
            movement.shopId = shopId;
            movement.variantId = variantId;
            movement.reason = QStringLiteral("receipt");
            movement.delta = onHand;
            movement.occurredAt = now;
            m_stock.apply(movement);
        }
        ++index;
    }
    m_store.touch(shopId, QStringLiteral("product"), productId);
    Reply reply;
    reply.status = 201;
    reply.body = productJson(productId);
    reply.body.insert(QStringLiteral("shop_id"), shopId);
    return reply;
}

qint64 ProductBook::variantPrice(const QString &variantId) const
{
    return m_store
        .scalar(QStringLiteral("SELECT json_extract(fields, '$.price_cents') FROM variants WHERE id = ?"),
                {variantId}, 0)
        .toLongLong();
}

QJsonObject ProductBook::productJson(const QString &productId) const
{
    return productsJson({productId}).value(productId);
}

QHash<QString, QByteArray> ProductBook::productsText(const QStringList &productIds) const
{
    // As JSON text, built by SQLite from the stored fields (json_insert adds a default only where the fields
    // have no such key; json_set puts what the columns hold over them), then parsed once: far
    // cheaper than inserting key by key into QJsonObjects, for the snapshot's thousands.
    return m_store.jsonById(
        QStringLiteral(
            "SELECT p.id, json_set(json_insert(coalesce(nullif(p.fields, ''), '{}'),"
            "   '$.product_id', p.id, '$.version', p.version,"
            "   '$.archived', json(CASE WHEN p.archived THEN 'true' ELSE 'false' END),"
            "   '$.visible_online', json('false'), '$.photos', json('[]'),"
            "   '$.moderation_status', 'pending', '$.created_at', p.created_at, '$.updated_at', p.updated_at,"
            "   '$.name', '', '$.brand', '', '$.category', '', '$.description', '', '$.online_title', '',"
            "   '$.online_description', '', '$.marketplace_category', '', '$.vat_rate_bp', 2000),"
            " '$.variants', json(coalesce((SELECT json_group_array(json(variant)) FROM ("
            "   SELECT json_set(json_insert(coalesce(nullif(v.fields, ''), '{}'), '$.variant_id', v.id,"
            "     '$.label', '', '$.reference', '', '$.price_cents', 0, '$.barcodes', json('[]'),"
            "     '$.archived', json('false')), '$.safety_stock', v.safety_stock) AS variant"
            "   FROM variants v WHERE v.product_id = p.id ORDER BY v.id)), '[]')))"
            " FROM products p WHERE p.id IN (SELECT value FROM json_each(?))"),
        productIds);
}

QHash<QString, QJsonObject> ProductBook::productsJson(const QStringList &productIds) const
{
    return parseObjects(productsText(productIds));
}

QJsonObject ProductBook::conflictJson(const QString &conflictId) const
{
    QSqlQuery q = m_store.run(
        QStringLiteral("SELECT product_id, variant_id, field, kept, lost, kept_origin, lost_origin,"
                       " rule, base_version, version, mutation_id, occurred_at"
                       " FROM conflicts WHERE id = ?"),
        {conflictId});
    if (!q.next())
        return {};
    const auto nullable = [](const QVariant &v) {
        return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
    };
    return {{QStringLiteral("conflict_id"), conflictId},
            {QStringLiteral("product_id"), q.value(0).toString()},
            {QStringLiteral("variant_id"), nullable(q.value(1))},
            {QStringLiteral("field"), q.value(2).toString()},
            {QStringLiteral("kept"), parseValue(q.value(3))},
            {QStringLiteral("lost"), parseValue(q.value(4))},
            {QStringLiteral("kept_origin"), q.value(5).toString()},
            {QStringLiteral("lost_origin"), q.value(6).toString()},
            {QStringLiteral("rule"), q.value(7).toString()},
            {QStringLiteral("base_version"), q.value(8).toLongLong()},
            {QStringLiteral("version"), q.value(9).toLongLong()},
            {QStringLiteral("mutation_id"), nullable(q.value(10))},
            {QStringLiteral("at"), q.value(11).toString()}};
}

} // namespace comptoir::market
