// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIdentityProxyModel>

namespace comptoir {

// Paints the catalogue's rows from the model's roles: a low-stock row gets a warning
// background and a bold, dark-red stock figure; an archived row is grey and italic.
// CatalogueModel itself never colours anything.
class CatalogueStyleProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    static const QColor LowStockBackground;
    static const QColor LowStockForeground;
    static const QColor ArchivedForeground;

    explicit CatalogueStyleProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace comptoir
