// Catalogue: the variant half (variants, their barcodes, look-up by code).
#include "models/catalogue/catalogue.h"

#include "models/logging.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"

#include <QSet>
#include <QSqlQuery>

namespace comptoir {

namespace {

// A null QString binds as SQL NULL: the text columns are NOT NULL, so bind "" instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QStringList cleanCodes(const QStringList &codes)
{
    QStringList result;
    for (const QString &code : codes) {
        const QString trimmed = code.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result << trimmed;
    }
    return result;
}

QVariant nullableInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

Status checkExists(const Database &db, const QString &table, qint64 id)
{
    auto q = db.query(QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, QString::number(id));
    return {};
}

} // namespace

Result<qint64> Catalogue::insertVariant(qint64 productId, const QString &productName,
                                        const VariantFields &variant)
{
    QString reference = variant.reference.trimmed();
    if (reference.isEmpty()) {
        auto made = makeReference();
        if (!made)
            return made.error();
        reference = *made;
    }
    const QString label = variant.label.trimmed();
    const QString now = timestamp();
    auto inserted = m_db.insert(
        QStringLiteral("INSERT INTO variants (uuid, product_id, label, reference, price_cents, cost_cents, "
                       "low_stock_threshold, sort_key, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m_uuids.next(), productId, text(label), reference, variant.priceCents,
         nullableInt(variant.costCents), variant.lowStockThreshold, sortKey(productName, label), now, now});
    if (!inserted)
        return inserted.error();
    const qint64 variantId = *inserted;
    if (Status s = insertBarcodes(variantId, cleanCodes(variant.barcodes)); !s)
        return s.error();
    return variantId;
}

Status Catalogue::insertBarcodes(qint64 variantId, const QStringList &codes)
{
    for (const QString &code : codes) {
        if (Status s = m_db.exec(QStringLiteral("INSERT INTO barcodes (code, variant_id) VALUES (?, ?)"),
                                 {code, variantId});
            !s)
            return s;
    }
    return {};
}

Result<QStringList> Catalogue::barcodesOf(qint64 variantId) const
{
    auto q = m_db.query(QStringLiteral("SELECT code FROM barcodes WHERE variant_id = ? ORDER BY code"),
                        {variantId});
    if (!q)
        return q.error();
    QStringList codes;
    while (q.value().next())
        codes << q.value().value(0).toString();
    return codes;
}

Result<qint64> Catalogue::addVariant(qint64 productId, const VariantFields &variant)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto q = m_db.query(QStringLiteral("SELECT name FROM products WHERE id = ?"), {productId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, QString::number(productId));
    const QString productName = q.value().value(0).toString();
    if (Status s = validate(variant, 0); !s)
        return s.error();

    auto variantId = insertVariant(productId, productName, variant);
    if (!variantId)
        return variantId.error();
    auto synced = syncedVariant(*variantId);
    if (!synced)
        return synced.error();
    if (Status s = queueUpsert(productId, {}, synced->uuid, newVariantFields(synced->fields)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCatalogue) << "added variant" << *variantId << "to product" << productId;
    return variantId;
}

Result<qint64> Catalogue::addVariantOrCreateProduct(qint64 &productId, const ProductFields &product,
                                                    const VariantFields &variant)
{
    if (productId != 0)
        return addVariant(productId, variant);
    auto created = createProduct(product, variant);
    if (!created)
        return created.error();
    productId = created->productId;
    return created->variantId;
}

Status Catalogue::updateVariant(qint64 variantId, const VariantFields &variant)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto q = m_db.query(QStringLiteral("SELECT p.name FROM variants v JOIN products p ON p.id = v.product_id "
                                       "WHERE v.id = ?"),
                        {variantId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, QString::number(variantId));
    const QString productName = q.value().value(0).toString();
    if (Status s = validate(variant, variantId); !s)
        return s;
    auto before = syncedVariant(variantId);
    if (!before)
        return before.error();

    const QString label = variant.label.trimmed();
    const QString reference = variant.reference.trimmed();
    // An empty reference keeps the one the variant already has.
    if (Status s = m_db.exec(
            QStringLiteral("UPDATE variants SET label = ?, reference = coalesce(nullif(?, ''), reference), "
                           "price_cents = ?, cost_cents = ?, low_stock_threshold = ?, sort_key = ?, "
                           "updated_at = ? WHERE id = ?"),
            {text(label), text(reference), variant.priceCents, nullableInt(variant.costCents),
             variant.lowStockThreshold, sortKey(productName, label), timestamp(), variantId});
        !s)
        return s;

    auto current = barcodesOf(variantId);
    if (!current)
        return current.error();
    const QStringList wanted = cleanCodes(variant.barcodes);
    for (const QString &code : std::as_const(*current)) {
        if (wanted.contains(code))
            continue;
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM barcodes WHERE code = ?"), {code}); !s)
            return s;
    }
    QStringList added;
    for (const QString &code : wanted) {
        if (!current->contains(code))
            added << code;
    }
    if (Status s = insertBarcodes(variantId, added); !s)
        return s;
    if (Status s = queueVariantChanges(*before); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcCatalogue) << "updated variant" << variantId;
    return {};
}

Status Catalogue::setVariantArchived(qint64 variantId, bool archived)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = syncedVariant(variantId);
    if (!before)
        return before.error();
    if (Status s = m_db.exec(QStringLiteral("UPDATE variants SET archived = ?, updated_at = ? WHERE id = ?"),
                             {archived ? 1 : 0, timestamp(), variantId});
        !s)
        return s;
    if (Status s = queueVariantChanges(*before); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcCatalogue) << (archived ? "archived variant" : "unarchived variant") << variantId;
    return {};
}

Result<QList<Variant>> Catalogue::readVariants(const QString &where, const QVariantList &bindings) const
{
    auto q = m_db.query(
        QStringLiteral("SELECT v.id, v.uuid, v.product_id, v.label, v.reference, v.price_cents, "
                       "v.cost_cents, v.low_stock_threshold, v.archived, coalesce(s.quantity, 0) "
                       "FROM variants v LEFT JOIN stock_on_hand s ON s.variant_id = v.id WHERE ")
            + where + QStringLiteral(" ORDER BY v.id"),
        bindings);
    if (!q)
        return q.error();
    QList<Variant> result;
    QSqlQuery &row = q.value();
    while (row.next()) {
        Variant v;
        v.id = row.value(0).toLongLong();
        v.uuid = row.value(1).toString();
        v.productId = row.value(2).toLongLong();
        v.fields.label = row.value(3).toString();
        v.fields.reference = row.value(4).toString();
        v.fields.priceCents = row.value(5).toLongLong();
        if (!row.value(6).isNull())
            v.fields.costCents = row.value(6).toLongLong();
        v.fields.lowStockThreshold = row.value(7).toInt();
        v.archived = row.value(8).toInt() != 0;
        v.onHand = row.value(9).toLongLong();
        result.append(v);
    }
    for (Variant &v : result) {
        auto codes = barcodesOf(v.id);
        if (!codes)
            return codes.error();
        v.fields.barcodes = *codes;
    }
    return result;
}

Result<Variant> Catalogue::variant(qint64 variantId) const
{
    auto found = readVariants(QStringLiteral("v.id = ?"), {variantId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, QString::number(variantId));
    return found->constFirst();
}

Result<QList<Variant>> Catalogue::variantsOf(qint64 productId) const
{
    if (Status s = checkExists(m_db, QStringLiteral("products"), productId); !s)
        return s.error();
    return readVariants(QStringLiteral("v.product_id = ?"), {productId});
}

Result<std::optional<qint64>> Catalogue::findVariantByCode(const QString &code) const
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return std::optional<qint64>();
    auto q = m_db.query(QStringLiteral("SELECT variant_id FROM barcodes WHERE code = ?"), {trimmed});
    if (!q)
        return q.error();
    if (q.value().next())
        return std::optional<qint64>(q.value().value(0).toLongLong());
    // The reference column compares without case (COLLATE NOCASE).
    auto r = m_db.query(QStringLiteral("SELECT id FROM variants WHERE reference = ?"), {trimmed});
    if (!r)
        return r.error();
    if (r.value().next())
        return std::optional<qint64>(r.value().value(0).toLongLong());
    return std::optional<qint64>();
}

} // namespace comptoir
