// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomy.h"

#include "marketstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace comptoir::market {

namespace {

const QString Kind = QStringLiteral("taxonomy");

} // namespace

Taxonomy::Taxonomy(MarketStore &store) : m_store(store) { }

QString Taxonomy::problem(const QJsonArray &nodes)
{
    QSet<QString> seen;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        const QString id = node.value(QStringLiteral("id")).toString();
        const QString name = node.value(QStringLiteral("name")).toString();
        const QJsonValue parent = node.value(QStringLiteral("parent"));
        if (!value.isObject() || id.isEmpty() || id.size() > 100 || name.trimmed().isEmpty()
            || name.size() > 100)
            return QStringLiteral("Each node has an id (1-100 characters) and a name (1-100 characters).");
        if (seen.contains(id))
            return QStringLiteral("The id %1 appears twice.").arg(id);
        if (!parent.isNull() && !(parent.isString() && seen.contains(parent.toString())))
            return QStringLiteral("The parent of %1 is not an earlier node.").arg(id);
        seen.insert(id);
    }
    return {};
}

void Taxonomy::ensure()
{
    if (!m_store.scalar(QStringLiteral("SELECT 1 FROM taxonomy WHERE id = 1")).isValid()) {
        QFile file(QStringLiteral(":/marketplace/taxonomy.json"));
        QByteArray text = "{\"nodes\": []}";
        if (file.open(QIODevice::ReadOnly))
            text = file.readAll();
        const QJsonArray nodes
            = QJsonDocument::fromJson(text).object().value(QStringLiteral("nodes")).toArray();
        m_store.run(QStringLiteral("INSERT INTO taxonomy (id, version, nodes) VALUES (1, 1, ?)"),
                    {QString::fromUtf8(QJsonDocument(nodes).toJson(QJsonDocument::Compact))});
    }
    QSqlQuery q = m_store.run(QStringLiteral("SELECT id FROM shops WHERE id NOT IN"
                                             " (SELECT shop_id FROM feed WHERE kind = 'taxonomy')"));
    QStringList missing;
    while (q.next())
        missing.append(q.value(0).toString());
    for (const QString &shopId : std::as_const(missing))
        publish(shopId);
}

void Taxonomy::publish(const QString &shopId)
{
    m_store.touch(shopId, Kind, QString::fromLatin1(EntityId));
}

void Taxonomy::publishAll()
{
    QSqlQuery q = m_store.run(QStringLiteral("SELECT id FROM shops ORDER BY id"));
    QStringList shops;
    while (q.next())
        shops.append(q.value(0).toString());
    for (const QString &shopId : std::as_const(shops))
        publish(shopId);
}

QJsonObject Taxonomy::json() const
{
    QSqlQuery q = m_store.run(QStringLiteral("SELECT version, nodes FROM taxonomy WHERE id = 1"));
    if (!q.next())
        return {{QStringLiteral("version"), 0}, {QStringLiteral("nodes"), QJsonArray()}};
    return {{QStringLiteral("version"), q.value(0).toLongLong()},
            {QStringLiteral("nodes"), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array()}};
}

Reply Taxonomy::replace(const QJsonArray &nodes)
{
    if (const QString why = problem(nodes); !why.isEmpty())
        return errorReply(400, QStringLiteral("invalid_field"), why, QStringLiteral("nodes"));
    const qint64 version
        = m_store.scalar(QStringLiteral("SELECT version FROM taxonomy WHERE id = 1"), {}, 0).toLongLong() + 1;
    m_store.run(
        QStringLiteral("INSERT INTO taxonomy (id, version, nodes) VALUES (1, ?, ?)"
                       " ON CONFLICT (id) DO UPDATE SET version = excluded.version, nodes = excluded.nodes"),
        {version, QString::fromUtf8(QJsonDocument(nodes).toJson(QJsonDocument::Compact))});
    publishAll();
    Reply reply;
    reply.body = {{QStringLiteral("version"), version}, {QStringLiteral("nodes"), nodes.size()}};
    return reply;
}

} // namespace comptoir::market
