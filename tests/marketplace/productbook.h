// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reply.h"

#include <QJsonObject>
#include <QString>

namespace comptoir::market {

class MarketStore;
class ProductEditor;

// A shop's edits of its products and variants, pushed by its devices (docs/marketplace-api.md
// §11): product_upsert, product_archive, photo_link. Fields are merged by ProductEditor (per-field
// versions and origins, conflicts logged); moderation_status is never writable by a shop.
// Archived products are tombstones. Runs inside the caller's transaction; a business refusal
// answers 422 with its code, and a successful reply's body carries {version, conflicts}.
class ProductBook
{
public:
    ProductBook(MarketStore &store, ProductEditor &editor);

    Reply upsert(const QString &shopId, const QString &deviceId, const QString &mutationId,
                 const QJsonObject &payload);
    Reply archive(const QString &shopId, const QString &productId);
    Reply linkPhotos(const QString &shopId, const QString &deviceId, const QString &mutationId,
                     const QJsonObject &payload);

private:
    MarketStore &m_store;
    ProductEditor &m_editor;
};

} // namespace comptoir::market
