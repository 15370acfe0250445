// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/outbox/outbox.h"

#include "models/clock.h"
#include "models/storage/database.h"

#include <QJsonDocument>

namespace comptoir {

Status queueMutation(Database &db, const Clock &clock, const QString &kind, const QString &entityId,
                     const QJsonObject &payload)
{
    return db.exec(QStringLiteral("INSERT INTO sync_outbox (kind, entity_id, payload, created_at) "
                                  "VALUES (?, ?, ?, ?)"),
                   {kind, entityId, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                    clock.now().toUTC().toString(Qt::ISODateWithMs)});
}

} // namespace comptoir
