#include "sync/engine/synccontroller.h"

#include "models/clock.h"
#include "models/storage/database.h"
#include "models/storage/secretstore.h"
#include "models/uuidv7.h"
#include "sync/engine/syncengine.h"
#include "sync/logging.h"

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
        m_engine = std::make_unique<SyncEngine>(*m_db, m_clock, *m_uuids, *m_network, device, token);
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
        m_network.reset();
        m_uuids.reset();
        m_db.reset();
    }

private:
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UuidV7Generator> m_uuids;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace

SyncController::SyncController(const QString &databasePath, SecretStore &secrets, QObject *parent)
    : QObject(parent), m_databasePath(databasePath), m_secrets(secrets)
{
    qRegisterMetaType<comptoir::SyncStatus>("comptoir::SyncStatus");
    qRegisterMetaType<comptoir::SyncReport>("comptoir::SyncReport");
    qRegisterMetaType<comptoir::SyncChanges>("comptoir::SyncChanges");
    m_thread.setObjectName(QStringLiteral("sync"));
    // The window's copy of the status follows the engine's.
    connect(this, &SyncController::statusChanged, this,
            [this](const SyncStatus &status) { m_status = status; });
}

SyncController::~SyncController()
{
    stop();
}

Status SyncController::start(const EnrolledDevice &device)
{
    stop(); // started again (after a new enrollment): a new token, a new engine
    auto token = Enrollment::token(m_secrets, device.deviceId);
    if (!token) {
        m_status = SyncStatus {};
        m_status.state
            = token.error().code == ErrorCode::NotEnrolled ? SyncState::NotEnrolled : SyncState::Stopped;
        if (token.error().code != ErrorCode::NotEnrolled)
            m_status.lastError = token.error();
        Q_EMIT statusChanged(m_status);
        return token.error();
    }
    auto *worker = new SyncWorker;
    worker->moveToThread(&m_thread);
    m_worker = worker;
    m_thread.start();
    QMetaObject::invokeMethod(worker, [worker, this, path = m_databasePath, device, secret = token.value()] {
        worker->open(this, path, device, secret);
    });
    return {};
}

void SyncController::stop()
{
    if (!m_worker)
        return;
    auto *worker = static_cast<SyncWorker *>(m_worker);
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(
            worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete worker; // its thread has finished: nothing of it runs any more
    m_worker = nullptr;
    qCInfo(lcSync) << "sync thread stopped";
}

void SyncController::nudge()
{
    if (!m_worker)
        return;
    auto *worker = static_cast<SyncWorker *>(m_worker);
    QMetaObject::invokeMethod(worker, [worker] { worker->nudge(); });
}

} // namespace comptoir
