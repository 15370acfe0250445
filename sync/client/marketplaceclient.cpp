// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/client/marketplaceclient.h"

#include "sync/client/marketplacechanges.h"
#include "sync/client/marketplaceresponses.h"
#include "sync/client/responsebody.h"
#include "sync/logging.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QStringList>
#include <QSysInfo>
#include <QTimer>
#include <QUrlQuery>

namespace comptoir {

struct MarketplaceClient::Pending
{
    RawCallback done;
    std::unique_ptr<ResponseBody> body;
    bool encodingTaken = false;
    std::optional<Error> refused; // cut by the client: too large, stalled, a bad encoding
    QString exchange; // "changes", "snapshot", "push", "enroll", "photo"
    int deadlineMs = 0;
    QElapsedTimer elapsed;
    QStringList sslErrors;
};

namespace {

// The replies' read buffer: the body is taken from it as it comes, so that an answer over the
// cap is noticed after at most this much more.
constexpr qint64 ReadBufferBytes = 256 * 1024;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isLowerHexSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QByteArray userAgent()
{
#ifdef COMPTOIR_VERSION
    const QByteArray version = COMPTOIR_VERSION;
#else
    const QByteArray version = "0";
#endif
    return QByteArrayLiteral("Comptoir/") + version + QByteArrayLiteral(" (")
        + QSysInfo::productType().toLatin1() + QByteArrayLiteral(")");
}

ServerError serverError(QNetworkReply *reply, int status, const QByteArray &body)
{
    ServerError error = parseServerError(status, body);
    error.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"));
    return error;
}

// What an exchange is called in errors and logs: the first segment of the path after /v1/.
QString exchangeName(const QUrl &url)
{
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype v1 = parts.indexOf(QStringLiteral("v1"));
    const QString name = v1 >= 0 && v1 + 1 < parts.size() ? parts.at(v1 + 1) : QStringLiteral("request");
    return name == QLatin1String("photos") ? QStringLiteral("photo") : name;
}

QString deadlineSeconds(int ms)
{
    return ms % 1000 == 0 ? QString::number(ms / 1000) : QString::number(ms / 1000.0, 'f', 1);
}

Error unexpectedStatus(int status)
{
    return makeError(ErrorCode::MarketplaceResponseInvalid, QStringLiteral("status"),
                     QStringLiteral("unexpected HTTP status %1").arg(status));
}

} // namespace

MarketplaceClient::MarketplaceClient(QNetworkAccessManager &network, const MarketplaceEndpoint &endpoint,
                                     QObject *parent)
    : QObject(parent), m_network(network), m_endpoint(endpoint)
{ }

MarketplaceClient::~MarketplaceClient()
{
    abortAll();
}

void MarketplaceClient::setCredentials(const QString &shopId, const QByteArray &token)
{
    m_shopId = shopId.toLower();
    m_token = token;
}

void MarketplaceClient::abortAll()
{
    const auto replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

QNetworkRequest MarketplaceClient::makeRequest(const QUrl &url, bool authenticated, int timeoutMs) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(timeoutMs); // between bytes; the whole exchange's deadline is ours (send)
    request.setRawHeader("Accept", "application/json");
    // Set here so Qt leaves the body as it came: ResponseBody inflates it, capped (Qt's is not).
    request.setRawHeader("Accept-Encoding", ResponseBody::acceptEncoding());
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (authenticated)
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_token);
    return request;
}

