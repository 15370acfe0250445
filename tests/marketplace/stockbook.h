// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reply.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace comptoir::market {

class MarketStore;

struct MovementInput
{
    QString id; // movement_id, unique forever
    QString shopId;
    QString variantId;
    QString deviceId; // empty for the marketplace itself
    QString mutationId; // empty outside a push
    QString orderId; // an online order's commit
    QString reason; // sale|return|receipt|adjustment|count|online_commit
    qint64 delta = 0;
    std::optional<qint64> countedQuantity; // count only
    std::optional<qint64> baseCursor; // count only: the feed cursor the till had applied
    QString occurredAt;
};

// Stock per variant: on_hand is the sum of all applied movements (a count resets to its quantity
// at its causal point), reserved the open online reservations; available = on_hand − reserved −
// safety_stock. A negative availability opens an oversell case (resolved when it is back ≥ 0).
// Every method runs inside the caller's transaction and records its change in the feed.
class StockBook
{
public:
    explicit StockBook(MarketStore &store);

    // Applies one movement. A business refusal answers 422 with its code (variant_unknown,
    // invalid_field, movement_conflict); status 208 means this very movement was already applied
    // (nothing changed).
    Reply apply(const MovementInput &movement);

    bool variantBelongs(const QString &variantId, const QString &shopId) const;
    qint64 available(const QString &variantId) const;
    void reserve(const QString &shopId, const QString &variantId, qint64 quantity);
    void release(const QString &shopId, const QString &variantId, qint64 quantity);

    // The feed's `stock` data of one variant.
    QJsonObject stockJson(const QString &variantId) const;
    // The stock states of many variants in one query (a snapshot page); absent ids are left out.
    QHash<QString, QJsonObject> stocksJson(const QStringList &variantIds) const;
    QHash<QString, QByteArray> stocksText(const QStringList &variantIds) const;
    // Re-records the variant's stock in the feed and opens/updates/resolves its oversell case.
    // `cause`: the reason of the change (a movement's reason, `order`, `safety_stock`), recorded
    // as the case's cause when this change opens one (docs §10.4).
    qint64 changed(const QString &shopId, const QString &variantId,
                   const QString &cause = QStringLiteral("safety_stock"));

    // An oversell_handling mutation (docs §6.4, §10.4): records {action, note, at, by} on an
    // open or resolved case of the shop; it never resolves it. 422 invalid_field (unknown case,
    // action, a note over 500 characters, by over 100).
    Reply handleOversell(const QString &shopId, const QString &caseId, const QString &action,
                         const QString &note, const QString &by);

private:
    void reconcileOversell(const QString &shopId, const QString &variantId, const QString &cause);

    MarketStore &m_store;
};

} // namespace comptoir::market
