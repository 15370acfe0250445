// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/listing/marketplacecategories.h"

#include "models/catalogue/catalogue.h"
#include "models/logging.h"
#include "models/storage/database.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace comptoir {

MarketplaceCategories::MarketplaceCategories(const Database &db, QObject *parent)
    : QAbstractListModel(parent), m_db(db)
{ }

QString MarketplaceCategories::fold(const QString &text)
{
    return Catalogue::sortKey(text, {});
}

Status MarketplaceCategories::reload()
{
    auto rows = m_db.rows(QStringLiteral("SELECT id, coalesce(parent_id, ''), name, path, position "
                                         "FROM marketplace_categories ORDER BY path COLLATE NOCASE, id"));
    if (!rows)
        return rows.error();
    // The taxonomy's order: depth first, each level by position (then name).
    QHash<QString, QList<const QVariantList *>> children;
    for (const QVariantList &row : std::as_const(*rows))
        children[row.at(1).toString()].append(&row);
    for (auto &list : children) {
        std::stable_sort(list.begin(), list.end(), [](const QVariantList *a, const QVariantList *b) {
            return a->at(4).toInt() < b->at(4).toInt();
        });
    }
    QList<Category> ordered;
    ordered.reserve(rows->size());
    QHash<QString, bool> seen;
    std::function<void(const QString &, int)> walk = [&](const QString &parent, int depth) {
        for (const QVariantList *row : children.value(parent)) {
            const QString id = row->at(0).toString();
            if (seen.contains(id))
                continue; // a cycle in bad data: each category once
            seen.insert(id, true);
            Category category;
            category.id = id;
            category.name = row->at(2).toString();
            category.path = row->at(3).toString();
            category.folded = fold(category.path);
            category.depth = depth;
            ordered.append(category);
            walk(id, depth + 1);
        }
    };
    walk(QString(), 0);
    // Categories whose parent is unknown: at the end, in path order.
    for (const QVariantList &row : std::as_const(*rows)) {
        const QString id = row.at(0).toString();
        if (seen.contains(id))
            continue;
        seen.insert(id, true);
        Category category;
        category.id = id;
        category.name = row.at(2).toString();
        category.path = row.at(3).toString();
        category.folded = fold(category.path);
        ordered.append(category);
        walk(id, 1);
    }
    beginResetModel();
    m_all = ordered;
    m_shown = matching(m_search);
    endResetModel();
    qCDebug(lcCatalogue) << "marketplace taxonomy:" << m_all.size() << "categories";
    return {};
}

QList<MarketplaceCategories::Category> MarketplaceCategories::matching(const QString &text) const
{
    const QStringList words = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return m_all;
    QList<Category> first;
    QList<Category> others;
    for (const Category &category : m_all) {
        bool all = true;
        for (const QString &word : words) {
            if (!category.folded.contains(word)) {
                all = false;
                break;
            }
        }
        if (!all)
            continue;
        if (fold(category.name).startsWith(words.constFirst()))
            first.append(category);
        else
            others.append(category);
    }
    return first + others;
}

void MarketplaceCategories::setSearch(const QString &text)
{
    beginResetModel();
    m_search = text;
    m_shown = matching(text);
    endResetModel();
}

QString MarketplaceCategories::pathOf(const QString &id) const
{
    for (const Category &category : m_all) {
        if (category.id == id)
            return category.path;
    }
    return {};
}

int MarketplaceCategories::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant MarketplaceCategories::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Category &category = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PathRole:
        return category.path;
    case Qt::ToolTipRole:
        return category.id;
    case IdRole:
        return category.id;
    case NameRole:
        return category.name;
    default:
        return {};
    }
}

QHash<int, QByteArray> MarketplaceCategories::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {IdRole, "id"}, {NameRole, "name"}, {PathRole, "path"}};
}

} // namespace comptoir
