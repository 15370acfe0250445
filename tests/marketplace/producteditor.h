// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace comptoir::market {

class MarketStore;
class ProductStates;
class StockBook;

// What every edit of a product does, whoever makes it (a shop's push: ProductBook; the
// marketplace: OnlineProducts): checks a field's value, merges incoming fields into the stored
// ones with per-field versions and origins (DESIGN §3.6, docs/marketplace-api.md §11), writes
// variants, and logs the conflicts a merge met. A field "changed on the server since base" when
// its last change has a version above the patch's base_version and came from someone else
// (another device or the marketplace). Shop-owned fields: the patch wins and the overwritten value
// is logged; marketplace_category: the server wins and the patch's value is logged. Runs inside
// the caller's transaction.
class ProductEditor
{
public:
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

    ProductEditor(MarketStore &store, StockBook &stock, const ProductStates &states);

    // "" when acceptable, else the English reason; `code` gets the rejection code.
    QString check(const QString &shopId, const QString &variantId, const QString &field,
                  const QJsonValue &value, bool variant, QString *code) const;
    void merge(Patch &patch, Target &target, const QJsonObject &incoming) const;
    // Logs one conflict (in the feed too) and returns its JSON.
    QJsonObject logConflict(const QString &shopId, const QString &productId, const QString &variantId,
                            const QString &field, const QJsonValue &kept, const QJsonValue &lost,
                            const QString &keptOrigin, const QString &lostOrigin, const QString &rule,
                            qint64 baseVersion, qint64 version, const QString &mutationId);
    void saveVariant(const QString &shopId, const Target &variant);
    void createVariant(const QString &shopId, const QString &productId, const QString &variantId,
                       const QJsonObject &fields, const QString &origin, qint64 version);

private:
    MarketStore &m_store;
    StockBook &m_stock;
    const ProductStates &m_states;
};

} // namespace comptoir::market
