// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIdentityProxyModel>

namespace comptoir {

class Database;

// The catalogue's table with one more column at its end, "Online": for each row's product, a mark
// saying whether it is ready to be listed (models/listing/Readiness) and a tooltip naming what it
// lacks (photo, description, category, price, stock), and whether it is visible online. The
// source is CatalogueModel (ProductIdRole, ArchivedRole). Readiness is read for the rows around
// the one asked, in one statement, and kept until the source resets or its rows change.
class ReadinessProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    // The gaps (ListingGaps bits) of the row's product, -1 when not known (archived).
    static constexpr int GapsRole = Qt::UserRole + 100;

    explicit ReadinessProxy(const Database &db, QObject *parent = nullptr);

    int onlineColumn() const;
    // The words of a set of gaps ("photo, description en ligne").
    static QString gapWords(int gaps);

    void setSourceModel(QAbstractItemModel *source) override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Forgets what was read (after a write that may change readiness).
    void invalidate();

private:
    // The gaps of the row's product, reading those around it when not known yet.
    int gapsOfRow(int row) const;

    const Database &m_db;
    mutable QHash<qint64, int> m_gaps; // product id → gaps
    mutable QHash<qint64, bool> m_visible; // product id → visible online
};

} // namespace comptoir
