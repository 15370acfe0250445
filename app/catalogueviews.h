// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncstatus.h"

#include <QObject>
#include <QTimer>

namespace comptoir {

class CataloguePage;
class TillCatalogueUpdates;

// Keeps every view of the catalogue and the stock fresh (issue 18): what the sync applies (prices,
// stock, reservations by online orders), a sale (stock), an edit on the Catalogue page (prices, for
// the till). Bursts are coalesced: a snapshot's pages, or a sale pushed then echoed, make one
// refresh per CoalesceMs at most, a short while after the first change.
class CatalogueViews : public QObject
{
    Q_OBJECT

public:
    static constexpr int CoalesceMs = 250;

    CatalogueViews(CataloguePage &catalogue, TillCatalogueUpdates &till, QObject *parent = nullptr);

    // SyncController::changesApplied: products, stock or orders moved.
    void onChangesApplied(const comptoir::SyncChanges &changes);
    // A sale was stored: the Catalogue page's stock.
    void onSaleCommitted();
    // The Catalogue page wrote something: the till's search and cart.
    void onCatalogueEdited();
    // An import wrote products, prices or stock (issue 14): the Catalogue page and the till.
    void onCatalogueImported();

private:
    void schedule(bool catalogue, bool till);
    void refresh();

    CataloguePage &m_catalogue;
    TillCatalogueUpdates &m_till;
    QTimer m_timer;
    bool m_catalogueDue = false;
    bool m_tillDue = false;
};

} // namespace comptoir
