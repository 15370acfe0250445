// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalogue/catalogueactions.h"

#include "models/catalogue/catalogue.h"
#include "models/storage/database.h"
#include "ui/catalogue/productdialog.h"
#include "ui/catalogue/stockdialog.h"
#include "ui/catalogue/variantdialog.h"
#include "ui/errortext.h"
#include "ui/logging.h"

#include <QAction>
#include <QIcon>
#include <QMessageBox>
#include <QWidget>

namespace comptoir {

CatalogueActions::CatalogueActions(Database &db, Catalogue &catalogue, StockLedger &ledger,
                                   QWidget *dialogParent)
    : QObject(dialogParent), m_db(db), m_catalogue(catalogue), m_ledger(ledger), m_dialogParent(dialogParent)
{
    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(m_dialogParent, title, question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
            == QMessageBox::Yes;
    };

    m_newProduct = makeAction(QStringLiteral("add"), tr("&New product"), QStringLiteral("newProductAction"));
    m_newProduct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_edit = makeAction(QStringLiteral("edit"), tr("&Edit"), QStringLiteral("editAction"));
    m_edit->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_addVariant = makeAction(QStringLiteral("add"), tr("Add &variant"), QStringLiteral("addVariantAction"));
    m_addVariant->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_adjustStock = makeAction(QStringLiteral("stock"), tr("&Receive / adjust stock"),
                               QStringLiteral("adjustStockAction"));
    m_adjustStock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_count = makeAction(QStringLiteral("count"), tr("Physical &count"), QStringLiteral("countAction"));
    m_count->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_archive = makeAction(QStringLiteral("archive"), tr("&Archive"), QStringLiteral("archiveAction"));
    m_archive->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));

    connect(m_newProduct, &QAction::triggered, this, &CatalogueActions::newProduct);
    connect(m_edit, &QAction::triggered, this, &CatalogueActions::editSelected);
    connect(m_addVariant, &QAction::triggered, this, &CatalogueActions::addVariant);
    connect(m_adjustStock, &QAction::triggered, this, &CatalogueActions::adjustStock);
    connect(m_count, &QAction::triggered, this, &CatalogueActions::countStock);
    connect(m_archive, &QAction::triggered, this, &CatalogueActions::toggleArchived);
    setSelection(std::nullopt);
}

QAction *CatalogueActions::makeAction(const QString &icon, const QString &text, const QString &objectName)
{
    auto *action = new QAction(QIcon(QStringLiteral(":/icons/") + icon + QStringLiteral(".svg")), text, this);
    action->setObjectName(objectName);
    action->setShortcutContext(Qt::WindowShortcut); // only while the catalogue page is shown
    return action;
}

QList<QAction *> CatalogueActions::actions() const
{
    return {m_newProduct, m_edit, m_addVariant, m_adjustStock, m_count, m_archive};
}

void CatalogueActions::setSelection(const std::optional<Selection> &selection)
{
    m_selection = selection;
    const bool active = selection && !selection->archived;
    m_edit->setEnabled(active);
    m_addVariant->setEnabled(active);
    m_adjustStock->setEnabled(active);
    m_count->setEnabled(active);
    m_archive->setEnabled(selection.has_value());
    m_archive->setText(selection && selection->archived ? tr("Res&tore") : tr("&Archive"));
    m_archive->setToolTip(m_archive->text().remove(QLatin1Char('&')) + QStringLiteral(" (")
                          + m_archive->shortcut().toString(QKeySequence::NativeText) + QStringLiteral(")"));
    for (QAction *action : {m_newProduct, m_edit, m_addVariant, m_adjustStock, m_count}) {
        if (!action->shortcut().isEmpty())
            action->setToolTip(action->text().remove(QLatin1Char('&')) + QStringLiteral(" (")
                               + action->shortcut().toString(QKeySequence::NativeText) + QStringLiteral(")"));
    }
}

void CatalogueActions::setConfirmation(Confirmation confirmation)
{
    m_confirm = std::move(confirmation);
}

void CatalogueActions::openDialog(QDialog *dialog, std::function<qint64()> writtenVariant)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, writtenVariant = std::move(writtenVariant)] { Q_EMIT written(writtenVariant()); });
    dialog->open();
}

void CatalogueActions::newProduct()
{
    auto *dialog = new ProductDialog(m_db, m_catalogue, m_ledger, m_dialogParent);
    if (m_listing)
        dialog->addOnlineSection(*m_listing);
    openDialog(dialog, [dialog] { return dialog->variantId().value_or(0); });
}

