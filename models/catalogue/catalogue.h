// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalogue/catalogueoutbox.h"
#include "models/catalogue/categories.h"
#include "models/catalogue/netquantity.h"
#include "models/catalogue/variantbarcodes.h"
#include "models/catalogue/variantreferences.h"
#include "models/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <utility>

namespace comptoir {

class Clock;
class Database;
class EventJournal;
class UuidV7Generator;

struct ProductFields
{
    QString name; // required, trimmed
    QString brand;
    std::optional<qint64> categoryId;
    int vatRateBp = 2000; // one of VatRate::all()
    QString description;
};

struct VariantFields
{
    QString label; // "75 cl", "Rouge / M"; may be empty for a single variant
    QString reference; // internal code, unique; made up ("C000123") when empty
    QStringList barcodes; // EAN-8 / EAN-13 / UPC-A, each unique in the shop
    qint64 priceCents = 0; // VAT included, >= 0
    std::optional<qint64> costCents; // VAT excluded, >= 0
    int lowStockThreshold = 0; // highlighted when on hand <= threshold (and threshold > 0)
    NetQuantity netQuantity; // what one item holds (issue 14): the unit price on shelf labels; local
};

struct Product
{
    qint64 id = 0;
    QString uuid;
    ProductFields fields;
    bool archived = false;
};

struct Variant
{
    qint64 id = 0;
    QString uuid;
    qint64 productId = 0;
    VariantFields fields;
    bool archived = false;
    qint64 onHand = 0;
};

struct CreatedProduct
{
    qint64 productId = 0;
    qint64 variantId = 0;
};

// The shop's catalogue: categories (Categories), products, variants and their barcodes
// (VariantBarcodes) and references (VariantReferences). Every write validates its input first
// and is one transaction (nested in the caller's if any): bad input returns an Error and writes
// nothing. A write that changes what the marketplace knows queues its mutation in the same
// transaction (CatalogueOutbox): a new product or variant → product_upsert with all its fields;
// an edit → product_upsert with only the changed fields (a no-op edit queues nothing); archiving
// a product → product_archive; archiving a variant → its `archived` field; renaming a category →
// each of its products' `category`. v1 has no un-archive: un-archiving a product is local only.
class Catalogue
{
public:
    // A product's VAT rate change is recorded in events (EventKind::VatRateChanged) in the same
    // transaction as the change.
    Catalogue(Database &db, const Clock &clock, UuidV7Generator &uuids, EventJournal &events);

    Result<qint64> addCategory(const QString &name);
    Status renameCategory(qint64 id, const QString &name);
    Result<QList<Category>> categories() const;

    // Whether a product created from now on is visible online (the shop's setting "new products are
    // listed online", issue 15: models/settings sits above this room, so app/ passes it as a
    // function). Without one, new products are not visible online (the column's default).
    void setNewProductsVisibleOnline(std::function<bool()> visible) { m_newVisible = std::move(visible); }

    Result<CreatedProduct> createProduct(const ProductFields &product, const VariantFields &firstVariant);
    Status updateProduct(qint64 productId, const ProductFields &product);
    Status setProductArchived(qint64 productId, bool archived); // archives its variants too
    Result<Product> product(qint64 productId) const;

    Result<qint64> addVariant(qint64 productId, const VariantFields &variant);
    // Adds the variant to productId or, when productId is 0, creates the product with it as its
    // first variant and sets productId. Returns the new variant's id. (Importers and generators
    // build products variant by variant.)
    Result<qint64> addVariantOrCreateProduct(qint64 &productId, const ProductFields &product,
                                             const VariantFields &variant);
    Status updateVariant(qint64 variantId, const VariantFields &variant);
    Status setVariantArchived(qint64 variantId, bool archived);
    Result<Variant> variant(qint64 variantId) const;
    Result<QList<Variant>> variantsOf(qint64 productId) const;

    // Exact match on a barcode or an internal reference (what a scanner or a person types).
    // An absent code is not an error: the result holds no value.
    Result<std::optional<qint64>> findVariantByCode(const QString &code) const;
    // The variant whose reference is a scale barcode's item code (leading zeros ignored).
    Result<std::optional<qint64>> findVariantByScaleItem(const QString &itemCode) const
    {
        return m_references.variantWithScaleItem(itemCode);
    }

    // The accent- and case-folded key the catalogue is ordered by ("epices rouges 250 g").
    static QString sortKey(const QString &productName, const QString &variantLabel);

private:
    Status validate(const ProductFields &product) const;
    Status validate(const VariantFields &variant, qint64 ignoreVariantId) const;
    // Inserts a validated variant and its barcodes; the caller holds the transaction.
    Result<qint64> insertVariant(qint64 productId, const QString &productName, const VariantFields &variant);
    Result<QList<Variant>> readVariants(const QString &where, const QVariantList &bindings) const;
    QString timestamp() const; // the clock's now, ISO 8601 UTC with milliseconds

    Database &m_db;
    const Clock &m_clock;
    UuidV7Generator &m_uuids;
    EventJournal &m_events;
    std::function<bool()> m_newVisible;
    VariantBarcodes m_barcodes {m_db};
    VariantReferences m_references {m_db};
    CatalogueOutbox m_outbox {m_db, m_clock, m_barcodes};
    Categories m_categories {m_db, m_outbox};
};

} // namespace comptoir
