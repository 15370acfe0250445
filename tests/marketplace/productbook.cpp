// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "productbook.h"

#include "jsonutil.h"
#include "marketstore.h"
#include "producteditor.h"

#include <QSqlQuery>
#include <QUuid>

namespace comptoir::market {

namespace {

// What a shop may never write through product_upsert.
const QStringList NotWritable
    = {QStringLiteral("moderation_status"), QStringLiteral("photos"),     QStringLiteral("archived"),
       QStringLiteral("version"),           QStringLiteral("created_at"), QStringLiteral("updated_at"),
       QStringLiteral("product_id")};

bool isCount(const QJsonValue &value, qint64 max)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger()) && value.toInteger() >= 0
        && value.toInteger() <= max;
}

Reply rejected(const QString &code, const QString &message, const QString &field)
{
    return errorReply(422, code, message, field);
}

} // namespace

ProductBook::ProductBook(MarketStore &store, ProductEditor &editor) : m_store(store), m_editor(editor) { }

Reply ProductBook::upsert(const QString &shopId, const QString &deviceId, const QString &mutationId,
                          const QJsonObject &payload)
{
    const QString productId = payload.value(QStringLiteral("product_id")).toString().toLower();
    if (QUuid::fromString(productId).isNull())
        return rejected(QStringLiteral("invalid_field"), QStringLiteral("product_id must be a UUID."),
                        QStringLiteral("product_id"));
    if (!isCount(payload.value(QStringLiteral("base_version")), Q_INT64_C(1) << 50))
        return rejected(QStringLiteral("invalid_field"),
                        QStringLiteral("base_version is a whole number ≥ 0."),
                        QStringLiteral("base_version"));
    const QJsonValue fieldsValue = payload.value(QStringLiteral("fields"));
    const QJsonValue variantsValue = payload.value(QStringLiteral("variants"));
    if (!(fieldsValue.isObject() || fieldsValue.isUndefined()))
        return rejected(QStringLiteral("invalid_field"), QStringLiteral("fields must be an object."),
                        QStringLiteral("fields"));
    if (!(variantsValue.isArray() || variantsValue.isUndefined()))
        return rejected(QStringLiteral("invalid_field"), QStringLiteral("variants must be a list."),
                        QStringLiteral("variants"));
    const QJsonObject fields = fieldsValue.toObject();
    QString code;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (NotWritable.contains(it.key()))
            return rejected(QStringLiteral("field_not_writable"),
                            QStringLiteral("A shop cannot write %1 here.").arg(it.key()), it.key());
        const QString problem = m_editor.check(shopId, {}, it.key(), it.value(), false, &code);
        if (!problem.isEmpty())
            return rejected(code, problem, it.key());
    }

    QSqlQuery q = m_store.run(QStringLiteral("SELECT shop_id, version, archived, fields, field_versions"
                                             " FROM products WHERE id = ?"),
                              {productId});
    const bool exists = q.next();
    ProductEditor::Patch patch;
    patch.productId = productId;
    patch.origin = QStringLiteral("device:") + deviceId;
    patch.baseVersion = payload.value(QStringLiteral("base_version")).toInteger();
    if ((exists && q.value(0).toString() != shopId) || (!exists && patch.baseVersion > 0))
        return rejected(QStringLiteral("product_unknown"), QStringLiteral("This product is unknown."),
                        QStringLiteral("product_id"));
    if (exists && q.value(2).toBool())
        return rejected(QStringLiteral("product_archived"), QStringLiteral("This product is archived."),
                        QStringLiteral("product_id"));
    if (!exists
        && (!fields.contains(QStringLiteral("name")) || !fields.contains(QStringLiteral("vat_rate_bp"))))
        return rejected(
            QStringLiteral("invalid_field"), QStringLiteral("A new product needs name and vat_rate_bp."),
            fields.contains(QStringLiteral("name")) ? QStringLiteral("vat_rate_bp") : QStringLiteral("name"));
    const qint64 version = exists ? q.value(1).toLongLong() : 0;
    patch.newVersion = version + 1;
    ProductEditor::Target product {{},
                                   exists ? parseObject(q.value(3)) : QJsonObject {},
                                   exists ? parseObject(q.value(4)) : QJsonObject {},
                                   !exists,
                                   !exists};
    if (!exists)
        product.fields.insert(QStringLiteral("moderation_status"), QStringLiteral("pending"));
    m_editor.merge(patch, product, fields);

    QList<ProductEditor::Target> variants;
    const QJsonArray variantList = variantsValue.toArray();
    for (int i = 0; i < variantList.size(); ++i) {
        const QJsonObject entry = variantList.at(i).toObject();
        const QString variantId = entry.value(QStringLiteral("variant_id")).toString().toLower();
        const QString where = QStringLiteral("variants[%1]").arg(i);
        if (QUuid::fromString(variantId).isNull() || !entry.value(QStringLiteral("fields")).isObject())
            return rejected(QStringLiteral("invalid_field"),
                            QStringLiteral("A variant needs a UUID and fields."),
                            where + QStringLiteral(".variant_id"));
        QSqlQuery v = m_store.run(
            QStringLiteral("SELECT product_id, fields, field_versions FROM variants WHERE id = ?"),
            {variantId});
        const bool variantExists = v.next();
        if (variantExists && v.value(0).toString() != productId)
            return rejected(QStringLiteral("invalid_field"),
                            QStringLiteral("This variant belongs to another product."),
                            where + QStringLiteral(".variant_id"));
        const QJsonObject variantFields = entry.value(QStringLiteral("fields")).toObject();
        for (auto it = variantFields.begin(); it != variantFields.end(); ++it) {
            const QString problem = m_editor.check(shopId, variantId, it.key(), it.value(), true, &code);
            if (!problem.isEmpty())
                return rejected(code, problem, where + QStringLiteral(".fields.") + it.key());
        }
        if (!variantExists
            && (!variantFields.contains(QStringLiteral("label"))
                || !variantFields.contains(QStringLiteral("reference"))
                || !variantFields.contains(QStringLiteral("price_cents"))))
            return rejected(QStringLiteral("invalid_field"),
                            QStringLiteral("A new variant needs label, reference and price_cents."), where);
        ProductEditor::Target target {variantId, variantExists ? parseObject(v.value(1)) : QJsonObject {},
                                      variantExists ? parseObject(v.value(2)) : QJsonObject {},
                                      !variantExists, false};
        m_editor.merge(patch, target, variantFields);
        variants.append(target);
    }

    // Everything is checked: write.
    const QString now = MarketStore::now();
    bool changed = product.changed;
    if (!exists)
        m_store.run(
            QStringLiteral("INSERT INTO products (id, shop_id, version, fields, field_versions, created_at,"
                           " updated_at) VALUES (?, ?, 0, '{}', '{}', ?, ?)"),
            {productId, shopId, now, now});
    for (const ProductEditor::Target &variant : std::as_const(variants)) {
        if (variant.isNew)
            m_editor.createVariant(shopId, productId, variant.variantId, variant.fields, patch.origin,
                                   patch.newVersion);
        else if (variant.changed)
            m_editor.saveVariant(shopId, variant);
        changed = changed || variant.changed || variant.isNew;
    }
    const qint64 resultVersion = changed ? patch.newVersion : version;
    if (changed) {
        m_store.run(
            QStringLiteral("UPDATE products SET version = ?, fields = ?, field_versions = ?, updated_at = ?"
                           " WHERE id = ?"),
            {resultVersion, serialise(product.fields), serialise(product.versions), now, productId});
        m_store.touch(shopId, QStringLiteral("product"), productId);
    }
    QJsonArray conflicts;
    for (const ProductEditor::Patch::Conflict &c : std::as_const(patch.conflicts))
        conflicts.append(m_editor.logConflict(shopId, productId, c.variantId, c.field, c.kept, c.lost,
                                              c.keptOrigin, c.lostOrigin, c.rule, patch.baseVersion,
                                              resultVersion, mutationId));
    Reply reply;
    reply.body = {{QStringLiteral("version"), resultVersion}, {QStringLiteral("conflicts"), conflicts}};
    return reply;
}

