// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncController (sync/synccontroller.h): the engine on its own thread and connection, statuses
// arriving as queued signals, a change committed by the window's connection pushed without any
// nudge, and a destructor that stops and joins.
#include "sync/engine/synccontroller.h"
#include "syncenginefixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>

using namespace comptoir;
using namespace comptoir::synctest;

class TestSyncController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notEnrolledWithoutToken()
    {
        TestShop shop;
        MemorySecretStore secrets;
        SyncController controller(shop.temp.filePath(), secrets);
        QSignalSpy statuses(&controller, &SyncController::statusChanged);
        auto endpoint = MarketplaceEndpoint::parse(QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(endpoint.ok());
        const EnrolledDevice device {*endpoint, QStringLiteral("shop"), QStringLiteral("Shop"),
                                     shop.db().deviceId()};
        controller.start(device); // the token is asked of the store, answered from the event loop
        QVERIFY(statuses.wait(5000));
        QCOMPARE(controller.status().state, SyncState::NotEnrolled);
        QCOMPARE(statuses.count(), 1);
    }

    void runsOnItsThreadAndPushesWhatTheWindowQueues()
    {
        EnrolledShop e;
        QVERIFY(e.begin());
        const auto [productId, variantId] = e.market->createProduct(e.setup, QStringLiteral("Carnet"), 10);
        QThread *const uiThread = QThread::currentThread();
        QList<QThread *> emittedOn;
        {
            SyncController controller(e.shop.temp.filePath(), e.secrets);
            QSignalSpy changes(&controller, &SyncController::changesApplied);
            connect(&controller, &SyncController::statusChanged, this,
                    [&emittedOn] { emittedOn.append(QThread::currentThread()); });
            controller.start(*e.device);
            QTRY_VERIFY_WITH_TIMEOUT(controller.status().state == SyncState::Idle
                                         && controller.status().lastSuccess.isValid(),
                                     20000);
            QVERIFY(!changes.isEmpty()); // the snapshot brought the product and its stock
            // The window's connection queues a sale; nobody calls nudge().
            QVERIFY(e.queueMovement(variantId, -3));
            QTRY_COMPARE_WITH_TIMEOUT(e.market->onHand(e.shopId, variantId), qint64(7), 10000);
            QTRY_COMPARE_WITH_TIMEOUT(e.pending(), qint64(0), 10000);
            // nudge() from the UI thread is queued to the worker: a pass runs, nothing breaks.
            controller.nudge();
            QTest::qWait(300); // kept: nothing to wait on from here (the worker may be long-polling)
            QVERIFY(controller.status().state == SyncState::Idle
                    || controller.status().state == SyncState::Syncing);
        } // destroyed while long-polling: stops and joins
        QVERIFY(!emittedOn.isEmpty());
        for (QThread *thread : emittedOn)
            QCOMPARE(thread, uiThread);
        QCOMPARE(e.market->onHand(e.shopId, variantId), qint64(7));
    }

    // Issue 18: stop() returns at once while the worker is inside a page (here held on the
    // database's write lock, which another connection keeps); the thread ends after it.
    void stopReturnsAtOnceWhileAPageIsInFlight()
    {
        EnrolledShop e;
        QVERIFY(e.begin());
        e.market->createProduct(e.setup, QStringLiteral("Carnet"), 10);
        auto other = Database::open(e.shop.temp.filePath());
        QVERIFY(other.ok());
        QVERIFY((*other)->exec(QStringLiteral("BEGIN IMMEDIATE")).ok()); // the page cannot commit

        SyncController controller(e.shop.temp.filePath(), e.secrets);
        QSignalSpy stopped(&controller, &SyncController::stopped);
        controller.start(*e.device);
        QTRY_VERIFY_WITH_TIMEOUT(controller.status().state == SyncState::Syncing, 10000);

        QElapsedTimer timer;
        timer.start();
        controller.stop();
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < 200, qPrintable(QStringLiteral("stop() took %1 ms").arg(elapsed)));
        QVERIFY(controller.isStopping());
        QVERIFY(stopped.isEmpty());

        QVERIFY((*other)->exec(QStringLiteral("ROLLBACK")).ok());
        QVERIFY(stopped.wait(20000));
        QVERIFY(!controller.isStopping());
    }
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
