// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/result.h"
#include "sync/client/marketplaceendpoint.h"
#include "sync/marketplacetypes.h"

#include <QByteArray>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkReply;
class QNetworkRequest;

namespace comptoir {

// The marketplace API v1 over HTTP (docs/marketplace-api.md), one asynchronous method per
// endpoint. Built on a QNetworkAccessManager it does not own (the engine's own, on its worker
// thread; a fake one in tests) and used from that manager's thread.
//
// Each call ends with exactly one call of its callback, from the event loop (never from inside
// the call), with the parsed, validated answer or an Error (marketplaceresponses.h:
// errorForStatus, isTransient). Destroying the client or abortAll() aborts the requests in flight
// without calling their callbacks.
//
// Safety rules: the token is given by the caller (read from the SecretStore) and only ever put in
// the Authorization header — no log line prints a header or a body; certificate errors are
// errors (ignoreSslErrors is never called: MarketplaceTlsFailed; a handshake broken without a
// certificate error is MarketplaceUnreachable); redirects are not followed (the
// token would follow them); every exchange has a deadline for the WHOLE answer, not only between
// bytes (Deadlines, docs/marketplace-api.md §15.5: a body trickling in a byte a second is cut
// there, MarketplaceStalled naming the exchange); an answer larger than the cap is refused without
// being read whole (a Content-Length above the cap is refused before any byte of the body is
// read, and the download is aborted as soon as it passes the cap), the cap counting a compressed
// answer by its decompressed size (the client takes Accept-Encoding into its own hands and
// inflates, bounded: responsebody.h).
class MarketplaceClient : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaxResponseBytes = 16 * 1024 * 1024;
    static constexpr qint64 MaxPhotoBytes = 8 * 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 30000;
    // A long-poll's timeout is its wait plus this margin (docs/marketplace-api.md §7.3).
    static constexpr int LongPollMarginMs = 15000;
    // A photo upload's timeout (§15.5).
    static constexpr int PhotoTimeoutMs = 120000;
    // The deadlines of a whole exchange, from the request sent to the last byte of the answer
    // (§15.5). Tests shorten them; the defaults are the documented values.
    struct Deadlines
    {
        int requestMs = DefaultTimeoutMs;
        int longPollMarginMs = LongPollMarginMs; // a long-poll: its wait plus this
        int photoMs = PhotoTimeoutMs; // a photo's upload or download
    };
    template<typename T> using Callback = std::function<void(Result<T>)>;

    MarketplaceClient(QNetworkAccessManager &network, const MarketplaceEndpoint &endpoint,
                      QObject *parent = nullptr);
    ~MarketplaceClient() override;

    // The shop this till belongs to (answers about another shop are refused) and its device
    // token. Both come from the enrollment (sync/enrollment.h); the token from the SecretStore.
    void setCredentials(const QString &shopId, const QByteArray &token);
    bool hasCredentials() const { return !m_shopId.isEmpty() && !m_token.isEmpty(); }
    QString shopId() const { return m_shopId; }
    const MarketplaceEndpoint &endpoint() const { return m_endpoint; }

    void setTimeoutMs(int timeoutMs) { m_deadlines.requestMs = timeoutMs; }
    int timeoutMs() const { return m_deadlines.requestMs; }
    void setDeadlines(const Deadlines &deadlines) { m_deadlines = deadlines; }
    const Deadlines &deadlines() const { return m_deadlines; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // POST /v1/enroll (no token needed). Errors: EnrollmentCodeUnknown/Used/Expired, …
    void enroll(const EnrollRequest &request, Callback<EnrollResult> done);
    // POST /v1/push. More than MaxPushMutations: MarketplaceRequestTooLarge without sending.
    void push(const PushBatch &batch, Callback<PushResult> done);
    // GET /v1/changes?since=&limit=&wait=&epoch=
    void changes(const ChangesQuery &query, Callback<ChangesPage> done);
    // GET /v1/snapshot?limit=[&page=]
    void snapshot(const SnapshotQuery &query, Callback<SnapshotPage> done);
    // PUT /v1/photos/{sha256}; contentType image/jpeg or image/webp. bytes must hash to sha256.
    void putPhoto(const QString &sha256, const QByteArray &bytes, const QByteArray &contentType,
                  Callback<PhotoResult> done);
    // HEAD /v1/photos/{sha256}: true when the shop's photo store on the marketplace has it (200),
    // false for 404; other answers are errors as usual.
    void headPhoto(const QString &sha256, Callback<bool> done);
    // GET /v1/photos/{sha256}: the bytes, at most MaxPhotoBytes, checked to hash to sha256 (else
    // MarketplaceResponseInvalid, subject "photo": retried like any answer the client refuses).
    void getPhoto(const QString &sha256, Callback<QByteArray> done);
    // An error that means "the marketplace has no such photo" (404).
    static bool isPhotoAbsent(const Error &error);

    void abortAll();
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Response
    {
        int status = 0;
        QByteArray body;
    };
    struct Pending;
    using RawCallback = std::function<void(Result<Response>)>;

    QNetworkRequest makeRequest(const QUrl &url, bool authenticated, int timeoutMs) const;
    void send(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
              const QByteArray &body, RawCallback done);
    template<typename T> void failLater(Callback<T> done, Error error)
    {
        QTimer::singleShot(0, this, [done = std::move(done), error = std::move(error)] { done(error); });
    }
    void onMetaData(QNetworkReply *reply);
    void onReadyRead(QNetworkReply *reply);
    void onProgress(QNetworkReply *reply, qint64 received, qint64 total);
    void refuse(QNetworkReply *reply, const Error &error);
    void takeEncoding(QNetworkReply *reply, Pending &pending);
    void onDeadline(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    Error networkError(QNetworkReply *reply, const Pending &pending) const;

    QNetworkAccessManager &m_network;
    MarketplaceEndpoint m_endpoint;
    QString m_shopId;
    QByteArray m_token;
    Deadlines m_deadlines;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    QHash<QNetworkReply *, std::shared_ptr<Pending>> m_pending;
};

} // namespace comptoir