Reply ProductBook::linkPhotos(const QString &shopId, const QString &deviceId, const QString &mutationId,
                              const QJsonObject &payload)
{
    const QString productId = payload.value(QStringLiteral("product_id")).toString().toLower();
    const QJsonValue photos = payload.value(QStringLiteral("photos"));
    QString code;
    const QString problem = m_editor.check(shopId, {}, QStringLiteral("photos"), photos, false, &code);
    if (!problem.isEmpty())
        return rejected(code, problem, QStringLiteral("photos"));
    for (const QJsonValue &sha : photos.toArray()) {
        if (!m_store
                 .scalar(QStringLiteral("SELECT 1 FROM photos WHERE shop_id = ? AND sha256 = ?"),
                         {shopId, sha.toString()})
                 .isValid())
            return rejected(QStringLiteral("photo_missing"),
                            QStringLiteral("This photo has not been uploaded."), sha.toString());
    }
    QSqlQuery q = m_store.run(QStringLiteral("SELECT archived, fields, field_versions, version FROM products"
                                             " WHERE id = ? AND shop_id = ?"),
                              {productId, shopId});
    if (!q.next())
        return rejected(QStringLiteral("product_unknown"), QStringLiteral("This product is unknown."),
                        QStringLiteral("product_id"));
    if (q.value(0).toBool())
        return rejected(QStringLiteral("product_archived"), QStringLiteral("This product is archived."),
                        QStringLiteral("product_id"));
    const qint64 version = q.value(3).toLongLong();
    ProductEditor::Patch patch;
    patch.productId = productId;
    patch.origin = QStringLiteral("device:") + deviceId;
    patch.baseVersion = payload.value(QStringLiteral("base_version")).toInteger(version);
    patch.newVersion = version + 1;
    ProductEditor::Target product {{}, parseObject(q.value(1)), parseObject(q.value(2)), false, false};
    m_editor.merge(patch, product, {{QStringLiteral("photos"), photos}});
    const qint64 resultVersion = product.changed ? patch.newVersion : version;
    if (product.changed) {
        m_store.run(
            QStringLiteral("UPDATE products SET fields = ?, field_versions = ?, version = ?, updated_at = ?"
                           " WHERE id = ?"),
            {serialise(product.fields), serialise(product.versions), resultVersion, MarketStore::now(),
             productId});
        m_store.touch(shopId, QStringLiteral("product"), productId);
    }
    QJsonArray conflicts;
    for (const ProductEditor::Patch::Conflict &c : std::as_const(patch.conflicts))
        conflicts.append(m_editor.logConflict(shopId, productId, c.variantId, c.field, c.kept, c.lost,
                                              c.keptOrigin, c.lostOrigin, c.rule, patch.baseVersion,
                                              resultVersion, mutationId));
    Reply reply;
    reply.body = {{QStringLiteral("version"), resultVersion}, {QStringLiteral("conflicts"), conflicts}};
    return reply;
}

Reply ProductBook::archive(const QString &shopId, const QString &productId)
{
    QSqlQuery q
        = m_store.run(QStringLiteral("SELECT archived, version FROM products WHERE id = ? AND shop_id = ?"),
                      {productId, shopId});
    if (!q.next())
        return rejected(QStringLiteral("product_unknown"), QStringLiteral("This product is unknown."),
                        QStringLiteral("product_id"));
    Reply reply;
    if (q.value(0).toBool()) { // a tombstone stays a tombstone
        reply.body = {{QStringLiteral("version"), q.value(1).toLongLong()}};
        return reply;
    }
    m_store.run(QStringLiteral(
                    "UPDATE products SET archived = 1, version = version + 1, updated_at = ? WHERE id = ?"),
                {MarketStore::now(), productId});
    m_store.touch(shopId, QStringLiteral("product"), productId);
    reply.body = {{QStringLiteral("version"), q.value(1).toLongLong() + 1}};
    return reply;
}

} // namespace comptoir::market
