// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shopsettings.h"

#include "marketstore.h"

#include <QSqlQuery>

namespace comptoir::market {

namespace {

struct Bound
{
    const char *name;
    qint64 min;
    qint64 max;
};
const Bound Bounds[] = {
    {"accept_within_min", 1, 1440},
    {"ready_within_min", 1, 10080},
    {"warn_before_min", 0, 120},
};

} // namespace

ShopSettings::ShopSettings(MarketStore &store) : m_store(store) { }

void ShopSettings::ensure()
{
    QSqlQuery q = m_store.run(QStringLiteral(
        "SELECT id FROM shops WHERE id NOT IN (SELECT shop_id FROM shop_settings) ORDER BY id"));
    QStringList missing;
    while (q.next())
        missing.append(q.value(0).toString());
    for (const QString &shopId : std::as_const(missing)) {
        m_store.run(QStringLiteral("INSERT INTO shop_settings (shop_id, version, accept_within_min,"
                                   " ready_within_min, warn_before_min) VALUES (?, 1, 30, 120, 10)"),
                    {shopId});
        m_store.touch(shopId, QStringLiteral("shop_settings"), QString::fromLatin1(EntityId));
    }
}

QJsonObject ShopSettings::json(const QString &shopId) const
{
    QSqlQuery q = m_store.run(QStringLiteral("SELECT version, accept_within_min, ready_within_min,"
                                             " warn_before_min FROM shop_settings WHERE shop_id = ?"),
                              {shopId});
    if (!q.next())
        return {};
    return {{QStringLiteral("version"), q.value(0).toLongLong()},
            {QStringLiteral("service_levels"),
             QJsonObject {{QStringLiteral("accept_within_min"), q.value(1).toLongLong()},
                          {QStringLiteral("ready_within_min"), q.value(2).toLongLong()},
                          {QStringLiteral("warn_before_min"), q.value(3).toLongLong()}}}};
}

Reply ShopSettings::replace(const QString &shopId, const QJsonObject &levels)
{
    QVariantList values;
    for (const Bound &bound : Bounds) {
        const QJsonValue value = levels.value(QLatin1String(bound.name));
        const bool integer = value.isDouble() && value.toDouble() == double(value.toInteger());
        if (!integer || value.toInteger() < bound.min || value.toInteger() > bound.max)
            return errorReply(400, QStringLiteral("invalid_field"),
                              QStringLiteral("%1 is an integer from %2 to %3.")
                                  .arg(QLatin1String(bound.name))
                                  .arg(bound.min)
                                  .arg(bound.max),
                              QLatin1String(bound.name));
        values.append(value.toInteger());
    }
    ensure();
    values.append(shopId);
    m_store.run(QStringLiteral("UPDATE shop_settings SET version = version + 1, accept_within_min = ?,"
                               " ready_within_min = ?, warn_before_min = ? WHERE shop_id = ?"),
                values);
    m_store.touch(shopId, QStringLiteral("shop_settings"), QString::fromLatin1(EntityId));
    Reply reply;
    reply.body = json(shopId);
    reply.body.insert(QStringLiteral("shop_id"), shopId);
    return reply;
}

} // namespace comptoir::market
