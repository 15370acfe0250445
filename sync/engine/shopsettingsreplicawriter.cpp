// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/shopsettingsreplicawriter.h"

#include "models/storage/database.h"
#include "sync/orders/servicelevels.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir {

Result<bool> writeServiceLevels(Database &db, const ShopSettingsState &settings)
{
    const QJsonObject levels {{QStringLiteral("accept_within_min"), settings.acceptWithinMinutes},
                              {QStringLiteral("ready_within_min"), settings.readyWithinMinutes},
                              {QStringLiteral("warn_before_min"), settings.warnBeforeMinutes}};
    const QString text = QString::fromUtf8(QJsonDocument(levels).toJson(QJsonDocument::Compact));
    const QString key = QLatin1String(ServiceLevels::MetaKey);
    auto stored = db.meta(key);
    if (!stored)
        return stored.error();
    if (*stored == text)
        return false;
    if (Status s = db.setMeta(key, text); !s)
        return s.error();
    return true;
}

} // namespace comptoir
