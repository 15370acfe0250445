// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/engine/synccontroller.h"

#include "models/clock.h"
#include "models/photos/photostore.h"
#include "models/storage/database.h"
#include "models/storage/secretstore.h"
#include "models/uuidv7.h"
#include "sync/engine/syncengine.h"
#include "sync/logging.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QMetaObject>
#include <QNetworkAccessManager>

#include <memory>

namespace comptoir {

namespace {

// Lives on the controller's thread: everything the engine needs, created and destroyed there
// (a SQLite connection and a network manager belong to the thread that made them).
class SyncWorker : public QObject
{
public:
    SyncWorker() = default;

    void open(SyncController *controller, const QString &databasePath, const EnrolledDevice &device,
              const QByteArray &token)
    {
        auto db = Database::open(databasePath);
        if (!db) {
            qCWarning(lcSync) << "the sync thread cannot open the database:" << int(db.error().code)
                              << db.error().detail;
            SyncStatus failed;
            failed.state = SyncState::Stopped;
            failed.lastError = db.error();
            QMetaObject::invokeMethod(controller,
                                      [controller, failed] { Q_EMIT controller->statusChanged(failed); });
            return;
        }
        m_db = std::move(db).value();
        m_uuids = std::make_unique<UuidV7Generator>(m_clock);
        m_network = std::make_unique<QNetworkAccessManager>();
        // The photo files live in the data folder, beside the database (models/photos).
        m_photos = std::make_unique<PhotoStore>(QFileInfo(databasePath).absolutePath());
        m_engine = std::make_unique<SyncEngine>(*m_db, m_clock, *m_uuids, *m_network, device, token,
                                                m_photos.get());
        // Queued: the controller lives on the UI thread.
        connect(m_engine.get(), &SyncEngine::statusChanged, controller, &SyncController::statusChanged);
        connect(m_engine.get(), &SyncEngine::changesApplied, controller, &SyncController::changesApplied);
        m_engine->start();
    }

    void nudge()
    {
        if (m_engine)
            m_engine->nudge();
    }

    // Stops the engine and destroys everything, on this thread.
    void close()
    {
        if (m_engine)
            m_engine->stop();
        m_engine.reset();
        m_photos.reset();
        m_network.reset();
        m_uuids.reset();
        m_db.reset();
    }

private:
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UuidV7Generator> m_uuids;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PhotoStore> m_photos;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace

SyncController::SyncController(const QString &databasePath, SecretStore &secrets, QObject *parent)
    : QObject(parent), m_databasePath(databasePath), m_secrets(secrets)
{
    qRegisterMetaType<comptoir::SyncStatus>("comptoir::SyncStatus");
    qRegisterMetaType<comptoir::SyncReport>("comptoir::SyncReport");
    qRegisterMetaType<comptoir::SyncChanges>("comptoir::SyncChanges");
    // The window's copy of the status follows the engine's.
    connect(this, &SyncController::statusChanged, this,
            [this](const SyncStatus &status) { m_status = status; });
}

SyncController::~SyncController()
{
    stop();
    // The application exits: the workers finish their page, bounded.
    for (const Run &run : std::as_const(m_stopping)) {
        if (!run.thread->wait(QDeadlineTimer(ShutdownWaitMs))) {
            qCWarning(lcSync) << "the sync thread did not stop in time; left to the process's end";
            continue;
        }
        delete run.worker;
        delete run.thread;
    }
    m_stopping.clear();
}

void SyncController::start(const EnrolledDevice &device)
{
    stop(); // started again (after a new enrollment): a new token, a new engine
    const quint64 generation = m_generation;
    Enrollment::token(m_secrets, device.deviceId, this, [this, generation, device](Result<QByteArray> token) {
        if (generation != m_generation)
            return; // stopped or started again meanwhile
        if (!token) {
            m_status = SyncStatus {};
            m_status.state
                = token.error().code == ErrorCode::NotEnrolled ? SyncState::NotEnrolled : SyncState::Stopped;
            if (token.error().code != ErrorCode::NotEnrolled)
                m_status.lastError = token.error();
            qCWarning(lcSync) << "sync not started: error" << int(token.error().code);
            Q_EMIT statusChanged(m_status);
            return;
        }
        if (isStopping())
            m_pendingStart = std::make_pair(device, token.value());
        else
            launch(device, token.value());
    });
}

void SyncController::launch(const EnrolledDevice &device, const QByteArray &token)
{
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("sync"));
    auto *worker = new SyncWorker;
    worker->moveToThread(thread);
    m_run = Run {thread, worker};
    thread->start();
    QMetaObject::invokeMethod(worker, [worker, this, path = m_databasePath, device, token] {
        worker->open(this, path, device, token);
    });
}

void SyncController::stop()
{
    ++m_generation;
    m_pendingStart.reset();
    if (!m_run.worker)
        return;
    const Run run = m_run;
    m_run = Run {};
    m_stopping.append(run);
    // Queued: the worker closes when the page it is applying is done, then its thread ends.
    auto *worker = static_cast<SyncWorker *>(run.worker);
    QMetaObject::invokeMethod(worker, [worker] {
        worker->close();
        QThread::currentThread()->quit();
    });
    connect(run.thread, &QThread::finished, this, [this, run] { onRunFinished(run); });
    qCInfo(lcSync) << "sync thread asked to stop";
}

void SyncController::onRunFinished(Run run)
{
    if (!m_stopping.contains(run))
        return; // already joined by the destructor
    m_stopping.removeOne(run);
    run.thread->wait(); // finished() was its last act: returns at once
    delete run.worker; // its thread has ended: nothing of it runs any more
    delete run.thread;
    qCInfo(lcSync) << "sync thread stopped";
    if (isStopping())
        return;
    Q_EMIT stopped();
    if (m_pendingStart) {
        const auto [device, token] = *m_pendingStart;
        m_pendingStart.reset();
        launch(device, token);
    }
}

void SyncController::nudge()
{
    if (!m_run.worker)
        return;
    auto *worker = static_cast<SyncWorker *>(m_run.worker);
    QMetaObject::invokeMethod(worker, [worker] { worker->nudge(); });
}

} // namespace comptoir
