// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/till/tillfavourites.h"

#include "models/sales/cartmodel.h"
#include "models/settings/shopsettings.h"
#include "models/staff/operatorsession.h"
#include "ui/catalogue/productdialog.h"
#include "ui/logging.h"
#include "ui/till/favouritesbar.h"
#include "ui/till/managerapproval.h"
#include "ui/till/tillmessageline.h"

namespace comptoir {

TillFavourites::TillFavourites(Database &db, Catalogue &catalogue, StockLedger &ledger, const CartModel &cart,
                               ManagerApproval &approval, OperatorSession &session, TillMessageLine &messages,
                               FavouritesBar *bar, QWidget *page)
    : QObject(page),
      m_db(db),
      m_catalogue(catalogue),
      m_ledger(ledger),
      m_cart(cart),
      m_approval(approval),
      m_session(session),
      m_messages(messages),
      m_bar(bar),
      m_page(page)
{
    connect(m_bar, &FavouritesBar::variantChosen, this, [this](qint64 variantId) {
        if (m_session.isSignedIn())
            Q_EMIT variantChosen(variantId);
    });
    connect(m_bar, &FavouritesBar::removeRequested, this, &TillFavourites::removeFavourite);
}

void TillFavourites::reload()
{
    if (Status loaded = m_bar->reload(); !loaded)
        qCWarning(lcUi) << "favourites could not be read, code" << int(loaded.error().code);
}

void TillFavourites::addToFavourites(int row)
{
    if (!m_session.isSignedIn() || row < 0)
        return;
    const TicketLine line = m_cart.lines().at(row);
    if (!line.variantId) {
        m_messages.showMessage(tr("A free-price line cannot be a favourite: create the product first."),
                               TillMessageLine::Tone::Warning);
        return;
    }
    const qint64 variantId = *line.variantId;
    if (m_bar->variants().contains(variantId)) {
        m_messages.showMessage(tr("%1 is already a favourite.").arg(line.label), TillMessageLine::Tone::Info);
        return;
    }
    if (m_bar->isFull()) {
        m_messages.showMessage(tr("There are already %1 favourites: remove one first (right-click on it).")
                                   .arg(ShopSettings::MaxFavourites),
                               TillMessageLine::Tone::Warning);
        return;
    }
    m_approval.request(
        tr("Adding %1 to the favourites needs a manager: manager, type your PIN.").arg(line.label),
        [this, variantId, label = line.label] {
            if (Status status = m_bar->addFavourite(variantId); !status) {
                m_messages.showError(status.error());
                return;
            }
            m_messages.showMessage(tr("%1 is now a favourite.").arg(label), TillMessageLine::Tone::Success);
        });
}

void TillFavourites::removeFavourite(qint64 variantId)
{
    if (!m_session.isSignedIn() || !m_bar->variants().contains(variantId))
        return;
    m_approval.request(tr("Removing a favourite needs a manager: manager, type your PIN."),
                       [this, variantId] {
                           if (Status status = m_bar->removeFavourite(variantId); !status) {
                               m_messages.showError(status.error());
                               return;
                           }
                           m_messages.showMessage(tr("Favourite removed."), TillMessageLine::Tone::Info);
                       });
}

void TillFavourites::openCreateProductDialog(const QString &code)
{
    if (!m_session.isSignedIn() || code.isEmpty())
        return;
    m_approval.request(tr("Creating the product %1 needs a manager: manager, type your PIN.").arg(code),
                       [this, code] { showCreateProductDialog(code); });
}

void TillFavourites::showCreateProductDialog(const QString &code)
{
    auto *dialog = new ProductDialog(m_db, m_catalogue, m_ledger, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBarcode(code);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto variantId = dialog->variantId())
            Q_EMIT productCreated(*variantId);
    });
    dialog->open();
}

} // namespace comptoir
