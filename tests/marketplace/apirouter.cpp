// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apirouter.h"

#include "faultplan.h"
#include "marketplace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>

namespace comptoir::market {

namespace {

Reply notFound()
{
    return errorReply(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint."));
}

Reply methodNotAllowed()
{
    return errorReply(405, QStringLiteral("method_not_allowed"),
                      QStringLiteral("This method is not allowed here."));
}

std::optional<QJsonObject> jsonBody(const ApiRequest &request, Reply *error)
{
    if (request.body.size() > ApiRouter::MaxJsonBody) {
        *error = errorReply(413, QStringLiteral("payload_too_large"),
                            QStringLiteral("A request body is at most 4 MiB."));
        return std::nullopt;
    }
    if (request.body.trimmed().isEmpty())
        return QJsonObject {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = errorReply(400, QStringLiteral("invalid_json"),
                            QStringLiteral("The body is not a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

// An optional integer query parameter: nullopt when absent, *ok false when malformed.
std::optional<qint64> integerParam(const QUrlQuery &query, const QString &name, bool *ok)
{
    if (!query.hasQueryItem(name))
        return std::nullopt;
    bool parsed = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&parsed);
    if (!parsed)
        *ok = false;
    return value;
}

Reply badParam(const QString &name)
{
    return errorReply(400, QStringLiteral("invalid_field"),
                      QStringLiteral("%1 must be an integer.").arg(name), name);
}

} // namespace

ApiRouter::ApiRouter(Marketplace &market, FaultPlan &faults, const QByteArray &adminToken)
    : m_market(market), m_faults(faults), m_adminToken(adminToken)
{ }

Routed ApiRouter::route(const ApiRequest &request)
{
    if (isShopApi(request.path))
        return routeShop(request);
    if (request.path.startsWith(QLatin1String("/admin/v1/")))
        return {routeAdmin(request), std::nullopt};
    return {notFound(), std::nullopt};
}

Routed ApiRouter::routeShop(const ApiRequest &request)
{
    const QString path = request.path;
    Reply error;
    if (path == QLatin1String("/v1/enroll")) {
        if (request.method != "POST")
            return {methodNotAllowed(), std::nullopt};
        const auto body = jsonBody(request, &error);
        return {body ? m_market.enroll(*body) : error, std::nullopt};
    }
    std::optional<DeviceIdentity> device = m_market.authenticate(request.authorization);
    if (!device)
        return {errorReply(401, QStringLiteral("unauthorized"),
                           QStringLiteral("Unknown or revoked device token.")),
                std::nullopt};
    // The optional features the client understands (docs §3): features=shop_settings,…
    device->features = request.query.queryItemValue(QStringLiteral("features"))
                           .split(QLatin1Char(','), Qt::SkipEmptyParts);

    if (path == QLatin1String("/v1/push")) {
        if (request.method != "POST")
            return {methodNotAllowed(), std::nullopt};
        const auto body = jsonBody(request, &error);
        return {body ? m_market.push(*device, *body) : error, std::nullopt};
    }
    if (path == QLatin1String("/v1/changes") || path == QLatin1String("/v1/snapshot")) {
        if (request.method != "GET")
            return {methodNotAllowed(), std::nullopt};
        bool ok = true;
        const auto limit = integerParam(request.query, QStringLiteral("limit"), &ok);
        if (!ok)
            return {badParam(QStringLiteral("limit")), std::nullopt};
        const auto epoch = integerParam(request.query, QStringLiteral("epoch"), &ok);
        if (!ok)
            return {badParam(QStringLiteral("epoch")), std::nullopt};
        if (path == QLatin1String("/v1/snapshot"))
            return {m_market.snapshot(*device, request.query.queryItemValue(QStringLiteral("page")),
                                      int(limit.value_or(0)), epoch),
                    std::nullopt};
        if (limit && *limit < 1)
            return {errorReply(400, QStringLiteral("invalid_field"),
                               QStringLiteral("limit must be 1 or more."), QStringLiteral("limit")),
                    std::nullopt};
        const auto since = integerParam(request.query, QStringLiteral("since"), &ok);
        if (!ok)
            return {badParam(QStringLiteral("since")), std::nullopt};
        const auto wait = integerParam(request.query, QStringLiteral("wait"), &ok);
        if (!ok)
            return {badParam(QStringLiteral("wait")), std::nullopt};
        const int waitSeconds = int(std::clamp<qint64>(wait.value_or(0), 0, MaxWaitSeconds));
        LongPoll poll {*device, since.value_or(0), int(limit.value_or(0)), epoch, waitSeconds};
        Reply reply = answer(poll);
        // Empty: nothing for this client, and its cursor did not move (a kind it did not name,
        // passed over, moves it: answered at once).
        const bool empty = reply.ok() && reply.body.value(QStringLiteral("changes")).toArray().isEmpty()
            && reply.body.value(QStringLiteral("next_cursor")).toInteger() == poll.since;
        if (empty && poll.waitSeconds > 0)
            return {reply, poll};
        return {reply, std::nullopt};
    }
    if (path.startsWith(QLatin1String("/v1/photos/"))) {
        static const QRegularExpression photoPath(QStringLiteral("^/v1/photos/([0-9a-f]{64})$"));
        const QRegularExpressionMatch photo = photoPath.match(path);
        if (!photo.hasMatch())
            return {
                errorReply(400, QStringLiteral("invalid_field"),
                           QStringLiteral("A photo's address is its SHA-256 in 64 lower-case hex digits."),
                           QStringLiteral("sha256")),
                std::nullopt};
        const QString sha = photo.captured(1);
        if (request.method == "PUT")
            return {m_market.putPhoto(*device, sha, request.contentType, request.body), std::nullopt};
        if (request.method == "HEAD")
            return {m_market.headPhoto(*device, sha), std::nullopt};
        if (request.method == "GET")
            return {m_market.getPhoto(*device, sha), std::nullopt};
        return {methodNotAllowed(), std::nullopt};
    }
    return {notFound(), std::nullopt};
}

Reply ApiRouter::answer(const LongPoll &poll)
{
    return m_market.changes(poll.device, poll.since, poll.limit, poll.epoch);
}

Reply ApiRouter::routeAdmin(const ApiRequest &request)
{
    if (m_adminToken.isEmpty())
        return errorReply(403, QStringLiteral("admin_disabled"),
                          QStringLiteral("The admin API is off: start the server with --admin-token."));
    if (request.authorization != "Bearer " + m_adminToken)
        return errorReply(401, QStringLiteral("unauthorized"), QStringLiteral("Wrong admin token."));
    Reply error;
    const auto body = jsonBody(request, &error);
    if (!body)
        return error;
    const QString path = request.path;
    const QByteArray method = request.method;
    if (path == QLatin1String("/admin/v1/shops"))
        return method == "POST" ? m_market.createShop(body->value(QStringLiteral("name")).toString(),
                                                      {body->value(QStringLiteral("address")).toString(),
                                                       body->value(QStringLiteral("siret")).toString(),
                                                       body->value(QStringLiteral("vat_number")).toString()})
                                : methodNotAllowed();
    if (path == QLatin1String("/admin/v1/taxonomy")) {
        if (method == "GET")
            return m_market.taxonomy();
        return method == "PUT" ? m_market.replaceTaxonomy(*body) : methodNotAllowed();
    }
    if (path == QLatin1String("/admin/v1/epoch"))
        return method == "POST" ? m_market.bumpEpoch() : methodNotAllowed();
    if (path == QLatin1String("/admin/v1/faults")) {
        if (method == "GET") {
            Reply reply;
            reply.body = m_faults.rates().toJson();
            return reply;
        }
        if (method != "POST")
            return methodNotAllowed();
        const auto rates = FaultRates::fromJson(*body, m_faults.rates());
        if (!rates)
            return errorReply(400, QStringLiteral("invalid_field"),
                              QStringLiteral("Rates are 0..1, delay_ms ≥ 0."));
        m_faults.setRates(*rates);
        Reply reply;
        reply.body = rates->toJson();
        return reply;
    }
    static const QRegularExpression shopPath(QStringLiteral(
        "^/admin/v1/shops/([^/]+)/(enrollment-codes|state|orders|products|devices|photos|service-levels)"
        "(?:/([^/]+)"
        "(/cancel|/revoke)?)?$"));
    const QRegularExpressionMatch match = shopPath.match(path);
    if (!match.hasMatch())
        return notFound();
    const QString shopId = match.captured(1);
    const QString what = match.captured(2);
    const QString id = match.captured(3);
    const bool cancel = match.captured(4) == QLatin1String("/cancel");
    const bool revoke = match.captured(4) == QLatin1String("/revoke");
    if (what == QLatin1String("enrollment-codes") && id.isEmpty())
        return method == "POST" ? m_market.createCode(shopId, body->value(QStringLiteral("ttl_s")).toInt())
                                : methodNotAllowed();
    if (what == QLatin1String("photos") && id.isEmpty())
        return method == "GET" ? m_market.photoRequests(shopId) : methodNotAllowed();
    if (what == QLatin1String("service-levels") && id.isEmpty())
        return method == "PUT" ? m_market.setServiceLevels(shopId, *body) : methodNotAllowed();
    if (what == QLatin1String("state") && id.isEmpty())
        return method == "GET" ? m_market.state(shopId) : methodNotAllowed();
    if (what == QLatin1String("orders") && id.isEmpty())
        return method == "POST" ? m_market.placeOrder(shopId, *body) : methodNotAllowed();
    if (what == QLatin1String("orders") && cancel)
        return method == "POST"
            ? m_market.cancelOrder(shopId, id, body->value(QStringLiteral("reason")).toString())
            : methodNotAllowed();
    if (what == QLatin1String("devices") && revoke)
        return method == "POST" ? m_market.revokeDevice(shopId, id) : methodNotAllowed();
    if (what == QLatin1String("products") && id.isEmpty())
        return method == "POST" ? m_market.createProduct(shopId, *body) : methodNotAllowed();
    if (what == QLatin1String("products") && match.captured(4).isEmpty())
        return method == "PATCH" ? m_market.editProduct(shopId, id, *body) : methodNotAllowed();
    return notFound();
}

} // namespace comptoir::market
