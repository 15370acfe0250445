// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/tillcatalogueupdates.h"

#include "models/money.h"
#include "models/sales/cartmodel.h"
#include "models/sales/ticketsession.h"
#include "ui/logging.h"
#include "ui/till/tillpage.h"

#include <QDialog>
#include <QStringList>

#include <algorithm>

namespace comptoir {

TillCatalogueUpdates::TillCatalogueUpdates(TillPage &page) : QObject(&page), m_page(page)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(DialogRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &TillCatalogueUpdates::updateCart);
}

void TillCatalogueUpdates::update()
{
    m_page.refreshSearch();
    updateCart();
}

bool TillCatalogueUpdates::dialogOpen() const
{
    const QList<QDialog *> dialogs = m_page.findChildren<QDialog *>();
    return std::any_of(dialogs.cbegin(), dialogs.cend(), [](const QDialog *d) { return d->isVisible(); });
}

void TillCatalogueUpdates::updateCart()
{
    const CartModel *cart = m_page.cart();
    if (cart->isEmpty() || !m_page.payments().isEmpty())
        return; // nothing to update, or paid against the prices shown: they stay
    if (dialogOpen()) {
        m_retry.start();
        return;
    }
    const QList<CartModel::PriceChange> changes = m_page.ticket().refreshPrices();
    if (changes.isEmpty())
        return;
    qCInfo(lcUi) << changes.size() << "cart line(s) took the catalogue's new price";
    QStringList lines;
    for (const CartModel::PriceChange &change : changes)
        lines << tr("%1 %2 → %3")
                     .arg(change.label, Money::format(change.oldUnitPriceCents),
                          Money::format(change.newUnitPriceCents));
    m_page.showNotice(
        tr("New catalogue price, the ticket is updated: %1.").arg(lines.join(QStringLiteral("; "))));
}

} // namespace comptoir
