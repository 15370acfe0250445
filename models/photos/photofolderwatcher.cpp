// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/photos/photofolderwatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPointer>
#include <QTimer>

namespace comptoir {

PhotoFolderWatcher::PhotoFolderWatcher(PhotoFolder &folder, QObject *parent)
    : QObject(parent),
      m_photoFolder(folder),
      m_watcher(new QFileSystemWatcher(this)),
      m_rescan(new QTimer(this))
{
    m_pool.setMaxThreadCount(1);
    m_rescan->setInterval(DefaultRescanMs);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &PhotoFolderWatcher::rescan);
    connect(m_rescan, &QTimer::timeout, this, &PhotoFolderWatcher::rescan);
}

PhotoFolderWatcher::~PhotoFolderWatcher()
{
    m_pool.waitForDone();
}

void PhotoFolderWatcher::setRescanMs(int ms)
{
    m_rescan->setInterval(ms);
}

void PhotoFolderWatcher::watch(const QString &folder)
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_folder = folder;
    m_seen.clear();
    if (folder.isEmpty()) {
        m_rescan->stop();
        return;
    }
    m_rescan->start();
    rescan();
}

QString PhotoFolderWatcher::keyOf(const QString &path, qint64 size, const QDateTime &modified)
{
    return path + QLatin1Char('\n') + QString::number(size) + QLatin1Char('\n')
        + QString::number(modified.toMSecsSinceEpoch());
}

void PhotoFolderWatcher::rescan()
{
    if (m_folder.isEmpty())
        return;
    if (m_watcher->directories().isEmpty() && QFileInfo(m_folder).isDir())
        m_watcher->addPath(m_folder);
    const QDir dir(m_folder);
    const QStringList names = PhotoFolder::photoFiles(m_folder);
    QSet<QString> present;
    bool waiting = false;
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        present.insert(path);
        if (m_preparing.contains(path))
            continue;
        const QFileInfo info(path);
        const QString key = keyOf(path, info.size(), info.lastModified());
        if (m_taken.contains(key))
            continue;
        Seen &seen = m_seen[path];
        if (seen.size != info.size() || seen.modified != info.lastModified()
            || !seen.unchangedFor.isValid()) {
            seen.size = info.size();
            seen.modified = info.lastModified();
            seen.unchangedFor.start();
        }
        if (seen.size > 0 && seen.unchangedFor.elapsed() >= m_stableMs) {
            m_seen.remove(path);
            prepare(path, key);
        } else {
            waiting = true;
        }
    }
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (present.contains(it.key()))
            ++it;
        else
            it = m_seen.erase(it);
    }
    // A file still growing is looked at again soon, not only at the next rescan.
    if (waiting)
        QTimer::singleShot(qMax(50, m_stableMs / 2), this, &PhotoFolderWatcher::rescan);
    else if (m_preparing.isEmpty())
        Q_EMIT idle();
}

void PhotoFolderWatcher::prepare(const QString &path, const QString &key)
{
    m_preparing.insert(path);
    const PhotoPreparer preparer = m_preparer;
    QPointer<PhotoFolderWatcher> self(this);
    // The pool is this object's and waited for in its destructor: self outlives the job.
    m_pool.start([self, preparer, path, key] {
        Result<PreparedPhoto> prepared = preparer.prepareFile(path);
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, key, prepared = std::move(prepared)] {
                if (self)
                    self->onPrepared(path, key, prepared);
            },
            Qt::QueuedConnection);
    });
}

void PhotoFolderWatcher::onPrepared(const QString &path, const QString &key,
                                    const Result<PreparedPhoto> &prepared)
{
    m_preparing.remove(path);
    m_taken.insert(key);
    const FolderPhoto photo = m_photoFolder.take(path, prepared);
    Q_EMIT photoTaken(photo);
    if (m_preparing.isEmpty() && m_seen.isEmpty())
        Q_EMIT idle();
}

} // namespace comptoir
