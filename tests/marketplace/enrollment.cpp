// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrollment.h"
#include "shopsettings.h"

#include "marketstore.h"

#include <QRandomGenerator>
#include <QUrl>
#include <QUuid>

namespace comptoir::market {

namespace {

QString normalisedCode(const QString &code)
{
    QString out;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

QString randomCode()
{
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(QLatin1Char('-'));
        code.append(alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))));
    }
    return code;
}

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull();
}

} // namespace

Enrollment::Enrollment(MarketStore &store) : m_store(store) { }

bool Enrollment::shopExists(const QString &shopId) const
{
    return m_store.scalar(QStringLiteral("SELECT 1 FROM shops WHERE id = ?"), {shopId}).isValid();
}

Reply Enrollment::createShop(const QString &name, const ShopDetails &details)
{
    if (name.trimmed().isEmpty())
        return errorReply(400, QStringLiteral("invalid_field"), QStringLiteral("A shop needs a name."),
                          QStringLiteral("name"));
    const QString id = MarketStore::newId();
    // Absent (a null QString) is stored as '' : the columns are NOT NULL.
    const auto text = [](const QString &value) {
        return value.isNull() ? QStringLiteral("") : value.trimmed();
    };
    m_store.run(QStringLiteral("INSERT INTO shops (id, name, created_at, address, siret, vat_number)"
                               " VALUES (?, ?, ?, ?, ?, ?)"),
                {id, name.trimmed(), MarketStore::now(), text(details.address), text(details.siret),
                 text(details.vatNumber)});
    Reply reply;
    reply.status = 201;
    reply.body = {{QStringLiteral("shop_id"), id}, {QStringLiteral("name"), name.trimmed()}};
    return reply;
}

Reply Enrollment::createCode(const QString &shopId, int ttlSeconds)
{
    if (!shopExists(shopId))
        return errorReply(404, QStringLiteral("shop_unknown"), QStringLiteral("No such shop."));
    if (ttlSeconds <= 0)
        ttlSeconds = DefaultCodeTtlSeconds;
    const QString code = randomCode();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString expires = now.addSecs(ttlSeconds).toString(Qt::ISODateWithMs);
    m_store.run(QStringLiteral("INSERT INTO enrollment_codes (code_hash, shop_id, created_at, expires_at)"
                               " VALUES (?, ?, ?, ?)"),
                {MarketStore::sha256Hex(normalisedCode(code).toUtf8()), shopId,
                 now.toString(Qt::ISODateWithMs), expires});
    Reply reply;
    reply.status = 201;
    reply.body = {{QStringLiteral("shop_id"), shopId},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("expires_at"), expires}};
    return reply;
}

Reply Enrollment::provision(const QString &shopId, const QString &marketplaceUrl, int ttlSeconds)
{
    const QUrl url(marketplaceUrl);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return errorReply(400, QStringLiteral("invalid_field"),
                          QStringLiteral("The marketplace's address must be an http(s) URL."),
                          QStringLiteral("url"));
    const Reply code = createCode(shopId, ttlSeconds);
    if (!code.ok())
        return code;
    QSqlQuery q = m_store.run(
        QStringLiteral("SELECT name, address, siret, vat_number FROM shops WHERE id = ?"), {shopId});
    q.next();
    const QJsonObject shop {{QStringLiteral("id"), shopId},
                            {QStringLiteral("name"), q.value(0).toString()},
                            {QStringLiteral("address"), q.value(1).toString()},
                            {QStringLiteral("siret"), q.value(2).toString()},
                            {QStringLiteral("vat_number"), q.value(3).toString()}};
    const QJsonObject file {{QStringLiteral("format"), QStringLiteral("comptoir-provisioning/1")},
                            {QStringLiteral("marketplace_url"), marketplaceUrl},
                            {QStringLiteral("enrollment_code"), code.body.value(QStringLiteral("code"))},
                            {QStringLiteral("expires_at"), code.body.value(QStringLiteral("expires_at"))},
                            {QStringLiteral("shop"), shop}};
    Reply reply;
    reply.status = 201;
    reply.body = {{QStringLiteral("file"), file}};
    return reply;
}

