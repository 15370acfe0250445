// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QString>
#include <QThreadPool>

namespace comptoir {

class PhotoStore;

// Photos' thumbnails for the window, never read on the window's thread: a view asks for a
// photo's thumbnail and gets it at once when cached, else a placeholder at once while the file is
// read and scaled on a thread of the loader's own pool (QImageReader::setScaledSize, so a JPEG is
// decoded at a fraction of its size); thumbnailReady(sha256) then says it is in the cache and the
// view repaints. Scrolling and scanning thus never wait on a disk read. Cached by photo and size
// (CacheBytes in all); a photo whose file is missing or unreadable gets the placeholder until
// forget() (a photo downloaded since). One per window, built in app/; the window's thread only.
class ThumbnailLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int SmallSize = 64; // lists: the catalogue, the till's results and cart
    static constexpr int LargeSize = 160; // the product's photo strip
    static constexpr qint64 CacheBytes = 48LL * 1024 * 1024;

    explicit ThumbnailLoader(const PhotoStore &store, QObject *parent = nullptr);
    ~ThumbnailLoader() override; // waits for the reads under way (a few milliseconds each)

    // The thumbnail (long side at most size pixels) when cached; otherwise the placeholder, and
    // the read starts (once, however often it is asked for).
    QPixmap thumbnail(const QString &sha256, int size);
    bool isCached(const QString &sha256, int size) const;
    // What is shown while a thumbnail loads and for a photo that cannot be read.
    QPixmap placeholder(int size);
    // Drops what is known of a photo (its cached thumbnails, a failed read): asked again, it is read again.
    void forget(const QString &sha256);
    // How many reads were started (a cache hit starts none).
    int readsStarted() const { return m_readsStarted; }

    // Reads a photo file scaled to at most size × size pixels; a null image when unreadable.
    static QImage readScaled(const QString &path, int size);

Q_SIGNALS:
    void thumbnailReady(const QString &sha256);

private:
    void onRead(const QString &key, const QString &sha256, const QImage &image);

    const PhotoStore &m_store;
    QThreadPool m_pool;
    QCache<QString, QPixmap> m_cache; // cost: kilobytes
    QSet<QString> m_reading; // keys being read
    QSet<QString> m_failed; // keys that could not be read
    QHash<int, QPixmap> m_placeholders;
    int m_readsStarted = 0;
};

} // namespace comptoir
