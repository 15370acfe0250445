// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QQueue>
#include <QSslError>
#include <QTimer>

#include <memory>

namespace comptoir {

// What the fake marketplace answers to the next request.
struct CannedReply
{
    enum class Mode {
        Answer, // headers, then the body in chunks, then finished
        Reset, // the connection is closed before any answer (RemoteHostClosedError)
        Refused, // nobody listens (ConnectionRefusedError)
        Hang, // no answer: the request's transfer timeout fires, as in Qt (OperationCanceledError)
        Endless, // headers without Content-Length, then chunks for ever (until aborted)
        CertificateError, // the TLS handshake reports a self-signed certificate
        HandshakeReset, // the TLS handshake fails without a certificate error (network)
        ResetMidBody, // status 200 and the first chunk, then the connection is closed
    };

    Mode mode = Mode::Answer;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
    qint64 declaredLength = -1; // the Content-Length to announce; -1: the body's size
    qint64 chunkBytes = 64 * 1024;

    static CannedReply json(int status, const QByteArray &body)
    {
        CannedReply r;
        r.status = status;
        r.body = body;
        return r;
    }
    static CannedReply failure(Mode mode)
    {
        CannedReply r;
        r.mode = mode;
        return r;
    }
};

// What happened to one reply; kept by the FakeNetwork after the client deleted the reply.
struct ReplyStats
{
    qint64 served = 0; // bytes pushed into the reply's buffer
    qint64 read = 0; // bytes the client took
    int ignoreSslErrorsCalls = 0;
    bool aborted = false;
};

// A QNetworkReply playing a CannedReply, asynchronously, like QNetworkReplyHttpImpl.
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, CannedReply canned,
              std::shared_ptr<ReplyStats> stats, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }
    void ignoreSslErrors() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    void ignoreSslErrorsImplementation(const QList<QSslError> &errors) override;

private:
    void begin();
    void sendHeaders(qint64 contentLength);
    void serveChunk();
    void fail(QNetworkReply::NetworkError error, const QString &text);
    void end();

    CannedReply m_canned;
    QByteArray m_buffer;
    std::shared_ptr<ReplyStats> m_stats;
    bool m_done = false;
    QTimer m_timer;
};

struct RecordedRequest
{
    QNetworkAccessManager::Operation operation;
    QNetworkRequest request;
    QByteArray body;
};

// A QNetworkAccessManager answering from a queue of CannedReply, recording every request (an empty
// queue answers 599). Tests read the replies it made through replies().
class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

    void enqueue(const CannedReply &reply) { m_queue.enqueue(reply); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    // One per request, in order.
    QList<std::shared_ptr<ReplyStats>> replies() const { return m_replies; }
    qsizetype pendingCanned() const { return m_queue.size(); }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QQueue<CannedReply> m_queue;
    QList<RecordedRequest> m_requests;
    QList<std::shared_ptr<ReplyStats>> m_replies;
};

} // namespace comptoir
