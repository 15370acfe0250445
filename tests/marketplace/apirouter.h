// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enrollment.h"
#include "reply.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace comptoir::market {

class FaultPlan;
class Marketplace;

// One HTTP request as the router sees it, free of any HTTP-server type.
struct ApiRequest
{
    QByteArray method; // GET, HEAD, POST, PUT, PATCH…
    QString path;
    QUrlQuery query;
    QByteArray authorization;
    QByteArray contentType;
    QByteArray body;
};

// A GET /v1/changes with wait=S that found nothing: the HTTP layer holds it (without blocking
// the event loop) until the shop's feed moves or S seconds pass, then asks again.
struct LongPoll
{
    DeviceIdentity device;
    qint64 since = 0;
    int limit = 0;
    std::optional<qint64> epoch;
    int waitSeconds = 0;
};

struct Routed
{
    Reply reply;
    std::optional<LongPoll> poll;
};

// The routes of the shop API (/v1/…) and of the admin API (/admin/v1/…, bearer admin token).
class ApiRouter
{
public:
    static constexpr qint64 MaxJsonBody = 4 * 1024 * 1024;
    static constexpr int MaxWaitSeconds = 30;

    ApiRouter(Marketplace &market, FaultPlan &faults, const QByteArray &adminToken);

    static bool isShopApi(const QString &path) { return path.startsWith(QLatin1String("/v1/")); }
    Routed route(const ApiRequest &request);
    // The answer to a held long-poll (now that something changed, or its time is up).
    Reply answer(const LongPoll &poll);

private:
    Routed routeShop(const ApiRequest &request);
    Reply routeAdmin(const ApiRequest &request);

    Marketplace &m_market;
    FaultPlan &m_faults;
    QByteArray m_adminToken;
};

} // namespace comptoir::market
