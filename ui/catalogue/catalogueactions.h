// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QDialog;
class QWidget;

namespace comptoir {

class Catalogue;
class Database;
class Listing;
class StockLedger;

// The catalogue's commands, as QActions with their shortcuts (for a toolbar and the
// keyboard): new product, edit, add variant, receive/adjust stock, physical count,
// archive/restore. Each opens its dialog (with open()) or asks for confirmation, and
// reports a successful write with written(), naming the variant to keep selected.
class CatalogueActions : public QObject
{
    Q_OBJECT

public:
    struct Selection
    {
        qint64 variantId = 0;
        qint64 productId = 0;
        bool archived = false;
    };
    // Asks a yes/no question; true means go ahead. The default shows a QMessageBox.
    using Confirmation = std::function<bool(const QString &title, const QString &question)>;

    CatalogueActions(Database &db, Catalogue &catalogue, StockLedger &ledger, QWidget *dialogParent);

    QAction *newProductAction() const { return m_newProduct; }
    QAction *editAction() const { return m_edit; }
    QAction *addVariantAction() const { return m_addVariant; }
    QAction *adjustStockAction() const { return m_adjustStock; }
    QAction *countAction() const { return m_count; }
    QAction *archiveAction() const { return m_archive; }
    QList<QAction *> actions() const;

    void setSelection(const std::optional<Selection> &selection);
    void setConfirmation(Confirmation confirmation);
    // issue 15: the product dialog gets its "En ligne" part (none without it).
    void setListing(Listing *listing) { m_listing = listing; }
    // issue 15: makes the product dialog's "Photos" tab for a product (set from app/, which knows
    // the photo tools); no tab when not set.
    using PhotosTabFactory = std::function<QWidget *(qint64 productId)>;
    void setPhotosTab(PhotosTabFactory factory) { m_photosTab = std::move(factory); }

    void newProduct();
    void editSelected();
    void addVariant();
    void adjustStock();
    void countStock();
    void toggleArchived();

Q_SIGNALS:
    void written(qint64 variantId);
    // A write was refused; the text is for the person (errorText()).
    void failed(const QString &message);
    // A delivery was recorded in the stock dialog (issue 14: app/ offers one label per unit).
    void stockReceived(qint64 variantId, qint64 quantity);

private:
    QAction *makeAction(const QString &icon, const QString &text, const QString &objectName);
    void openDialog(QDialog *dialog, std::function<qint64()> writtenVariant);
    bool archive(const Selection &selection);
    bool restore(const Selection &selection);

    Database &m_db;
    Catalogue &m_catalogue;
    StockLedger &m_ledger;
    QWidget *m_dialogParent;
    Listing *m_listing = nullptr;
    PhotosTabFactory m_photosTab;
    std::optional<Selection> m_selection;
    Confirmation m_confirm;

    QAction *m_newProduct = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_addVariant = nullptr;
    QAction *m_adjustStock = nullptr;
    QAction *m_count = nullptr;
    QAction *m_archive = nullptr;
};

} // namespace comptoir
