// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A fake marketplace that misbehaves, over real HTTP/1.1 on loopback (issue 16, item 0): a
// QTcpServer in the test's thread that answers each request as the test's handler says: whole,
// after a delay, trickling a few bytes at a time, headers then silence, or nothing at all. It
// keeps what it was asked (method, target, headers, when) for the test to look at.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <zlib.h>

#include <functional>
#include <memory>

namespace comptoir::testing {

struct FakeAnswer
{
    enum class Mode {
        Whole, // the whole answer (after delayMs)
        Trickle, // the headers, then trickleBytes of the body every trickleIntervalMs
        HeadersThenSilence, // the headers (with a Content-Length), then nothing
        Silent, // nothing at all
    };
    Mode mode = Mode::Whole;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
    int delayMs = 0;
    int trickleBytes = 1;
    int trickleIntervalMs = 100;

    static FakeAnswer json(const QByteArray &body, int status = 200)
    {
        FakeAnswer a;
        a.body = body;
        a.status = status;
        return a;
    }
    static FakeAnswer trickle(const QByteArray &body, int bytes, int intervalMs)
    {
        FakeAnswer a;
        a.mode = Mode::Trickle;
        a.body = body;
        a.trickleBytes = bytes;
        a.trickleIntervalMs = intervalMs;
        return a;
    }
};

struct SeenRequest
{
    QByteArray method;
    QByteArray target; // path and query
    QHash<QByteArray, QByteArray> headers; // names in lower case
    qint64 atMs = 0; // since the server started

    QString path() const { return QUrl(QString::fromLatin1(target)).path(); }
    QUrlQuery query() const { return QUrlQuery(QUrl(QString::fromLatin1(target))); }
    bool isLongPoll() const { return query().hasQueryItem(QStringLiteral("wait")); }
};

// gzip of the bytes (for bombs and honest compressed answers alike).
inline QByteArray gzip(const QByteArray &bytes)
{
    z_stream z {};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(bytes.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    z.avail_in = uInt(bytes.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

class MisbehavingServer
{
public:
    using Handler = std::function<FakeAnswer(const SeenRequest &)>;

    MisbehavingServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }

    bool listen()
    {
        m_clock.start();
        return m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<SeenRequest> &requests() const { return m_requests; }
    qint64 nowMs() const { return m_clock.elapsed(); }
    // How many connections the client closed before their answer was whole (cut by the client).
    int cutConnections() const { return m_cut; }
    qint64 lastCutAtMs() const { return m_lastCutAtMs; }

private:
    struct Connection
    {
        QByteArray buffer;
        bool answering = false; // an answer is under way: no other is read until it ends
    };

    void accept(QTcpSocket *socket)
    {
        auto connection = std::make_shared<Connection>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, connection] {
            connection->buffer += socket->readAll();
            next(socket, connection);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket, connection] {
            if (connection->answering) {
                ++m_cut;
                m_lastCutAtMs = m_clock.elapsed();
            }
            socket->deleteLater();
        });
    }

    void next(QTcpSocket *socket, const std::shared_ptr<Connection> &connection)
    {
        if (connection->answering)
            return;
        const qsizetype end = connection->buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        SeenRequest request;
        const QList<QByteArray> lines = connection->buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (connection->buffer.size() < end + 4 + length)
            return; // the body is still coming
        connection->buffer.remove(0, end + 4 + length);
        request.atMs = m_clock.elapsed();
        m_requests.append(request);
        const FakeAnswer answer = m_handler ? m_handler(request) : FakeAnswer::json("{}", 404);
        connection->answering = true;
        respond(socket, connection, answer);
    }

    static QByteArray head(const FakeAnswer &answer)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\n"
            + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(answer.body.size())
            + "\r\n";
        for (const auto &[name, value] : answer.headers)
            head += name + ": " + value + "\r\n";
        return head + "\r\n";
    }

    void respond(QTcpSocket *socket, const std::shared_ptr<Connection> &connection, const FakeAnswer &answer)
    {
        QPointer<QTcpSocket> guard(socket);
        auto finished = [this, guard, connection] {
            if (!guard)
                return;
            connection->answering = false;
            next(guard, connection);
        };
        switch (answer.mode) {
        case FakeAnswer::Mode::Whole:
            QTimer::singleShot(answer.delayMs, socket, [guard, answer, finished] {
                if (!guard)
                    return;
                guard->write(head(answer) + answer.body);
                finished();
            });
            break;
        case FakeAnswer::Mode::Trickle: {
            socket->write(head(answer));
            auto *timer = new QTimer(socket);
            auto sent = std::make_shared<qsizetype>(0);
            QObject::connect(timer, &QTimer::timeout, socket, [guard, timer, sent, answer, finished] {
                if (!guard)
                    return;
                guard->write(answer.body.mid(*sent, answer.trickleBytes));
                *sent += answer.trickleBytes;
                if (*sent >= answer.body.size()) {
                    timer->stop();
                    finished();
                }
            });
            timer->start(answer.trickleIntervalMs);
            break;
        }
        case FakeAnswer::Mode::HeadersThenSilence:
            socket->write(head(answer));
            break;
        case FakeAnswer::Mode::Silent:
            break;
        }
    }

    QTcpServer m_server;
    QElapsedTimer m_clock;
    Handler m_handler;
    QList<SeenRequest> m_requests;
    int m_cut = 0;
    qint64 m_lastCutAtMs = -1;
};

} // namespace comptoir::testing
