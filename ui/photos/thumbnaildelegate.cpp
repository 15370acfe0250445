// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/photos/thumbnaildelegate.h"

#include "models/photos/productphotos.h"
#include "ui/photos/thumbnailloader.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QHash>
#include <QIcon>

#include <algorithm>
#include <memory>
#include <utility>

namespace comptoir {

ThumbnailDelegate::ThumbnailDelegate(QAbstractItemView *view, int column, ThumbnailLoader &loader,
                                     PhotoOf photoOf)
    : QStyledItemDelegate(view), m_loader(loader), m_photoOf(std::move(photoOf))
{
    view->setItemDelegateForColumn(column, this);
    // Only what is on screen is painted again: cheap however many rows the model holds.
    connect(&loader, &ThumbnailLoader::thumbnailReady, view->viewport(),
            [viewport = view->viewport()] { viewport->update(); });
}

ThumbnailDelegate::PhotoOf ThumbnailDelegate::fromRole(int role)
{
    return [role](const QModelIndex &index) {
        return index.data(role).toString();
    };
}

ThumbnailDelegate::PhotoOf ThumbnailDelegate::variantMainPhoto(ProductPhotos &photos,
                                                               QAbstractItemModel *model, int variantIdRole)
{
    auto known = std::make_shared<QHash<qint64, QString>>();
    const auto forget = [known] {
        known->clear();
    };
    QObject::connect(&photos, &ProductPhotos::productPhotosChanged, model, forget);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, model, forget);
    QObject::connect(model, &QAbstractItemModel::modelReset, model, forget);
    return [known, &photos, variantIdRole](const QModelIndex &index) -> QString {
        const QVariant variant = index.data(variantIdRole);
        if (!variant.isValid())
            return {}; // a free-price line
        const qint64 variantId = variant.toLongLong();
        const auto it = known->constFind(variantId);
        if (it != known->cend())
            return *it;
        const Result<QString> sha256 = photos.mainPhotoOfVariant(variantId);
        const QString photo = sha256 ? sha256.value() : QString();
        known->insert(variantId, photo);
        return photo;
    };
}

void ThumbnailDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString sha256 = m_photoOf(index);
    if (sha256.isEmpty())
        return;
    const int side = std::max(16, option->rect.height() - 4);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = QIcon(m_loader.thumbnail(sha256, ThumbnailLoader::SmallSize));
    option->decorationSize = QSize(side, side);
    option->decorationAlignment = Qt::AlignCenter;
}

} // namespace comptoir
