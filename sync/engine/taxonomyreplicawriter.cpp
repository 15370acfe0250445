// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/taxonomyreplicawriter.h"

#include "models/storage/database.h"
#include "sync/logging.h"

#include <QHash>

namespace comptoir {

Status writeTaxonomy(Database &db, const TaxonomyState &taxonomy)
{
    if (Status cleared = db.exec(QStringLiteral("DELETE FROM marketplace_categories")); !cleared)
        return cleared;
    QHash<QString, QString> paths;
    QHash<QString, int> children;
    for (const TaxonomyNode &node : taxonomy.nodes) {
        // The reader checked that each parent came earlier.
        const QString parentPath = paths.value(node.parentId);
        const QString path
            = parentPath.isEmpty() ? node.name : parentPath + QStringLiteral(" > ") + node.name;
        paths.insert(node.id, path);
        const int position = children[node.parentId]++;
        const Status written = db.exec(
            QStringLiteral("INSERT INTO marketplace_categories (id, parent_id, name, path, position)"
                           " VALUES (?, ?, ?, ?, ?)"),
            {node.id, node.parentId.isEmpty() ? QVariant() : QVariant(node.parentId), node.name, path,
             position});
        if (!written)
            return written;
    }
    qCInfo(lcSync) << "marketplace taxonomy version" << taxonomy.version << "with" << taxonomy.nodes.size()
                   << "categories";
    return {};
}

} // namespace comptoir
