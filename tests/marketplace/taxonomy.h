// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace comptoir::market {

class MarketStore;

// The marketplace's category tree (docs/marketplace-api.md §9, `taxonomy`): one for the whole
// marketplace, sent to every shop as the feed entity kind `taxonomy`, id `taxonomy`, data
// {"version": n, "nodes": [{"id", "parent", "name"}, …]} (parents before their children). The
// first start loads the realistic French retail tree in taxonomy.json (a resource); the admin API
// replaces it (version + 1). Every change, and every new shop, moves the entity in that shop's
// feed. Runs inside the caller's transaction.
class Taxonomy
{
public:
    static constexpr const char *EntityId = "taxonomy";

    explicit Taxonomy(MarketStore &store);

    // Loads the built-in tree when none is stored, and puts the entity in the feed of every shop
    // that does not have it yet (a database made before the taxonomy existed).
    void ensure();
    // The entity in one shop's feed (a new shop).
    void publish(const QString &shopId);
    QJsonObject json() const;
    // PUT /admin/v1/taxonomy {"nodes": [...]}: 400 invalid_field when a node is malformed, an id
    // repeats or a parent is not an earlier node; else 200 {"version": n, "nodes": count}.
    Reply replace(const QJsonArray &nodes);

    // Why the nodes cannot be a tree (empty: they can).
    static QString problem(const QJsonArray &nodes);

private:
    void publishAll();

    MarketStore &m_store;
};

} // namespace comptoir::market
