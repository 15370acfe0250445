// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MarketplaceClient's photo endpoints (docs/marketplace-api.md §12): PUT, HEAD and GET
// /v1/photos/{sha256}, with the photo's own deadline (Deadlines::photoMs).
#include "sync/client/marketplaceclient.h"

#include "sync/client/marketplaceresponses.h"

#include <QCryptographicHash>
#include <QNetworkRequest>

namespace comptoir {

namespace {

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

Error unexpectedStatus(int status)
{
    return makeError(ErrorCode::MarketplaceResponseInvalid, QStringLiteral("status"),
                     QStringLiteral("unexpected HTTP status %1").arg(status));
}

} // namespace

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
