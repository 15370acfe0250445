// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace comptoir {

class Clock;
class Database;

// A product's online part (issue 15, docs/marketplace-api.md §11.1).
struct OnlineFields
{
    QString onlineTitle; // ≤ 200; empty: the marketplace shows the product's name
    QString onlineDescription; // paragraphs (blank lines), ≤ 10 000
    bool visibleOnline = false;
    QString marketplaceCategory; // an id of marketplace_categories ("papeterie/carnets"), or empty

    bool operator==(const OnlineFields &) const = default;
};

// The online listing of the shop's products: reads and writes a product's online part and its
// variants' safety stock (what the marketplace keeps back from online sales), and the bulk actions
// on a selection (list, unlist, set the category). Every write validates first, is one transaction
// (nested in the caller's if any) and queues, in it, one product_upsert per product changed with
// only the fields that changed (product fields and variants' safety_stock together, base_version
// the product's server_version). A write that changes nothing queues nothing; an archived product
// changes locally only (the marketplace refuses patches on a tombstone), as in CatalogueOutbox.
class Listing
{
public:
    static constexpr int MaxTitleLength = 200;
    static constexpr int MaxDescriptionLength = 10000;
    static constexpr qint64 MaxSafetyStock = 999999999;

    Listing(Database &db, const Clock &clock);

    Result<OnlineFields> online(qint64 productId) const;
    // Safety stock by variant id, the product's variants (archived ones too).
    Result<QHash<qint64, qint64>> safetyStocks(qint64 productId) const;

    // Trims the title and the description's ends. OnlineTextTooLong (subject: online_title or
    // online_description), MarketplaceCategoryUnknown, NotFound.
    Status setOnline(qint64 productId, const OnlineFields &fields);
    // InvalidQuantity when negative or too large; NotFound when the variant is not the product's.
    Status setSafetyStocks(qint64 productId, const QHash<qint64, qint64> &safetyStocks);
    // Both in one transaction and one mutation (the product dialog's "En ligne" part).
    Status write(qint64 productId, const OnlineFields &fields, const QHash<qint64, qint64> &safetyStocks);

    // Bulk actions on a selection of products, one transaction, one mutation per product changed.
    // Returns how many products changed.
    Result<int> setVisible(const QList<qint64> &productIds, bool visible);
    Result<int> setCategory(const QList<qint64> &productIds, const QString &marketplaceCategory);

    // True when the id is in the marketplace's taxonomy (marketplace_categories); empty is allowed.
    Result<bool> categoryKnown(const QString &marketplaceCategory) const;

private:
    struct Before
    {
        QJsonObject
            fields; // API names: online_title, online_description, visible_online, marketplace_category
        QHash<qint64, qint64> safetyStocks;
    };
    Result<Before> read(qint64 productId) const;
    Status validate(const OnlineFields &fields) const;
    // Writes what differs from before and queues the mutation; the caller holds the transaction.
    Status apply(qint64 productId, const Before &before, const QJsonObject &fields,
                 const QHash<qint64, qint64> &safetyStocks, bool *changed);
    Status queue(qint64 productId, const QJsonObject &fields, const QList<QJsonObject> &variants);
    Result<int> bulk(const QList<qint64> &productIds, const QJsonObject &fields);
    QString timestamp() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
