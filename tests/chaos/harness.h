// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chaosoptions.h"
#include "tests/marketplace/marketclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace comptoir::chaos {

// The parent of a chaos run: the marketplace (faults scaled by --faults), the till children, the
// online-order generator and the killer; then quiescence and the invariant checks. run() returns
// the process's exit status after printing the final `invariants:` line.
class Harness : public QObject
{
    Q_OBJECT

public:
    explicit Harness(const ChaosOptions &options, QObject *parent = nullptr);
    ~Harness() override;

    int run();

private:
    struct Till
    {
        int index = 0;
        QString dataDir;
        QString code;
        int ops = 0;
        std::unique_ptr<QProcess> process;
        QByteArray out;
        bool ready = false;
        bool done = false;
        bool killedByUs = false;
        int starts = 0;
        int kills = 0;
    };

    bool setUpMarket();
    bool createCatalogue();
    void startTill(Till &till);
    void tillOutput(Till &till);
    void tillFinished(Till &till, int exitCode, QProcess::ExitStatus status);
    bool setFaults(double scale);
    void placeOrCancelOrder();
    void killSomeTill();
    bool restartMarket();
    bool waitUntil(const std::function<bool()> &condition, int timeoutMs);
    bool quiesce();
    bool runQuiesceChild(Till &till);
    QString tillLog(const Till &till) const;
    int finish(const QString &line, bool ok);
    int elapsedS() const { return int(m_clock.elapsed() / 1000); }

    ChaosOptions m_options;
    QRandomGenerator m_random;
    QTemporaryDir m_tempDir;
    QString m_workDir;
    market::testing::MarketServer m_market;
    std::unique_ptr<market::testing::MarketClient> m_client;
    QString m_shopId;
    QStringList m_variants;
    QHash<QString, qint64> m_initialStock; // variant id → on hand created online
    QStringList m_openOrders; // placed by the generator, maybe already moved on
    QList<Till *> m_tills;
    QElapsedTimer m_clock;
    QString m_failure;
    int m_ordersPlaced = 0;
    int m_ordersCancelled = 0;
    int m_cancelledWhilePicking = 0; // accepted orders cancelled by the marketplace
    int m_kills = 0;
    int m_marketRestarts = 0;
};

} // namespace comptoir::chaos
