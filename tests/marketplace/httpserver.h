// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apirouter.h"
#include "faultplan.h"

#include <QAbstractHttpServer>
#include <QDeadlineTimer>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <list>

namespace comptoir::market {

class Marketplace;

// The HTTP transport of the reference marketplace, and the only file that touches QtHttpServer
// (6.4, a technology preview whose API changes in later Qt versions). It subclasses
// QAbstractHttpServer rather than routing through QHttpServer, because it needs the request's
// socket: to drop a connection (fault injection), to answer a long-poll later without blocking
// the event loop, and to refuse an oversized body from its headers, before it is read whole.
// Listens on 127.0.0.1 only: this is a test and demo server, without TLS.
class MarketHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    MarketHttpServer(Marketplace &market, FaultPlan &faults, const QByteArray &adminToken,
                     QObject *parent = nullptr);
    ~MarketHttpServer() override;

    // Listens on 127.0.0.1:port (0: any free port). Returns the port, 0 on failure.
    quint16 listenOnLoopback(quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Waiter
    {
        QPointer<QTcpSocket> socket;
        LongPoll poll;
        QDeadlineTimer deadline;
        FaultPlan::Decision faults;
    };

    void dispatch(ApiRequest request, QPointer<QTcpSocket> socket, FaultPlan::Decision faults);
    void send(const QPointer<QTcpSocket> &socket, const Reply &reply, bool head,
              const FaultPlan::Decision &faults);
    // all: answer every waiter; everyShop: ask every waiter's shop whether its feed moved.
    void checkWaiters(const QString &shopId, bool all, bool everyShop);
    void onPollTick();

    Marketplace &m_market;
    FaultPlan &m_faults;
    ApiRouter m_router;
    std::list<Waiter> m_waiters;
    QTimer m_pollTimer;
    qint64 m_dataVersion = 0;
};

} // namespace comptoir::market
