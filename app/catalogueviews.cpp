// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/catalogueviews.h"

#include "ui/catalogue/cataloguepage.h"
#include "ui/till/tillcatalogueupdates.h"

#include <utility>

namespace comptoir {

CatalogueViews::CatalogueViews(CataloguePage &catalogue, TillCatalogueUpdates &till, QObject *parent)
    : QObject(parent), m_catalogue(catalogue), m_till(till)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(CoalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &CatalogueViews::refresh);
}

void CatalogueViews::onChangesApplied(const SyncChanges &changes)
{
    if (changes.products || changes.stock || changes.orders)
        schedule(true, true);
}

void CatalogueViews::onSaleCommitted()
{
    schedule(true, false);
}

void CatalogueViews::onCatalogueEdited()
{
    schedule(false, true);
}

void CatalogueViews::onCatalogueImported()
{
    schedule(true, true);
}

void CatalogueViews::schedule(bool catalogue, bool till)
{
    m_catalogueDue = m_catalogueDue || catalogue;
    m_tillDue = m_tillDue || till;
    if (!m_timer.isActive()) // not restarted: a steady stream still refreshes every CoalesceMs
        m_timer.start();
}

void CatalogueViews::refresh()
{
    const bool catalogue = std::exchange(m_catalogueDue, false);
    const bool till = std::exchange(m_tillDue, false);
    if (catalogue)
        m_catalogue.refresh();
    if (till)
        m_till.update();
}

} // namespace comptoir
