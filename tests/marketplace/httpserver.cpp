// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include "marketlogging.h"
#include "marketplace.h"
#include "marketstore.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLocale>
#include <QTcpServer>

namespace comptoir::market {

namespace {

constexpr qint64 MaxHeaderBytes = 64 * 1024;
constexpr qint64 MaxPhotoBody = 8 * 1024 * 1024;
const char *const BytesProperty = "comptoirRequestBytes";
const char *const CheckedProperty = "comptoirHeaderChecked";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

QByteArray encode(const Reply &reply, bool head)
{
    const QByteArray body
        = reply.rawSet ? reply.raw : QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    const QByteArray type = reply.rawSet ? reply.contentType : QByteArray("application/json");
    QByteArray out
        = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    out += "Content-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The date of the answer (RFC 9110 §6.6.1), as any HTTP server sends it: `comptoir doctor`
    // compares the till's clock with it.
    out += "Date: "
        + QLocale::c()
              .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
              .toLatin1()
        + "\r\n";
    bool cacheControl = false;
    for (const auto &header : reply.headers) {
        out += header.first + ": " + header.second + "\r\n";
        cacheControl = cacheControl || header.first.toLower() == "cache-control";
    }
    if (!cacheControl)
        out += "Cache-Control: no-store\r\n";
    out += "\r\n";
    if (!head)
        out += body;
    return out;
}

// Refuses a request whose body would be over the limit from its headers alone (Content-Length),
// and any request that grows past it (chunked bodies), before QtHttpServer has buffered it whole.
// Connected to the socket's readyRead before QtHttpServer's own slot, it sees each chunk first.
void guardBody(QTcpSocket *socket)
{
    const qint64 fresh = socket->bytesAvailable(); // unread: what arrived since the last parse
    const qint64 total = socket->property(BytesProperty).toLongLong() + fresh;
    socket->setProperty(BytesProperty, total);
    qint64 limit = ApiRouter::MaxJsonBody;
    bool refuse = false;
    int status = 413;
    if (!socket->property(CheckedProperty).toBool()) {
        const QByteArray head = socket->peek(MaxHeaderBytes);
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end >= 0) {
            socket->setProperty(CheckedProperty, true);
            const QList<QByteArray> lines = head.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).split(' ');
            if (requestLine.value(1).startsWith("/v1/photos/"))
                limit = MaxPhotoBody;
            for (const QByteArray &line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                    refuse = line.mid(colon + 1).trimmed().toLongLong() > limit;
            }
        } else if (head.size() >= MaxHeaderBytes) {
            refuse = true;
            status = 431;
        }
    }
    refuse = refuse || total > MaxPhotoBody + MaxHeaderBytes;
    if (!refuse)
        return;
    qCInfo(lcMarket) << "refused an oversized request";
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    socket->write(encode(status == 431
                             ? errorReply(431, QStringLiteral("headers_too_large"),
                                          QStringLiteral("The request headers are too large."))
                             : errorReply(413, QStringLiteral("payload_too_large"),
                                          QStringLiteral("The request body is over the size limit.")),
                         false));
    socket->disconnectFromHost();
}

class GuardedTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { guardBody(socket); });
        addPendingConnection(socket);
    }
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    default:
        return "OTHER";
    }
}

} // namespace

MarketHttpServer::MarketHttpServer(Marketplace &market, FaultPlan &faults, const QByteArray &adminToken,
                                   QObject *parent)
    : QAbstractHttpServer(parent), m_market(market), m_faults(faults), m_router(market, faults, adminToken)
{
    m_pollTimer.setInterval(200);
    connect(&m_pollTimer, &QTimer::timeout, this, &MarketHttpServer::onPollTick);
    connect(
        &m_market, &Marketplace::shopChanged, this,
        [this](const QString &shopId) { checkWaiters(shopId, shopId.isEmpty(), false); },
        Qt::QueuedConnection);
}

MarketHttpServer::~MarketHttpServer() = default;

quint16 MarketHttpServer::listenOnLoopback(quint16 port)
{
    auto *server = new GuardedTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcMarket) << "cannot listen:" << server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool MarketHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    socket->setProperty(BytesProperty, 0);
    socket->setProperty(CheckedProperty, false);
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path();
    api.query = request.query();
    api.authorization = request.value("authorization");
    api.contentType = request.value("content-type");
    api.body = request.body();

    FaultPlan::Decision faults;
    if (ApiRouter::isShopApi(api.path)) {
        faults = m_faults.decide();
        if (faults.dropRequest) {
            socket->abort();
            return true;
        }
        if (faults.error5xx) {
            Reply unavailable
                = errorReply(503, QStringLiteral("unavailable"), QStringLiteral("Try again later."));
            unavailable.headers = {{"Retry-After", "1"}};
            send(socket, unavailable, false, faults);
            return true;
        }
    }
    dispatch(std::move(api), socket, faults);
    return true;
}

void MarketHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write(
        encode(errorReply(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint.")), false));
}

void MarketHttpServer::dispatch(ApiRequest request, QPointer<QTcpSocket> socket, FaultPlan::Decision faults)
{
    const bool head = request.method == "HEAD";
    Routed routed = m_router.route(request);
    if (faults.duplicate && request.method != "GET" && request.method != "HEAD")
        routed = m_router.route(request); // the second must change nothing; its answer is the one sent
    if (routed.poll) {
        m_waiters.push_back({socket, *routed.poll, QDeadlineTimer(routed.poll->waitSeconds * 1000), faults});
        if (!m_pollTimer.isActive()) {
            m_dataVersion = m_market.store().dataVersion();
            m_pollTimer.start();
        }
        return;
    }
    send(socket, routed.reply, head, faults);
}

void MarketHttpServer::send(const QPointer<QTcpSocket> &socket, const Reply &reply, bool head,
                            const FaultPlan::Decision &faults)
{
    const QByteArray bytes = encode(reply, head);
    const bool drop = faults.dropResponse;
    auto deliver = [socket, bytes, drop] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (drop)
            socket->abort(); // handled and committed, but the client never hears of it
        else
            socket->write(bytes);
    };
    if (faults.delayMs > 0)
        QTimer::singleShot(faults.delayMs, this, deliver);
    else
        deliver();
}

void MarketHttpServer::checkWaiters(const QString &shopId, bool all, bool everyShop)
{
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (!it->socket || it->socket->state() != QAbstractSocket::ConnectedState) {
            it = m_waiters.erase(it);
            continue;
        }
        const bool concerned = all || everyShop || it->poll.device.shopId == shopId;
        const bool expired = it->deadline.hasExpired();
        if (expired
            || (concerned && (all || m_market.hasChangesAfter(it->poll.device.shopId, it->poll.since)))) {
            const Waiter waiter = *it;
            it = m_waiters.erase(it);
            send(waiter.socket, m_router.answer(waiter.poll), false, waiter.faults);
            continue;
        }
        ++it;
    }
    if (m_waiters.empty())
        m_pollTimer.stop();
}

void MarketHttpServer::onPollTick()
{
    // Another process (the command line on the same file) may have committed: data_version says so.
    const qint64 version = m_market.store().dataVersion();
    const bool external = version != m_dataVersion;
    m_dataVersion = version;
    checkWaiters(QString(), false, external);
}

} // namespace comptoir::market
