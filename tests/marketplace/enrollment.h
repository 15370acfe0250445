// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reply.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace comptoir::market {

class MarketStore;

// What a shop is called and where it is, as printed on its receipts (copied into its provisioning
// files). Not checked here: the till checks the SIRET and VAT number when it reads the file.
struct ShopDetails
{
    QString address;
    QString siret;
    QString vatNumber;
};

struct DeviceIdentity
{
    QString deviceId;
    QString shopId;
    // The optional features this request named (`features=…` on /v1/changes and /v1/snapshot,
    // docs §3): a change kind added within v1 is sent only to a client that names it.
    QStringList features {};
};

// Shops, one-time enrollment codes and device tokens. Only SHA-256 hashes of codes and tokens
// are stored; a token is shown once, in the enrollment answer. Every method runs inside the
// caller's transaction (MarketStore::transact).
class Enrollment
{
public:
    static constexpr int DefaultCodeTtlSeconds = 7 * 24 * 3600;

    explicit Enrollment(MarketStore &store);

    Reply createShop(const QString &name, const ShopDetails &details = {});
    Reply createCode(const QString &shopId, int ttlSeconds = DefaultCodeTtlSeconds);
    // A new one-time code and the provisioning file (format "comptoir-provisioning/1",
    // docs/marketplace-api.md) that carries it, with the shop's identity and marketplaceUrl:
    // 201 {"file": {…}}.
    Reply provision(const QString &shopId, const QString &marketplaceUrl,
                    int ttlSeconds = DefaultCodeTtlSeconds);
    // POST /v1/enroll {code, device_id, device_name} → 201 {shop_id, shop_name, device_id, token, epoch}
    Reply enroll(const QJsonObject &request);
    // The device a bearer token belongs to; nullopt for an unknown or revoked token.
    std::optional<DeviceIdentity> authenticate(const QByteArray &authorizationHeader) const;

    bool shopExists(const QString &shopId) const;

private:
    MarketStore &m_store;
};

} // namespace comptoir::market
