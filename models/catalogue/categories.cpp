// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalogue/categories.h"

#include "models/catalogue/catalogueoutbox.h"
#include "models/logging.h"
#include "models/storage/database.h"

#include <QSqlQuery>

namespace comptoir {

namespace {

// Compared in code: SQLite's NOCASE folds ASCII only, and "épicerie" is "Épicerie".
Result<bool> categoryNameTaken(const Database &db, const QString &name, qint64 ignoreId)
{
    auto q = db.query(QStringLiteral("SELECT id, name FROM categories WHERE id <> ?"), {ignoreId});
    if (!q)
        return q.error();
    while (q.value().next()) {
        if (q.value().value(1).toString().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

Categories::Categories(Database &db, CatalogueOutbox &outbox) : m_db(db), m_outbox(outbox) { }

// Every write opens its transaction before validating, so that the checks and the write see the
// same rows even when another connection (the sync thread) writes too; bad input rolls back an
// empty transaction.

Result<qint64> Categories::add(const QString &name)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::EmptyName);
    auto taken = categoryNameTaken(m_db, trimmed, 0);
    if (!taken)
        return taken.error();
    if (*taken)
        return makeError(ErrorCode::DuplicateCategory, trimmed);

    auto inserted = m_db.insert(QStringLiteral("INSERT INTO categories (name) VALUES (?)"), {trimmed});
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCatalogue) << "added category" << id;
    return id;
}

Status Categories::rename(qint64 id, const QString &name)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto current = m_db.query(QStringLiteral("SELECT name FROM categories WHERE id = ?"), {id});
    if (!current)
        return current.error();
    if (!current.value().next())
        return makeError(ErrorCode::NotFound, QString::number(id));
    const QString previousName = current.value().value(0).toString();
    current.value().finish();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::EmptyName);
    auto taken = categoryNameTaken(m_db, trimmed, id);
    if (!taken)
        return taken.error();
    if (*taken)
        return makeError(ErrorCode::DuplicateCategory, trimmed);

    if (Status s = m_db.exec(QStringLiteral("UPDATE categories SET name = ? WHERE id = ?"), {trimmed, id});
        !s)
        return s;
    if (trimmed != previousName) {
        if (Status s = m_outbox.queueCategoryRenamed(id, trimmed); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcCatalogue) << "renamed category" << id;
    return {};
}

Result<QList<Category>> Categories::all() const
{
    auto q = m_db.query(QStringLiteral("SELECT id, name FROM categories ORDER BY name COLLATE NOCASE, id"));
    if (!q)
        return q.error();
    QList<Category> result;
    while (q.value().next())
        result.append(Category {q.value().value(0).toLongLong(), q.value().value(1).toString()});
    return result;
}

Status Categories::require(qint64 id) const
{
    auto q = m_db.query(QStringLiteral("SELECT 1 FROM categories WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::UnknownCategory, QString::number(id));
    return {};
}

} // namespace comptoir
