// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importwriter.h"

#include "models/catalogue/catalogue.h"
#include "models/catalogue/instorebarcodes.h"
#include "models/stock/stockledger.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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

} // namespace

ImportWriter::ImportWriter(Database &db, const Clock &clock, UuidV7Generator &uuids, EventJournal &events)
    : m_db(db),
      m_catalogue(std::make_unique<Catalogue>(db, clock, uuids, events)),
      m_ledger(std::make_unique<StockLedger>(db, clock, uuids)),
      m_inStore(std::make_unique<InStoreBarcodes>(db))
{ }

ImportWriter::~ImportWriter() = default;

Status ImportWriter::write(const ImportPlan &plan, ImportSummary &summary, const ImportProgress &progress,
                           const std::atomic_bool *cancel)
{
    m_newCategories.clear();
    m_touchedProducts.clear();
    m_touchedVariants.clear();
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

Status ImportWriter::writeProduct(const PlannedProduct &planned, ImportSummary &summary)
{
    Catalogue &catalogue = *m_catalogue;
    ProductFields fields = planned.fields;
    if (!planned.newCategory.isEmpty()) {
        const QString key = planned.newCategory.simplified().toCaseFolded();
        if (auto it = m_newCategories.constFind(key); it != m_newCategories.cend()) {
            fields.categoryId = *it;
        } else {
            auto added = catalogue.addCategory(planned.newCategory);
            if (!added)
                return added.error();
            m_newCategories.insert(key, *added);
            fields.categoryId = *added;
        }
    }
    qint64 productId = planned.productId;
    if (productId != 0 && (planned.changed || !planned.newCategory.isEmpty())) {
        if (Status s = catalogue.updateProduct(productId, fields); !s)
            return s;
        m_touchedProducts.insert(productId);
    }
    for (const PlannedVariant &v : planned.variants) {
        qint64 variantId = v.variantId;
        if (variantId == 0) {
            VariantFields variant = v.fields;
            if (v.giveInStoreBarcode) {
                auto code = m_inStore->next();
                if (!code)
                    return code.error();
                variant.barcodes = {*code};
                ++summary.inStoreBarcodesGiven;
            }
            auto added = catalogue.addVariantOrCreateProduct(productId, fields, variant);
            if (!added)
                return added.error();
            variantId = *added;
            m_touchedVariants.insert(variantId);
        } else if (v.changed) {
            if (Status s = catalogue.updateVariant(variantId, v.fields); !s)
                return s;
            m_touchedVariants.insert(variantId);
        }
        if (Status s = writeStock(v, variantId); !s)
            return s;
    }
    return {};
}

Status ImportWriter::writeStock(const PlannedVariant &planned, qint64 variantId)
{
    StockLedger &ledger = *m_ledger;
    if (planned.countTo) {
        if (auto counted = ledger.recordCount(variantId, *planned.countTo, movementNote()); !counted)
            return counted.error();
    }
    if (planned.received > 0) {
        if (auto received
            = ledger.record(variantId, planned.received, MovementReason::Receipt, movementNote());
            !received)
            return received.error();
    }
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