void CatalogueActions::editSelected()
{
    if (!m_selection || m_selection->archived)
        return;
    const Selection selection = *m_selection;
    auto *dialog = new ProductDialog(m_db, m_catalogue, m_ledger, selection.productId, selection.variantId,
                                     m_dialogParent);
    if (m_photosTab)
        dialog->addPhotosTab(m_photosTab(selection.productId));
    if (m_listing)
        dialog->addOnlineSection(*m_listing);
    openDialog(dialog, [selection] { return selection.variantId; });
}

void CatalogueActions::addVariant()
{
    if (!m_selection || m_selection->archived)
        return;
    auto *dialog
        = VariantDialog::forNewVariant(m_db, m_catalogue, m_ledger, m_selection->productId, m_dialogParent);
    openDialog(dialog, [dialog] { return dialog->variantId().value_or(0); });
}

void CatalogueActions::adjustStock()
{
    if (!m_selection || m_selection->archived)
        return;
    const qint64 variantId = m_selection->variantId;
    auto *dialog
        = new StockDialog(m_catalogue, m_ledger, variantId, StockDialog::Mode::Adjust, m_dialogParent);
    connect(dialog, &StockDialog::stockReceived, this, &CatalogueActions::stockReceived);
    openDialog(dialog, [variantId] { return variantId; });
}

void CatalogueActions::countStock()
{
    if (!m_selection || m_selection->archived)
        return;
    const qint64 variantId = m_selection->variantId;
    auto *dialog
        = new StockDialog(m_catalogue, m_ledger, variantId, StockDialog::Mode::Count, m_dialogParent);
    openDialog(dialog, [variantId] { return variantId; });
}

void CatalogueActions::toggleArchived()
{
    if (!m_selection)
        return;
    const Selection selection = *m_selection;
    if (selection.archived ? restore(selection) : archive(selection))
        Q_EMIT written(selection.variantId);
}

bool CatalogueActions::archive(const Selection &selection)
{
    const auto product = m_catalogue.product(selection.productId);
    const auto variants = m_catalogue.variantsOf(selection.productId);
    if (!product || !variants) {
        Q_EMIT failed(errorText(!product ? product.error() : variants.error()));
        return false;
    }
    qsizetype active = 0;
    for (const Variant &variant : variants.value())
        active += variant.archived ? 0 : 1;
    // The last variant on sale takes its product with it.
    const bool wholeProduct = active <= 1;
    const QString question = wholeProduct
        ? tr("Archive “%1”? It will no longer be offered for sale; its history is kept and you "
             "can restore it at any time (Show archived).")
              .arg(product->fields.name)
        : tr("Archive this variant of “%1”? It will no longer be offered for sale; its history "
             "is kept and you can restore it at any time (Show archived).")
              .arg(product->fields.name);
    if (!m_confirm(tr("Archive"), question))
        return false;
    const Status archived = wholeProduct ? m_catalogue.setProductArchived(selection.productId, true)
                                         : m_catalogue.setVariantArchived(selection.variantId, true);
    if (!archived) {
        Q_EMIT failed(errorText(archived.error()));
        return false;
    }
    return true;
}

bool CatalogueActions::restore(const Selection &selection)
{
    const auto product = m_catalogue.product(selection.productId);
    const auto variants = m_catalogue.variantsOf(selection.productId);
    if (!product || !variants) {
        Q_EMIT failed(errorText(!product ? product.error() : variants.error()));
        return false;
    }
    if (!m_confirm(tr("Restore"), tr("Restore “%1” and offer it for sale again?").arg(product->fields.name)))
        return false;

    // Restore exactly the selected variant (and its product if needed): restoring a product
    // restores all its variants, so the others that were archived are archived again.
    Transaction transaction(m_db);
    Status status = transaction.status();
    if (status && product->archived) {
        status = m_catalogue.setProductArchived(selection.productId, false);
        for (const Variant &variant : variants.value()) {
            if (status && variant.archived && variant.id != selection.variantId)
                status = m_catalogue.setVariantArchived(variant.id, true);
        }
    }
    if (status)
        status = m_catalogue.setVariantArchived(selection.variantId, false);
    if (status)
        status = transaction.commit();
    if (!status) {
        Q_EMIT failed(errorText(status.error()));
        return false;
    }
    return true;
}

} // namespace comptoir
