// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalogue/cataloguepage.h"

#include "models/catalogue/catalogue.h"
#include "models/catalogue/cataloguemodel.h"
#include "models/catalogue/categorymodel.h"
#include "models/money.h"
#include "ui/catalogue/cataloguedetailpanel.h"
#include "ui/catalogue/cataloguestyleproxy.h"
#include "ui/errortext.h"
#include "ui/listing/listingactions.h"
#include "ui/listing/readinessproxy.h"
#include "ui/logging.h"
#include "ui/photos/thumbnaildelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace comptoir {

CataloguePage::CataloguePage(Database &db, Catalogue &catalogue, StockLedger &ledger, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_catalogue(catalogue),
      m_model(new CatalogueModel(db, this)),
      m_readiness(new ReadinessProxy(db, this)),
      m_proxy(new CatalogueStyleProxy(this)),
      m_categories(new CategoryModel(db, this)),
      m_actions(new CatalogueActions(db, catalogue, ledger, this))
{
    setObjectName(QStringLiteral("cataloguePage"));
    m_readiness->setSourceModel(m_model);
    m_proxy->setSourceModel(m_readiness);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("catalogueToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(24, 24));
    const QList<QAction *> actions = m_actions->actions();
    for (QAction *action : actions) {
        m_toolBar->addAction(action);
        addAction(action); // the shortcuts work wherever the focus is on this page
    }

    auto *focusSearch = new QAction(tr("Search"), this);
    focusSearch->setObjectName(QStringLiteral("focusSearchAction"));
    focusSearch->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::Key_F3)});
    connect(focusSearch, &QAction::triggered, this, &CataloguePage::focusSearch);
    addAction(focusSearch);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search by name, brand, category, barcode or reference…"));
    m_searchEdit->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("searchMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setVisible(false);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("catalogueTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(32);
    // What matters at the counter comes first: name, variant, price, stock; the name takes
    // the room left (fitColumns). The brand and the reference are in the detail panel.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    m_table->setColumnHidden(CatalogueModel::BrandColumn, true);
    m_table->setColumnHidden(CatalogueModel::ReferenceColumn, true);
    const int order[]
        = {CatalogueModel::NameColumn,  CatalogueModel::VariantColumn,  CatalogueModel::PriceColumn,
           CatalogueModel::StockColumn, CatalogueModel::ReservedColumn, CatalogueModel::AvailableColumn,
           CatalogueModel::VatColumn,   CatalogueModel::CategoryColumn, CatalogueModel::BarcodeColumn};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);
    auto *archiveKey = new QShortcut(QKeySequence(Qt::Key_Delete), m_table);
    archiveKey->setContext(Qt::WidgetShortcut);
    connect(archiveKey, &QShortcut::activated, m_actions, &CatalogueActions::toggleArchived);
    // Return (and a double click) on a row edits it.
    connect(m_table, &QTableView::activated, m_actions, &CatalogueActions::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CataloguePage::onCurrentRowChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CataloguePage::onCurrentRowChanged);

    m_detail = new CatalogueDetailPanel(db, catalogue, this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("catalogueSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({900, 280});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_searchEdit);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_messageLabel);
    layout->addWidget(splitter, 1);

    setTabOrder(m_searchEdit, m_categoryCombo);
    setTabOrder(m_categoryCombo, m_lowStockCheck);
    setTabOrder(m_lowStockCheck, m_archivedCheck);
    setTabOrder(m_archivedCheck, m_notReadyCheck);
    setTabOrder(m_notReadyCheck, m_table);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(0); // coalesces a scanner's burst of keystrokes into one query
    connect(&m_filterTimer, &QTimer::timeout, this, &CataloguePage::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &CataloguePage::scheduleFilter);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &CataloguePage::lookUpCode);
    connect(m_actions, &CatalogueActions::written, this, &CataloguePage::onWritten);
    connect(m_actions, &CatalogueActions::failed, this, &CataloguePage::showMessage);

    rebuildCategoryCombo();
    applyFilter();
}

