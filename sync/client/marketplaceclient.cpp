// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/client/marketplaceclient.h"

#include "sync/client/marketplacechanges.h"
#include "sync/client/marketplaceresponses.h"
#include "sync/logging.h"

#include <QCryptographicHash>
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
    QByteArray body;
    bool tooLarge = false;
    qint64 tooLargeBytes = 0;
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

QJsonObject pushBody(const PushBatch &batch)
{
    QJsonArray mutations;
    for (const Mutation &m : batch.mutations) {
        mutations.append(QJsonObject {
            {QStringLiteral("id"), m.id},
            {QStringLiteral("seq"), m.seq},
            {QStringLiteral("kind"), m.kind},
            {QStringLiteral("occurred_at"), m.occurredAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("payload"), m.payload},
        });
    }
    return QJsonObject {
        {QStringLiteral("shop_id"), batch.shopId},
        {QStringLiteral("device_id"), batch.deviceId},
        {QStringLiteral("mutations"), mutations},
    };
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
    bool ok = false;
    const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        error.retryAfterSeconds = seconds;
    return error;
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

template<typename T> void MarketplaceClient::failLater(Callback<T> done, Error error)
{
    QTimer::singleShot(0, this, [done = std::move(done), error = std::move(error)] { done(error); });
}

QNetworkRequest MarketplaceClient::makeRequest(const QUrl &url, bool authenticated, int timeoutMs) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Accept", "application/json");
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
    m_pending.insert(reply, pending);
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

void MarketplaceClient::refuseTooLarge(QNetworkReply *reply, qint64 bytes)
{
    const auto found = m_pending.constFind(reply);
    if (found == m_pending.cend() || (*found)->tooLarge)
        return;
    (*found)->tooLarge = true;
    (*found)->tooLargeBytes = bytes;
    (*found)->body.clear();
    qCWarning(lcSync).noquote() << "answer of" << bytes << "bytes or more refused (cap" << m_maxResponseBytes
                                << "):" << reply->url().path();
    reply->abort(); // emits finished
}

void MarketplaceClient::onMetaData(QNetworkReply *reply)
{
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxResponseBytes)
        refuseTooLarge(reply, length.toLongLong());
}

void MarketplaceClient::onProgress(QNetworkReply *reply, qint64 received, qint64 total)
{
    if (total > m_maxResponseBytes || received > m_maxResponseBytes)
        refuseTooLarge(reply, std::max(received, total));
}

void MarketplaceClient::onReadyRead(QNetworkReply *reply)
{
    const auto found = m_pending.constFind(reply);
    if (found == m_pending.cend() || (*found)->tooLarge)
        return;
    const std::shared_ptr<Pending> pending = *found;
    const qint64 available = reply->bytesAvailable();
    if (pending->body.size() + available > m_maxResponseBytes) {
        refuseTooLarge(reply, pending->body.size() + available);
        return;
    }
    pending->body += reply->read(available);
}

Error MarketplaceClient::networkError(QNetworkReply *reply, const Pending &pending) const
{
    const QString host = reply->url().host();
    if (pending.tooLarge)
        return makeError(ErrorCode::MarketplaceResponseTooLarge, QString::number(m_maxResponseBytes),
                         QStringLiteral("%1 bytes or more").arg(pending.tooLargeBytes));
    const QNetworkReply::NetworkError code = reply->error();
    // A certificate the TLS layer refused is reported through sslErrors() first; a handshake that
    // failed without one was broken by the network, and is retried like any network error.
    if (!pending.sslErrors.isEmpty())
        return makeError(ErrorCode::MarketplaceTlsFailed, host, pending.sslErrors.join(QStringLiteral("; ")));
    if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError)
        return makeError(ErrorCode::MarketplaceUnreachable, host,
                         QStringLiteral("timed out: %1").arg(reply->errorString()));
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

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    // Connection-level errors (Qt's codes below 200: reset, refused, timeout, TLS, proxy) end the
    // exchange even after a status line: the body may be cut short.
    const int networkCode = int(reply->error());
    Result<Response> result = Response {};
    if (pending->tooLarge || status == 0 || (networkCode > 0 && networkCode < 200)) {
        result = networkError(reply, *pending);
    } else {
        if (!pending->tooLarge && reply->bytesAvailable() > 0) {
            if (pending->body.size() + reply->bytesAvailable() > m_maxResponseBytes) {
                pending->tooLarge = true;
                pending->tooLargeBytes = pending->body.size() + reply->bytesAvailable();
                result = networkError(reply, *pending);
            } else {
                pending->body += reply->readAll();
            }
        }
        if (result.ok()) {
            if (status >= 200 && status <= 299)
                result = Response {status, pending->body};
            else
                result = errorForStatus(serverError(reply, status, pending->body));
        }
    }
    if (result.ok())
        qCDebug(lcSync).noquote() << "answer" << status << reply->url().path() << result->body.size()
                                  << "bytes";
    else
        qCInfo(lcSync).noquote() << "request failed:" << reply->url().path() << status
                                 << int(result.error().code) << result.error().subject
                                 << result.error().detail;
    pending->done(std::move(result));
}

void MarketplaceClient::enroll(const EnrollRequest &request, Callback<EnrollResult> done)
{
    QNetworkRequest r = makeRequest(m_endpoint.url(QStringLiteral("/v1/enroll")), false, m_timeoutMs);
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
    QNetworkRequest r = makeRequest(m_endpoint.url(QStringLiteral("/v1/push")), true, m_timeoutMs);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    PushBatch sent = batch;
    sent.shopId = m_shopId;
    const QByteArray body = compact(pushBody(sent));
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
    const QNetworkRequest r
        = makeRequest(m_endpoint.url(QStringLiteral("/v1/changes"), urlQuery), true,
                      q.waitSeconds > 0 ? q.waitSeconds * 1000 + LongPollMarginMs : m_timeoutMs);
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
        = makeRequest(m_endpoint.url(QStringLiteral("/v1/snapshot"), urlQuery), true, m_timeoutMs);
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
                                    std::max(m_timeoutMs, PhotoTimeoutMs));
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
        = makeRequest(m_endpoint.url(QStringLiteral("/v1/photos/") + sha256), true, m_timeoutMs);
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
                                    std::max(m_timeoutMs, PhotoTimeoutMs));
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
