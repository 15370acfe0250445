// TillPage: favourite products, and creating a product from an unknown code.
#include "ui/till/tillpage.h"

#include "models/catalogue/cataloguemodel.h"
#include "models/sales/cartmodel.h"
#include "models/settings/shopsettings.h"
#include "ui/catalogue/productdialog.h"
#include "ui/errortext.h"
#include "ui/logging.h"
#include "ui/till/favouritesbar.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace comptoir {

FavouritesBar *TillPage::buildFavouritesBar()
{
    m_favouritesBar = new FavouritesBar(m_catalogue, m_settings, this);
    connect(m_favouritesBar, &FavouritesBar::variantChosen, this, [this](qint64 variantId) {
        if (canSell())
            addVariant(variantId);
    });
    connect(m_favouritesBar, &FavouritesBar::removeRequested, this, &TillPage::removeFavourite);
    reloadFavourites();
    m_sellingWidgets.append(m_favouritesBar);
    return m_favouritesBar;
}

void TillPage::reloadFavourites()
{
    if (Status loaded = m_favouritesBar->reload(); !loaded)
        qCWarning(lcUi) << "favourites could not be read, code" << int(loaded.error().code);
}

void TillPage::addSelectedToFavourites()
{
    const int row = selectedRow();
    if (!canSell() || row < 0)
        return;
    const TicketLine line = m_cart->lines().at(row);
    if (!line.variantId) {
        showMessage(tr("A free-price line cannot be a favourite: create the product first."), Tone::Warning);
        return;
    }
    const qint64 variantId = *line.variantId;
    if (m_favouritesBar->variants().contains(variantId)) {
        showMessage(tr("%1 is already a favourite.").arg(line.label), Tone::Info);
        return;
    }
    if (m_favouritesBar->isFull()) {
        showMessage(tr("There are already %1 favourites: remove one first (right-click on it).")
                        .arg(ShopSettings::MaxFavourites),
                    Tone::Warning);
        return;
    }
    withManager(tr("Adding %1 to the favourites needs a manager: manager, type your PIN.").arg(line.label),
                [this, variantId, label = line.label] {
                    if (Status status = m_favouritesBar->addFavourite(variantId); !status) {
                        showError(status.error());
                        return;
                    }
                    showMessage(tr("%1 is now a favourite.").arg(label), Tone::Success);
                });
}

void TillPage::removeFavourite(qint64 variantId)
{
    if (!canSell() || !m_favouritesBar->variants().contains(variantId))
        return;
    withManager(tr("Removing a favourite needs a manager: manager, type your PIN."), [this, variantId] {
        if (Status status = m_favouritesBar->removeFavourite(variantId); !status) {
            showError(status.error());
            return;
        }
        showMessage(tr("Favourite removed."), Tone::Info);
    });
}

void TillPage::setUnknownCode(const QString &code)
{
    m_unknownCode = code;
    m_createProductButton->setVisible(!code.isEmpty());
}

void TillPage::openCreateProductDialog()
{
    if (!canSell() || m_unknownCode.isEmpty())
        return;
    const QString code = m_unknownCode;
    withManager(tr("Creating the product %1 needs a manager: manager, type your PIN.").arg(code),
                [this, code] { showCreateProductDialog(code); });
}

void TillPage::showCreateProductDialog(const QString &code)
{
    auto *dialog = new ProductDialog(m_db, m_catalogue, m_ledger, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBarcode(code);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto variantId = dialog->variantId();
        if (!variantId)
            return;
        if (m_resultsView->isVisible())
            m_searchModel->refresh();
        addVariant(*variantId);
        m_searchEdit->setFocus();
    });
    dialog->open();
}

} // namespace comptoir
