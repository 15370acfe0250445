// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalogue/cataloguestyleproxy.h"

#include "models/catalogue/cataloguemodel.h"

#include <QBrush>
#include <QFont>

namespace comptoir {

const QColor CatalogueStyleProxy::LowStockBackground = QColor(0xff, 0xe8, 0xb3);
const QColor CatalogueStyleProxy::LowStockForeground = QColor(0xa6, 0x1b, 0x1b);
const QColor CatalogueStyleProxy::ArchivedForeground = QColor(0x8a, 0x94, 0x9e);

CatalogueStyleProxy::CatalogueStyleProxy(QObject *parent) : QIdentityProxyModel(parent) { }

QVariant CatalogueStyleProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role != Qt::BackgroundRole && role != Qt::ForegroundRole && role != Qt::FontRole)
        return QIdentityProxyModel::data(index, role);

    const bool archived = QIdentityProxyModel::data(index, CatalogueModel::ArchivedRole).toBool();
    const bool lowStock
        = !archived && QIdentityProxyModel::data(index, CatalogueModel::LowStockRole).toBool();
    const bool stockColumn = index.column() == CatalogueModel::StockColumn;

    switch (role) {
    case Qt::BackgroundRole:
        if (lowStock)
            return QBrush(LowStockBackground);
        break;
    case Qt::ForegroundRole:
        if (archived)
            return QBrush(ArchivedForeground);
        if (lowStock && stockColumn)
            return QBrush(LowStockForeground);
        break;
    case Qt::FontRole:
        if (archived || (lowStock && stockColumn)) {
            QFont font;
            font.setItalic(archived);
            font.setBold(lowStock && stockColumn);
            return font;
        }
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace comptoir