Reply Enrollment::enroll(const QJsonObject &request)
{
    const QString code = request.value(QStringLiteral("code")).toString();
    const QString deviceId = request.value(QStringLiteral("device_id")).toString().toLower();
    const QString deviceName = request.value(QStringLiteral("device_name")).toString();
    if (code.isEmpty())
        return errorReply(400, QStringLiteral("invalid_field"),
                          QStringLiteral("The enrollment code is missing."), QStringLiteral("code"));
    if (deviceName.trimmed().isEmpty() || deviceName.size() > 100)
        return errorReply(400, QStringLiteral("invalid_field"),
                          QStringLiteral("device_name is 1 to 100 characters."),
                          QStringLiteral("device_name"));
    if (!isUuid(deviceId))
        return errorReply(400, QStringLiteral("invalid_field"), QStringLiteral("device_id must be a UUID."),
                          QStringLiteral("device_id"));

    QSqlQuery q
        = m_store.run(QStringLiteral("SELECT c.shop_id, c.expires_at, c.used_at, s.name, c.used_by_device"
                                     " FROM enrollment_codes c JOIN shops s ON s.id = c.shop_id"
                                     " WHERE c.code_hash = ?"),
                      {MarketStore::sha256Hex(normalisedCode(code).toUtf8())});
    if (!q.next())
        return errorReply(404, QStringLiteral("enrollment_code_unknown"),
                          QStringLiteral("This enrollment code is unknown."));
    const QString shopId = q.value(0).toString();
    const QString shopName = q.value(3).toString();
    // A retry by the same device soon after the first use (its answer was lost) enrols again
    // with a new token; any other use of a used code is refused.
    const bool retry = !q.value(2).isNull() && q.value(4).toString() == deviceId
        && QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)
                .secsTo(QDateTime::currentDateTimeUtc())
            < 600;
    if (!q.value(2).isNull() && !retry)
        return errorReply(409, QStringLiteral("enrollment_code_used"),
                          QStringLiteral("This enrollment code has already been used."));
    if (!retry
        && QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs) < QDateTime::currentDateTimeUtc())
        return errorReply(410, QStringLiteral("enrollment_code_expired"),
                          QStringLiteral("This enrollment code has expired."));

    const QVariant existingShop
        = m_store.scalar(QStringLiteral("SELECT shop_id FROM devices WHERE id = ?"), {deviceId});
    if (existingShop.isValid() && existingShop.toString() != shopId)
        return errorReply(409, QStringLiteral("device_conflict"),
                          QStringLiteral("This device is enrolled with another shop."),
                          QStringLiteral("device_id"));

    const QString token = randomToken();
    const QString tokenHash = MarketStore::sha256Hex(token.toLatin1());
    const QString now = MarketStore::now();
    if (existingShop.isValid()) {
        // Re-enrollment (after a 401): a new token; the device keeps its sequence numbers.
        m_store.run(QStringLiteral("UPDATE devices SET token_hash = ?, name = ?, revoked = 0 WHERE id = ?"),
                    {tokenHash, deviceName, deviceId});
    } else {
        m_store.run(QStringLiteral("INSERT INTO devices (id, shop_id, name, token_hash, enrolled_at)"
                                   " VALUES (?, ?, ?, ?, ?)"),
                    {deviceId, shopId, deviceName, tokenHash, now});
    }
    if (!retry)
        m_store.run(
            QStringLiteral("UPDATE enrollment_codes SET used_at = ?, used_by_device = ? WHERE code_hash = ?"),
            {now, deviceId, MarketStore::sha256Hex(normalisedCode(code).toUtf8())});
    const qint64 lastSeq
        = m_store.scalar(QStringLiteral("SELECT last_applied_seq FROM devices WHERE id = ?"), {deviceId}, 0)
              .toLongLong();

    Reply reply;
    reply.status = 201;
    reply.body = {{QStringLiteral("shop_id"), shopId},        {QStringLiteral("shop_name"), shopName},
                  {QStringLiteral("device_id"), deviceId},    {QStringLiteral("token"), token},
                  {QStringLiteral("epoch"), m_store.epoch()}, {QStringLiteral("last_applied_seq"), lastSeq}};
    return reply;
}

std::optional<DeviceIdentity> Enrollment::authenticate(const QByteArray &authorizationHeader) const
{
    static const QByteArray prefix("Bearer ");
    if (!authorizationHeader.startsWith(prefix))
        return std::nullopt;
    const QByteArray token = authorizationHeader.mid(prefix.size()).trimmed();
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery q
        = m_store.run(QStringLiteral("SELECT id, shop_id FROM devices WHERE token_hash = ? AND revoked = 0"),
                      {MarketStore::sha256Hex(token)});
    if (!q.next())
        return std::nullopt;
    return DeviceIdentity {q.value(0).toString(), q.value(1).toString()};
}

// ---- the shops' service levels (shopsettings.h) ------------------------------------------
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
