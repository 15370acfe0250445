// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace comptoir {

class Database;

// The marketplace's taxonomy (marketplace_categories, sent down by the sync) as a list for the
// category picker, searchable by words: each word typed must be found in the category's path
// ("Papeterie > Carnets"), accents and case ignored ("carn", "PAPET carn", "epicerie"). The
// categories whose own name starts with the first word come first, then the others, each in the
// taxonomy's order. The whole taxonomy (a few hundred to a few thousand rows) is held in memory:
// a keystroke filters it without the database.
class MarketplaceCategories : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, PathRole };

    struct Category
    {
        QString id; // "papeterie/carnets"
        QString name; // "Carnets"
        QString path; // "Papeterie > Carnets"
        QString folded; // the path, accents and case folded (the search's haystack)
        int depth = 0; // 0 at the top
    };

    explicit MarketplaceCategories(const Database &db, QObject *parent = nullptr);

    // Reads the taxonomy again (after a sync); the search stays.
    Status reload();
    void setSearch(const QString &text);
    QString search() const { return m_search; }

    // The whole taxonomy, in its order (parents before children, by position).
    const QList<Category> &all() const { return m_all; }
    // The categories matching a search, in the order shown.
    QList<Category> matching(const QString &text) const;
    // "Papeterie > Carnets" for "papeterie/carnets"; empty when unknown.
    QString pathOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static QString fold(const QString &text);

    const Database &m_db;
    QList<Category> m_all;
    QList<Category> m_shown;
    QString m_search;
};

} // namespace comptoir