QWidget *CataloguePage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    m_categoryCombo = new QComboBox(bar);
    m_categoryCombo->setObjectName(QStringLiteral("categoryFilterCombo"));
    m_categoryCombo->setMinimumContentsLength(18);
    m_lowStockCheck = new QCheckBox(tr("&Low stock only"), bar);
    m_lowStockCheck->setObjectName(QStringLiteral("lowStockCheck"));
    m_archivedCheck = new QCheckBox(tr("Show a&rchived"), bar);
    m_archivedCheck->setObjectName(QStringLiteral("archivedCheck"));
    m_notReadyCheck = new QCheckBox(tr("&Not ready to list online"), bar);
    m_notReadyCheck->setObjectName(QStringLiteral("notReadyCheck"));
    m_notReadyCheck->setToolTip(tr("Products lacking a photo, an online description, a marketplace category, "
                                   "a price or stock (the Online column says which)"));

    auto *categoryLabel = new QLabel(tr("Ca&tegory:"), bar);
    categoryLabel->setBuddy(m_categoryCombo);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(categoryLabel);
    layout->addWidget(m_categoryCombo);
    layout->addSpacing(16);
    layout->addWidget(m_lowStockCheck);
    layout->addSpacing(16);
    layout->addWidget(m_archivedCheck);
    layout->addSpacing(16);
    layout->addWidget(m_notReadyCheck);
    layout->addStretch(1);

    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, &CataloguePage::applyFilter);
    connect(m_lowStockCheck, &QCheckBox::toggled, this, &CataloguePage::applyFilter);
    connect(m_archivedCheck, &QCheckBox::toggled, this, &CataloguePage::applyFilter);
    connect(m_notReadyCheck, &QCheckBox::toggled, this, &CataloguePage::applyFilter);
    return bar;
}

void CataloguePage::rebuildCategoryCombo()
{
    const QVariant current = m_categoryCombo->currentData();
    m_categories->refresh();
    bool same = m_categoryCombo->count() == m_categories->rowCount() + 1;
    for (int row = 0; same && row < m_categories->rowCount(); ++row) {
        const QModelIndex index = m_categories->index(row);
        same = m_categoryCombo->itemData(row + 1) == index.data(CategoryModel::IdRole)
            && m_categoryCombo->itemText(row + 1) == index.data().toString();
    }
    if (same)
        return; // an open list is not closed for nothing
    const QSignalBlocker blocker(m_categoryCombo);
    m_categoryCombo->clear();
    m_categoryCombo->addItem(tr("All categories"));
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        const QModelIndex index = m_categories->index(row);
        m_categoryCombo->addItem(index.data().toString(), index.data(CategoryModel::IdRole));
    }
    const int index = current.isValid() ? m_categoryCombo->findData(current) : 0;
    m_categoryCombo->setCurrentIndex(std::max(0, index));
}

void CataloguePage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void CataloguePage::setConfirmation(CatalogueActions::Confirmation confirmation)
{
    m_actions->setConfirmation(std::move(confirmation));
}

void CataloguePage::showThumbnails(ThumbnailLoader &thumbnails)
{
    new ThumbnailDelegate(m_table, CatalogueModel::NameColumn, thumbnails,
                          ThumbnailDelegate::fromRole(CatalogueModel::MainPhotoRole));
}

std::optional<qint64> CataloguePage::selectedVariantId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    return current.data(CatalogueModel::VariantIdRole).toLongLong();
}

QList<qint64> CataloguePage::selectedVariantIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        ids.append(m_proxy->index(row, 0).data(CatalogueModel::VariantIdRole).toLongLong());
    return ids;
}