void MarketplaceClient::send(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                             const QByteArray &body, RawCallback done)
{
    QNetworkReply *reply = nullptr;
    switch (operation) {
    case QNetworkAccessManager::GetOperation:
        reply = m_network.get(request);
        break;
    case QNetworkAccessManager::PutOperation:
        reply = m_network.put(request, body);
        break;
    case QNetworkAccessManager::HeadOperation:
        reply = m_network.head(request);
        break;
    default:
        reply = m_network.post(request, body);
        break;
    }
    // Only the method and path: never a header (the token) nor a body (codes, personal data).
    qCDebug(lcSync).noquote() << "request" << request.url().path();
    reply->setReadBufferSize(ReadBufferBytes);
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    pending->body = std::make_unique<ResponseBody>(m_maxResponseBytes);
    pending->exchange = exchangeName(request.url());
    pending->deadlineMs = request.transferTimeout() > 0 ? request.transferTimeout() : m_deadlines.requestMs;
    pending->elapsed.start();
    m_pending.insert(reply, pending);
    // The deadline of the whole exchange: a timer the reply owns, so it dies with it.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->setObjectName(QStringLiteral("deadline"));
    connect(deadline, &QTimer::timeout, this, [this, reply] { onDeadline(reply); });
    deadline->start(pending->deadlineMs);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaData(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64 total) { onProgress(reply, received, total); });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        // Recorded for the error's detail; never ignored.
        const auto found = m_pending.constFind(reply);
        if (found == m_pending.cend())
            return;
        for (const QSslError &e : errors)
            (*found)->sslErrors << e.errorString();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void MarketplaceClient::refuse(QNetworkReply *reply, const Error &error)
{
    const auto found = m_pending.constFind(reply);
    if (found == m_pending.cend() || (*found)->refused)
        return;
    (*found)->refused = error;
    (*found)->body = std::make_unique<ResponseBody>(0); // what was read is let go at once
    qCWarning(lcSync).noquote() << "answer cut after" << (*found)->elapsed.elapsed()
                                << "ms:" << reply->url().path() << int(error.code) << error.subject
                                << error.detail;
    reply->abort(); // emits finished
}

void MarketplaceClient::onDeadline(QNetworkReply *reply)
{
    const auto found = m_pending.constFind(reply);
    if (found == m_pending.cend())
        return;
    refuse(
        reply,
        makeError(ErrorCode::MarketplaceStalled, (*found)->exchange, deadlineSeconds((*found)->deadlineMs)));
}

void MarketplaceClient::takeEncoding(QNetworkReply *reply, Pending &pending)
{
    if (pending.encodingTaken)
        return;
    pending.encodingTaken = true;
    if (auto error = pending.body->setEncoding(reply->rawHeader("Content-Encoding")))
        refuse(reply, *error);
}

void MarketplaceClient::onMetaData(QNetworkReply *reply)
{
    const auto found = m_pending.constFind(reply);
    if (found == m_pending.cend() || (*found)->refused)
        return;
    const std::shared_ptr<Pending> pending = *found;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxResponseBytes)
        return refuse(reply,
                      makeError(ErrorCode::MarketplaceResponseTooLarge, QString::number(m_maxResponseBytes),
                                QStringLiteral("%1 bytes or more").arg(length.toLongLong())));
    takeEncoding(reply, *pending);
}

void MarketplaceClient::onProgress(QNetworkReply *reply, qint64 received, qint64 total)
{
    // The bytes on the wire; ResponseBody counts what they decode to.
    if (total > m_maxResponseBytes || received > m_maxResponseBytes)
        refuse(reply,
               makeError(ErrorCode::MarketplaceResponseTooLarge, QString::number(m_maxResponseBytes),
                         QStringLiteral("%1 bytes or more").arg(std::max(received, total))));
}

void MarketplaceClient::onReadyRead(QNetworkReply *reply)
{
    const auto found = m_pending.constFind(reply);
    if (found == m_pending.cend() || (*found)->refused)
        return;
    const std::shared_ptr<Pending> pending = *found;
    takeEncoding(reply, *pending);
    if (pending->refused)
        return;
    const qint64 available = reply->bytesAvailable();
    if (!pending->body->isEncoded() && pending->body->size() + available > m_maxResponseBytes)
        return refuse(reply,
                      makeError(ErrorCode::MarketplaceResponseTooLarge, QString::number(m_maxResponseBytes),
                                QStringLiteral("%1 bytes or more").arg(pending->body->size() + available)));
    if (auto error = pending->body->append(reply->read(available)))
        refuse(reply, *error);
}

