#include "productbook.h"

#include "jsonutil.h"
#include "marketstore.h"
#include "stockbook.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace comptoir::market {

namespace {

const QStringList ProductFields = {QStringLiteral("name"),
                                   QStringLiteral("brand"),
                                   QStringLiteral("category"),
                                   QStringLiteral("description"),
                                   QStringLiteral("online_title"),
                                   QStringLiteral("online_description"),
                                   QStringLiteral("visible_online"),
                                   QStringLiteral("vat_rate_bp"),
                                   QStringLiteral("marketplace_category"),
                                   QStringLiteral("moderation_status"),
                                   QStringLiteral("photos")};
const QStringList VariantFields
    = {QStringLiteral("label"),    QStringLiteral("reference"),    QStringLiteral("price_cents"),
       QStringLiteral("barcodes"), QStringLiteral("safety_stock"), QStringLiteral("archived")};
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

bool isText(const QJsonValue &value, int min, int max)
{
    return value.isString() && value.toString().size() >= min && value.toString().size() <= max;
}

bool isSha256(const QJsonValue &value)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return value.isString() && hex.match(value.toString()).hasMatch();
}

Reply rejected(const QString &code, const QString &message, const QString &field)
{
    return errorReply(422, code, message, field);
}

} // namespace

ProductBook::ProductBook(MarketStore &store, StockBook &stock) : m_store(store), m_stock(stock) { }

QString ProductBook::check(const QString &shopId, const QString &variantId, const QString &field,
                           const QJsonValue &value, bool variant, QString *code) const
{
    *code = QStringLiteral("invalid_field");
    if (!(variant ? VariantFields : ProductFields).contains(field))
        return QStringLiteral("Unknown field %1.").arg(field);
    if (field == QLatin1String("name"))
        return isText(value, 1, 200) ? QString() : QStringLiteral("name is a text of 1 to 200 characters.");
    if (field == QLatin1String("brand") || field == QLatin1String("online_title"))
        return isText(value, 0, 200) ? QString()
                                     : QStringLiteral("%1 is a text of at most 200 characters.").arg(field);
    if (field == QLatin1String("category") || field == QLatin1String("marketplace_category")
        || field == QLatin1String("label"))
        return isText(value, 0, 100) ? QString()
                                     : QStringLiteral("%1 is a text of at most 100 characters.").arg(field);
    if (field == QLatin1String("description") || field == QLatin1String("online_description"))
        return isText(value, 0, 10000) ? QString()
                                       : QStringLiteral("%1 is at most 10 000 characters.").arg(field);
    if (field == QLatin1String("visible_online") || field == QLatin1String("archived"))
        return value.isBool() ? QString() : QStringLiteral("%1 is true or false.").arg(field);
    if (field == QLatin1String("vat_rate_bp")) {
        const qint64 rate = value.toInteger(-1);
        return isCount(value, 10000) && (rate == 2000 || rate == 1000 || rate == 550 || rate == 210)
            ? QString()
            : QStringLiteral("vat_rate_bp is 2000, 1000, 550 or 210.");
    }
    if (field == QLatin1String("moderation_status")) {
        const QString status = value.toString();
        return status == QLatin1String("pending") || status == QLatin1String("approved")
                || status == QLatin1String("refused")
            ? QString()
            : QStringLiteral("moderation_status is pending, approved or refused.");
    }
    if (field == QLatin1String("photos")) {
        const QJsonArray photos = value.toArray();
        return value.isArray() && photos.size() <= 20 && std::all_of(photos.begin(), photos.end(), isSha256)
            ? QString()
            : QStringLiteral("photos is a list of at most 20 lower-case SHA-256 hashes.");
    }
    if (field == QLatin1String("price_cents"))
        return isCount(value, Q_INT64_C(1) << 40) ? QString()
                                                  : QStringLiteral("price_cents is a whole number ≥ 0.");
    if (field == QLatin1String("safety_stock"))
        return isCount(value, 1000000000) ? QString() : QStringLiteral("safety_stock is a whole number ≥ 0.");
    if (field == QLatin1String("reference")) {
        if (!isText(value, 1, 64))
            return QStringLiteral("reference is a text of 1 to 64 characters.");
        if (m_store
                .scalar(QStringLiteral("SELECT 1 FROM variants WHERE shop_id = ? AND id <> ?"
                                       " AND lower(json_extract(fields, '$.reference')) = lower(?) LIMIT 1"),
                        {shopId, variantId, value.toString()})
                .isValid()) {
            *code = QStringLiteral("reference_in_use");
            return QStringLiteral("Another variant of the shop has this reference.");
        }
        return {};
    }
    // barcodes
    const QJsonArray barcodes = value.toArray();
    if (!value.isArray() || barcodes.size() > 10
        || !std::all_of(barcodes.begin(), barcodes.end(),
                        [](const QJsonValue &b) { return isText(b, 1, 64); }))
        return QStringLiteral("barcodes is a list of at most 10 texts of 1 to 64 characters.");
    for (const QJsonValue &barcode : barcodes) {
        if (m_store
                .scalar(QStringLiteral("SELECT 1 FROM variants v, json_each(v.fields, '$.barcodes') b"
                                       " WHERE v.shop_id = ? AND v.id <> ? AND b.value = ? LIMIT 1"),
                        {shopId, variantId, barcode.toString()})
                .isValid()) {
            *code = QStringLiteral("barcode_in_use");
            return QStringLiteral("Another variant of the shop has the barcode %1.").arg(barcode.toString());
        }
    }
    return {};
}

