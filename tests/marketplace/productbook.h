#pragma once

#include "reply.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace comptoir::market {

class MarketStore;
class StockBook;

// Products and their variants, edited from both sides with per-field versions and origins
// (DESIGN §3.6, docs/marketplace-api.md §11). A field "changed on the server since base" when its
// last change has a version above the patch's base_version and came from someone else (another
// device or the marketplace). Shop-owned fields: the patch wins and the overwritten value is
// logged; marketplace_category: the server wins and the patch's value is logged;
// moderation_status is never writable by a shop. Archived products are tombstones. Runs inside
// the caller's transaction; a business refusal answers 422 with its code, and a successful reply's
// body carries {version, conflicts}.
class ProductBook
{
public:
    ProductBook(MarketStore &store, StockBook &stock);

    Reply upsert(const QString &shopId, const QString &deviceId, const QString &mutationId,
                 const QJsonObject &payload);
    Reply archive(const QString &shopId, const QString &productId);
    Reply linkPhotos(const QString &shopId, const QString &deviceId, const QString &mutationId,
                     const QJsonObject &payload);

    // The marketplace's own edits (admin, origin "marketplace"): any field, applied on the
    // current version, so without conflict.
    Reply editOnline(const QString &shopId, const QString &productId, const QJsonObject &fields,
                     const QJsonArray &variants = {});
    // A product created online: {product_id?, fields, variants: [{variant_id?, fields, on_hand?}]}.
    Reply createOnline(const QString &shopId, const QJsonObject &request);

    QJsonObject productJson(const QString &productId) const;
    // The states of many products in two queries (a snapshot page); absent ids are left out.
    QHash<QString, QJsonObject> productsJson(const QStringList &productIds) const;
    // The same as compact JSON text (the snapshot writes it into its page as is).
    QHash<QString, QByteArray> productsText(const QStringList &productIds) const;
    QJsonObject conflictJson(const QString &conflictId) const;
    qint64 variantPrice(const QString &variantId) const;

private:
    struct Target // one product or variant being patched
    {
        QString variantId; // empty: the product itself
        QJsonObject fields;
        QJsonObject versions; // field → {"v": version of its last change, "o": its origin}
        bool isNew = false;
        bool changed = false;
    };
    struct Patch // one whole mutation (or online edit) being applied
    {
        struct Conflict
        {
            QString variantId, field;
            QJsonValue kept, lost;
            QString keptOrigin, lostOrigin, rule;
        };
        QString productId;
        QString origin; // "device:<uuid>" or "marketplace"
        qint64 baseVersion = 0;
        qint64 newVersion = 0;
        QList<Conflict> conflicts;
    };

    // "" when acceptable, else the English reason; `code` gets the rejection code.
    QString check(const QString &shopId, const QString &variantId, const QString &field,
                  const QJsonValue &value, bool variant, QString *code) const;
    void merge(Patch &patch, Target &target, const QJsonObject &incoming);
    QJsonObject logConflict(const QString &shopId, const QString &productId, const QString &variantId,
                            const QString &field, const QJsonValue &kept, const QJsonValue &lost,
                            const QString &keptOrigin, const QString &lostOrigin, const QString &rule,
                            qint64 baseVersion, qint64 version, const QString &mutationId);
    void saveVariant(const QString &shopId, const Target &variant);
    void createVariant(const QString &shopId, const QString &productId, const QString &variantId,
                       const QJsonObject &fields, const QString &origin, qint64 version);

    MarketStore &m_store;
    StockBook &m_stock;
};

} // namespace comptoir::market
