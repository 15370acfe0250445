// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/categorymodel.h"

#include "models/catalogue/catalogue.h"
#include "models/logging.h"
#include "models/storage/database.h"

#include <QSqlQuery>

#include <algorithm>

namespace comptoir {

CategoryModel::CategoryModel(Database &db, QObject *parent) : QAbstractListModel(parent), m_db(db)
{
    m_rows = load();
}

CategoryModel::~CategoryModel() = default;

QList<CategoryModel::Row> CategoryModel::load() const
{
    QList<Row> rows;
    auto q = m_db.query(QStringLiteral("SELECT id, name FROM categories"));
    if (!q) {
        qCWarning(lcModels) << "category query failed:" << q.error().detail;
        return rows;
    }
    QList<QString> keys;
    while (q.value().next()) {
        Row row {q.value().value(0).toLongLong(), q.value().value(1).toString()};
        keys.append(Catalogue::sortKey(row.name, QString()));
        rows.append(std::move(row));
    }
    QList<qsizetype> order(rows.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (keys.at(a) != keys.at(b))
            return keys.at(a) < keys.at(b);
        if (rows.at(a).name != rows.at(b).name)
            return rows.at(a).name < rows.at(b).name;
        return rows.at(a).id < rows.at(b).id;
    });
    QList<Row> sorted;
    sorted.reserve(rows.size());
    for (const qsizetype i : std::as_const(order))
        sorted.append(rows.at(i));
    return sorted;
}

void CategoryModel::refresh()
{
    beginResetModel();
    m_rows = load();
    endResetModel();
}

int CategoryModel::rowOfCategory(qint64 categoryId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == categoryId)
            return int(i);
    }
    return -1;
}

qint64 CategoryModel::categoryIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row.name;
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

} // namespace comptoir
