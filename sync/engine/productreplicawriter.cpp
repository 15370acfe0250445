// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/productreplicawriter.h"

#include "models/catalogue/catalogue.h"
#include "models/clock.h"
#include "models/storage/database.h"
#include "sync/engine/orderreplicawriter.h"
#include "sync/engine/replicalookups.h"
#include "sync/engine/replicasearchindex.h"
#include "sync/engine/stockreplicawriter.h"
#include "sync/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace comptoir {

namespace {

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// A JSON value as compact JSON text (a scalar too: QJsonDocument only holds arrays and objects).
QString compactJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

bool present(const QJsonObject &fields, const QString &key)
{
    const auto it = fields.constFind(key);
    return it != fields.constEnd() && !it->isNull() && !it->isUndefined();
}

// The state's value of a field, unless it is absent or this till's pending edit holds it.
QString textField(const QJsonObject &fields, const QSet<QString> &dirty, const QString &key,
                  const QString &held)
{
    if (dirty.contains(key) || !present(fields, key))
        return text(held);
    return fields.value(key).toString();
}

qint64 intField(const QJsonObject &fields, const QSet<QString> &dirty, const QString &key, qint64 held)
{
    if (dirty.contains(key) || !present(fields, key))
        return held;
    return fields.value(key).toInteger();
}

bool boolField(const QJsonObject &fields, const QSet<QString> &dirty, const QString &key, bool held)
{
    if (dirty.contains(key) || !present(fields, key))
        return held;
    return fields.value(key).toBool();
}

QStringList cleanCodes(const QJsonArray &codes)
{
    QStringList result;
    for (const QJsonValue &code : codes) {
        const QString c = code.toString().trimmed();
        if (!c.isEmpty() && !result.contains(c))
            result << c;
    }
    std::sort(result.begin(), result.end());
    return result;
}

// The row of products this code reads and writes, with the API's names.
struct ProductRow
{
    QString name;
    QString brand;
    QString category;
    QString description;
    QString onlineTitle;
    QString onlineDescription;
    bool visibleOnline = false;
    qint64 vatRateBp = 2000;
    bool archived = false;
    qint64 version = 0;
    QString marketplaceCategory;
    QString moderationStatus;
    QString photos = QStringLiteral("[]");

    bool operator==(const ProductRow &) const = default;
};

struct VariantRow
{
    qint64 productId = 0;
    QString label;
    QString reference;
    qint64 priceCents = 0;
    qint64 safetyStock = 0;
    bool archived = false;

    bool operator==(const VariantRow &) const = default;
};

} // namespace

ProductReplicaWriter::ProductReplicaWriter(Database &db, const Clock &clock, SyncChanges &changed,
                                           StockReplicaWriter &stock, OrderReplicaWriter &orders,
                                           ReplicaSearchIndex &search)
    : m_db(db),
      m_changed(changed),
      m_stock(stock),
      m_orders(orders),
      m_search(search),
      m_now(clock.now().toUTC().toString(Qt::ISODateWithMs))
{ }

void ProductReplicaWriter::addPendingEdit(const QString &kind, const QJsonObject &payload)
{
    QSet<QString> &dirty = m_dirtyProductFields[payload.value(QLatin1String("product_id")).toString()];
    if (kind == QLatin1String("product_archive")) {
        dirty.insert(QStringLiteral("archived"));
    } else if (kind == QLatin1String("photo_link")) {
        dirty.insert(QStringLiteral("photos"));
    } else {
        const QJsonObject fields = payload.value(QLatin1String("fields")).toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            dirty.insert(it.key());
        const QJsonArray variants = payload.value(QLatin1String("variants")).toArray();
        for (const QJsonValue &v : variants) {
            const QJsonObject variant = v.toObject();
            QSet<QString> &variantDirty
                = m_dirtyVariantFields[variant.value(QLatin1String("variant_id")).toString()];
            const QJsonObject variantFields = variant.value(QLatin1String("fields")).toObject();
            for (auto it = variantFields.constBegin(); it != variantFields.constEnd(); ++it)
                variantDirty.insert(it.key());
        }
    }
}