Error MarketplaceClient::networkError(QNetworkReply *reply, const Pending &pending) const
{
    const QString host = reply->url().host();
    if (pending.refused)
        return *pending.refused;
    const QNetworkReply::NetworkError code = reply->error();
    // A certificate the TLS layer refused is reported through sslErrors() first; a handshake that
    // failed without one was broken by the network, and is retried like any network error.
    if (!pending.sslErrors.isEmpty())
        return makeError(ErrorCode::MarketplaceTlsFailed, host, pending.sslErrors.join(QStringLiteral("; ")));
    // Qt's transfer timeout (no byte for the whole deadline) is the same stall as ours.
    if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError)
        return makeError(ErrorCode::MarketplaceStalled, pending.exchange,
                         deadlineSeconds(pending.deadlineMs));
    return makeError(ErrorCode::MarketplaceUnreachable, host, reply->errorString());
}

void MarketplaceClient::onFinished(QNetworkReply *reply)
{
    const auto found = m_pending.find(reply);
    if (found == m_pending.end())
        return;
    const std::shared_ptr<Pending> pending = *found;
    m_pending.erase(found);
    reply->deleteLater();
    if (auto *deadline = reply->findChild<QTimer *>(QStringLiteral("deadline")))
        deadline->stop();

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    // Connection-level errors (Qt's codes below 200: reset, refused, timeout, TLS, proxy) end the
    // exchange even after a status line: the body may be cut short.
    const int networkCode = int(reply->error());
    Result<Response> result = Response {};
    if (pending->refused || status == 0 || (networkCode > 0 && networkCode < 200)) {
        result = networkError(reply, *pending);
    } else {
        std::optional<Error> cut; // (refuse() no longer applies: the reply has left m_pending)
        if (!pending->encodingTaken) {
            pending->encodingTaken = true;
            cut = pending->body->setEncoding(reply->rawHeader("Content-Encoding"));
        }
        if (!cut && reply->bytesAvailable() > 0)
            cut = pending->body->append(reply->readAll());
        if (!cut)
            cut = pending->body->finish();
        if (cut)
            result = *cut;
        else if (status >= 200 && status <= 299)
            result = Response {status, pending->body->take()};
        else
            result = errorForStatus(serverError(reply, status, pending->body->bytes()));
    }
    if (result.ok())
        qCDebug(lcSync).noquote() << "answer" << status << reply->url().path() << result->body.size()
                                  << "bytes";
    else
        qCInfo(lcSync).noquote() << "request failed after" << pending->elapsed.elapsed()
                                 << "ms:" << reply->url().path() << status << int(result.error().code)
                                 << result.error().subject << result.error().detail;
    pending->done(std::move(result));
}

void MarketplaceClient::enroll(const EnrollRequest &request, Callback<EnrollResult> done)
{
    QNetworkRequest r
        = makeRequest(m_endpoint.url(QStringLiteral("/v1/enroll")), false, m_deadlines.requestMs);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body {{QStringLiteral("code"), request.code},
                            {QStringLiteral("device_id"), request.deviceId},
                            {QStringLiteral("device_name"), request.deviceName}};
    const QString deviceId = request.deviceId;
    const QString expectedShop = m_shopId;
    send(QNetworkAccessManager::PostOperation, r, compact(body),
         [done = std::move(done), deviceId, expectedShop](Result<Response> response) {
             if (!response)
                 return done(response.error());
             if (response->status != 201 && response->status != 200)
                 return done(unexpectedStatus(response->status));
             done(parseEnrollResult(response->body, deviceId, expectedShop));
         });
}