QList<qint64> CataloguePage::selectedProductIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows) {
        const qint64 id = m_proxy->index(row, 0).data(CatalogueModel::ProductIdRole).toLongLong();
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void CataloguePage::enableListing(Listing &listing)
{
    if (m_listingActions)
        return;
    m_actions->setListing(&listing);
    m_listingActions = new ListingActions(
        m_db, listing, [this] { return selectedProductIds(); }, this);
    m_toolBar->addSeparator();
    const QList<QAction *> actions = m_listingActions->actions();
    for (QAction *action : actions)
        m_toolBar->addAction(action);
    connect(m_listingActions, &ListingActions::failed, this, &CataloguePage::showMessage);
    connect(m_listingActions, &ListingActions::written, this, [this](const QString &message) {
        onWritten(selectedVariantId().value_or(0));
        showMessage(message);
    });
}

bool CataloguePage::selectVariant(qint64 variantId)
{
    int row = m_model->rowOfVariant(variantId);
    while (row < 0 && m_model->canFetchMore()) {
        m_model->fetchMore();
        row = m_model->rowOfVariant(variantId);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->index(row, CatalogueModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void CataloguePage::scheduleFilter()
{
    m_messageLabel->setVisible(false);
    m_filterTimer.start();
}

void CataloguePage::applyFilter()
{
    m_filterTimer.stop();
    const std::optional<qint64> selected = selectedVariantId();
    CatalogueModel::Filter filter;
    filter.text = m_searchEdit->text().trimmed();
    filter.includeArchived = m_archivedCheck->isChecked();
    filter.lowStockOnly = m_lowStockCheck->isChecked();
    filter.notReadyToList = m_notReadyCheck->isChecked();
    if (const QVariant category = m_categoryCombo->currentData(); category.isValid())
        filter.categoryId = category.toLongLong();
    m_model->setFilter(filter);
    // Keep the selection when the row is still among the loaded ones.
    if (selected && m_model->rowOfVariant(*selected) >= 0)
        selectVariant(*selected);
}

void CataloguePage::lookUpCode()
{
    if (m_filterTimer.isActive())
        applyFilter();
    const QString code = m_searchEdit->text().trimmed();
    if (code.isEmpty())
        return;
    const auto found = m_catalogue.findVariantByCode(code);
    if (!found) {
        showMessage(errorText(found.error()));
        return;
    }
    if (!found.value()) {
        // Words typed and matched by name: Enter goes to the first match. A scanned code that
        // is not in the catalogue, or nothing at all matching, is said so.
        const bool scanned = std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isDigit(); });
        if (!scanned && m_proxy->rowCount() > 0) {
            m_table->setFocus(Qt::OtherFocusReason);
            m_table->selectRow(0);
            return;
        }
        showMessage(
            m_proxy->rowCount() > 0
                ? tr("No product has the barcode “%1”. Check the digits or scan it again; to sell it, "
                     "create the product first (Ctrl+N).")
                      .arg(code)
                : tr("Nothing found for “%1”: no product has this barcode or reference, and no name "
                     "matches. Check what you typed, or create the product (Ctrl+N).")
                      .arg(code));
        m_searchEdit->selectAll();
        return;
    }
    const qint64 variantId = *found.value();
    if (!selectVariant(variantId)) {
        // The filters hide it: show everything (and the archived if it is one) for this code.
        const auto variant = m_catalogue.variant(variantId);
        const auto product
            = variant ? m_catalogue.product(variant->productId) : Result<Product>(variant.error());
        const bool archived = (variant && variant->archived) || (product && product->archived);
        {
            const QSignalBlocker categoryBlocker(m_categoryCombo);
            const QSignalBlocker lowStockBlocker(m_lowStockCheck);
            const QSignalBlocker archivedBlocker(m_archivedCheck);
            const QSignalBlocker notReadyBlocker(m_notReadyCheck);
            m_categoryCombo->setCurrentIndex(0);
            m_lowStockCheck->setChecked(false);
            m_notReadyCheck->setChecked(false);
            if (archived)
                m_archivedCheck->setChecked(true);
        }
        applyFilter();
        if (!selectVariant(variantId)) {
            qCWarning(lcUi) << "a variant found by its code is not in the catalogue list" << variantId;
            showMessage(tr("“%1” was found but cannot be shown in the list.").arg(code));
            return;
        }
        if (archived)
            showMessage(
                tr("“%1” is archived: it is not offered for sale. Restore it to sell it again.").arg(code));
    }
    m_searchEdit->selectAll(); // the next scan replaces the code
}

void CataloguePage::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

void CataloguePage::onCurrentRowChanged()
{
    // A current row is a selected row (the table's focus-in makes the first row current
    // without selecting it; the person sees it as chosen).
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && !m_table->selectionModel()->isRowSelected(current.row()))
        m_table->selectionModel()->select(current,
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const std::optional<qint64> variantId = selectedVariantId();
    if (!variantId) {
        m_actions->setSelection(std::nullopt);
        m_detail->setVariant(0);
        return;
    }
    CatalogueActions::Selection selection;
    selection.variantId = *variantId;
    selection.productId = current.data(CatalogueModel::ProductIdRole).toLongLong();
    selection.archived = current.data(CatalogueModel::ArchivedRole).toBool();
    m_actions->setSelection(selection);
    m_detail->setVariant(*variantId);
}

void CataloguePage::onWritten(qint64 variantId)
{
    rebuildCategoryCombo();
    m_model->refresh();
    if (variantId != 0 && !selectVariant(variantId))
        m_table->selectionModel()->clearSelection();
    onCurrentRowChanged();
    m_detail->refresh();
    Q_EMIT catalogueChanged();
}

void CataloguePage::refresh()
{
    const std::optional<qint64> selected = selectedVariantId();
    const int scroll = m_table->verticalScrollBar()->value();
    const QVariant category = m_categoryCombo->currentData();
    rebuildCategoryCombo();
    if (m_categoryCombo->currentData() != category) {
        applyFilter(); // the category filtered on is gone: everything shows
        return;
    }
    bool reset = false;
    const auto watch = connect(m_model, &QAbstractItemModel::modelReset, this, [&reset] { reset = true; });
    m_model->refreshInPlace(); // the same rows: selection and scroll stay as they are
    disconnect(watch);
    if (reset) {
        // The rows moved (a product came or went): the same variant again, if still listed, and
        // the list where it was.
        if (selected && m_model->rowOfVariant(*selected) >= 0)
            selectVariant(*selected);
        m_table->doItemsLayout();
        m_table->verticalScrollBar()->setValue(scroll);
    }
    onCurrentRowChanged();
    m_detail->refresh();
}

void CataloguePage::fitColumns()
{
    const QFontMetrics metrics(m_table->font());
    const QFontMetrics headerMetrics(m_table->horizontalHeader()->font());
    const auto fit = [&](int column, const QString &sample) {
        const QString title = m_proxy->headerData(column, Qt::Horizontal).toString();
        const int width
            = std::max(metrics.horizontalAdvance(sample), headerMetrics.horizontalAdvance(title)) + 24;
        m_table->setColumnWidth(column, width);
        return width;
    };
    int others = fit(CatalogueModel::VariantColumn, QStringLiteral("Boîte de 12"));
    others += fit(CatalogueModel::PriceColumn, Money::format(99999));
    using M = CatalogueModel;
    for (const int column : {M::StockColumn, M::ReservedColumn, M::AvailableColumn}) // issue 16
        others += fit(column, QStringLiteral("00000"));
    others += fit(CatalogueModel::VatColumn, Money::formatRate(550));
    others += fit(CatalogueModel::CategoryColumn, QStringLiteral("Confitures et miels"));
    others += fit(CatalogueModel::BarcodeColumn, QStringLiteral("0000000000000"));
    others += fit(m_readiness->onlineColumn(), QStringLiteral("5 manquants")) + 16; // and its icon
    const int minimumName = metrics.horizontalAdvance(QStringLiteral("Confiture de fraises extra")) + 24;
    m_table->setColumnWidth(CatalogueModel::NameColumn,
                            std::max(minimumName, m_table->viewport()->width() - others));
}

bool CataloguePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_searchEdit && key->modifiers() == Qt::NoModifier) {
        if (key->key() == Qt::Key_Escape && !m_searchEdit->text().isEmpty()) {
            m_searchEdit->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            // From the search field straight into the list.
            m_table->setFocus(Qt::TabFocusReason);
            if (!selectedVariantId())
                m_table->selectRow(0);
            return true;
        }
    }
    if (watched == m_table && key->key() == Qt::Key_Escape) {
        focusSearch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace comptoir
