// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/camera/capturedphotos.h"

#include "models/photos/productphotos.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPointer>

namespace comptoir {

namespace {

// The camera's picture as the preparer reads files: a JPEG, near lossless (it is re-encoded).
QByteArray encoded(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(95);
    if (!writer.write(image))
        return {};
    return bytes;
}

} // namespace

CapturedPhotos::CapturedPhotos(ProductPhotos &photos, QObject *parent) : QObject(parent), m_photos(photos)
{
    m_pool.setMaxThreadCount(1); // in the order taken
}

CapturedPhotos::~CapturedPhotos()
{
    m_pool.waitForDone();
}

void CapturedPhotos::add(qint64 productId, const QImage &image)
{
    ++m_pending;
    const PhotoPreparer preparer = m_preparer;
    QPointer<CapturedPhotos> self(this);
    // The pool is this object's and waited for in its destructor: self outlives the job.
    m_pool.start([self, preparer, productId, image] {
        const QByteArray bytes = encoded(image);
        Result<PreparedPhoto> prepared = bytes.isEmpty()
            ? Result<PreparedPhoto>(makeError(ErrorCode::PhotoUnreadable, QStringLiteral("camera")))
            : preparer.prepareBytes(bytes, QStringLiteral("camera"));
        QMetaObject::invokeMethod(
            self.data(),
            [self, productId, prepared = std::move(prepared)] {
                if (self)
                    self->onPrepared(productId, prepared);
            },
            Qt::QueuedConnection);
    });
}

void CapturedPhotos::onPrepared(qint64 productId, const Result<PreparedPhoto> &prepared)
{
    --m_pending;
    if (!prepared) {
        Q_EMIT refused(productId, prepared.error());
        return;
    }
    if (Status status = m_photos.add(productId, *prepared); !status) {
        Q_EMIT refused(productId, status.error());
        return;
    }
    Q_EMIT added(productId, prepared->sha256, prepared->tooSmall);
}

} // namespace comptoir