void MarketplaceClient::push(const PushBatch &batch, Callback<PushResult> done)
{
    if (!hasCredentials())
        return failLater(std::move(done), makeError(ErrorCode::NotEnrolled));
    if (batch.mutations.size() > MarketplaceLimits::MaxPushMutations)
        return failLater(std::move(done),
                         makeError(ErrorCode::MarketplaceRequestTooLarge, {},
                                   QStringLiteral("%1 mutations in one push").arg(batch.mutations.size())));
    QNetworkRequest r = makeRequest(m_endpoint.url(QStringLiteral("/v1/push")), true, m_deadlines.requestMs);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    PushBatch sent = batch;
    sent.shopId = m_shopId;
    const QByteArray body = compact(pushRequestBody(sent));
    send(QNetworkAccessManager::PostOperation, r, body,
         [done = std::move(done), sent](Result<Response> response) {
             if (!response)
                 return done(response.error());
             if (response->status != 200)
                 return done(unexpectedStatus(response->status));
             done(parsePushResult(response->body, sent));
         });
}

void MarketplaceClient::changes(const ChangesQuery &query, Callback<ChangesPage> done)
{
    if (!hasCredentials())
        return failLater(std::move(done), makeError(ErrorCode::NotEnrolled));
    ChangesQuery q = query;
    q.since = std::max<qint64>(q.since, 0);
    q.limit = std::clamp(q.limit, 1, MarketplaceLimits::MaxPageLimit);
    q.waitSeconds = std::clamp(q.waitSeconds, 0, MarketplaceLimits::MaxWaitSeconds);
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("since"), QString::number(q.since));
    urlQuery.addQueryItem(QStringLiteral("limit"), QString::number(q.limit));
    if (q.waitSeconds > 0)
        urlQuery.addQueryItem(QStringLiteral("wait"), QString::number(q.waitSeconds));
    urlQuery.addQueryItem(QStringLiteral("epoch"), QString::number(q.epoch));
    urlQuery.addQueryItem(QStringLiteral("features"), QLatin1String(ClientFeatures)); // docs §3
    const QNetworkRequest r = makeRequest(
        m_endpoint.url(QStringLiteral("/v1/changes"), urlQuery), true,
        q.waitSeconds > 0 ? q.waitSeconds * 1000 + m_deadlines.longPollMarginMs : m_deadlines.requestMs);
    send(QNetworkAccessManager::GetOperation, r, {},
         [done = std::move(done), q, shopId = m_shopId](Result<Response> response) {
             if (!response)
                 return done(response.error());
             if (response->status != 200)
                 return done(unexpectedStatus(response->status));
             done(parseChangesPage(response->body, shopId, q));
         });
}

void MarketplaceClient::snapshot(const SnapshotQuery &query, Callback<SnapshotPage> done)
{
    if (!hasCredentials())
        return failLater(std::move(done), makeError(ErrorCode::NotEnrolled));
    SnapshotQuery q = query;
    q.limit = std::clamp(q.limit, 1, MarketplaceLimits::MaxPageLimit);
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("limit"), QString::number(q.limit));
    urlQuery.addQueryItem(QStringLiteral("features"), QLatin1String(ClientFeatures)); // docs §3
    if (!q.pageToken.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("page"),
                              QString::fromUtf8(QUrl::toPercentEncoding(q.pageToken)));
    const QNetworkRequest r
        = makeRequest(m_endpoint.url(QStringLiteral("/v1/snapshot"), urlQuery), true, m_deadlines.requestMs);
    send(QNetworkAccessManager::GetOperation, r, {},
         [done = std::move(done), q, shopId = m_shopId](Result<Response> response) {
             if (!response)
                 return done(response.error());
             if (response->status != 200)
                 return done(unexpectedStatus(response->status));
             done(parseSnapshotPage(response->body, shopId, q));
         });
}

