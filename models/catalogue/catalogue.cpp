// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/catalogue.h"

#include "models/clock.h"
#include "models/fiscal/eventjournal.h"
#include "models/logging.h"
#include "models/money.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"
#include "models/vatrate.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace comptoir {

namespace {

// A null QString binds as SQL NULL: the text columns are NOT NULL, so bind "" instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
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

Catalogue::Catalogue(Database &db, const Clock &clock, UuidV7Generator &uuids, EventJournal &events)
    : m_db(db), m_clock(clock), m_uuids(uuids), m_events(events)
{ }

QString Catalogue::sortKey(const QString &productName, const QString &variantLabel)
{
    const QString joined = productName + QLatin1Char(' ') + variantLabel;
    const QString decomposed = joined.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            key += c;
    }
    return key.toLower().simplified();
}

QString Catalogue::timestamp() const
{
    return m_clock.now().toUTC().toString(Qt::ISODateWithMs);
}

// Every write opens its transaction before validating, so that the checks and the write see the
// same rows even when another connection (the sync thread) writes too; bad input rolls back an
// empty transaction.

// ---- categories -----------------------------------------------------------------------

Result<qint64> Catalogue::addCategory(const QString &name)
{
    return m_categories.add(name);
}

Status Catalogue::renameCategory(qint64 id, const QString &name)
{
    return m_categories.rename(id, name);
}

Result<QList<Category>> Catalogue::categories() const
{
    return m_categories.all();
}

// ---- validation ------------------------------------------------------------------------

Status Catalogue::validate(const ProductFields &product) const
{
    if (product.name.trimmed().isEmpty())
        return makeError(ErrorCode::EmptyName);
    if (!VatRate::all().contains(product.vatRateBp))
        return makeError(ErrorCode::UnknownVatRate, Money::formatRate(product.vatRateBp));
    if (product.categoryId) {
        if (Status s = m_categories.require(*product.categoryId); !s)
            return s;
    }
    return {};
}

Status Catalogue::validate(const VariantFields &variant, qint64 ignoreVariantId) const
{
    if (variant.priceCents < 0)
        return makeError(ErrorCode::NegativePrice, Money::formatPlain(variant.priceCents));
    if (variant.costCents && *variant.costCents < 0)
        return makeError(ErrorCode::NegativePrice, Money::formatPlain(*variant.costCents));
    // issue 18: the till's bound for a unit price (models/moneylimits.h), whoever writes the variant.
    if (variant.priceCents > MoneyLimits::MaxUnitPriceCents
        || (variant.costCents && *variant.costCents > MoneyLimits::MaxUnitPriceCents))
        return MoneyLimits::amountTooLarge(MoneyLimits::MaxUnitPriceCents);
    if (variant.lowStockThreshold < 0)
        return makeError(ErrorCode::InvalidQuantity, QString::number(variant.lowStockThreshold));
    if (!NetQuantities::isValid(variant.netQuantity))
        return makeError(ErrorCode::InvalidNetQuantity,
                         QString::number(variant.netQuantity.amount) + QLatin1Char(' ')
                             + NetQuantities::unitKey(variant.netQuantity.unit));
    if (Status s = m_barcodes.check(variant.barcodes, ignoreVariantId); !s)
        return s;
    return m_references.check(variant.reference, ignoreVariantId);
}

// ---- products ------------------------------------------------------------------------

Result<CreatedProduct> Catalogue::createProduct(const ProductFields &product,
                                                const VariantFields &firstVariant)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (Status s = validate(product); !s)
        return s.error();
    if (Status s = validate(firstVariant, 0); !s)
        return s.error();

    const QString now = timestamp();
    const QString name = product.name.trimmed();
    auto inserted = m_db.insert(
        QStringLiteral("INSERT INTO products (uuid, name, brand, category_id, vat_rate_bp, description, "
                       "visible_online, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m_uuids.next(), name, text(product.brand.trimmed()), nullable(product.categoryId), product.vatRateBp,
         text(product.description), (m_newVisible && m_newVisible()) ? 1 : 0, now, now});
    if (!inserted)
        return inserted.error();
    CreatedProduct created;
    created.productId = *inserted;
    auto variantId = insertVariant(created.productId, name, firstVariant);
    if (!variantId)
        return variantId.error();
    created.variantId = *variantId;
    if (Status s = m_outbox.queueCreated(created.productId, created.variantId); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCatalogue) << "created product" << created.productId << "variant" << created.variantId;
    return created;
}

