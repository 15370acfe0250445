#include "models/catalogue/catalogue.h"

#include "models/catalogue/barcode.h"
#include "models/clock.h"
#include "models/fiscal/eventjournal.h"
#include "models/logging.h"
#include "models/money.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"
#include "models/vatrate.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace comptoir {

namespace {

// A null QString binds as SQL NULL: the text columns are NOT NULL, so bind "" instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString NextReferenceKey = QStringLiteral("next_reference");

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

// The barcodes as stored: trimmed, empty entries dropped.
QStringList cleanBarcodes(const QStringList &codes)
{
    QStringList result;
    for (const QString &code : codes) {
        const QString trimmed = code.trimmed();
        if (!trimmed.isEmpty())
            result << trimmed;
    }
    return result;
}

// True when the query has a first row; its error otherwise.
Result<bool> exists(const Database &db, const QString &sql, const QVariantList &bindings)
{
    auto q = db.query(sql, bindings);
    if (!q)
        return q.error();
    return q.value().next();
}

// NotFound (or `missing`) unless the row with this id exists.
Status requireRow(const Database &db, const QString &sql, qint64 id, ErrorCode missing = ErrorCode::NotFound)
{
    auto found = exists(db, sql, {id});
    if (!found)
        return found.error();
    if (!*found)
        return makeError(missing, QString::number(id));
    return {};
}

// Compared in code: SQLite's NOCASE folds ASCII only, and "épicerie" is "Épicerie".
Result<bool> categoryNameTaken(const Database &db, const QString &name, qint64 ignoreId)
{
    auto q = db.query(QStringLiteral("SELECT id, name FROM categories WHERE id <> ?"), {ignoreId});
    if (!q)
        return q.error();
    while (q.value().next()) {
        if (q.value().value(1).toString().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
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
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::EmptyName);
    auto taken = categoryNameTaken(m_db, trimmed, 0);
    if (!taken)
        return taken.error();
    if (*taken)
        return makeError(ErrorCode::DuplicateCategory, trimmed);

    auto inserted = m_db.insert(QStringLiteral("INSERT INTO categories (name) VALUES (?)"), {trimmed});
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCatalogue) << "added category" << id;
    return id;
}

Status Catalogue::renameCategory(qint64 id, const QString &name)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto current = m_db.query(QStringLiteral("SELECT name FROM categories WHERE id = ?"), {id});
    if (!current)
        return current.error();
    if (!current.value().next())
        return makeError(ErrorCode::NotFound, QString::number(id));
    const QString previousName = current.value().value(0).toString();
    current.value().finish();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::EmptyName);
    auto taken = categoryNameTaken(m_db, trimmed, id);
    if (!taken)
        return taken.error();
    if (*taken)
        return makeError(ErrorCode::DuplicateCategory, trimmed);

    if (Status s = m_db.exec(QStringLiteral("UPDATE categories SET name = ? WHERE id = ?"), {trimmed, id});
        !s)
        return s;
    if (trimmed != previousName) {
        if (Status s = queueCategoryRenamed(id, trimmed); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcCatalogue) << "renamed category" << id;
    return {};
}

Result<QList<Category>> Catalogue::categories() const
{
    auto q = m_db.query(QStringLiteral("SELECT id, name FROM categories ORDER BY name COLLATE NOCASE, id"));
    if (!q)
        return q.error();
    QList<Category> result;
    while (q.value().next())
        result.append(Category {q.value().value(0).toLongLong(), q.value().value(1).toString()});
    return result;
}

// ---- validation ------------------------------------------------------------------------

Status Catalogue::validate(const ProductFields &product) const
{
    if (product.name.trimmed().isEmpty())
        return makeError(ErrorCode::EmptyName);
    if (!VatRate::all().contains(product.vatRateBp))
        return makeError(ErrorCode::UnknownVatRate, Money::formatRate(product.vatRateBp));
    if (product.categoryId) {
        if (Status s = requireRow(m_db, QStringLiteral("SELECT 1 FROM categories WHERE id = ?"),
                                  *product.categoryId, ErrorCode::UnknownCategory);
            !s)
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
    if (variant.lowStockThreshold < 0)
        return makeError(ErrorCode::InvalidQuantity, QString::number(variant.lowStockThreshold));

    const QStringList codes = cleanBarcodes(variant.barcodes);
    for (const QString &code : codes) {
        if (!Barcode::isValid(code))
            return makeError(ErrorCode::InvalidBarcode, code);
    }
    QSet<QString> seen;
    for (const QString &code : codes) {
        if (seen.contains(code))
            return makeError(ErrorCode::DuplicateBarcode, code);
        seen.insert(code);
        auto q = m_db.query(
            QStringLiteral("SELECT p.name FROM barcodes b JOIN variants v ON v.id = b.variant_id "
                           "JOIN products p ON p.id = v.product_id "
                           "WHERE b.code = ? AND b.variant_id <> ?"),
            {code, ignoreVariantId});
        if (!q)
            return q.error();
        if (q.value().next())
            return makeError(ErrorCode::DuplicateBarcode, code, q.value().value(0).toString());
    }

    const QString reference = variant.reference.trimmed();
    if (!reference.isEmpty()) {
        auto taken = exists(m_db, QStringLiteral("SELECT 1 FROM variants WHERE reference = ? AND id <> ?"),
                            {reference, ignoreVariantId});
        if (!taken)
            return taken.error();
        if (*taken)
            return makeError(ErrorCode::DuplicateReference, reference);
    }
    return {};
}

Result<QString> Catalogue::makeReference()
{
    auto stored = m_db.meta(NextReferenceKey);
    if (!stored)
        return stored.error();
    qint64 next = stored->isEmpty() ? 1 : stored->toLongLong();
    if (next < 1)
        next = 1;
    for (;;) {
        const QString candidate = QLatin1Char('C') + QStringLiteral("%1").arg(next, 6, 10, QLatin1Char('0'));
        ++next;
        auto taken = exists(m_db, QStringLiteral("SELECT 1 FROM variants WHERE reference = ?"), {candidate});
        if (!taken)
            return taken.error();
        if (*taken)
            continue;
        if (Status s = m_db.setMeta(NextReferenceKey, QString::number(next)); !s)
            return s.error();
        return candidate;
    }
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
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {m_uuids.next(), name, text(product.brand.trimmed()), nullable(product.categoryId), product.vatRateBp,
         text(product.description), now, now});
    if (!inserted)
        return inserted.error();
    CreatedProduct created;
    created.productId = *inserted;
    auto variantId = insertVariant(created.productId, name, firstVariant);
    if (!variantId)
        return variantId.error();
    created.variantId = *variantId;
    if (Status s = queueCreated(created.productId, created.variantId); !s)
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
    auto syncedBefore = syncedProductFields(productId);
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
    auto syncedAfter = syncedProductFields(productId);
    if (!syncedAfter)
        return syncedAfter.error();
    if (Status s = queueUpsert(productId, changedFields(*syncedBefore, *syncedAfter), {}, {}); !s)
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
        if (Status s = queueArchive(productId); !s)
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

} // namespace comptoir