void ProductBook::merge(Patch &patch, Target &target, const QJsonObject &incoming)
{
    for (auto it = incoming.begin(); it != incoming.end(); ++it) {
        const QJsonValue current = target.fields.value(it.key());
        if (current == it.value())
            continue; // equal values are never a conflict and change nothing
        const QJsonObject last = target.versions.value(it.key()).toObject();
        const QString lastOrigin = last.value(QStringLiteral("o")).toString();
        const bool changedSinceBase = !target.isNew
            && last.value(QStringLiteral("v")).toInteger() > patch.baseVersion && lastOrigin != patch.origin;
        const QString field = target.variantId.isEmpty()
            ? it.key()
            : QStringLiteral("variants.%1.%2").arg(target.variantId, it.key());
        if (changedSinceBase && it.key() == QLatin1String("marketplace_category")) {
            patch.conflicts.append({target.variantId, field, current, it.value(), lastOrigin, patch.origin,
                                    QStringLiteral("marketplace_owned_server_wins")});
            continue;
        }
        if (changedSinceBase)
            patch.conflicts.append({target.variantId, field, it.value(), current, patch.origin, lastOrigin,
                                    QStringLiteral("shop_owned_last_write_wins")});
        target.fields.insert(it.key(), it.value());
        target.versions.insert(
            it.key(),
            QJsonObject {{QStringLiteral("v"), patch.newVersion}, {QStringLiteral("o"), patch.origin}});
        target.changed = true;
    }
}

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
        const QString problem = check(shopId, {}, it.key(), it.value(), false, &code);
        if (!problem.isEmpty())
            return rejected(code, problem, it.key());
    }

    QSqlQuery q = m_store.run(QStringLiteral("SELECT shop_id, version, archived, fields, field_versions"
                                             " FROM products WHERE id = ?"),
                              {productId});
    const bool exists = q.next();
    Patch patch;
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
    Target product {{},
                    exists ? parseObject(q.value(3)) : QJsonObject {},
                    exists ? parseObject(q.value(4)) : QJsonObject {},
                    !exists,
                    !exists};
    if (!exists)
        product.fields.insert(QStringLiteral("moderation_status"), QStringLiteral("pending"));
    merge(patch, product, fields);

    QList<Target> variants;
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
            const QString problem = check(shopId, variantId, it.key(), it.value(), true, &code);
            if (!problem.isEmpty())
                return rejected(code, problem, where + QStringLiteral(".fields.") + it.key());
        }
        if (!variantExists
            && (!variantFields.contains(QStringLiteral("label"))
                || !variantFields.contains(QStringLiteral("reference"))
                || !variantFields.contains(QStringLiteral("price_cents"))))
            return rejected(QStringLiteral("invalid_field"),
                            QStringLiteral("A new variant needs label, reference and price_cents."), where);
        Target target {variantId, variantExists ? parseObject(v.value(1)) : QJsonObject {},
                       variantExists ? parseObject(v.value(2)) : QJsonObject {}, !variantExists, false};
        merge(patch, target, variantFields);
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
    for (const Target &variant : std::as_const(variants)) {
        if (variant.isNew)
            createVariant(shopId, productId, variant.variantId, variant.fields, patch.origin,
                          patch.newVersion);
        else if (variant.changed)
            saveVariant(shopId, variant);
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
    for (const Patch::Conflict &c : std::as_const(patch.conflicts))
        conflicts.append(logConflict(shopId, productId, c.variantId, c.field, c.kept, c.lost, c.keptOrigin,
                                     c.lostOrigin, c.rule, patch.baseVersion, resultVersion, mutationId));
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
    const QString problem = check(shopId, {}, QStringLiteral("photos"), photos, false, &code);
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
    Patch patch;
    patch.productId = productId;
    patch.origin = QStringLiteral("device:") + deviceId;
    patch.baseVersion = payload.value(QStringLiteral("base_version")).toInteger(version);
    patch.newVersion = version + 1;
    Target product {{}, parseObject(q.value(1)), parseObject(q.value(2)), false, false};
    merge(patch, product, {{QStringLiteral("photos"), photos}});
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
    for (const Patch::Conflict &c : std::as_const(patch.conflicts))
        conflicts.append(logConflict(shopId, productId, c.variantId, c.field, c.kept, c.lost, c.keptOrigin,
                                     c.lostOrigin, c.rule, patch.baseVersion, resultVersion, mutationId));
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

void ProductBook::saveVariant(const QString &shopId, const Target &variant)
{
    const qint64 safety = variant.fields.value(QStringLiteral("safety_stock")).toInteger();
    const bool safetyChanged
        = m_store
              .scalar(QStringLiteral("SELECT safety_stock FROM variants WHERE id = ?"), {variant.variantId})
              .toLongLong()
        != safety;
    m_store.run(
        QStringLiteral("UPDATE variants SET fields = ?, field_versions = ?, safety_stock = ? WHERE id = ?"),
        {serialise(variant.fields), serialise(variant.versions), safety, variant.variantId});
    if (safetyChanged)
        m_stock.changed(shopId, variant.variantId);
}

void ProductBook::createVariant(const QString &shopId, const QString &productId, const QString &variantId,
                                const QJsonObject &fields, const QString &origin, qint64 version)
{
    QJsonObject versions;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        versions.insert(it.key(),
                        QJsonObject {{QStringLiteral("v"), version}, {QStringLiteral("o"), origin}});
    m_store.run(
        QStringLiteral("INSERT INTO variants (id, product_id, shop_id, fields, field_versions, safety_stock)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        {variantId, productId, shopId, serialise(fields), serialise(versions),
         fields.value(QStringLiteral("safety_stock")).toInteger()});
    m_stock.changed(shopId, variantId);
}

QJsonObject ProductBook::logConflict(const QString &shopId, const QString &productId,
                                     const QString &variantId, const QString &field, const QJsonValue &kept,
                                     const QJsonValue &lost, const QString &keptOrigin,
                                     const QString &lostOrigin, const QString &rule, qint64 baseVersion,
                                     qint64 version, const QString &mutationId)
{
    const QString id = MarketStore::newId();
    m_store.run(
        QStringLiteral("INSERT INTO conflicts (id, shop_id, product_id, variant_id, field, kept, lost,"
                       " kept_origin, lost_origin, rule, base_version, version, mutation_id, occurred_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, shopId, productId, variantId.isEmpty() ? QVariant() : QVariant(variantId), field,
         serialiseValue(kept), serialiseValue(lost),
         keptOrigin.isEmpty() ? QStringLiteral("marketplace") : keptOrigin,
         lostOrigin.isEmpty() ? QStringLiteral("marketplace") : lostOrigin, rule, baseVersion, version,
         mutationId.isEmpty() ? QVariant() : QVariant(mutationId), MarketStore::now()});
    m_store.touch(shopId, QStringLiteral("conflict"), id);
    return conflictJson(id);
}

} // namespace comptoir::market
