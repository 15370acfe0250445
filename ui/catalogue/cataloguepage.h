// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/catalogue/catalogueactions.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;

namespace comptoir {

class Catalogue;
class CatalogueDetailPanel;
class CatalogueModel;
class CatalogueStyleProxy;
class CategoryModel;
class Database;
class Listing;
class ListingActions;
class ReadinessProxy;
class StockLedger;
class ThumbnailLoader;

// The catalogue page: a search field (search as you type; a scanned barcode or a typed
// reference + Enter selects that variant), filters (category, low stock only, archived, not ready
// to list online),
// the variants' table, a detail panel for the selected variant, and the catalogue's
// actions (CatalogueActions) on a toolbar and the keyboard.
class CataloguePage : public QWidget
{
    Q_OBJECT

public:
    CataloguePage(Database &db, Catalogue &catalogue, StockLedger &ledger, QWidget *parent = nullptr);

    void focusSearch();
    std::optional<qint64> selectedVariantId() const;
    // Every selected variant, in the table's order (labels print a selection: Ctrl and Shift
    // select several rows; the detail panel and the actions follow the current one).
    QList<qint64> selectedVariantIds() const;
    // The page's toolbar: the catalogue's tools of other rooms (import, export, labels) add their
    // actions to it from app/ (issue 14), so the page does not know them.
    QToolBar *toolBar() const { return m_toolBar; }
    // Selects and shows the variant's row, loading more rows if needed; false when the
    // current filter hides it.
    bool selectVariant(qint64 variantId);

    // Reads the catalogue again after a change made elsewhere (the marketplace's, a sale): the
    // search and filters, the selected variant (by id, when still listed) and the scroll position
    // stay; an open dialog is left alone.
    void refresh();

    // issue 15: the online listing on this page (app/ calls it once): the bulk actions on the
    // selection (ListingActions, on the toolbar) and the "En ligne" part of the product dialog.
    // The readiness column and the filter "not ready to list" are there without it.
    void enableListing(Listing &listing);
    ListingActions *listingActions() const { return m_listingActions; }
    // The products of the selected rows, each once, in the table's order.
    QList<qint64> selectedProductIds() const;

    CatalogueActions *actions() const { return m_actions; }
    CatalogueModel *catalogueModel() const { return m_model; }
    void setConfirmation(CatalogueActions::Confirmation confirmation);
    // Each product's main photo beside its name (issue 15), from the loader's cache: scrolling
    // never waits on a photo's file. Called once, from app/.
    void showThumbnails(ThumbnailLoader &thumbnails);

Q_SIGNALS:
    // Something in the catalogue or the stock was written from this page.
    void catalogueChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilterBar();
    void rebuildCategoryCombo();
    void scheduleFilter();
    void applyFilter();
    void lookUpCode();
    void showMessage(const QString &message);
    void onCurrentRowChanged();
    void onWritten(qint64 variantId);
    void fitColumns();

    Database &m_db;
    Catalogue &m_catalogue;
    CatalogueModel *m_model = nullptr;
    ReadinessProxy *m_readiness = nullptr; // between the model and the style proxy: the "Online" column
    CatalogueStyleProxy *m_proxy = nullptr;
    CategoryModel *m_categories = nullptr;
    CatalogueActions *m_actions = nullptr;
    ListingActions *m_listingActions = nullptr;
    QTimer m_filterTimer;

    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QCheckBox *m_lowStockCheck = nullptr;
    QCheckBox *m_archivedCheck = nullptr;
    QCheckBox *m_notReadyCheck = nullptr; // "not ready to list" (issue 15)
    QLabel *m_messageLabel = nullptr;
    QTableView *m_table = nullptr;
    CatalogueDetailPanel *m_detail = nullptr;
};

} // namespace comptoir
