// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/photos/thumbnailloader.h"

#include "models/photos/photostore.h"
#include "ui/logging.h"

#include <QColor>
#include <QImageReader>
#include <QMetaObject>
#include <QPainter>
#include <algorithm>

namespace comptoir {

namespace {

QString cacheKey(const QString &sha256, int size)
{
    return sha256 + QLatin1Char('@') + QString::number(size);
}

} // namespace

ThumbnailLoader::ThumbnailLoader(const PhotoStore &store, QObject *parent)
    : QObject(parent), m_store(store), m_cache(int(CacheBytes / 1024))
{
    m_pool.setMaxThreadCount(2);
}

ThumbnailLoader::~ThumbnailLoader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QPixmap ThumbnailLoader::thumbnail(const QString &sha256, int size)
{
    const QString key = cacheKey(sha256, size);
    if (const QPixmap *cached = m_cache.object(key))
        return *cached;
    if (!sha256.isEmpty() && !m_reading.contains(key) && !m_failed.contains(key)) {
        m_reading.insert(key);
        ++m_readsStarted;
        const QString path = m_store.pathOf(sha256);
        // The loader outlives every read: its destructor waits for them, and a call queued to
        // a destroyed object is dropped.
        m_pool.start([this, key, sha256, path, size] {
            const QImage image = readScaled(path, size);
            QMetaObject::invokeMethod(
                this, [this, key, sha256, image] { onRead(key, sha256, image); }, Qt::QueuedConnection);
        });
    }
    return placeholder(size);
}

bool ThumbnailLoader::isCached(const QString &sha256, int size) const
{
    return m_cache.contains(cacheKey(sha256, size));
}

QPixmap ThumbnailLoader::placeholder(int size)
{
    const auto it = m_placeholders.constFind(size);
    if (it != m_placeholders.cend())
        return *it;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd8, 0xd8, 0xd8));
    const qreal margin = size / 8.0;
    painter.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size / 10.0,
                            size / 10.0);
    painter.end();
    m_placeholders.insert(size, pixmap);
    return pixmap;
}

void ThumbnailLoader::forget(const QString &sha256)
{
    const QString prefix = sha256 + QLatin1Char('@');
    const QList<QString> keys = m_cache.keys();
    for (const QString &key : keys) {
        if (key.startsWith(prefix))
            m_cache.remove(key);
    }
    for (auto it = m_failed.begin(); it != m_failed.end();) {
        if (it->startsWith(prefix))
            it = m_failed.erase(it);
        else
            ++it;
    }
}

QImage ThumbnailLoader::readScaled(const QString &path, int size)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (!full.isValid() || full.isEmpty())
        return {};
    const QSize target = full.scaled(size, size, Qt::KeepAspectRatio);
    if (full.width() > target.width() || full.height() > target.height())
        reader.setScaledSize(target); // a JPEG is then decoded at a fraction of its size
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > size || image.height() > size)
        image = image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

void ThumbnailLoader::onRead(const QString &key, const QString &sha256, const QImage &image)
{
    m_reading.remove(key);
    if (image.isNull()) {
        qCWarning(lcUi) << "thumbnail: photo" << sha256.left(12) << "cannot be read";
        m_failed.insert(key);
        return;
    }
    auto *pixmap = new QPixmap(QPixmap::fromImage(image));
    const int kilobytes = std::max(1, int(image.sizeInBytes() / 1024));
    m_cache.insert(key, pixmap, kilobytes);
    Q_EMIT thumbnailReady(sha256);
}

} // namespace comptoir
