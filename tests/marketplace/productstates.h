// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace comptoir::market {

class MarketStore;

// The JSON a product (with its variants) and a conflict log entry have in the feed, the snapshot
// and the admin answers (docs/marketplace-api.md §9, §11), and a variant's price: the read side
// of the products ProductBook and OnlineProducts write.
class ProductStates
{
public:
    explicit ProductStates(const MarketStore &store);

    QJsonObject productJson(const QString &productId) const;
    // The states of many products in two queries (a snapshot page); absent ids are left out.
    QHash<QString, QJsonObject> productsJson(const QStringList &productIds) const;
    // The same as compact JSON text (the snapshot writes it into its page as is).
    QHash<QString, QByteArray> productsText(const QStringList &productIds) const;
    QJsonObject conflictJson(const QString &conflictId) const;
    qint64 variantPrice(const QString &variantId) const;

private:
    const MarketStore &m_store;
};

} // namespace comptoir::market