Status Catalogue::updateProduct(qint64 productId, const ProductFields &product)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before
        = m_db.query(QStringLiteral("SELECT uuid, vat_rate_bp FROM products WHERE id = ?"), {productId});
    if (!before)
        return before.error();
    if (!before.value().next())
        return makeError(ErrorCode::NotFound, QString::number(productId));
    const QString uuid = before.value().value(0).toString();
    const int previousVatBp = before.value().value(1).toInt();
    before.value().finish();
    if (Status s = validate(product); !s)
        return s;
    auto syncedBefore = m_outbox.syncedProductFields(productId);
    if (!syncedBefore)
        return syncedBefore.error();

    const QString name = product.name.trimmed();
    if (Status s = m_db.exec(
            QStringLiteral("UPDATE products SET name = ?, brand = ?, category_id = ?, vat_rate_bp = ?, "
                           "description = ?, updated_at = ? WHERE id = ?"),
            {name, text(product.brand.trimmed()), nullable(product.categoryId), product.vatRateBp,
             text(product.description), timestamp(), productId});
        !s)
        return s;
    // The sort key carries the product name: rewrite it for every variant.
    auto q = m_db.query(QStringLiteral("SELECT id, label FROM variants WHERE product_id = ?"), {productId});
    if (!q)
        return q.error();
    QList<std::pair<qint64, QString>> keys;
    while (q.value().next())
        keys.append({q.value().value(0).toLongLong(), sortKey(name, q.value().value(1).toString())});
    for (const auto &[id, key] : std::as_const(keys)) {
        if (Status s = m_db.exec(QStringLiteral("UPDATE variants SET sort_key = ? WHERE id = ?"), {key, id});
            !s)
            return s;
    }
    // A VAT rate change is a fiscal fact: journalled (chained, signed) with the change, or neither.
    if (product.vatRateBp != previousVatBp) {
        QJsonObject detail;
        detail.insert(QStringLiteral("product_uuid"), uuid);
        detail.insert(QStringLiteral("from_bp"), previousVatBp);
        detail.insert(QStringLiteral("to_bp"), product.vatRateBp);
        if (auto event = m_events.record(EventKind::VatRateChanged, std::nullopt, detail); !event)
            return event.error();
    }
    if (Status s = m_outbox.queueProductChanges(productId, *syncedBefore); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcCatalogue) << "updated product" << productId;
    return {};
}

Status Catalogue::setProductArchived(qint64 productId, bool archived)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto current = m_db.query(QStringLiteral("SELECT archived FROM products WHERE id = ?"), {productId});
    if (!current)
        return current.error();
    if (!current.value().next())
        return makeError(ErrorCode::NotFound, QString::number(productId));
    const bool wasArchived = current.value().value(0).toInt() != 0;
    current.value().finish();

    const QString now = timestamp();
    const int flag = archived ? 1 : 0;
    if (Status s = m_db.exec(QStringLiteral("UPDATE products SET archived = ?, updated_at = ? WHERE id = ?"),
                             {flag, now, productId});
        !s)
        return s;
    if (Status s
        = m_db.exec(QStringLiteral("UPDATE variants SET archived = ?, updated_at = ? WHERE product_id = ?"),
                    {flag, now, productId});
        !s)
        return s;
    if (archived && !wasArchived) {
        if (Status s = m_outbox.queueArchive(productId); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcCatalogue) << (archived ? "archived product" : "unarchived product") << productId;
    return {};
}

