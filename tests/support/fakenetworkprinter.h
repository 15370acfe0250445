// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A loopback "network thermal printer" for tests: listens on 127.0.0.1 (a free port) and
// gathers what each connection sent until the client closes it — one entry per print job.
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace comptoir::tilltest {

class FakeNetworkPrinter : public QObject
{
public:
    FakeNetworkPrinter()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                const qsizetype index = m_jobs.size();
                m_jobs.append(QByteArray());
                connect(socket, &QTcpSocket::readyRead, this,
                        [this, socket, index] { m_jobs[index] += socket->readAll(); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket, index] {
                    m_jobs[index] += socket->readAll();
                    ++m_closed;
                    socket->deleteLater();
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> jobs() const { return m_jobs; }
    int closed() const { return m_closed; }

private:
    QTcpServer m_server;
    QList<QByteArray> m_jobs;
    int m_closed = 0;
};

} // namespace comptoir::tilltest
