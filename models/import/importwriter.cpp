// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importwriter.h"

#include "models/catalogue/catalogue.h"
#include "models/catalogue/catalogueoutbox.h"
#include "models/catalogue/instorebarcodes.h"
#include "models/catalogue/variantbarcodes.h"
#include "models/catalogue/variantreferences.h"
#include "models/clock.h"
#include "models/outbox/outbox.h"
#include "models/storage/database.h"
#include "models/uuidv7.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace comptoir {

namespace {

QString idList(const QSet<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString movementNote()
{
    return QCoreApplication::translate("ImportWriter", "Catalogue import");
}

// As Catalogue binds them: a null QString would bind as SQL NULL in a NOT NULL column.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

ImportWriter::ImportWriter(Database &db, const Clock &clock, UuidV7Generator &uuids, EventJournal &events)
    : m_db(db),
      m_clock(clock),
      m_uuids(uuids),
      m_catalogue(std::make_unique<Catalogue>(db, clock, uuids, events)),
      m_ledger(std::make_unique<StockLedger>(db, clock, uuids)),
      m_inStore(std::make_unique<InStoreBarcodes>(db)),
      m_references(std::make_unique<VariantReferences>(db))
{ }

ImportWriter::~ImportWriter() = default;

QString ImportWriter::timestamp() const
{
    return m_clock.now().toUTC().toString(Qt::ISODateWithMs);
}

Status ImportWriter::write(const ImportPlan &plan, ImportSummary &summary, const ImportProgress &progress,
                           const std::atomic_bool *cancel)
{
    m_newCategories.clear();
    m_touchedProducts.clear();
    m_touchedVariants.clear();
    m_categoryNames.clear();
    m_nextSeq = 0;
    m_cursor.reset();
    // The search index's triggers stand aside until reindex() (the key exists only in this
    // transaction: no other connection ever sees it).
    if (Status s = m_db.exec(
            QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('search_deferred', '1')"));
        !s)
        return s;
    int done = 0;
    int total = 0;
    for (const PlannedProduct &product : plan.products)
        total += int(product.variants.size());
    for (const PlannedProduct &product : plan.products) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::ImportCancelled);
        if (Status s = writeProduct(product, summary); !s)
            return s;
        done += int(product.variants.size());
        if (progress)
            progress(done, total);
    }
    return reindex();
}

Result<std::optional<qint64>> ImportWriter::resolveCategory(const PlannedProduct &planned)
{
    if (planned.newCategory.isEmpty())
        return planned.fields.categoryId;
    const QString key = planned.newCategory.simplified().toCaseFolded();
    if (auto it = m_newCategories.constFind(key); it != m_newCategories.cend())
        return std::optional<qint64>(*it);
    auto added = m_catalogue->addCategory(planned.newCategory);
    if (!added)
        return added.error();
    m_newCategories.insert(key, *added);
    return std::optional<qint64>(*added);
}

Status ImportWriter::writeProduct(const PlannedProduct &planned, ImportSummary &summary)
{
    ProductFields fields = planned.fields;
    auto category = resolveCategory(planned);
    if (!category)
        return category.error();
    fields.categoryId = *category;
    const qint64 productId = planned.productId;
    if (productId != 0 && (planned.changed || !planned.newCategory.isEmpty())) {
        if (Status s = m_catalogue->updateProduct(productId, fields); !s)
            return s;
        m_touchedProducts.insert(productId);
    }
    std::optional<Target> target;
    for (const PlannedVariant &v : planned.variants) {
        qint64 variantId = v.variantId;
        QString newUuid;
        if (variantId == 0) {
            if (!target) {
                auto made = productId == 0 ? createProduct(fields) : existingProduct(productId);
                if (!made)
                    return made.error();
                target = *made;
            }
            VariantFields variant = v.fields;
            if (v.giveInStoreBarcode) {
                auto code = m_inStore->next();
                if (!code)
                    return code.error();
                variant.barcodes = {*code};
                ++summary.inStoreBarcodesGiven;
            }
            auto added = createVariant(*target, variant, newUuid);
            if (!added)
                return added.error();
            variantId = *added;
            if (v.giveInStoreBarcode)
                summary.inStoreBarcodeVariants.append(variantId);
            m_touchedVariants.insert(variantId);
        } else if (v.changed) {
            if (Status s = m_catalogue->updateVariant(variantId, v.fields); !s)
                return s;
            m_touchedVariants.insert(variantId);
        }
        if (Status s = writeStock(v, variantId, newUuid); !s)
            return s;
    }
    return {};
}

// Catalogue::createProduct's row; its product_upsert is queued with its first variant.
Result<ImportWriter::Target> ImportWriter::createProduct(const ProductFields &fields)
{
    Target target;
    target.uuid = m_uuids.next();
    target.name = fields.name.trimmed();
    const QString brand = text(fields.brand.trimmed());
    const QString now = timestamp();
    auto inserted = m_db.insert(
        QStringLiteral("INSERT INTO products (uuid, name, brand, category_id, vat_rate_bp, description, "
                       "visible_online, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {target.uuid, target.name, brand, nullable(fields.categoryId), fields.vatRateBp,
         text(fields.description), m_newVisible ? 1 : 0, now, now});
    if (!inserted)
        return inserted.error();
    target.id = *inserted;
    QString category;
    if (fields.categoryId) {
        auto name = categoryName(*fields.categoryId);
        if (!name)
            return name.error();
        category = *name;
    }
    // A new product has no online texts yet; it is visible online as the shop's setting says.
    target.createdFields = CatalogueOutbox::productApiFields(
        target.name, brand, category, text(fields.description), {}, {}, m_newVisible, fields.vatRateBp);
    return target;
}

Result<ImportWriter::Target> ImportWriter::existingProduct(qint64 productId) const
{
    auto q
        = m_db.query(QStringLiteral("SELECT uuid, name, server_version, archived FROM products WHERE id = ?"),
                     {productId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, QString::number(productId));
    Target target;
    target.id = productId;
    target.uuid = q.value().value(0).toString();
    target.name = q.value().value(1).toString();
    target.baseVersion = q.value().value(2).toLongLong();
    target.archived = q.value().value(3).toInt() != 0;
    return target;
}

Result<QString> ImportWriter::categoryName(qint64 categoryId)
{
    if (auto it = m_categoryNames.constFind(categoryId); it != m_categoryNames.cend())
        return *it;
    auto q = m_db.query(QStringLiteral("SELECT name FROM categories WHERE id = ?"), {categoryId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, QString::number(categoryId));
    const QString name = q.value().value(0).toString();
    m_categoryNames.insert(categoryId, name);
    return name;
}

// Catalogue::insertVariant's rows and the product_upsert CatalogueOutbox::queueCreated (the
// product's first variant) or queueVariantAdded would queue.
Result<qint64> ImportWriter::createVariant(Target &product, VariantFields variant, QString &uuid)
{
    QString reference = variant.reference.trimmed();
    if (reference.isEmpty()) {
        auto made = m_references->next();
        if (!made)
            return made.error();
        reference = *made;
    }
    const QString label = text(variant.label.trimmed());
    const QString now = timestamp();
    uuid = m_uuids.next();
    auto inserted = m_db.insert(
        QStringLiteral("INSERT INTO variants (uuid, product_id, label, reference, price_cents, cost_cents, "
                       "low_stock_threshold, net_amount, net_unit, sort_key, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {uuid, product.id, label, reference, variant.priceCents, nullable(variant.costCents),
         variant.lowStockThreshold, variant.netQuantity.amount,
         text(NetQuantities::unitKey(variant.netQuantity.unit)), Catalogue::sortKey(product.name, label), now,
         now});
    if (!inserted)
        return inserted.error();
    const qint64 variantId = *inserted;
    QStringList codes = VariantBarcodes::clean(variant.barcodes);
    for (const QString &code : std::as_const(codes)) {
        if (Status s = m_db.exec(QStringLiteral("INSERT INTO barcodes (code, variant_id) VALUES (?, ?)"),
                                 {code, variantId});
            !s)
            return s.error();
    }
    codes.sort(); // as VariantBarcodes::of reads them
    if (product.archived)
        return variantId; // the marketplace refuses patches on a tombstone: local only
    const QJsonObject fields = CatalogueOutbox::newVariantFields(
        CatalogueOutbox::variantApiFields(label, reference, variant.priceCents, 0, false, codes));
    const QJsonObject payload = CatalogueOutbox::upsertPayload(product.uuid, product.baseVersion,
                                                               product.createdFields, uuid, fields);
    product.createdFields = {};
    if (Status s = queueMutation(m_db, m_clock, MutationKind::productUpsert(), product.uuid, payload); !s)
        return s.error();
    return variantId;
}

Status ImportWriter::writeStock(const PlannedVariant &planned, qint64 variantId,
                                const QString &newVariantUuid)
{
    if (newVariantUuid.isEmpty()) {
        // An existing variant: its stock may have moved since the plan read it; the ledger reads it.
        if (planned.countTo) {
            if (auto counted = m_ledger->recordCount(variantId, *planned.countTo, movementNote()); !counted)
                return counted.error();
            m_nextSeq = 0;
        }
        if (planned.received > 0) {
            if (auto received
                = m_ledger->record(variantId, planned.received, MovementReason::Receipt, movementNote());
                !received)
                return received.error();
            m_nextSeq = 0;
        }
        return {};
    }
    // A new variant: nothing on hand yet.
    if (planned.countTo) {
        if (Status s = writeMovement(variantId, newVariantUuid, *planned.countTo, planned.countTo,
                                     MovementReason::Count);
            !s)
            return s;
    }
    if (planned.received > 0) {
        if (Status s = writeMovement(variantId, newVariantUuid, planned.received, std::nullopt,
                                     MovementReason::Receipt);
            !s)
            return s;
    }
    return {};
}

// StockLedger::record / recordCount's row and mutation, numbered here.
Status ImportWriter::writeMovement(qint64 variantId, const QString &variantUuid, qint64 delta,
                                   std::optional<qint64> counted, MovementReason reason)
{
    if (m_nextSeq == 0) {
        auto seq = StockLedger::nextDeviceSeq(m_db);
        if (!seq)
            return seq.error();
        m_nextSeq = *seq;
    }
    if (counted && !m_cursor) {
        auto cursor = StockLedger::syncCursor(m_db);
        if (!cursor)
            return cursor.error();
        m_cursor = *cursor;
    }
    StockMovement movement;
    movement.variantId = variantId;
    movement.delta = delta;
    movement.countedQuantity = counted;
    movement.reason = reason;
    movement.note = movementNote();
    movement.deviceId = m_db.deviceId();
    movement.deviceSeq = m_nextSeq;
    movement.id = m_uuids.next();
    movement.occurredAt = m_clock.now().toUTC();
    movement.origin = QStringLiteral("local");
    if (Status s = StockLedger::writeMovement(m_db, m_clock, movement, variantUuid, m_cursor.value_or(0)); !s)
        return s;
    ++m_nextSeq;
    return {};
}

// The same documents as the search_variant_update trigger writes (sync/engine/replicasearchindex
// does the same for a sync page), for every variant touched and every variant of a touched product.
Status ImportWriter::reindex()
{
    if (!m_touchedProducts.isEmpty() || !m_touchedVariants.isEmpty()) {
        const QString touched
            = QStringLiteral("SELECT id FROM variants WHERE product_id IN (SELECT value FROM json_each(?))"
                             " UNION SELECT value FROM json_each(?)");
        const QVariantList ids {idList(m_touchedProducts), idList(m_touchedVariants)};
        if (Status s
            = m_db.exec(QStringLiteral("DELETE FROM catalogue_search WHERE rowid IN (%1)").arg(touched), ids);
            !s)
            return s;
        if (Status s = m_db.exec(
                QStringLiteral("INSERT INTO catalogue_search (rowid, name, brand, category, label, codes) "
                               "SELECT v.id, p.name, p.brand, coalesce(c.name, ''), v.label, v.reference || "
                               "coalesce((SELECT ' ' || group_concat(code, ' ') FROM barcodes WHERE "
                               "variant_id = v.id), '') "
                               "FROM variants v JOIN products p ON p.id = v.product_id "
                               "LEFT JOIN categories c ON c.id = p.category_id WHERE v.id IN (%1)")
                    .arg(touched),
                ids);
            !s)
            return s;
    }
    return m_db.exec(QStringLiteral("DELETE FROM meta WHERE key = 'search_deferred'"));
}

} // namespace comptoir
