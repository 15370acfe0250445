// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace comptoir {

class Database;

// The shop's categories ordered by name (accents and case ignored). Small: loaded whole.
class CategoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole };
    Q_ENUM(Role)

    explicit CategoryModel(Database &db, QObject *parent = nullptr);
    ~CategoryModel() override;

    void refresh();
    // The row of a category, -1 if unknown.
    int rowOfCategory(qint64 categoryId) const;
    qint64 categoryIdAt(int row) const; // 0 when out of range

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
    };

    QList<Row> load() const;

    Database &m_db;
    QList<Row> m_rows;
};

} // namespace comptoir
