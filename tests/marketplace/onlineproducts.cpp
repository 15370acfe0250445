// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "onlineproducts.h"

#include "jsonutil.h"
#include "marketstore.h"
#include "producteditor.h"
#include "productstates.h"
#include "stockbook.h"

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

OnlineProducts::OnlineProducts(MarketStore &store, StockBook &stock, ProductEditor &editor,
                               const ProductStates &states)
    : m_store(store), m_stock(stock), m_editor(editor), m_states(states)
{ }

Reply OnlineProducts::edit(const QString &shopId, const QString &productId, const QJsonObject &patch,
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
        const QString problem = m_editor.check(shopId, {}, it.key(), it.value(), false, &code);
        if (!problem.isEmpty())
            return errorReply(code == QLatin1String("invalid_field") ? 400 : 409, code, problem, it.key());
    }
    QList<ProductEditor::Target> targets;
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
            const QString problem = m_editor.check(shopId, variantId, it.key(), it.value(), true, &code);
            if (!problem.isEmpty())
                return errorReply(code == QLatin1String("invalid_field") ? 400 : 409, code, problem,
                                  it.key());
        }
        targets.append({variantId, parseObject(vq.value(0)), parseObject(vq.value(1)), false, false});
        incomings.append(incoming);
    }
    // Online edits are made on the current version: they apply without conflict.
    ProductEditor::Patch online;
    online.productId = productId;
    online.origin = Marketplace;
    online.baseVersion = q.value(3).toLongLong();
    online.newVersion = online.baseVersion + 1;
    ProductEditor::Target product {{}, parseObject(q.value(1)), parseObject(q.value(2)), false, false};
    m_editor.merge(online, product, patch);
    bool changed = product.changed;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        ProductEditor::Target &target = targets[i];
        m_editor.merge(online, target, incomings.at(i));
        if (target.changed) {
            m_editor.saveVariant(shopId, target);
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
    reply.body = m_states.productJson(productId);
    reply.body.insert(QStringLiteral("shop_id"), shopId);
    return reply;
}

Reply OnlineProducts::create(const QString &shopId, const QJsonObject &request)
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
        const QString problem = m_editor.check(shopId, {}, it.key(), it.value(), false, &code);
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
            const QString problem = m_editor.check(shopId, variantId, it.key(), it.value(), true, &code);
            if (!problem.isEmpty())
                return errorReply(code == QLatin1String("invalid_field") ? 400 : 409, code, problem,
                                  QStringLiteral("variants[%1].fields.%2").arg(index).arg(it.key()));
        }
        if (m_store.scalar(QStringLiteral("SELECT 1 FROM variants WHERE id = ?"), {variantId}).isValid())
            return errorReply(400, QStringLiteral("invalid_field"), QStringLiteral("variant_id is not new."),
                              QStringLiteral("variants[%1].variant_id").arg(index));
        m_editor.createVariant(shopId, productId, variantId, variantFields, Marketplace, 1);
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
    reply.body = m_states.productJson(productId);
    reply.body.insert(QStringLiteral("shop_id"), shopId);
    return reply;
}

} // namespace comptoir::market
