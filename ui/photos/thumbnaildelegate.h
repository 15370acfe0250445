// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;

namespace comptoir {

class ProductPhotos;
class ThumbnailLoader;

// Shows a photo's thumbnail at the start of a column's cells (the catalogue's name, the till's
// results and cart lines), as large as the row is high. photoOf says which photo a cell shows
// (a sha256, empty: none, no room kept). The thumbnail comes from the loader's cache, else its
// placeholder while it loads: painting never reads a file. The view repaints when a thumbnail
// is ready. Installed on the view's column by the constructor; owned by the view.
class ThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using PhotoOf = std::function<QString(const QModelIndex &index)>;

    ThumbnailDelegate(QAbstractItemView *view, int column, ThumbnailLoader &loader, PhotoOf photoOf);

    // photoOf for a model with a role holding the photo's sha256 (CatalogueModel::MainPhotoRole).
    static PhotoOf fromRole(int role);
    // photoOf for a model whose rows name a variant in variantIdRole (the till's cart): the
    // variant's product's main photo, looked up once per variant and kept until the product's
    // photos change or rows are added to model (a scan).
    static PhotoOf variantMainPhoto(ProductPhotos &photos, QAbstractItemModel *model, int variantIdRole);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    ThumbnailLoader &m_loader;
    PhotoOf m_photoOf;
};

} // namespace comptoir
