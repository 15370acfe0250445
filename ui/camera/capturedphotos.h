// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/error.h"
#include "models/photos/photopreparer.h"

#include <QImage>
#include <QObject>
#include <QThreadPool>

namespace comptoir {

class ProductPhotos;

// A camera's pictures on their way to a product: each is encoded and prepared (PhotoPreparer:
// scaled, re-encoded without metadata, hashed) on a thread of its own pool, never on the UI
// thread, then added to the product (ProductPhotos::add) on this object's thread, in the order
// taken. The product is the one given at capture time: the next scan does not steal a picture.
class CapturedPhotos : public QObject
{
    Q_OBJECT

public:
    explicit CapturedPhotos(ProductPhotos &photos, QObject *parent = nullptr);
    ~CapturedPhotos() override; // waits for the picture being prepared, if any

    void add(qint64 productId, const QImage &image);
    int pending() const { return m_pending; }

Q_SIGNALS:
    void added(qint64 productId, const QString &sha256, bool tooSmall);
    void refused(qint64 productId, const comptoir::Error &error);

private:
    void onPrepared(qint64 productId, const Result<PreparedPhoto> &prepared);

    ProductPhotos &m_photos;
    PhotoPreparer m_preparer;
    QThreadPool m_pool;
    int m_pending = 0;
};

} // namespace comptoir
