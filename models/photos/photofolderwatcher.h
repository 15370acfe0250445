// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/photos/photofolder.h"
#include "models/photos/photopreparer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>

class QFileSystemWatcher;
class QTimer;

namespace comptoir {

// Watches the shop's photo folder while the window is open (ListingSettings::watchedFolder): a
// QFileSystemWatcher says when it changes, and a rescan every rescanMs catches what it misses
// (network and FUSE folders). A picture is taken once its size and time have not changed for
// stableMs (a phone still syncing it is left until it is whole), then prepared on a thread of its
// own pool (one at a time: the till stays fluid) and filed by PhotoFolder on this object's thread,
// each outcome emitted as photoTaken(). Files taken are remembered by path, size and time for as
// long as the watcher lives (a file copied again over the same name is taken again); after a
// restart, a photo the shop already has comes back as Skipped.
class PhotoFolderWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultStableMs = 2000;
    static constexpr int DefaultRescanMs = 5000;

    PhotoFolderWatcher(PhotoFolder &folder, QObject *parent = nullptr);
    ~PhotoFolderWatcher() override; // waits for the photo being prepared, if any

    void setStableMs(int ms) { m_stableMs = ms; }
    void setRescanMs(int ms);

    // Starts watching folder (an empty folder stops); missing folders are looked at again at each
    // rescan.
    void watch(const QString &folder);
    QString folder() const { return m_folder; }
    // Looks at the folder now (also done on changes and by the timer).
    void rescan();
    // Photos being prepared or filed, and files seen but not yet stable.
    int pending() const { return m_preparing.size() + m_seen.size(); }

Q_SIGNALS:
    void photoTaken(const comptoir::FolderPhoto &photo);
    void idle(); // nothing pending any more

private:
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
        QElapsedTimer unchangedFor;
    };
    static QString keyOf(const QString &path, qint64 size, const QDateTime &modified);
    void prepare(const QString &path, const QString &key);
    void onPrepared(const QString &path, const QString &key, const Result<PreparedPhoto> &prepared);

    PhotoFolder &m_photoFolder;
    PhotoPreparer m_preparer;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_rescan = nullptr;
    QThreadPool m_pool;
    QString m_folder;
    int m_stableMs = DefaultStableMs;
    QHash<QString, Seen> m_seen; // by path
    QSet<QString> m_preparing; // paths
    QSet<QString> m_taken; // keys
};

} // namespace comptoir
