// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/instancelock.h"

#include "models/logging.h"
#include "models/storage/privatefiles.h"

#include <QFile>
#include <QSysInfo>

namespace comptoir {

InstanceLock::InstanceLock(const QString &dataDir) : m_dataDir(dataDir), m_file(lockFilePath(dataDir))
{
    // The lock lasts as long as the program runs: it is never stale for its age, only when its
    // process is gone.
    m_file.setStaleLockTime(0);
}

InstanceLock::~InstanceLock()
{
    m_file.unlock();
}

QString InstanceLock::lockFilePath(const QString &dataDir)
{
    return dataDir + QStringLiteral("/comptoir.lock");
}

Status InstanceLock::tryLock(int waitMs)
{
    if (m_file.isLocked())
        return {};
    bool locked = m_file.tryLock(waitMs);
    if (!locked && m_file.error() == QLockFile::LockFailedError && takeOverUnheldLock())
        locked = m_file.tryLock(0);
    if (!locked) {
        if (m_file.error() != QLockFile::LockFailedError)
            return makeError(ErrorCode::DataDirectoryUnusable, m_dataDir,
                             QStringLiteral("cannot write %1").arg(m_file.fileName()));
        const Error error = inUse();
        qCInfo(lcModels).noquote() << "data folder in use by process" << error.subject << "on"
                                   << error.detail;
        return error;
    }
    // QLockFile creates it 0666 less the umask.
    QFile::setPermissions(m_file.fileName(), PrivateFilePermissions);
    return {};
}

bool InstanceLock::takeOverUnheldLock()
{
    // Qt judges a lock by its process id only on the host that wrote it. Whoever holds a lock also
    // holds an flock(2) on its file, taken before the file's contents are written: a complete file
    // that nobody holds so is left over, whatever its host. The ".rmlock" keeps two processes from
    // removing it at once (as QLockFile itself does).
    qint64 pid = 0;
    QString host;
    QString program;
    if (!m_file.getLockInfo(&pid, &host, &program))
        return false;
    QLockFile removing(m_file.fileName() + QStringLiteral(".rmlock"));
    if (!removing.tryLock(0) || !m_file.removeStaleLockFile())
        return false;
    qCWarning(lcModels).noquote() << "took over the data folder's lock left by process" << pid << "on"
                                  << host;
    return true;
}

Error InstanceLock::inUse() const
{
    qint64 pid = 0;
    QString host;
    QString program;
    if (!m_file.getLockInfo(&pid, &host, &program))
        return makeError(ErrorCode::DataFolderInUse);
    const bool here = host.isEmpty() || host == QSysInfo::machineHostName();
    return makeError(ErrorCode::DataFolderInUse,
                     here ? QString::number(pid) : QString::number(pid) + QLatin1Char('@') + host, host);
}

} // namespace comptoir