void MarketplaceClient::putPhoto(const QString &sha256, const QByteArray &bytes,
                                 const QByteArray &contentType, Callback<PhotoResult> done)
{
    if (!hasCredentials())
        return failLater(std::move(done), makeError(ErrorCode::NotEnrolled));
    if (bytes.size() > MaxPhotoBytes)
        return failLater(std::move(done),
                         makeError(ErrorCode::MarketplaceRequestTooLarge, {},
                                   QStringLiteral("a photo of %1 bytes").arg(bytes.size())));
    if (!isLowerHexSha256(sha256)
        || QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != sha256.toLatin1())
        return failLater(std::move(done),
                         makeError(ErrorCode::MarketplaceRefused, QStringLiteral("photo_hash_mismatch"),
                                   QStringLiteral("the photo's bytes do not hash to its name")));
    QNetworkRequest r = makeRequest(m_endpoint.url(QStringLiteral("/v1/photos/") + sha256), true,
                                    std::max(m_deadlines.requestMs, m_deadlines.photoMs));
    r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    send(QNetworkAccessManager::PutOperation, r, bytes,
         [done = std::move(done), sha256, shopId = m_shopId](Result<Response> response) {
             if (!response)
                 return done(response.error());
             if (response->status != 201 && response->status != 200)
                 return done(unexpectedStatus(response->status));
             done(parsePhotoResult(response->body, shopId, sha256, response->status == 201));
         });
}

bool MarketplaceClient::isPhotoAbsent(const Error &error)
{
    return error.code == ErrorCode::MarketplaceRefused
        && (error.subject == QLatin1String("not_found") || error.subject == QLatin1String("http 404"));
}

void MarketplaceClient::headPhoto(const QString &sha256, Callback<bool> done)
{
    if (!hasCredentials())
        return failLater(std::move(done), makeError(ErrorCode::NotEnrolled));
    if (!isLowerHexSha256(sha256))
        return failLater(std::move(done), makeError(ErrorCode::PhotoUnknown, sha256));
    const QNetworkRequest r
        = makeRequest(m_endpoint.url(QStringLiteral("/v1/photos/") + sha256), true, m_deadlines.requestMs);
    send(QNetworkAccessManager::HeadOperation, r, {}, [done = std::move(done)](Result<Response> response) {
        if (!response)
            return isPhotoAbsent(response.error()) ? done(false) : done(response.error());
        if (response->status != 200)
            return done(unexpectedStatus(response->status));
        done(true);
    });
}

void MarketplaceClient::getPhoto(const QString &sha256, Callback<QByteArray> done)
{
    if (!hasCredentials())
        return failLater(std::move(done), makeError(ErrorCode::NotEnrolled));
    if (!isLowerHexSha256(sha256))
        return failLater(std::move(done), makeError(ErrorCode::PhotoUnknown, sha256));
    QNetworkRequest r = makeRequest(m_endpoint.url(QStringLiteral("/v1/photos/") + sha256), true,
                                    std::max(m_deadlines.requestMs, m_deadlines.photoMs));
    r.setRawHeader("Accept", "image/jpeg, image/webp");
    send(QNetworkAccessManager::GetOperation, r, {},
         [done = std::move(done), sha256](Result<Response> response) {
             if (!response)
                 return done(response.error());
             if (response->status != 200)
                 return done(unexpectedStatus(response->status));
             if (response->body.size() > MaxPhotoBytes)
                 return done(makeError(ErrorCode::MarketplaceResponseInvalid, QStringLiteral("photo"),
                                       QStringLiteral("a photo of %1 bytes").arg(response->body.size())));
             if (QCryptographicHash::hash(response->body, QCryptographicHash::Sha256).toHex()
                 != sha256.toLatin1())
                 return done(makeError(ErrorCode::MarketplaceResponseInvalid, QStringLiteral("photo"),
                                       QStringLiteral("the bytes do not hash to the photo's name")));
             done(std::move(response->body));
         });
}

} // namespace comptoir
