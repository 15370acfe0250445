// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/backup/backupworker.h"

#include "models/backup/backupstate.h"
#include "models/clock.h"
#include "models/logging.h"

#include <QThread>

#include <memory>

namespace comptoir {

namespace {

BackupRun run(const BackupRequest &request)
{
    BackupRun result;
    auto outcome = writeBackup(request);
    if (!outcome) {
        result.error = outcome.error();
        return result;
    }
    result.ok = true;
    result.outcome = outcome.value();
    return result;
}

} // namespace

BackupWorker::BackupWorker(Database &db, const QString &dataDir, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_dataDir(dataDir), m_clock(clock)
{ }

BackupWorker::~BackupWorker()
{
    if (!m_thread)
        return;
    m_thread->disconnect(this);
    m_thread->wait();
    delete m_thread;
}

BackupRequest BackupWorker::request() const
{
    BackupRequest request;
    request.dataDir = m_dataDir;
    request.nowUtc = m_clock.now().toUTC();
    auto state = BackupStateStore::read(m_db);
    if (state)
        request.folder = state->folder;
    return request;
}

void BackupWorker::settle(BackupRun &result)
{
    if (result.ok) {
        if (Status s = BackupStateStore::recordGood(m_db, result.outcome.takenAtUtc, result.outcome.name);
            !s) {
            result.ok = false;
            result.error = s.error();
        }
    }
    if (!result.ok)
        qCWarning(lcModels) << "backup failed: error" << int(result.error.code) << result.error.detail;
    Q_EMIT finished(result);
}

bool BackupWorker::start()
{
    if (m_thread)
        return false;
    const BackupRequest request = this->request();
    auto result = std::make_shared<BackupRun>();
    QThread *thread = QThread::create([request, result] { *result = run(request); });
    thread->setObjectName(QStringLiteral("comptoir-backup"));
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, thread, result] {
        thread->deleteLater();
        m_thread = nullptr;
        settle(*result);
    });
    thread->start(QThread::LowPriority);
    Q_EMIT started();
    return true;
}

BackupRun BackupWorker::runAndWait()
{
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    BackupRun result = run(request());
    settle(result);
    return result;
}

} // namespace comptoir
