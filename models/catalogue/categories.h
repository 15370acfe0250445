// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QList>
#include <QString>

namespace comptoir {

class CatalogueOutbox;
class Database;

struct Category
{
    qint64 id = 0;
    QString name;
};

// The catalogue's categories, their names unique without regard to case ("épicerie" is
// "Épicerie"). Every write validates its input first and is one transaction (nested in the
// caller's if any). A category's name is each of its products' `category` field on the
// marketplace: renaming it queues them (CatalogueOutbox).
class Categories
{
public:
    Categories(Database &db, CatalogueOutbox &outbox);

    // Errors: EmptyName, DuplicateCategory.
    Result<qint64> add(const QString &name);
    // Errors: NotFound, EmptyName, DuplicateCategory.
    Status rename(qint64 id, const QString &name);
    // By name, without regard to case.
    Result<QList<Category>> all() const;
    // UnknownCategory unless the category exists.
    Status require(qint64 id) const;

private:
    Database &m_db;
    CatalogueOutbox &m_outbox;
};

} // namespace comptoir
