// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/orders/servicelevels.h"

#include "models/storage/database.h"
#include "sync/logging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir {

namespace {

// A member within the protocol's bounds (§9, kind shop_settings), else nothing.
std::optional<int> boundedMember(const QJsonObject &object, const char *name, int min, int max)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != double(qint64(number)) || number < min || number > max)
        return std::nullopt;
    return int(number);
}

} // namespace

Result<ServiceLevels> readServiceLevels(const Database &db)
{
    auto text = db.meta(QLatin1String(ServiceLevels::MetaKey));
    if (!text)
        return text.error();
    ServiceLevels levels;
    if (text.value().isEmpty())
        return levels;
    const QJsonDocument document = QJsonDocument::fromJson(text.value().toUtf8());
    const QJsonObject object = document.object();
    const auto accept = boundedMember(object, "accept_within_min", 1, 1440);
    const auto ready = boundedMember(object, "ready_within_min", 1, 10080);
    const auto warn = boundedMember(object, "warn_before_min", 0, 120);
    if (!document.isObject() || !accept || !ready || !warn) {
        qCWarning(lcSync) << "stored service levels unreadable: the defaults apply";
        return levels;
    }
    levels.acceptWithinMinutes = *accept;
    levels.readyWithinMinutes = *ready;
    levels.warnBeforeMinutes = *warn;
    levels.fromMarketplace = true;
    return levels;
}

} // namespace comptoir