Result<QVariant> ProductReplicaWriter::categoryIdFor(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QVariant(QMetaType(QMetaType::LongLong));
    if (!m_categoriesLoaded) {
        // Compared in code, as the catalogue does: SQLite's NOCASE folds ASCII only.
        auto q = m_db.query(QStringLiteral("SELECT id, name FROM categories"));
        if (!q)
            return q.error();
        while (q.value().next())
            m_categories.insert(q.value().value(1).toString().toCaseFolded(),
                                q.value().value(0).toLongLong());
        m_categoriesLoaded = true;
    }
    const QString key = trimmed.toCaseFolded();
    if (const auto it = m_categories.constFind(key); it != m_categories.cend())
        return QVariant(*it);
    auto inserted = m_db.insert(QStringLiteral("INSERT INTO categories (name) VALUES (?)"), {trimmed});
    if (!inserted)
        return inserted.error();
    m_categories.insert(key, *inserted);
    return QVariant(*inserted);
}

Status ProductReplicaWriter::applyProduct(const ProductState &product)
{
    const QSet<QString> dirty = m_dirtyProductFields.value(product.productId);
    auto found = firstRow(
        m_db,
        QStringLiteral("SELECT p.id, p.name, p.brand, coalesce(c.name, ''), p.description, p.online_title, "
                       "p.online_description, p.visible_online, p.vat_rate_bp, p.archived, p.server_version, "
                       "p.marketplace_category, p.moderation_status, p.photos "
                       "FROM products p LEFT JOIN categories c ON c.id = p.category_id WHERE p.uuid = ?"),
        {product.productId});
    if (!found)
        return found.error();
    qint64 productId = 0;
    ProductRow held;
    const bool known = found->has_value();
    if (known) {
        const QVariantList &r = **found;
        productId = r.at(0).toLongLong();
        held = {r.at(1).toString(), r.at(2).toString(),    r.at(3).toString(),  r.at(4).toString(),
                r.at(5).toString(), r.at(6).toString(),    r.at(7).toBool(),    r.at(8).toLongLong(),
                r.at(9).toBool(),   r.at(10).toLongLong(), r.at(11).toString(), r.at(12).toString(),
                r.at(13).toString()};
    }

    const QJsonObject &f = product.fields;
    ProductRow next;
    next.name = textField(f, dirty, QStringLiteral("name"), held.name);
    next.brand = textField(f, dirty, QStringLiteral("brand"), held.brand);
    next.category = textField(f, dirty, QStringLiteral("category"), held.category).trimmed();
    next.description = textField(f, dirty, QStringLiteral("description"), held.description);
    next.onlineTitle = textField(f, dirty, QStringLiteral("online_title"), held.onlineTitle);
    next.onlineDescription
        = textField(f, dirty, QStringLiteral("online_description"), held.onlineDescription);
    next.visibleOnline = boolField(f, dirty, QStringLiteral("visible_online"), held.visibleOnline);
    next.vatRateBp = intField(f, dirty, QStringLiteral("vat_rate_bp"), held.vatRateBp);
    next.archived = dirty.contains(QStringLiteral("archived")) ? held.archived : product.archived;
    next.version = product.version;
    next.marketplaceCategory
        = textField(f, dirty, QStringLiteral("marketplace_category"), held.marketplaceCategory);
    next.moderationStatus = textField(f, dirty, QStringLiteral("moderation_status"), held.moderationStatus);
    if (!dirty.contains(QStringLiteral("photos")) && present(f, QStringLiteral("photos"))) {
        next.photos = QString::fromUtf8(
            QJsonDocument(f.value(QLatin1String("photos")).toArray()).toJson(QJsonDocument::Compact));
    } else {
        next.photos = held.photos;
    }

    auto categoryId = categoryIdFor(next.category);
    if (!categoryId)
        return categoryId.error();
    const QVariantList values = {next.name,
                                 next.brand,
                                 *categoryId,
                                 next.vatRateBp,
                                 next.description,
                                 next.onlineTitle,
                                 next.onlineDescription,
                                 next.visibleOnline ? 1 : 0,
                                 next.archived ? 1 : 0,
                                 next.version,
                                 next.marketplaceCategory,
                                 next.moderationStatus,
                                 next.photos};
    if (!known) {
        auto inserted = m_db.insert(
            QStringLiteral("INSERT INTO products (name, brand, category_id, vat_rate_bp, description, "
                           "online_title, online_description, visible_online, archived, server_version, "
                           "marketplace_category, moderation_status, photos, uuid, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values + QVariantList {product.productId, m_now, m_now});
        if (!inserted)
            return inserted.error();
        productId = *inserted;
        m_changed.products = true;
    } else if (!(next == held)) {
        if (Status s
            = m_db.exec(QStringLiteral(
                            "UPDATE products SET name = ?, brand = ?, category_id = ?, vat_rate_bp = ?, "
                            "description = ?, online_title = ?, online_description = ?, visible_online = ?, "
                            "archived = ?, server_version = ?, marketplace_category = ?, "
                            "moderation_status = ?, photos = ?, updated_at = ? WHERE id = ?"),
                        values + QVariantList {m_now, productId});
            !s)
            return s;
        m_changed.products = true;
        if (next.name != held.name) {
            // The sort key carries the product name (variants the state does not list too).
            auto variants = m_db.query(QStringLiteral("SELECT id, label FROM variants WHERE product_id = ?"),
                                       {productId});
            if (!variants)
                return variants.error();
            QList<std::pair<qint64, QString>> keys;
            while (variants.value().next())
                keys.append({variants.value().value(0).toLongLong(),
                             Catalogue::sortKey(next.name, variants.value().value(1).toString())});
            variants.value().finish();
            for (const auto &[id, key] : std::as_const(keys)) {
                if (Status s
                    = m_db.exec(QStringLiteral("UPDATE variants SET sort_key = ? WHERE id = ?"), {key, id});
                    !s)
                    return s;
            }
        }
    }
    m_search.addProduct(productId);
    for (const VariantState &variant : product.variants) {
        if (Status s = applyVariant(productId, next.name, next.archived, variant); !s)
            return s;
    }
    return {};
}

Status ProductReplicaWriter::applyVariant(qint64 productId, const QString &productName, bool productArchived,
                                          const VariantState &variant)
{
    auto found
        = firstRow(m_db,
                   QStringLiteral("SELECT id, product_id, label, reference, price_cents, safety_stock, "
                                  "archived FROM variants WHERE uuid = ?"),
                   {variant.variantId});
    if (!found)
        return found.error();
    if (!*found) {
        auto inserted = insertVariant(productId, productName, productArchived, variant);
        return inserted ? Status() : Status(inserted.error());
    }
    const QVariantList &r = **found;
    const qint64 variantId = r.at(0).toLongLong();
    const VariantRow held {r.at(1).toLongLong(), r.at(2).toString(),   r.at(3).toString(),
                           r.at(4).toLongLong(), r.at(5).toLongLong(), r.at(6).toBool()};

    const QSet<QString> dirty = m_dirtyVariantFields.value(variant.variantId);
    const QJsonObject &f = variant.fields;
    VariantRow next;
    next.productId = productId;
    next.label = textField(f, dirty, QStringLiteral("label"), held.label);
    next.reference = textField(f, dirty, QStringLiteral("reference"), held.reference).trimmed();
    next.priceCents = intField(f, dirty, QStringLiteral("price_cents"), held.priceCents);
    next.safetyStock = intField(f, dirty, QStringLiteral("safety_stock"), held.safetyStock);
    next.archived = dirty.contains(QStringLiteral("archived")) ? held.archived : variant.archived;
    next.archived = next.archived || productArchived;
    if (!(next == held)) {
        if (next.reference.compare(held.reference, Qt::CaseInsensitive) != 0) {
            if (Status s = freeReference(next.reference, variantId); !s)
                return s;
        }
        if (Status s = m_db.exec(
                QStringLiteral(
                    "UPDATE variants SET product_id = ?, label = ?, reference = ?, price_cents = ?, "
                    "safety_stock = ?, archived = ?, sort_key = ?, updated_at = ? WHERE id = ?"),
                {next.productId, next.label, next.reference, next.priceCents, next.safetyStock,
                 next.archived ? 1 : 0, Catalogue::sortKey(productName, next.label), m_now, variantId});
            !s)
            return s;
        m_changed.products = true;
    }
    if (!dirty.contains(QStringLiteral("barcodes")) && present(f, QStringLiteral("barcodes"))) {
        auto codes = m_db.rows(QStringLiteral("SELECT code FROM barcodes WHERE variant_id = ?"), {variantId});
        if (!codes)
            return codes.error();
        QStringList heldCodes;
        for (const QVariantList &code : std::as_const(*codes))
            heldCodes << code.at(0).toString();
        std::sort(heldCodes.begin(), heldCodes.end());
        const QStringList nextCodes = cleanCodes(f.value(QLatin1String("barcodes")).toArray());
        if (nextCodes != heldCodes) {
            if (Status s = writeBarcodes(variantId, nextCodes); !s)
                return s;
        }
    }
    return {};
}

Result<qint64> ProductReplicaWriter::insertVariant(qint64 productId, const QString &productName,
                                                   bool productArchived, const VariantState &variant)
{
    const QJsonObject &f = variant.fields;
    const QSet<QString> none;
    const QString label = textField(f, none, QStringLiteral("label"), {});
    QString reference = textField(f, none, QStringLiteral("reference"), {}).trimmed();
    if (reference.isEmpty())
        reference = variant.variantId; // the server requires one; never empty here
    if (Status s = freeReference(reference, 0); !s)
        return s.error();
    auto inserted = m_db.insert(
        QStringLiteral("INSERT INTO variants (uuid, product_id, label, reference, price_cents, safety_stock, "
                       "archived, sort_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {variant.variantId, productId, label, reference, intField(f, none, QStringLiteral("price_cents"), 0),
         intField(f, none, QStringLiteral("safety_stock"), 0), (variant.archived || productArchived) ? 1 : 0,
         Catalogue::sortKey(productName, label), m_now, m_now});
    if (!inserted)
        return inserted.error();
    const qint64 variantId = *inserted;
    if (Status s = writeBarcodes(variantId, cleanCodes(f.value(QLatin1String("barcodes")).toArray()), true);
        !s)
        return s.error();
    // Order lines and a stock state that came before the variant find it now.
    if (Status s = m_orders.variantArrived(variantId, variant.variantId); !s)
        return s.error();
    if (Status s = m_stock.variantArrived(variantId, variant.variantId); !s)
        return s.error();
    m_changed.products = true;
    return variantId;
}

// The server guarantees each barcode is unique in the shop: a code another local variant holds
// moves to this one (that variant's own state, if it changed, arrives with its product).
Status ProductReplicaWriter::writeBarcodes(qint64 variantId, const QStringList &codes, bool newVariant)
{
    if (!newVariant) {
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM barcodes WHERE variant_id = ?"), {variantId});
            !s)
            return s;
    }
    for (const QString &code : codes) {
        auto taken
            = m_db.rows(QStringLiteral("DELETE FROM barcodes WHERE code = ? RETURNING variant_id"), {code});
        if (!taken)
            return taken.error();
        for (const QVariantList &row : std::as_const(*taken))
            m_search.addVariant(row.at(0).toLongLong());
        if (Status s = m_db.exec(QStringLiteral("INSERT INTO barcodes (code, variant_id) VALUES (?, ?)"),
                                 {code, variantId});
            !s)
            return s;
    }
    m_changed.products = true;
    return {};
}

// The server guarantees references are unique in the shop (case-insensitive): a local variant
// holding this one (an edit of ours the server has not taken, or a reference since moved) gets a
// free stand-in, "<reference>~<n>", until its own state arrives.
Status ProductReplicaWriter::freeReference(const QString &reference, qint64 keepVariantId)
{
    auto holder
        = firstRow(m_db, QStringLiteral("SELECT id, reference FROM variants WHERE reference = ? AND id <> ?"),
                   {reference, keepVariantId});
    if (!holder)
        return holder.error();
    if (!*holder)
        return {};
    const qint64 holderId = (**holder).at(0).toLongLong();
    const QString own = (**holder).at(1).toString();
    for (int n = 1;; ++n) {
        const QString standIn = own + QLatin1Char('~') + QString::number(n);
        auto taken = firstRow(m_db, QStringLiteral("SELECT 1 FROM variants WHERE reference = ?"), {standIn});
        if (!taken)
            return taken.error();
        if (*taken)
            continue;
        qCWarning(lcSync) << "variant" << holderId << "gave up its reference to the marketplace's state";
        m_search.addVariant(holderId);
        return m_db.exec(QStringLiteral("UPDATE variants SET reference = ?, updated_at = ? WHERE id = ?"),
                         {standIn, m_now, holderId});
    }
}

Status ProductReplicaWriter::applyConflict(const ConflictEntry &conflict)
{
    // Entries never change: stored once.
    auto held = firstRow(m_db, QStringLiteral("SELECT 1 FROM sync_conflicts WHERE uuid = ?"),
                         {conflict.conflictId});
    if (!held)
        return held.error();
    if (*held)
        return {};
    m_changed.conflicts = true;
    return m_db.exec(
        QStringLiteral("INSERT OR IGNORE INTO sync_conflicts (uuid, product_uuid, variant_uuid, field, kept, "
                       "lost, kept_origin, lost_origin, rule, base_version, version, mutation_id, at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {conflict.conflictId, conflict.productId, text(conflict.variantId), conflict.field,
         compactJson(conflict.kept), compactJson(conflict.lost), text(conflict.keptOrigin),
         text(conflict.lostOrigin), text(conflict.rule), conflict.baseVersion, conflict.version,
         text(conflict.mutationId), iso(conflict.at)});
}

} // namespace comptoir
