// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenetwork.h"

#include <cstring>

namespace comptoir {

namespace {

// An Endless reply gives up after this much (the test failed to cap it).
constexpr qint64 EndlessLimit = 256 * 1024 * 1024;

QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        if (status >= 500)
            return QNetworkReply::UnknownServerError;
        if (status >= 400)
            return QNetworkReply::UnknownContentError;
        return QNetworkReply::NoError;
    }
}

} // namespace

FakeReply::FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                     CannedReply canned, std::shared_ptr<ReplyStats> stats, QObject *parent)
    : QNetworkReply(parent), m_canned(std::move(canned)), m_stats(std::move(stats))
{
    setOperation(operation);
    setRequest(request);
    setUrl(request.url());
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_timer.setSingleShot(true);
    QTimer::singleShot(0, this, &FakeReply::begin);
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_buffer.size());
    if (n == 0)
        return m_done ? -1 : 0;
    std::memcpy(data, m_buffer.constData(), size_t(n));
    m_buffer.remove(0, n);
    m_stats->read += n;
    return n;
}

void FakeReply::ignoreSslErrors()
{
    ++m_stats->ignoreSslErrorsCalls;
}

void FakeReply::ignoreSslErrorsImplementation(const QList<QSslError> &)
{
    ++m_stats->ignoreSslErrorsCalls;
}

void FakeReply::abort()
{
    if (m_done)
        return;
    m_stats->aborted = true;
    fail(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

void FakeReply::fail(QNetworkReply::NetworkError error, const QString &text)
{
    if (m_done)
        return;
    m_timer.stop();
    setError(error, text);
    Q_EMIT errorOccurred(error);
    end();
}

void FakeReply::end()
{
    m_done = true;
    m_timer.stop();
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::sendHeaders(qint64 contentLength)
{
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_canned.status);
    setRawHeader("Content-Type", "application/json");
    if (contentLength >= 0)
        setHeader(QNetworkRequest::ContentLengthHeader, contentLength);
    for (const auto &[name, value] : std::as_const(m_canned.headers))
        setRawHeader(name, value);
    Q_EMIT metaDataChanged();
}

void FakeReply::begin()
{
    if (m_done)
        return;
    switch (m_canned.mode) {
    case CannedReply::Mode::Reset:
        return fail(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed"));
    case CannedReply::Mode::HandshakeReset:
        return fail(QNetworkReply::SslHandshakeFailedError,
                    QStringLiteral("Connection reset during the handshake"));
    case CannedReply::Mode::Refused:
        return fail(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"));
    case CannedReply::Mode::Hang: {
        const int timeout = request().transferTimeout();
        if (timeout > 0) {
            connect(&m_timer, &QTimer::timeout, this, [this] {
                fail(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
            });
            m_timer.start(timeout);
        }
        return;
    }
    case CannedReply::Mode::CertificateError: {
        const QList<QSslError> errors {QSslError(QSslError::SelfSignedCertificate)};
        Q_EMIT sslErrors(errors);
        if (m_stats->ignoreSslErrorsCalls == 0)
            return fail(QNetworkReply::SslHandshakeFailedError, QStringLiteral("SSL handshake failed"));
        break; // ignored: the answer goes through (the test checks this never happens)
    }
    case CannedReply::Mode::Endless:
        sendHeaders(-1);
        if (!m_done)
            serveChunk();
        return;
    case CannedReply::Mode::Answer:
    case CannedReply::Mode::ResetMidBody:
        break;
    }
    sendHeaders(m_canned.declaredLength >= 0 ? m_canned.declaredLength : m_canned.body.size());
    if (!m_done)
        serveChunk();
}

void FakeReply::serveChunk()
{
    if (m_done)
        return;
    const bool endless = m_canned.mode == CannedReply::Mode::Endless;
    qint64 n = m_canned.chunkBytes;
    if (!endless)
        n = std::min<qint64>(n, m_canned.body.size() - m_stats->served);
    if (n > 0) {
        if (endless)
            m_buffer.append(QByteArray(n, 'x'));
        else
            m_buffer.append(m_canned.body.mid(m_stats->served, n));
        m_stats->served += n;
        const qint64 total = endless ? -1 : m_canned.body.size();
        Q_EMIT downloadProgress(m_stats->served, total);
        if (m_done)
            return;
        Q_EMIT readyRead();
        if (m_done)
            return;
    }
    if (m_canned.mode == CannedReply::Mode::ResetMidBody)
        return fail(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed"));
    const bool more = endless ? m_stats->served < EndlessLimit : m_stats->served < m_canned.body.size();
    if (more) {
        QTimer::singleShot(0, this, &FakeReply::serveChunk);
        return;
    }
    const QNetworkReply::NetworkError error = errorForStatus(m_canned.status);
    if (error != QNetworkReply::NoError) {
        setError(error, QStringLiteral("HTTP %1").arg(m_canned.status));
        Q_EMIT errorOccurred(error);
    }
    end();
}

QNetworkReply *FakeNetwork::createRequest(Operation operation, const QNetworkRequest &request,
                                          QIODevice *outgoingData)
{
    RecordedRequest recorded {operation, request, outgoingData ? outgoingData->readAll() : QByteArray()};
    m_requests.append(recorded);
    CannedReply canned = m_queue.isEmpty() ? CannedReply::json(599, QByteArray()) : m_queue.dequeue();
    auto stats = std::make_shared<ReplyStats>();
    m_replies.append(stats);
    return new FakeReply(operation, request, std::move(canned), stats, this);
}

} // namespace comptoir
