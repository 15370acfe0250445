// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace comptoir {

class Database;

// The lookups the replica writers (ReplicaWriter and its parts) repeat for every state of a page,
// on statements the Database keeps prepared, read whole before returning.

// The first row of a SELECT, none when it has no row.
Result<std::optional<QVariantList>> firstRow(const Database &db, const QString &sql,
                                             const QVariantList &bindings);
// The local id of the variant with this uuid, none when this till does not hold it (yet).
Result<std::optional<qint64>> variantIdOf(const Database &db, const QString &uuid);

} // namespace comptoir
