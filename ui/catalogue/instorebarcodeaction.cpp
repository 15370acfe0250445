// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalogue/instorebarcodeaction.h"

#include "models/catalogue/instorebarcodegiver.h"
#include "ui/catalogue/cataloguepage.h"
#include "ui/errortext.h"

#include <QAction>
#include <QMessageBox>

namespace comptoir {

InStoreBarcodeAction::InStoreBarcodeAction(Database &db, Catalogue &catalogue, CataloguePage &page)
    : QObject(&page), m_db(db), m_catalogue(catalogue), m_page(page)
{
    m_action = new QAction(tr("In-store barcodes"), this);
    m_action->setObjectName(QStringLiteral("inStoreBarcodesAction"));
    m_action->setToolTip(tr("Give the selected items that have no barcode one of the shop's own (EAN-13 "
                            "starting with 20), to print on their labels and scan at the till."));
    connect(m_action, &QAction::triggered, this, &InStoreBarcodeAction::giveToSelection);
}

void InStoreBarcodeAction::giveToSelection()
{
    const QList<qint64> ids = m_page.selectedVariantIds();
    if (ids.isEmpty()) {
        tell(tr("Select the items to give a barcode to first (Ctrl or Shift to select several)."), true);
        return;
    }
    auto given = InStoreBarcodeGiver(m_db, m_catalogue).giveToVariantsWithout(ids);
    if (!given) {
        tell(errorText(given.error()), true);
        return;
    }
    if (*given == 0) {
        tell(tr("The selected items already have a barcode: nothing was changed."), false);
        return;
    }
    m_page.refresh();
    tell(tr("%n item(s) got an in-store barcode.", nullptr, *given), false);
    Q_EMIT barcodesGiven(*given);
}

void InStoreBarcodeAction::tell(const QString &message, bool problem)
{
    m_lastMessage = message;
    if (m_quiet)
        return;
    if (problem)
        QMessageBox::warning(&m_page, tr("In-store barcodes"), message);
    else
        QMessageBox::information(&m_page, tr("In-store barcodes"), message);
}

} // namespace comptoir