Result<Product> Catalogue::product(qint64 productId) const
{
    auto q = m_db.query(
        QStringLiteral("SELECT id, uuid, name, brand, category_id, vat_rate_bp, description, archived "
                       "FROM products WHERE id = ?"),
        {productId});
    if (!q)
        return q.error();
    QSqlQuery &row = q.value();
    if (!row.next())
        return makeError(ErrorCode::NotFound, QString::number(productId));
    Product p;
    p.id = row.value(0).toLongLong();
    p.uuid = row.value(1).toString();
    p.fields.name = row.value(2).toString();
    p.fields.brand = row.value(3).toString();
    p.fields.categoryId = optionalInt(row.value(4));
    p.fields.vatRateBp = row.value(5).toInt();
    p.fields.description = row.value(6).toString();
    p.archived = row.value(7).toInt() != 0;
    return p;
}

// ---- variants ------------------------------------------------------------------------

Result<qint64> Catalogue::insertVariant(qint64 productId, const QString &productName,
                                        const VariantFields &variant)
{
    QString reference = variant.reference.trimmed();
    if (reference.isEmpty()) {
        auto made = m_references.next();
        if (!made)
            return made.error();
        reference = *made;
    }
    const QString label = variant.label.trimmed();
    const QString now = timestamp();
    auto inserted = m_db.insert(
        QStringLiteral("INSERT INTO variants (uuid, product_id, label, reference, price_cents, cost_cents, "
                       "low_stock_threshold, net_amount, net_unit, sort_key, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m_uuids.next(), productId, text(label), reference, variant.priceCents, nullable(variant.costCents),
         variant.lowStockThreshold, variant.netQuantity.amount,
         text(NetQuantities::unitKey(variant.netQuantity.unit)), sortKey(productName, label), now, now});
    if (!inserted)
        return inserted.error();
    const qint64 variantId = *inserted;
    if (Status s = m_barcodes.add(variantId, variant.barcodes); !s)
        return s.error();
    return variantId;
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
    if (Status s = m_outbox.queueVariantAdded(*variantId); !s)
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
    auto before = m_outbox.syncedVariant(variantId);
    if (!before)
        return before.error();

    const QString label = variant.label.trimmed();
    const QString reference = variant.reference.trimmed();
    // An empty reference keeps the one the variant already has.
    if (Status s = m_db.exec(
            QStringLiteral("UPDATE variants SET label = ?, reference = coalesce(nullif(?, ''), reference), "
                           "price_cents = ?, cost_cents = ?, low_stock_threshold = ?, net_amount = ?, "
                           "net_unit = ?, sort_key = ?, updated_at = ? WHERE id = ?"),
            {text(label), text(reference), variant.priceCents, nullable(variant.costCents),
             variant.lowStockThreshold, variant.netQuantity.amount,
             text(NetQuantities::unitKey(variant.netQuantity.unit)), sortKey(productName, label), timestamp(),
             variantId});
        !s)
        return s;

    if (Status s = m_barcodes.replace(variantId, variant.barcodes); !s)
        return s;
    if (Status s = m_outbox.queueVariantChanges(*before); !s)
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
    auto before = m_outbox.syncedVariant(variantId);
    if (!before)
        return before.error();
    if (Status s = m_db.exec(QStringLiteral("UPDATE variants SET archived = ?, updated_at = ? WHERE id = ?"),
                             {archived ? 1 : 0, timestamp(), variantId});
        !s)
        return s;
    if (Status s = m_outbox.queueVariantChanges(*before); !s)
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
                       "v.cost_cents, v.low_stock_threshold, v.archived, coalesce(s.quantity, 0), "
                       "v.net_amount, v.net_unit FROM variants v LEFT JOIN stock_on_hand s ON s.variant_id = "
                       "v.id WHERE ")
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
        v.fields.netQuantity.amount = row.value(10).toLongLong();
        v.fields.netQuantity.unit
            = NetQuantities::unitFromKey(row.value(11).toString()).value_or(NetUnit::None);
        result.append(v);
    }
    for (Variant &v : result) {
        auto codes = m_barcodes.of(v.id);
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
    auto byBarcode = m_barcodes.variantWith(trimmed);
    if (!byBarcode || *byBarcode)
        return byBarcode;
    return m_references.variantWith(trimmed);
}

} // namespace comptoir
