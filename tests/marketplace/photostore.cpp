// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "photostore.h"

#include "marketstore.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace comptoir::market {

PhotoStore::PhotoStore(MarketStore &store) : m_store(store) { }

bool PhotoStore::exists(const QString &shopId, const QString &sha256) const
{
    return m_store
        .scalar(QStringLiteral("SELECT 1 FROM photos WHERE shop_id = ? AND sha256 = ?"),
                {shopId, sha256.toLower()})
        .isValid();
}

void PhotoStore::count(const QString &shopId, const QString &sha256, Request request)
{
    const QString column = request == Request::Head ? QStringLiteral("heads") : QStringLiteral("puts");
    m_store.run(QStringLiteral("INSERT INTO photo_requests (shop_id, sha256, %1) VALUES (?, ?, 1)"
                               " ON CONFLICT (shop_id, sha256) DO UPDATE SET %1 = %1 + 1")
                    .arg(column),
                {shopId, sha256.toLower()});
}

QJsonArray PhotoStore::requestsJson(const QString &shopId) const
{
    QJsonArray list;
    QSqlQuery q
        = m_store.run(QStringLiteral("SELECT r.sha256, r.heads, r.puts, EXISTS (SELECT 1 FROM photos p"
                                     " WHERE p.shop_id = r.shop_id AND p.sha256 = r.sha256)"
                                     " FROM photo_requests r WHERE r.shop_id = ? ORDER BY r.sha256"),
                      {shopId});
    while (q.next())
        list.append(QJsonObject {{QStringLiteral("sha256"), q.value(0).toString()},
                                 {QStringLiteral("heads"), q.value(1).toLongLong()},
                                 {QStringLiteral("puts"), q.value(2).toLongLong()},
                                 {QStringLiteral("stored"), q.value(3).toBool()}});
    return list;
}

Reply PhotoStore::put(const QString &shopId, const QString &sha256, const QByteArray &contentType,
                      const QByteArray &bytes)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    if (type != "image/jpeg" && type != "image/webp")
        return errorReply(415, QStringLiteral("unsupported_media_type"),
                          QStringLiteral("A photo is image/jpeg or image/webp."));
    const bool looksLikeIt = type == "image/jpeg" ? bytes.startsWith("\xff\xd8\xff")
                                                  : bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP";
    if (!looksLikeIt)
        return errorReply(415, QStringLiteral("unsupported_media_type"),
                          QStringLiteral("These bytes are not a %1 image.").arg(QString::fromLatin1(type)));
    if (bytes.size() > MaxBytes)
        return errorReply(413, QStringLiteral("payload_too_large"),
                          QStringLiteral("A photo is at most 8 MiB."));
    const QString actual = MarketStore::sha256Hex(bytes);
    if (actual != sha256.toLower())
        return errorReply(422, QStringLiteral("photo_hash_mismatch"),
                          QStringLiteral("The photo's SHA-256 is not the one in its address."), {},
                          {{QStringLiteral("sha256"), actual}});
    Reply reply;
    reply.body = {{QStringLiteral("shop_id"), shopId},
                  {QStringLiteral("sha256"), actual},
                  {QStringLiteral("size"), bytes.size()},
                  {QStringLiteral("content_type"), QString::fromLatin1(type)}};
    if (exists(shopId, actual))
        return reply;
    m_store.run(QStringLiteral("INSERT INTO photos (shop_id, sha256, content_type, bytes, uploaded_at)"
                               " VALUES (?, ?, ?, ?, ?)"),
                {shopId, actual, QString::fromLatin1(type), bytes, MarketStore::now()});
    reply.status = 201;
    return reply;
}

Reply PhotoStore::get(const QString &shopId, const QString &sha256) const
{
    QSqlQuery q = m_store.run(
        QStringLiteral("SELECT content_type, bytes FROM photos WHERE shop_id = ? AND sha256 = ?"),
        {shopId, sha256.toLower()});
    if (!q.next())
        return errorReply(404, QStringLiteral("not_found"), QStringLiteral("This shop has no such photo."));
    Reply reply;
    reply.rawSet = true;
    reply.contentType = q.value(0).toString().toLatin1();
    reply.raw = q.value(1).toByteArray();
    reply.headers = {{"ETag", '"' + sha256.toLower().toLatin1() + '"'},
                     {"Cache-Control", "public, max-age=31536000, immutable"}};
    return reply;
}

} // namespace comptoir::market
