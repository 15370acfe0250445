// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir {

class Database;

// One value that lost a concurrent edit (table sync_conflicts, docs/marketplace-api.md §11.3),
// with the product's and variant's names when they are known here.
struct SyncConflict
{
    QString uuid;
    QString productUuid;
    QString variantUuid; // empty for a product field
    QString productName; // empty when the product is not known here
    QString variantLabel;
    QString field; // the field's name: "price_cents", or the product's "name"…
    QString kept; // JSON value
    QString lost; // JSON value
    QString keptOrigin; // "device:<uuid>" or "marketplace"
    QString lostOrigin;
    QString rule; // shop_owned_last_write_wins, marketplace_owned_server_wins
    QDateTime at; // UTC
};

// The conflict log as the Synchronisation page reads it (read-only: the sync engine writes it).
class ConflictLog
{
public:
    explicit ConflictLog(const Database &db);

    // The latest conflicts, newest first (at most limit).
    Result<QList<SyncConflict>> recent(int limit) const;

    // "variants.<uuid>.price_cents" → "price_cents"; a product field as it is.
    static QString fieldName(const QString &field);

private:
    const Database &m_db;
};

} // namespace comptoir
